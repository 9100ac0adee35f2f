// Reads Kafka's JSON message schemas (messages/README.md in ../shared/kafka-protocol describes the
// language) into a model the emitter and the tests share.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Versions, NO_VERSIONS, hull, intersect, isEmpty, parseVersions, subtract } from './versions.js';

export const SCHEMA_DIRS = ['messages', 'records', 'metadata'] as const;
export type SchemaDir = (typeof SCHEMA_DIRS)[number];

export type PrimitiveName =
  | 'bool' | 'int8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'float64'
  | 'string' | 'uuid' | 'bytes' | 'records';

const PRIMITIVES: ReadonlySet<string> = new Set<PrimitiveName>([
  'bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'uuid', 'bytes', 'records',
]);

export type FieldType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'struct'; struct: StructSpec }
  | { kind: 'array'; element: { kind: 'primitive'; name: PrimitiveName } | { kind: 'struct'; struct: StructSpec } };

export interface FieldSpec {
  /** The schema's name, e.g. 'TopicData'. */
  name: string;
  /** The TypeScript property, e.g. 'topicData'. */
  prop: string;
  type: FieldType;
  versions: Versions;
  /** Versions in which the field is in the fixed layout (its versions minus its tagged versions). */
  mandatoryVersions: Versions;
  nullableVersions: Versions;
  taggedVersions: Versions;
  tag: number | undefined;
  ignorable: boolean;
  /** The schema's raw default, undefined when it has none. */
  default: string | number | boolean | null | undefined;
  /** Set only where the field overrides the message (RequestHeader's ClientId: "none"). */
  flexibleVersions: Versions | undefined;
  about: string | undefined;
}

export interface StructSpec {
  /** The TypeScript interface name: the message name followed by the schema's struct name. */
  name: string;
  schemaName: string;
  fields: FieldSpec[];
  /** Whether a `records` field is reachable from this struct (the interface then takes a type parameter). */
  hasRecords: boolean;
  /** The versions in which this struct can be reached; conditions inside it are simplified against it. */
  reachable: Versions;
}

export interface MessageSpec {
  name: string;
  dir: SchemaDir;
  /** 'request', 'response', 'header', 'data' or 'metadata'. */
  type: string;
  apiKey: number | undefined;
  listeners: string[];
  validVersions: Versions;
  flexibleVersions: Versions;
  latestVersionUnstable: boolean;
  root: StructSpec;
  /** Every struct of the message, the root first, in schema order. */
  structs: StructSpec[];
}

