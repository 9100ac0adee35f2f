/**
 * The building blocks of Kafka-style configuration tables (Kafka's ConfigDef): each key has a
 * type, a default written the way a properties file writes it, documentation, importance, and a
 * zod schema that turns the raw string into a typed value. Broker and topic tables both use it.
 */
import { z } from 'zod';

/** Kafka's ConfigType enum as DescribeConfigs v3+ reports it. */
export const ConfigType = {
  UNKNOWN: 0,
  BOOLEAN: 1,
  STRING: 2,
  INT: 3,
  SHORT: 4,
  LONG: 5,
  DOUBLE: 6,
  LIST: 7,
  CLASS: 8,
  PASSWORD: 9,
} as const;
export type ConfigTypeName = keyof typeof ConfigType;

/** Kafka's DescribeConfigsResponse ConfigSource enum. */
export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
  DYNAMIC_BROKER_LOGGER_CONFIG: 6,
} as const;
export type ConfigSourceId = (typeof ConfigSource)[keyof typeof ConfigSource];

export type ConfigValue = boolean | number | string | string[] | null;
export type Importance = 'high' | 'medium' | 'low';
/** Whether a broker key can change at runtime, and at which scope (Kafka's DynamicBrokerConfig). */
export type DynamicScope = 'read-only' | 'per-broker' | 'cluster-wide';

/** A key's value type: how a raw string becomes a value, and how to say what was expected. */
export interface ValueType<T extends ConfigValue> {
  readonly type: ConfigTypeName;
  readonly schema: z.ZodType<T, string>;
  /** Completes "expected ...", e.g. "an integer >= 14". */
  readonly expectation: string;
}

export interface ConfigDef<T extends ConfigValue = ConfigValue> {
  readonly name: string;
  readonly valueType: ValueType<T>;
  /** The default as a properties file would write it; null when the key has no default. */
  readonly default: string | null;
  readonly doc: string;
  readonly importance: Importance;
  readonly dynamic: DynamicScope;
  readonly sensitive?: boolean;
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const SHORT_MIN = -(2 ** 15);
const SHORT_MAX = 2 ** 15 - 1;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` in [${min}, ${max}]`;
  if (min !== undefined) return ` >= ${min}`;
  if (max !== undefined) return ` <= ${max}`;
  return '';
}

function integer(type: 'INT' | 'SHORT' | 'LONG', min?: number, max?: number): ValueType<number> {
  const [lo, hi] = type === 'LONG' ? [LONG_MIN, LONG_MAX] : type === 'INT' ? [BigInt(INT_MIN), BigInt(INT_MAX)] : [BigInt(SHORT_MIN), BigInt(SHORT_MAX)];
  const schema = z
    .string()
    .trim()
    .regex(/^[-+]?\d+$/, { abort: true })
    .refine((s) => {
      const n = BigInt(s);
      return n >= lo && n <= hi && (min === undefined || n >= BigInt(min)) && (max === undefined || n <= BigInt(max));
    })
    // Longs beyond 2^53 (Kafka's Long.MAX_VALUE "forever") lose precision; they only mean "no limit".
    .transform((s) => Number(s));
  const noun = type === 'LONG' ? 'a long' : type === 'SHORT' ? 'a short' : 'an integer';
  return { type, schema, expectation: `${noun}${rangeText(min, max)}` };
}

export const intType = (min?: number, max?: number): ValueType<number> => integer('INT', min, max);
export const shortType = (min?: number, max?: number): ValueType<number> => integer('SHORT', min, max);
export const longType = (min?: number, max?: number): ValueType<number> => integer('LONG', min, max);

export function doubleType(min?: number, max?: number): ValueType<number> {
  const schema = z
    .string()
    .trim()
    .regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, { abort: true })
    .transform((s) => Number(s))
    .refine((n) => (min === undefined || n >= min) && (max === undefined || n <= max));
  return { type: 'DOUBLE', schema, expectation: `a number${rangeText(min, max)}` };
}

export const booleanType: ValueType<boolean> = {
  type: 'BOOLEAN',
  schema: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false']))
    .transform((s) => s === 'true'),
  expectation: 'true or false',
};

export function stringType(opts: { nonEmpty?: boolean; password?: boolean } = {}): ValueType<string> {
  const schema = z
    .string()
    .trim()
    .refine((s) => !opts.nonEmpty || s.length > 0);
  return { type: opts.password ? 'PASSWORD' : 'STRING', schema, expectation: opts.nonEmpty ? 'a non-empty string' : 'a string' };
}

/** A string restricted to a fixed set of values (case-sensitive, as Kafka's ValidString). */
export function enumType<const V extends string>(values: readonly V[]): ValueType<V> {
  const schema = z.string().trim().refine((s): s is V => (values as readonly string[]).includes(s)) as unknown as z.ZodType<V, string>;
  return { type: 'STRING', schema, expectation: `one of ${values.join(', ')}` };
}

/** A comma-separated list; entries are trimmed and empty entries dropped, as Kafka's LIST type. */
export function listType(opts: { allowed?: readonly string[]; nonEmpty?: boolean } = {}): ValueType<string[]> {
  const schema = z
    .string()
    .transform((s) => s.split(',').map((e) => e.trim()).filter((e) => e.length > 0))
    .refine((l) => (!opts.nonEmpty || l.length > 0) && (opts.allowed === undefined || l.every((e) => opts.allowed!.includes(e))));
  const what = opts.allowed !== undefined ? `a comma-separated list of ${opts.allowed.join(', ')}` : 'a comma-separated list';
  return { type: 'LIST', schema, expectation: opts.nonEmpty ? `${what} (not empty)` : what };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Parses one raw value; `where` (e.g. "server.properties:12") ends the problem line. */
export function parseValue<T extends ConfigValue>(def: ConfigDef<T>, raw: string, where?: string): ParseResult<T> {
  const result = def.valueType.schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const shown = def.sensitive || def.valueType.type === 'PASSWORD' ? '[hidden]' : `'${raw}'`;
  return { ok: false, problem: `${def.name}: expected ${def.valueType.expectation}, got ${shown}${where ? ` (${where})` : ''}` };
}

/** Parses a definition's default; defaults are part of the code, so a bad one is a programming error. */
export function defaultValue<T extends ConfigValue>(def: ConfigDef<T>): T | null {
  if (def.default === null) return null;
  const r = parseValue(def, def.default);
  if (!r.ok) throw new Error(`bad default in config table: ${r.problem}`);
  return r.value;
}

/** The known key closest to `name` by edit distance, if it is close enough to be a likely typo. */
export function closestKey(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
