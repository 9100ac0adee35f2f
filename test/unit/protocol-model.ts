// Test support: the generator's schema model, the generated codec of each schema, and fast-check
// arbitraries derived from the model (values for the fields present in a version, defaults elsewhere).
import fc from 'fast-check';
import type { Reader } from '../../src/protocol/reader.js';
import type { Writer } from '../../src/protocol/writer.js';
import * as messages from '../../src/protocol/generated/messages/index.js';
import * as metadata from '../../src/protocol/generated/metadata/index.js';
import * as records from '../../src/protocol/generated/records/index.js';
import { defaultSchemaDir } from '../../src/protocol/generator/main.js';
import { type FieldSpec, type MessageSpec, type PrimitiveName, type StructSpec, fieldDefault, loadSchemas } from '../../src/protocol/generator/schema.js';
import { contains } from '../../src/protocol/generator/versions.js';

export interface Codec {
  decode(r: Reader, version: number): unknown;
  encode(w: Writer, v: unknown, version: number): void;
}

export type Value = Record<string, unknown>;

const modules: Record<string, Record<string, unknown>> = { messages, records, metadata };

export function loadModel(): MessageSpec[] {
  return loadSchemas(defaultSchemaDir());
}

export function codecOf(m: MessageSpec): Codec {
  const mod = modules[m.dir]!;
  const decode = mod[`decode${m.name}`];
  const encode = mod[`encode${m.name}`];
  if (typeof decode !== 'function' || typeof encode !== 'function') throw new Error(`no generated codec for ${m.name}`);
  return { decode: decode as Codec['decode'], encode: encode as Codec['encode'] };
}

export function versionsOf(m: MessageSpec): number[] {
  const out: number[] = [];
  for (let v = m.validVersions.lo; v <= m.validVersions.hi; v++) out.push(v);
  return out;
}

function defaultValue(f: FieldSpec, s: StructSpec): unknown {
  const d = fieldDefault(f, `${s.name}.${f.name}`);
  switch (d.kind) {
    case 'null':
      return null;
    case 'emptyBytes':
      return Buffer.alloc(0);
    case 'emptyArray':
      return [];
    case 'struct':
      return defaultStruct(d.struct);
    default:
      return d.value;
  }
}

export function defaultStruct(s: StructSpec): Value {
  const out: Value = {};
  for (const f of s.fields) out[f.prop] = defaultValue(f, s);
  return out;
}

const INT_BOUNDS: Partial<Record<PrimitiveName, [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
};

const bytesArb = fc.uint8Array({ maxLength: 24 }).map((a) => Buffer.from(a));

function primitiveArb(p: PrimitiveName): fc.Arbitrary<unknown> {
  switch (p) {
    case 'bool':
      return fc.boolean();
    case 'int64':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'float64':
      return fc.double();
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 12 });
    case 'uuid':
      return fc.uint8Array({ minLength: 16, maxLength: 16 }).map((a) => Buffer.from(a).toString('base64url'));
    case 'bytes':
    case 'records':
      return bytesArb;
    default: {
      const [min, max] = INT_BOUNDS[p]!;
      return fc.integer({ min, max });
    }
  }
}

const cache = new Map<StructSpec, Map<number, fc.Arbitrary<Value>>>();

/** Values of struct `s` as version `version` can carry them. */
export function structArb(s: StructSpec, version: number): fc.Arbitrary<Value> {
  let byVersion = cache.get(s);
  if (!byVersion) cache.set(s, (byVersion = new Map()));
  const hit = byVersion.get(version);
  if (hit) return hit;
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of s.fields) {
    if (!contains(f.versions, version)) {
      const d = defaultValue(f, s);
      shape[f.prop] = fc.constant(null).map(() => (Buffer.isBuffer(d) ? Buffer.alloc(0) : structuredCloneValue(d)));
      continue;
    }
    let arb: fc.Arbitrary<unknown>;
    const t = f.type;
    if (t.kind === 'primitive') arb = primitiveArb(t.name);
    else if (t.kind === 'struct') arb = structArb(t.struct, version);
    else arb = fc.array(t.element.kind === 'struct' ? structArb(t.element.struct, version) : primitiveArb(t.element.name), { maxLength: 3 });
    shape[f.prop] = contains(f.nullableVersions, version) ? fc.option(arb, { nil: null, freq: 4 }) : arb;
  }
  const arb = fc.record(shape, { noNullPrototype: true }) as fc.Arbitrary<Value>;
  byVersion.set(version, arb);
  return arb;
}

// Defaults are fresh per value: arrays and structs must not be shared between generated values.
function structuredCloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return [];
  if (v !== null && typeof v === 'object') {
    const out: Value = {};
    for (const [k, x] of Object.entries(v)) out[k] = Buffer.isBuffer(x) ? Buffer.alloc(0) : structuredCloneValue(x);
    return out;
  }
  return v;
}
