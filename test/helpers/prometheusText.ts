// A strict parser of Prometheus's text exposition format 0.0.4, for tests that scrape /metrics.
// It throws, naming the line, on anything the format does not allow: a malformed sample, label or
// value, a bad escape, HELP or TYPE repeated or after the family's samples, a family split in two,
// a duplicate series, a histogram whose buckets are not cumulative or lack +Inf or disagree with
// _count, a negative counter, a missing final newline.

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface PromSample {
  /** The sample's own name (a histogram's x_bucket, x_sum, x_count). */
  name: string;
  labels: Record<string, string>;
  value: number;
  timestamp?: number;
}

export interface MetricFamily {
  name: string;
  help?: string;
  type: MetricType;
  samples: PromSample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TIMESTAMP = /^-?\d+$/;

class ParseError extends Error {
  constructor(lineNo: number, line: string, message: string) {
    super(`line ${lineNo}: ${message}: ${JSON.stringify(line)}`);
  }
}

/** A float as Go's strconv.ParseFloat reads it, which is what Prometheus uses (Inf and NaN in any case). */
export function parseValue(text: string): number | null {
  if (DECIMAL.test(text)) return Number(text);
  if (/^[+-]?inf(?:inity)?$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  return null;
}

function unescapeHelp(text: string, fail: (m: string) => never): string {
  return text.replace(/\\(.?)/g, (_, c: string) => {
    if (c === '\\') return '\\';
    if (c === 'n') return '\n';
    return fail(`invalid escape \\${c} in HELP`);
  });
}

/** The family a sample name belongs to, given the families declared so far. */
function familyOf(sampleName: string, families: ReadonlyMap<string, MetricFamily>): string {
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (!sampleName.endsWith(suffix)) continue;
    const base = sampleName.slice(0, -suffix.length);
    const f = families.get(base);
    if (f && (f.type === 'histogram' || (f.type === 'summary' && suffix !== '_bucket'))) return base;
  }
  return sampleName;
}

interface Cursor {
  text: string;
  pos: number;
}

function parseLabels(c: Cursor, fail: (m: string) => never): Record<string, string> {
  const labels: Record<string, string> = {};
  c.pos++; // '{'
  for (;;) {
    if (c.text[c.pos] === '}') {
      c.pos++;
      return labels;
    }
    const nameMatch = /^[^=]*/.exec(c.text.slice(c.pos))![0];
    const name = nameMatch.trim();
    if (!LABEL_NAME.test(name)) fail(`invalid label name ${JSON.stringify(name)}`);
    if (name.startsWith('__')) fail(`label name ${name} is reserved`);
    if (name in labels) fail(`label ${name} repeated`);
    c.pos += nameMatch.length;
    if (c.text[c.pos] !== '=' || c.text[c.pos + 1] !== '"') fail(`label ${name} lacks ="value"`);
    c.pos += 2;
    let value = '';
    for (;;) {
      const ch = c.text[c.pos];
      if (ch === undefined) fail('unterminated label value');
      c.pos++;
      if (ch === '"') break;
      if (ch === '\n') fail('raw newline in label value');
      if (ch === '\\') {
        const next = c.text[c.pos++];
        if (next === '\\') value += '\\';
        else if (next === '"') value += '"';
        else if (next === 'n') value += '\n';
        else fail(`invalid escape \\${next ?? ''} in label value`);
      } else value += ch;
    }
    labels[name] = value;
    if (c.text[c.pos] === ',') c.pos++;
    else if (c.text[c.pos] !== '}') fail('expected , or } after a label');
  }
}

function canonicalSeries(name: string, labels: Record<string, string>): string {
  return `${name}{${Object.keys(labels).sort().map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',')}}`;
}

function checkHistogram(f: MetricFamily): void {
  const series = new Map<string, { buckets: Array<{ le: number; count: number }>; count?: number; sum?: number }>();
  for (const s of f.samples) {
    const { le, ...rest } = s.labels;
    const key = canonicalSeries(f.name, rest);
    let h = series.get(key);
    if (!h) series.set(key, (h = { buckets: [] }));
    if (s.name === `${f.name}_bucket`) {
      const bound = le === undefined ? null : parseValue(le);
      if (bound === null || Number.isNaN(bound)) throw new Error(`${key}: bucket without a valid le label`);
      h.buckets.push({ le: bound, count: s.value });
    } else if (s.name === `${f.name}_count`) h.count = s.value;
    else if (s.name === `${f.name}_sum`) h.sum = s.value;
    else throw new Error(`${s.name} is not a sample of histogram ${f.name}`);
  }
  for (const [key, h] of series) {
    if (h.count === undefined || h.sum === undefined) throw new Error(`${key}: histogram lacks _count or _sum`);
    for (let i = 1; i < h.buckets.length; i++) {
      if (!(h.buckets[i]!.le > h.buckets[i - 1]!.le)) throw new Error(`${key}: bucket bounds not increasing`);
      if (h.buckets[i]!.count < h.buckets[i - 1]!.count) throw new Error(`${key}: bucket counts not cumulative`);
    }
    const last = h.buckets.at(-1);
    if (last === undefined || last.le !== Infinity) throw new Error(`${key}: no le="+Inf" bucket`);
    if (last.count !== h.count) throw new Error(`${key}: +Inf bucket ${last.count} differs from _count ${h.count}`);
  }
}

/** Parses a whole exposition; the families in the order they appear. */
export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  if (text.length > 0 && !text.endsWith('\n')) throw new Error('exposition does not end with a newline');
  const families = new Map<string, MetricFamily>();
  const closed = new Set<string>();
  const typed = new Set<string>();
  const seenSeries = new Set<string>();
  let current: string | null = null;
  const lines = text.split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    const fail = (message: string): never => {
      throw new ParseError(i + 1, line, message);
    };
    const family = (name: string): MetricFamily => {
      let f = families.get(name);
      if (!f) families.set(name, (f = { name, type: 'untyped', samples: [] }));
      return f;
    };
    const enter = (name: string): void => {
      if (current === name) return;
      if (current !== null) closed.add(current);
      if (closed.has(name)) fail(`metric family ${name} appears in two separate groups`);
      current = name;
    };
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      const m = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(line);
      if (!m) return; // other comments are allowed and ignored
      const [, keyword, name, rest = ''] = m;
      if (!METRIC_NAME.test(name!)) fail(`invalid metric name ${name}`);
      enter(name!);
      const f = family(name!);
      if (keyword === 'HELP') {
        if (f.help !== undefined) fail(`second HELP for ${name}`);
        f.help = unescapeHelp(rest, fail);
      } else {
        if (f.samples.length > 0) fail(`TYPE for ${name} after its samples`);
        if (typed.has(name!)) fail(`second TYPE for ${name}`);
        if (!TYPES.has(rest.trim() as MetricType)) fail(`unknown type ${JSON.stringify(rest)}`);
        f.type = rest.trim() as MetricType;
        typed.add(name!);
      }
      return;
    }
    const c: Cursor = { text: line, pos: 0 };
    const nameText = /^[^{ \t]*/.exec(line)![0];
    if (!METRIC_NAME.test(nameText)) fail(`invalid metric name ${JSON.stringify(nameText)}`);
    c.pos = nameText.length;
    const labels = line[c.pos] === '{' ? parseLabels(c, fail) : {};
    const rest = line.slice(c.pos);
    const m = /^[ \t]+(\S+)(?:[ \t]+(\S+))?[ \t]*$/.exec(rest);
    if (!m) fail('expected a value (and an optional timestamp) after the name and labels');
    const value = parseValue(m![1]!);
    if (value === null) fail(`invalid value ${JSON.stringify(m![1])}`);
    if (m![2] !== undefined && !TIMESTAMP.test(m![2])) fail(`invalid timestamp ${JSON.stringify(m![2])}`);
    const familyName = familyOf(nameText, families);
    enter(familyName);
    const f = family(familyName);
    if (f.type === 'counter' && !(value! >= 0)) fail('a counter must be a non-negative number');
    if (f.type === 'histogram' && nameText === familyName) fail(`histogram ${familyName} has a sample without _bucket, _sum or _count`);
    const key = canonicalSeries(nameText, labels);
    if (seenSeries.has(key)) fail(`duplicate series ${key}`);
    seenSeries.add(key);
    f.samples.push({ name: nameText, labels, value: value!, ...(m![2] !== undefined ? { timestamp: Number(m![2]) } : {}) });
  });
  for (const f of families.values()) if (f.type === 'histogram') checkHistogram(f);
  return families;
}

/** The value of the one sample named `name` whose labels include `labels`; throws when not exactly one. */
export function sampleValue(families: ReadonlyMap<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number {
  const matches = [...families.values()].flatMap((f) => f.samples).filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (matches.length !== 1) throw new Error(`expected one ${name}${JSON.stringify(labels)} sample, found ${matches.length}`);
  return matches[0]!.value;
}

/** Every sample named `name`. */
export function samples(families: ReadonlyMap<string, MetricFamily>, name: string): PromSample[] {
  return [...families.values()].flatMap((f) => f.samples).filter((s) => s.name === name);
}