/** Removes // line comments and /* block comments *\/ outside strings. */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated /* comment');
      i = end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  ignorable?: boolean;
  default?: string | number | boolean | null;
  flexibleVersions?: string;
  about?: string;
  fields?: RawField[];
}

interface RawStruct {
  name: string;
  versions?: string;
  fields: RawField[];
}

interface RawMessage {
  name: string;
  type: string;
  apiKey?: number;
  listeners?: string[];
  validVersions: string;
  flexibleVersions: string;
  latestVersionUnstable?: boolean;
  fields: RawField[];
  commonStructs?: RawStruct[];
}

export function camelCase(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

class MessageParser {
  private readonly structs = new Map<string, StructSpec>();
  private readonly order: StructSpec[] = [];
  private readonly common = new Map<string, RawStruct>();

  constructor(private readonly raw: RawMessage, private readonly where: string) {}

  parse(dir: SchemaDir): MessageSpec {
    const m = this.raw;
    const validVersions = parseVersions(m.validVersions, null, `${this.where} validVersions`);
    const flexibleVersions = parseVersions(m.flexibleVersions, null, `${this.where} flexibleVersions`);
    for (const cs of m.commonStructs ?? []) this.common.set(cs.name, cs);
    const root = this.newStruct(m.name, m.name);
    root.fields = this.parseFields(m.fields, m.name);
    const spec: MessageSpec = {
      name: m.name,
      dir,
      type: m.type,
      apiKey: m.apiKey,
      listeners: m.listeners ?? [],
      validVersions,
      flexibleVersions,
      latestVersionUnstable: m.latestVersionUnstable === true,
      root,
      structs: this.order,
    };
    markRecords(spec);
    markReachable(spec);
    return spec;
  }

  private newStruct(schemaName: string, name: string): StructSpec {
    if (this.structs.has(schemaName)) throw new Error(`${this.where}: struct ${schemaName} is defined twice`);
    const s: StructSpec = { name, schemaName, fields: [], hasRecords: false, reachable: NO_VERSIONS };
    this.structs.set(schemaName, s);
    this.order.push(s);
    return s;
  }

  private structType(typeName: string, raw: RawField): StructSpec {
    if (raw.fields !== undefined) {
      const s = this.newStruct(typeName, this.raw.name + typeName);
      s.fields = this.parseFields(raw.fields, `${this.raw.name}.${typeName}`);
      return s;
    }
    const existing = this.structs.get(typeName);
    if (existing) return existing;
    const cs = this.common.get(typeName);
    if (!cs) throw new Error(`${this.where}: field ${raw.name} has unknown type ${typeName}`);
    const s = this.newStruct(typeName, this.raw.name + typeName);
    s.fields = this.parseFields(cs.fields, `${this.raw.name}.${typeName}`);
    return s;
  }

  private parseFields(raws: RawField[], where: string): FieldSpec[] {
    const props = new Set<string>();
    const tags = new Set<number>();
    return raws.map((raw) => {
      const at = `${this.where} ${where}.${raw.name}`;
      const f = this.parseField(raw, at);
      if (props.has(f.prop)) throw new Error(`${at}: duplicate field`);
      props.add(f.prop);
      if (f.tag !== undefined) {
        if (tags.has(f.tag)) throw new Error(`${at}: duplicate tag ${f.tag}`);
        tags.add(f.tag);
      }
      return f;
    });
  }

  private parseField(raw: RawField, at: string): FieldSpec {
    const taggedVersions = parseVersions(raw.taggedVersions, NO_VERSIONS, at);
    // As in Kafka: a tagged field without `versions` exists in its tagged versions.
    const versions = parseVersions(raw.versions, isEmpty(taggedVersions) ? null : taggedVersions, at);
    if ((raw.tag === undefined) !== isEmpty(taggedVersions)) throw new Error(`${at}: tag and taggedVersions go together`);
    if (!isEmpty(taggedVersions) && taggedVersions.hi !== Infinity) throw new Error(`${at}: taggedVersions must be open-ended`);
    const nullableVersions = parseVersions(raw.nullableVersions, NO_VERSIONS, at);
    const type = this.parseType(raw, at);
    if (!isEmpty(nullableVersions)) {
      const t = type.kind === 'array' ? 'array' : type.kind === 'struct' ? 'struct' : type.name;
      if (!['string', 'bytes', 'records', 'array', 'struct'].includes(t)) throw new Error(`${at}: type ${t} cannot be nullable`);
    }
    return {
      name: raw.name,
      prop: camelCase(raw.name),
      type,
      versions,
      mandatoryVersions: subtract(versions, taggedVersions, at),
      nullableVersions,
      taggedVersions,
      tag: raw.tag,
      ignorable: raw.ignorable === true,
      default: raw.default,
      flexibleVersions: raw.flexibleVersions === undefined ? undefined : parseVersions(raw.flexibleVersions, null, at),
      about: raw.about,
    };
  }

  private parseType(raw: RawField, at: string): FieldType {
    const t = raw.type;
    if (t.startsWith('[]')) {
      const el = t.slice(2);
      if (PRIMITIVES.has(el)) {
        if (el === 'records') throw new Error(`${at}: arrays of records are not supported`);
        return { kind: 'array', element: { kind: 'primitive', name: el as PrimitiveName } };
      }
      return { kind: 'array', element: { kind: 'struct', struct: this.structType(el, raw) } };
    }
    if (PRIMITIVES.has(t)) return { kind: 'primitive', name: t as PrimitiveName };
    if (!/^[A-Z]/.test(t)) throw new Error(`${at}: unknown type ${t}`);
    return { kind: 'struct', struct: this.structType(t, raw) };
  }
}

function structOf(t: FieldType): StructSpec | undefined {
  if (t.kind === 'struct') return t.struct;
  if (t.kind === 'array' && t.element.kind === 'struct') return t.element.struct;
  return undefined;
}

export function fieldStruct(f: FieldSpec): StructSpec | undefined {
  return structOf(f.type);
}

function markRecords(m: MessageSpec): void {
  const visit = (s: StructSpec, seen: Set<StructSpec>): boolean => {
    if (seen.has(s)) return s.hasRecords;
    seen.add(s);
    for (const f of s.fields) {
      const inner = structOf(f.type);
      if (f.type.kind === 'primitive' && f.type.name === 'records') s.hasRecords = true;
      else if (inner && visit(inner, seen)) s.hasRecords = true;
    }
    return s.hasRecords;
  };
  visit(m.root, new Set());
}

function markReachable(m: MessageSpec): void {
  const visit = (s: StructSpec, context: Versions): void => {
    s.reachable = hull(s.reachable, context);
    for (const f of s.fields) {
      const inner = structOf(f.type);
      const within = intersect(context, f.versions);
      if (inner && !isEmpty(within)) visit(inner, within);
    }
  };
  visit(m.root, m.validVersions);
}

export function loadSchema(path: string, dir: SchemaDir): MessageSpec {
  const raw = JSON.parse(stripComments(readFileSync(path, 'utf8'))) as RawMessage;
  return new MessageParser(raw, path).parse(dir);
}

/** Every schema under `inputDir`, sorted by directory then name so generation is deterministic. */
export function loadSchemas(inputDir: string): MessageSpec[] {
  const out: MessageSpec[] = [];
  for (const dir of SCHEMA_DIRS) {
    const names = readdirSync(join(inputDir, dir)).filter((n) => n.endsWith('.json')).sort();
    for (const n of names) out.push(loadSchema(join(inputDir, dir, n), dir));
  }
  return out;
}

