/**
 * A reader for Java `.properties` files, the format of Kafka's server.properties and
 * meta.properties. It follows java.util.Properties#load: `=`, `:` or whitespace between key and
 * value, `#`/`!` comment lines, backslash continuations, and the \t \n \r \f \uXXXX escapes.
 * Every entry keeps the line it started on so configuration errors can point at it.
 */
import { ConfigError } from './configError.js';

export interface PropertyEntry {
  readonly key: string;
  readonly value: string;
  /** 1-based line number where the logical line starts. */
  readonly line: number;
}

const WHITESPACE = new Set([' ', '\t', '\f']);

/** Splits text into logical lines (continuations joined), each with its starting line number. */
function logicalLines(text: string): { text: string; line: number }[] {
  const natural = text.split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < natural.length; i++) {
    const start = i;
    let current = stripLeadingWhitespace(natural[i]!);
    if (current === '' || current[0] === '#' || current[0] === '!') continue;
    while (endsWithOddBackslashes(current)) {
      current = current.slice(0, -1);
      if (i + 1 >= natural.length) break;
      current += stripLeadingWhitespace(natural[++i]!);
    }
    out.push({ text: current, line: start + 1 });
  }
  return out;
}

function stripLeadingWhitespace(s: string): string {
  let i = 0;
  while (i < s.length && WHITESPACE.has(s[i]!)) i++;
  return s.slice(i);
}

function endsWithOddBackslashes(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** Finds where the key ends: the first separator character not escaped by a backslash. */
function keyEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') i++;
    else if (c === '=' || c === ':' || WHITESPACE.has(c)) return i;
  }
  return s.length;
}

function unescape(s: string, where: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (++i >= s.length) break;
    const e = s[i]!;
    switch (e) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        const hex = s.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ConfigError([`malformed \\uxxxx escape '\\u${hex}' (${where})`]);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default: out += e;
    }
  }
  return out;
}

/**
 * Parses properties text. `source` names the file in error messages. Later duplicates are kept
 * in the list (callers that want Java's last-wins map use `toMap`).
 */
export function parseProperties(text: string, source = '<properties>'): PropertyEntry[] {
  const entries: PropertyEntry[] = [];
  for (const { text: line, line: number } of logicalLines(text)) {
    const where = `${source}:${number}`;
    const end = keyEnd(line);
    let rest = stripLeadingWhitespace(line.slice(end));
    // Whitespace may be followed by one '=' or ':' that still belongs to the separator.
    if (rest[0] === '=' || rest[0] === ':') rest = stripLeadingWhitespace(rest.slice(1));
    entries.push({ key: unescape(line.slice(0, end), where), value: unescape(rest, where), line: number });
  }
  return entries;
}

export function toMap(entries: readonly PropertyEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.key, e.value]));
}

/** Escapes a key or value so parseProperties reads it back unchanged. */
function escape(s: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\f') out += '\\f';
    else if (c === ' ' && (isKey || i === 0)) out += '\\ ';
    else if ('=:#!'.includes(c) && (isKey || i === 0)) out += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out;
}

/** Formats entries as properties text, one `key=value` per line, with optional leading comments. */
export function formatProperties(entries: Iterable<readonly [string, string]>, comments: readonly string[] = []): string {
  const lines = comments.map((c) => `#${c}`);
  for (const [k, v] of entries) lines.push(`${escape(k, true)}=${escape(v, false)}`);
  return `${lines.join('\n')}\n`;
}
