// The fan-out core against a stand-in partition: cursors at one position share one read and one
// rendered frame, a full socket is skipped without holding up the others, caught-up cursors wait
// on one append watch, out-of-range positions go to the owner, and the cache stays in budget.
import t from 'tap';
import { encodeRecordBatch } from '../../src/protocol/recordBatch.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { ReplicaManager } from '../../src/log/replicaManager.js';
import type { PartitionReadResult } from '../../src/log/partition.js';
import { FeedRegistry } from '../../src/gateway/fanout/feedRegistry.js';
import { PartitionCursor, type CursorOwner } from '../../src/gateway/fanout/partitionCursor.js';
import type { RecordChunk } from '../../src/gateway/fanout/recordChunk.js';

/** A one-partition log of one-record batches, read the way Partition.read does. */
class FakeLog {
  batches: { offset: number; bytes: Buffer }[] = [];
  reads = 0;
  logStartOffset = 0;
  private waiters: (() => void)[] = [];

  append(value: string): void {
    const offset = this.batches.length;
    this.batches.push({ offset, bytes: encodeRecordBatch({ baseOffset: BigInt(offset), records: [{ value: Buffer.from(value), timestamp: 1000 + offset }] }) });
    for (const w of this.waiters.splice(0)) w();
  }

  get highWatermark(): number {
    return this.batches.length;
  }

  read(offset: number, maxBytes: number): PartitionReadResult {
    this.reads++;
    const base = { highWatermark: this.highWatermark, lastStableOffset: this.highWatermark, logStartOffset: this.logStartOffset };
    if (offset < this.logStartOffset || offset > this.highWatermark) return { ...base, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, records: [], sizeInBytes: 0 };
    const out: Buffer[] = [];
    let size = 0;
    for (const b of this.batches.slice(offset)) {
      if (out.length > 0 && size + b.bytes.length > maxBytes) break;
      out.push(b.bytes);
      size += b.bytes.length;
    }
    return { ...base, errorCode: ErrorCode.NONE, records: out, sizeInBytes: size };
  }

  watchers(): number {
    return this.waiters.length;
  }

  replicaManager(): ReplicaManager {
    const fake = {
      getPartition: (topic: string) => (topic === 't' ? { read: (o: number, m: number) => this.read(o, m), highWatermark: this.highWatermark } : undefined),
      awaitAppend: (_topic: string, _partition: number, listener: () => void) => {
        this.waiters.push(listener);
        return () => {
          this.waiters = this.waiters.filter((w) => w !== listener);
        };
      },
    };
    return fake as unknown as ReplicaManager;
  }
}

class Owner implements CursorOwner {
  writable = true;
  received: number[] = [];
  frames = new Set<unknown>();
  resets: number[] = [];
  failures: number[] = [];
  constructor(private readonly registry: () => FeedRegistry) {}
  deliver(cursor: PartitionCursor, chunk: RecordChunk): void {
    this.frames.add(this.registry().frame(chunk, cursor.encoding).data);
    for (const r of chunk.records) this.received.push(r.offset);
  }
  outOfRange(cursor: PartitionCursor, logStartOffset: number): void {
    this.resets.push(cursor.position);
    cursor.position = logStartOffset;
  }
  failed(_cursor: PartitionCursor, errorCode: number): void {
    this.failures.push(errorCode);
  }
}

/** Lets the feeds run: they deliver in setImmediate turns, so wait out many of those, not wall time. */
async function settle(): Promise<void> {
  for (let i = 0; i < 500; i++) await new Promise((resolve) => setImmediate(resolve));
}

t.test('cursors at one position share reads and frames; caught-up cursors share one append watch', async (t) => {
  const log = new FakeLog();
  for (let i = 0; i < 3; i++) log.append(`v${i}`);
  const registry = new FeedRegistry(log.replicaManager(), { fetchMaxBytes: 1 << 20, cacheBytes: 1 << 20 });
  const owners = Array.from({ length: 50 }, () => new Owner(() => registry));
  const feed = registry.feed('t', 0);
  for (const o of owners) feed.add(new PartitionCursor('t', 0, 0, 'text', o));
  await settle();
  for (const o of owners) t.same(o.received, [0, 1, 2]);
  t.equal(log.reads, 1, 'one read for the 50 cursors; being caught up needs none');
  t.equal(new Set(owners.flatMap((o) => [...o.frames])).size, 1, 'every socket got the same rendered frame');
  t.equal(log.watchers(), 1, 'one append watch for all caught-up cursors');

  log.append('v3');
  await settle();
  for (const o of owners) t.same(o.received, [0, 1, 2, 3]);
  t.equal(log.reads, 2);
});

t.test('a full socket is skipped and catches up after it drains', async (t) => {
  const log = new FakeLog();
  const registry = new FeedRegistry(log.replicaManager(), { fetchMaxBytes: 1, cacheBytes: 1 << 20 });
  const fast = new Owner(() => registry);
  const slow = new Owner(() => registry);
  slow.writable = false;
  const feed = registry.feed('t', 0);
  feed.add(new PartitionCursor('t', 0, 0, 'base64', fast));
  feed.add(new PartitionCursor('t', 0, 0, 'base64', slow));
  for (let i = 0; i < 20; i++) log.append(`v${i}`);
  await settle();
  t.same(fast.received, [...Array(20).keys()], 'the fast socket got everything, a batch at a time');
  t.same(slow.received, []);
  slow.writable = true;
  feed.schedule();
  await settle();
  t.same(slow.received, [...Array(20).keys()]);
});

t.test('out-of-range positions go to the owner; a missing partition fails the cursor', async (t) => {
  const log = new FakeLog();
  for (let i = 0; i < 5; i++) log.append(`v${i}`);
  log.logStartOffset = 3;
  const registry = new FeedRegistry(log.replicaManager(), { fetchMaxBytes: 1 << 20, cacheBytes: 1 << 20 });
  const owner = new Owner(() => registry);
  registry.feed('t', 0).add(new PartitionCursor('t', 0, 1, 'text', owner));
  const gone = new Owner(() => registry);
  registry.feed('deleted', 0).add(new PartitionCursor('deleted', 0, 0, 'text', gone));
  await settle();
  t.same(owner.resets, [1]);
  t.same(owner.received, [3, 4]);
  t.same(gone.failures, [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
});

t.test('the chunk cache stays within its budget and a released feed frees its chunks', async (t) => {
  const log = new FakeLog();
  for (let i = 0; i < 200; i++) log.append('x'.repeat(100));
  const registry = new FeedRegistry(log.replicaManager(), { fetchMaxBytes: 1, cacheBytes: 2_000 });
  const owner = new Owner(() => registry);
  const cursor = new PartitionCursor('t', 0, 0, 'binary', owner);
  const feed = registry.feed('t', 0);
  feed.add(cursor);
  await settle();
  t.equal(owner.received.length, 200);
  t.ok(registry.cacheBytes <= 2_000, `cache holds ${registry.cacheBytes} bytes`);
  feed.remove(cursor);
  t.equal(registry.cacheBytes, 0);
  t.equal(registry.feedCount, 0);
  t.equal(log.watchers(), 0, 'the append watch is cancelled');
});