/** A field's default, as the schema language defines it (messages/README.md, "Deserializing Messages"). */
export type DefaultValue =
  | { kind: 'null' }
  | { kind: 'number'; value: number }
  | { kind: 'bigint'; value: bigint }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'emptyBytes' }
  | { kind: 'emptyArray' }
  | { kind: 'struct'; struct: StructSpec };

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

const INT_RANGES: Partial<Record<PrimitiveName, [bigint, bigint]>> = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  uint16: [0n, 2n ** 16n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

function parseInteger(d: FieldSpec['default'], at: string): bigint {
  if (d === undefined) return 0n;
  if (typeof d === 'number') return BigInt(d);
  if (typeof d !== 'string') throw new Error(`${at}: bad integer default ${String(d)}`);
  const s = d.trim();
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  let v: bigint;
  if (/^0x[0-9a-f]+$/i.test(body)) v = BigInt(body);
  else if (/^0[0-7]+$/.test(body)) v = BigInt(`0o${body.slice(1)}`);
  else if (/^\d+$/.test(body)) v = BigInt(body);
  else throw new Error(`${at}: bad integer default "${d}"`);
  return neg ? -v : v;
}

export function defaultIsNull(f: FieldSpec): boolean {
  return f.default === 'null' || f.default === null;
}

export function fieldDefault(f: FieldSpec, at: string): DefaultValue {
  const t = f.type;
  if (t.kind === 'array') return defaultIsNull(f) ? { kind: 'null' } : { kind: 'emptyArray' };
  if (t.kind === 'struct') return defaultIsNull(f) ? { kind: 'null' } : { kind: 'struct', struct: t.struct };
  const d = f.default;
  switch (t.name) {
    case 'records':
      return { kind: 'null' };
    case 'bytes':
      return defaultIsNull(f) ? { kind: 'null' } : { kind: 'emptyBytes' };
    case 'string':
      if (defaultIsNull(f)) {
        if (isEmpty(f.nullableVersions)) throw new Error(`${at}: default null on a non-nullable string`);
        return { kind: 'null' };
      }
      return { kind: 'string', value: d === undefined ? '' : String(d) };
    case 'uuid':
      return { kind: 'string', value: d === undefined ? ZERO_UUID : String(d) };
    case 'bool':
      return { kind: 'boolean', value: d === true || d === 'true' };
    case 'float64':
      return { kind: 'number', value: d === undefined ? 0 : Number(d) };
    default: {
      const v = parseInteger(d, at);
      const [lo, hi] = INT_RANGES[t.name]!;
      if (v < lo || v > hi) throw new Error(`${at}: default ${v} out of range for ${t.name}`);
      return t.name === 'int64' ? { kind: 'bigint', value: v } : { kind: 'number', value: Number(v) };
    }
  }
}
