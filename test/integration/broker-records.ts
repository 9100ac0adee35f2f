// Expected-record bookkeeping shared by the broker integration and fault tests: what was produced,
// per partition and in order, and a strict comparison with what a consumer read back.
import type { ConsumedRecord, TestRecord } from '../helpers/clients.js';

/** A produced record whose partition is known; timestamp is exact, or a window when the producer stamps it. */
export interface ExpectedRecord extends TestRecord {
  partition: number;
  timestampWindow?: [number, number];
}

/** The tap assertions these checks use, so helpers stay usable from any tap version. */
export interface Asserter {
  equal(found: unknown, wanted: unknown, message: string): unknown;
  same(found: unknown, wanted: unknown, message: string): unknown;
  ok(value: unknown, message: string): unknown;
}

const bytes = (v: string | Buffer | null | undefined): string | null => (v == null ? null : Buffer.from(v).toString('hex'));

/** A record in a form where byte-identical means deep-equal: keys, values and header values as hex. */
export function comparable(r: { key?: string | Buffer | null; value: string | Buffer | null; headers?: Record<string, string | Buffer> | Array<[string, Buffer]> }): unknown {
  const headers = Array.isArray(r.headers) ? r.headers : Object.entries(r.headers ?? {});
  return { key: bytes(r.key), value: bytes(r.value), headers: headers.map(([k, v]) => [k, bytes(v)]) };
}

export function byPartition<R extends { partition: number }>(records: readonly R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of records) {
    const list = out.get(r.partition) ?? [];
    list.push(r);
    out.set(r.partition, list);
  }
  return out;
}

/**
 * Checks that `consumed` holds exactly `expected`: the same records in each partition, in order,
 * at strictly increasing offsets, byte-identical keys, values and headers, and the produced
 * timestamps. Returns the consumed records by partition for further checks.
 */
export function expectConsumed(t: Asserter, who: string, consumed: readonly ConsumedRecord[], expected: readonly ExpectedRecord[]): Map<number, ConsumedRecord[]> {
  t.equal(consumed.length, expected.length, `${who}: read ${expected.length} records`);
  const got = byPartition(consumed);
  const want = byPartition(expected);
  t.same([...got.keys()].sort(), [...want.keys()].sort(), `${who}: records in the expected partitions`);
  for (const [partition, wanted] of want) {
    const found = got.get(partition) ?? [];
    t.same(found.map(comparable), wanted.map(comparable), `${who}: partition ${partition} holds the produced records in order, byte for byte`);
    const offsets = found.map((r) => r.offset);
    t.ok(offsets.every((o, i) => i === 0 || o > offsets[i - 1]), `${who}: partition ${partition} offsets increase`);
    const badTimestamps = found.flatMap((r, i) => {
      const w = wanted[i];
      if (w === undefined) return [];
      if (w.timestamp !== undefined) return r.timestamp === w.timestamp ? [] : [`offset ${r.offset}: ${r.timestamp} != ${w.timestamp}`];
      if (w.timestampWindow !== undefined) {
        const [from, to] = w.timestampWindow;
        return r.timestamp >= from && r.timestamp <= to ? [] : [`offset ${r.offset}: ${r.timestamp} outside [${from}, ${to}]`];
      }
      return [];
    });
    t.same(badTimestamps, [], `${who}: partition ${partition} timestamps as produced`);
  }
  return got;
}

/** Consumed records that are not at the offset their acknowledgement named, as "partition@offset". */
export function offsetMismatches(consumed: readonly ConsumedRecord[], acknowledged: ReadonlyArray<{ partition: number; offset: number; key?: string | Buffer | null }>): string[] {
  const keyAt = new Map(acknowledged.map((a) => [`${a.partition}@${a.offset}`, bytes(a.key)]));
  return consumed.filter((r) => keyAt.get(`${r.partition}@${r.offset}`) !== bytes(r.key)).map((r) => `${r.partition}@${r.offset}`);
}
