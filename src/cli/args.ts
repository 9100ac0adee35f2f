/**
 * The flag parser every `runnel` subcommand shares. It follows the Kafka command-line tools:
 * long flags (`--bootstrap-server host:port` or `--bootstrap-server=host:port`), a few short
 * aliases (`-t`, `-c` as in kafka-storage), repeatable flags (`--config k=v`), boolean switches
 * and positionals. `--` ends flag parsing.
 */

export type FlagKind = 'string' | 'boolean' | 'list';

export interface FlagSpec {
  readonly kind: FlagKind;
  /** Single-letter alias used with one dash, e.g. 't' for `-t`. */
  readonly short?: string;
  readonly doc?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

type FlagValue<S extends FlagSpec> = S['kind'] extends 'boolean'
  ? boolean
  : S['kind'] extends 'list'
    ? string[]
    : string | undefined;

export interface ParsedArgs<S extends FlagSpecs> {
  readonly flags: { [K in keyof S]: FlagValue<S[K]> };
  readonly positionals: string[];
}

/** A mistake in what the user typed. The dispatcher prints `message` as one line and exits 1. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs<S extends FlagSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.short !== undefined) byShort.set(spec.short, name);
  }
  const flags: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    flags[name] = spec.kind === 'boolean' ? false : spec.kind === 'list' ? [] : undefined;
  }
  const positionals: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (!Object.hasOwn(specs, name)) throw new UsageError(`unknown option --${name}`);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      name = byShort.get(arg.slice(1));
      if (name === undefined) throw new UsageError(`unknown option ${arg}`);
    } else {
      positionals.push(arg);
      continue;
    }

    const spec = specs[name]!;
    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      // The next word is the value even if it starts with '-' (offsets such as `-2` are legal values).
      if (i + 1 >= argv.length) throw new UsageError(`option --${name} requires a value`);
      value = argv[++i]!;
    }
    if (spec.kind === 'list') (flags[name] as string[]).push(value);
    else if (flags[name] !== undefined) throw new UsageError(`option --${name} given more than once`);
    else flags[name] = value;
  }
  return { flags: flags as ParsedArgs<S>['flags'], positionals };
}

/** Splits a `key=value` flag argument (`--config`, `--property`, `--override`). */
export function parseKeyValue(flag: string, text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--${flag} expects key=value, got '${text}'`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

/** The option list printed under a subcommand's usage line. */
export function describeFlags(specs: FlagSpecs): string {
  return Object.entries(specs)
    .map(([name, spec]) => {
      const head = `${spec.short !== undefined ? `-${spec.short}, ` : '    '}--${name}${spec.kind === 'boolean' ? '' : ' <value>'}`;
      return `  ${head.padEnd(34)}${spec.doc ?? ''}${spec.kind === 'list' ? ' (repeatable)' : ''}`;
    })
    .join('\n');
}
