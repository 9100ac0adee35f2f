// Snapshots in src/raft/: their format (Kafka's header/records/footer batches), the leader taking
// one every snapshotIntervalBytes and truncating its log behind it, a follower behind the log start
// fetching it in chunks with FetchSnapshot, a restart loading it, and FetchSnapshot's errors.
import t from 'tap';
import type { FetchSnapshotResponse } from '../../src/protocol/generated/messages/FetchSnapshotResponse.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { FetchSnapshotRequest } from '../../src/protocol/generated/messages/FetchSnapshotRequest.js';
import { fetchSnapshotRequest, POSITION_OUT_OF_RANGE } from '../../src/raft/raftRpc.js';
import { decodeSnapshot, encodeSnapshot, SnapshotFormatError } from '../../src/raft/raftSnapshot.js';
import { batchSize } from '../../src/storage/batchHeader.js';
import { ManualQuorum, type ManualNode } from '../sim/manualQuorum.js';

function batchesOf(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let pos = 0; pos < bytes.length; pos += batchSize(bytes, pos)) out.push(bytes.subarray(pos, pos + batchSize(bytes, pos)));
  return out;
}

t.test('the snapshot format frames the records between a header and a footer', async (t) => {
  const records = Array.from({ length: 2500 }, (_, i) => Buffer.from(`record-${i}`));
  const bytes = encodeSnapshot({ offset: 100, epoch: 3 }, records, 1234, 5678);
  t.same(decodeSnapshot(bytes), records, 'records come back in order, across several batches');
  t.same(decodeSnapshot(encodeSnapshot({ offset: 1, epoch: 1 }, [], 0, 0)), [], 'an empty state is a header and a footer');
  t.throws(() => decodeSnapshot(bytes.subarray(0, bytes.length - 10)), SnapshotFormatError, 'a truncated snapshot');
  t.throws(() => decodeSnapshot(Buffer.from('not a snapshot at all, just bytes')), SnapshotFormatError);
  const parts = batchesOf(encodeSnapshot({ offset: 100, epoch: 3 }, records.slice(0, 3), 0, 0));
  t.equal(parts.length, 3, 'header, one data batch, footer');
  t.throws(() => decodeSnapshot(Buffer.concat(parts.slice(1))), SnapshotFormatError, 'no header');
  t.throws(() => decodeSnapshot(Buffer.concat(parts.slice(0, -1))), SnapshotFormatError, 'no footer');
});

async function proposeMany(q: ManualQuorum, leader: ManualNode, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await leader.client.propose([Buffer.from(`value-${i}-${'x'.repeat(40)}`)]);
    await q.advance(20);
  }
}

t.test('a leader snapshots every interval and truncates its log behind the snapshot', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3], config: { snapshotIntervalBytes: 1000 } });
  await q.startAll();
  const leader = await q.electLeader();
  await proposeMany(q, leader, 60);
  const snapshot = leader.log.latestSnapshotId();
  t.ok(snapshot !== null, 'a snapshot was taken');
  t.equal(leader.log.startOffset, snapshot!.offset, 'the log starts at the latest snapshot');
  t.ok(snapshot!.offset <= leader.client.highWatermark!, 'only committed data is in a snapshot');
  t.equal(leader.stateMachine.applied.length, 60, 'the state machine saw every batch');
  for (const node of q.nodes.values()) t.ok(node.log.latestSnapshotId() !== null, `replica ${node.id} snapshots on its own`);
});

t.test('a follower behind the log start fetches the snapshot in chunks and installs it', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3], config: { snapshotIntervalBytes: 1000, fetchMaxBytes: 256 } });
  await q.startAll();
  const leader = await q.electLeader();
  const laggard = [...q.nodes.values()].find((n) => n.id !== leader.id)!;
  q.isolate(laggard.id);
  await proposeMany(q, leader, 80);
  t.ok(leader.log.startOffset > laggard.log.endOffset, 'the leader no longer holds what the laggard needs');
  q.isolate(laggard.id, false);
  await q.advanceUntil(() => laggard.client.stateName === 'follower' && laggard.client.highWatermark === leader.client.highWatermark);
  const fetches = q.sent.filter((m) => m.from === laggard.id && m.request.api === 'FetchSnapshot').map((m) => Number((m.request.data as FetchSnapshotRequest).topics[0]!.partitions[0]!.position));
  t.ok(fetches.length > 1 && fetches.some((p) => p > 0), `fetched in ${fetches.length} chunks`);
  t.same(laggard.stateMachine.applied, leader.stateMachine.applied, 'the same state as the leader');
  t.ok(laggard.stateMachine.reloadedFrom !== null || laggard.log.startOffset > 0, 'the state came from a snapshot');
  t.equal(laggard.log.endOffset, leader.log.endOffset);
});

t.test('a restarted replica loads its latest snapshot before replaying the log', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3], config: { snapshotIntervalBytes: 1000 } });
  await q.startAll();
  const leader = await q.electLeader();
  await proposeMany(q, leader, 40);
  const follower = [...q.nodes.values()].find((n) => n.id !== leader.id)!;
  const before = follower.stateMachine.applied;
  const snapshot = follower.log.latestSnapshotId()!;
  q.crash(follower.id);
  await q.start(follower.id);
  t.same(follower.stateMachine.reloadedFrom, snapshot, 'loaded at start');
  t.same(follower.stateMachine.applied, before.filter((b) => b.last < snapshot.offset), 'the snapshot holds what was applied before it');
  await q.advanceUntil(() => follower.client.highWatermark === leader.client.highWatermark);
  t.same(follower.stateMachine.applied, leader.stateMachine.applied, 'the rest comes from the log once the high watermark is known');
});

t.test('FetchSnapshot answers errors for unknown snapshots, bad positions and stale epochs', async (t) => {
  const q = new ManualQuorum({ voters: [1, 2, 3], config: { snapshotIntervalBytes: 500 } });
  await q.startAll();
  const leader = await q.electLeader();
  await proposeMany(q, leader, 20);
  const snapshotId = leader.log.latestSnapshotId()!;
  const ask = async (fields: { epoch?: number; snapshotId?: { offset: number; epoch: number }; position?: number }) => {
    const request = fetchSnapshotRequest(q.config, { replicaId: 2, epoch: fields.epoch ?? leader.client.epoch, snapshotId: fields.snapshotId ?? snapshotId, position: fields.position ?? 0 });
    const response = await leader.client.handleRequest(2, { api: 'FetchSnapshot', data: request });
    return (response.data as FetchSnapshotResponse<Buffer>).topics[0]!.partitions[0]!;
  };
  const whole = await ask({});
  t.equal(whole.errorCode, ErrorCode.NONE);
  t.equal(Number(whole.size), leader.log.readSnapshot(snapshotId)!.length);
  t.equal((await ask({ snapshotId: { offset: snapshotId.offset + 1, epoch: snapshotId.epoch } })).errorCode, ErrorCode.SNAPSHOT_NOT_FOUND);
  t.equal((await ask({ position: Number(whole.size) })).errorCode, POSITION_OUT_OF_RANGE);
  t.equal((await ask({ position: -1 })).errorCode, POSITION_OUT_OF_RANGE);
  t.equal((await ask({ epoch: leader.client.epoch - 1 })).errorCode, ErrorCode.FENCED_LEADER_EPOCH);
  t.equal((await ask({ epoch: leader.client.epoch + 1 })).errorCode, ErrorCode.UNKNOWN_LEADER_EPOCH);
  const follower = [...q.nodes.values()].find((n) => n.id !== leader.id)!;
  const request = fetchSnapshotRequest(q.config, { replicaId: 3, epoch: follower.client.epoch, snapshotId, position: 0 });
  const fromFollower = (await follower.client.handleRequest(3, { api: 'FetchSnapshot', data: request })).data as FetchSnapshotResponse<Buffer>;
  t.equal(fromFollower.topics[0]!.partitions[0]!.errorCode, ErrorCode.NOT_LEADER_OR_FOLLOWER);
  t.equal(fromFollower.topics[0]!.partitions[0]!.currentLeader?.leaderId, leader.id, 'and names the leader');
});
