// `runnel storage format --standalone | --initial-controllers` (KIP-853): meta.properties gives the
// metadata log directory this voter's directory id, and the bootstrap checkpoint names the voters in
// Kafka's layout; a node whose metadata log holds that checkpoint opens, elects, commits and reopens.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readMetaProperties } from '../../src/config/metaProperties.js';
import {
  BOOTSTRAP_SNAPSHOT_ID,
  BootstrapVotersError,
  decodeBootstrapVoters,
  encodeBootstrapCheckpoint,
  parseBootstrapVoters,
  readBootstrapVoters,
  writeBootstrapCheckpoint,
} from '../../src/metadata/bootstrapVoters.js';
import { ControlRecordType, decodeControlRecordKey } from '../../src/protocol/controlRecord.js';
import { decodeKRaftVersionRecord } from '../../src/protocol/generated/messages/KRaftVersionRecord.js';
import { Reader } from '../../src/protocol/reader.js';
import { decodeRecordBatches } from '../../src/protocol/recordBatch.js';
import { systemClock } from '../../src/raft/clock.js';
import { FileQuorumStateStore } from '../../src/raft/fileQuorumStateStore.js';
import { mathRandom } from '../../src/raft/random.js';
import { RaftClient } from '../../src/raft/raftClient.js';
import { RaftClientDriver } from '../../src/raft/raftClientDriver.js';
import { raftConfig } from '../../src/raft/raftConfig.js';
import { decodeSnapshot, decodeSnapshotControlRecords, encodeSnapshot } from '../../src/raft/raftSnapshot.js';
import { StorageRaftLog } from '../../src/raft/storageRaftLog.js';
import { SimStateMachine } from '../sim/simStateMachine.js';

const RUNNEL = 'dist/src/cli/runnel.js';
const CLUSTER_ID = 'm_swnoiFRpuhuMlM8Ymo3Q';
const CHECKPOINT = path.join('__cluster_metadata-0', '00000000000000000000-0000000000.checkpoint');
const DIR_1 = 'JEXY6aqzQY-32P5TStzaFg';
const DIR_2 = 'MvDxzVmcRsaTz33bUuRU6A';
const DIR_3 = '07R5amHmR32VDA6jHkGbTA';
const THREE = `1@localhost:9093:${DIR_1},2@localhost:9095:${DIR_2},3@[::1]:9097:${DIR_3}`;

function runnel(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [RUNNEL, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A node's server.properties for a KIP-853 quorum (no controller.quorum.voters) unless `extra` overrides. */
function setup(t: { testdir(): string }, extra: string[] = [], roles = 'broker,controller'): { dir: string; props: string } {
  const dir = t.testdir();
  const props = `${dir}/server.properties`;
  writeFileSync(
    props,
    [
      `process.roles=${roles}`,
      'node.id=1',
      'controller.quorum.bootstrap.servers=localhost:9093',
      roles.includes('controller') ? 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093' : 'listeners=PLAINTEXT://:9092',
      'controller.listener.names=CONTROLLER',
      `log.dirs=${dir}/data`,
      `metadata.log.dir=${dir}/meta`,
      ...extra,
    ].join('\n'),
  );
  return { dir, props };
}

t.test('--initial-controllers: directory ids from the list, and a checkpoint that decodes back to the same voters', async (t) => {
  const { dir, props } = setup(t);
  const r = runnel('storage', 'format', '-t', CLUSTER_ID, '-c', props, '--initial-controllers', THREE);
  t.equal(r.code, 0, r.stderr);
  t.equal(
    r.stdout,
    `Formatting data directory ${dir}/data with cluster id ${CLUSTER_ID}.\nFormatting dynamic metadata voter directory ${dir}/meta with cluster id ${CLUSTER_ID}.\n`,
  );
  t.equal(readMetaProperties(`${dir}/meta`)?.directoryId, DIR_1, 'the metadata directory is the voter the list names');
  const dataDirId = readMetaProperties(`${dir}/data`)?.directoryId;
  t.ok(dataDirId !== undefined && ![DIR_1, DIR_2, DIR_3].includes(dataDirId), 'a data directory gets a fresh id');
  t.notOk(existsSync(`${dir}/data/__cluster_metadata-0`), 'only the metadata directory holds the checkpoint');

  t.same(readBootstrapVoters(`${dir}/meta`), [
    { id: 1, directoryId: DIR_1, host: 'localhost', port: 9093 },
    { id: 2, directoryId: DIR_2, host: 'localhost', port: 9095 },
    { id: 3, directoryId: DIR_3, host: '::1', port: 9097 },
  ]);

  // Kafka's layout: one control batch with SnapshotHeader, KRaftVersion, KRaftVoters at offsets
  // 0-2 in epoch 0, then a control batch with the SnapshotFooter at offset 3; no data batches.
  const bytes = readFileSync(path.join(dir, 'meta', CHECKPOINT));
  const batches = decodeRecordBatches(bytes);
  t.equal(batches.length, 2);
  t.same(
    batches.map((b) => ({ base: b.baseOffset, epoch: b.partitionLeaderEpoch, control: b.isControl, types: b.records.map((rec) => decodeControlRecordKey(rec.key).type) })),
    [
      { base: 0n, epoch: 0, control: true, types: [ControlRecordType.SnapshotHeader, ControlRecordType.KRaftVersion, ControlRecordType.KRaftVoters] },
      { base: 3n, epoch: 0, control: true, types: [ControlRecordType.SnapshotFooter] },
    ],
  );
  const kraftVersion = decodeSnapshotControlRecords(bytes).find((c) => c.type === ControlRecordType.KRaftVersion)!;
  t.equal(decodeKRaftVersionRecord(new Reader(kraftVersion.value), 0).kRaftVersion, 1);
  t.same(decodeSnapshot(bytes), [], 'no state machine records');

  const again = runnel('storage', 'format', '-t', CLUSTER_ID, '-c', props, '--initial-controllers', THREE, '--ignore-formatted');
  t.equal(again.code, 0, again.stderr);
  t.equal(again.stdout, 'All of the log directories are already formatted.\n');
});

t.test('--standalone: this node alone, at its controller listener, with the metadata directory id', async (t) => {
  const { dir, props } = setup(t);
  const r = runnel('storage', 'format', '-t', CLUSTER_ID, '-c', props, '--standalone');
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout, `Formatting dynamic metadata voter directory ${dir}/meta with cluster id ${CLUSTER_ID}.\n`);
  const directoryId = readMetaProperties(`${dir}/meta`)?.directoryId;
  t.type(directoryId, 'string');
  t.same(readBootstrapVoters(`${dir}/meta`), [{ id: 1, directoryId, host: 'localhost', port: 9093 }], 'an empty listener host means localhost');
});

t.test('a node formatted for a quorum opens its metadata log, elects itself, commits and reopens without losing the log', async (t) => {
  const { dir, props } = setup(t);
  t.equal(runnel('storage', 'format', '-t', CLUSTER_ID, '-c', props, '--standalone').code, 0);
  const partitionDir = path.join(dir, 'meta', '__cluster_metadata-0');
  const config = raftConfig({ electionTimeoutMs: 100, fetchTimeoutMs: 200, electionBackoffMaxMs: 100, requestTimeoutMs: 200, clusterId: CLUSTER_ID });

  const start = async () => {
    const log = await StorageRaftLog.open(partitionDir);
    const stateMachine = new SimStateMachine();
    const client = new RaftClient({
      nodeId: 1,
      voters: [1],
      config,
      log,
      store: new FileQuorumStateStore(path.join(dir, 'meta')),
      stateMachine,
      transport: { send: () => undefined },
      clock: systemClock,
      random: mathRandom,
    });
    const driver = new RaftClientDriver(client);
    await driver.start();
    return { log, stateMachine, client, driver };
  };
  const until = async (what: string, done: () => boolean): Promise<void> => {
    const deadline = Date.now() + 5000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  const first = await start();
  t.same(first.log.latestSnapshotId(), BOOTSTRAP_SNAPSHOT_ID, 'the bootstrap checkpoint is the log\'s snapshot');
  t.same(first.stateMachine.reloadedFrom, BOOTSTRAP_SNAPSHOT_ID, 'loaded into the state machine');
  t.same(first.stateMachine.applied, []);
  await until('leadership', () => first.client.stateName === 'leader');
  await first.client.propose([Buffer.from('topic-created')]);
  first.driver.wakeup();
  await until('the record to apply', () => first.stateMachine.applied.length === 1);
  const endOffset = first.log.endOffset;
  first.driver.stop();
  await first.log.close();

  const reopened = await StorageRaftLog.open(partitionDir);
  t.same([reopened.startOffset, reopened.endOffset], [0, endOffset], 'the log written after the checkpoint survives a restart');
  t.same(reopened.latestSnapshotId(), BOOTSTRAP_SNAPSHOT_ID);
  await reopened.close();
  const second = await start();
  await until('the record to apply again', () => second.stateMachine.applied.length === 1);
  second.driver.stop();
  await second.log.close();
  t.same(readBootstrapVoters(path.join(dir, 'meta'))?.map((v) => v.id), [1], 'the checkpoint is still there');
});

t.test('bad input names the problem, exits 1 and writes nothing', async (t) => {
  const cases: Array<[string, string[], string[], RegExp, string?]> = [
    ['both flags', [], ['--standalone', '--initial-controllers', THREE], /^runnel storage: give only one of --standalone and --initial-controllers\n$/],
    ['--standalone on a broker', [], ['--standalone'], /^You cannot use --standalone on a broker node: process\.roles must contain controller\.\n$/, 'broker'],
    ['--initial-controllers on a broker', [], ['--initial-controllers', THREE], /^You cannot use --initial-controllers on a broker node/, 'broker'],
    ['flag with static voters', ['controller.quorum.voters=1@localhost:9093'], ['--standalone'], /^You cannot use --standalone when controller\.quorum\.voters is set/],
    ['no flag, no voters', [], [], /^Because controller\.quorum\.voters is not set on this controller, you must specify --standalone or --initial-controllers\.\n$/],
    ['duplicate node id', [], ['--initial-controllers', `1@a:1:${DIR_1},1@b:2:${DIR_2}`], /^--initial-controllers: node id 1 was specified more than once\n$/],
    ['duplicate directory id', [], ['--initial-controllers', `1@a:1:${DIR_1},2@b:2:${DIR_1}`], new RegExp(`^--initial-controllers: directory id ${DIR_1} was specified more than once\\n$`)],
    ['this node missing', [], ['--initial-controllers', `2@a:1:${DIR_2},3@b:2:${DIR_3}`], /^--initial-controllers does not name this node \(node\.id=1\)/],
    ['no port', [], ['--initial-controllers', `1@localhost:${DIR_1}`], /^--initial-controllers: invalid controller '1@localhost:JEXY6aqzQY-32P5TStzaFg': no colon after the port/],
    ['bad port', [], ['--initial-controllers', `1@localhost:90x:${DIR_1}`], /invalid controller '1@localhost:90x:[\w-]+': port '90x' is not a number/],
    ['no directory id', [], ['--initial-controllers', '1@localhost:9093'], /^--initial-controllers: invalid controller '1@localhost:9093': no colon after the port/],
    ['bad directory id', [], ['--initial-controllers', '1@localhost:9093:nope'], /invalid controller '1@localhost:9093:nope': directory id 'nope' is invalid: expected 22 base64url characters/],
    ['no @', [], ['--initial-controllers', `localhost:9093:${DIR_1}`], /invalid controller 'localhost:9093:JEXY6aqzQY-32P5TStzaFg': no @ found/],
    ['bad id', [], ['--initial-controllers', `x@localhost:9093:${DIR_1}`], /invalid controller 'x@localhost:9093:[\w-]+': node id 'x' is not a non-negative integer/],
    ['port out of range', [], ['--initial-controllers', `1@localhost:70000:${DIR_1}`], /port 70000 is out of range/],
    ['unclosed bracket', [], ['--initial-controllers', `1@[::1:9093:${DIR_1}`], /the hostname begins with \[ but has no \]/],
    ['empty list', [], ['--initial-controllers', ','], /^--initial-controllers: no initial controllers given\n$/],
  ];
  for (const [name, extra, args, expected, roles] of cases) {
    const { dir, props } = setup(t, extra, roles);
    const r = runnel('storage', 'format', '-t', CLUSTER_ID, '-c', props, ...args);
    t.equal(r.code, 1, name);
    t.match(r.stderr, expected, name);
    t.equal(r.stdout, '', `${name}: nothing printed`);
    t.notOk(existsSync(`${dir}/meta`) || existsSync(`${dir}/data`), `${name}: nothing written`);
  }
});

t.test('parseBootstrapVoters and the checkpoint codec', async (t) => {
  t.same(parseBootstrapVoters(` 7@[fe80::1]:1:${DIR_1} `), [{ id: 7, directoryId: DIR_1, host: 'fe80::1', port: 1 }]);
  t.throws(() => parseBootstrapVoters(`1@:9093:${DIR_1}`), new BootstrapVotersError(`invalid controller '1@:9093:${DIR_1}': the hostname is empty (expected id@host:port:directoryId)`));
  t.throws(() => parseBootstrapVoters(`@h:1:${DIR_1}`), /no node id before @/);

  const voters = parseBootstrapVoters(THREE);
  t.same(decodeBootstrapVoters(encodeBootstrapCheckpoint(voters, 'CONTROLLER', 1_700_000_000_000)), voters);
  t.equal(decodeBootstrapVoters(encodeSnapshot({ offset: 5, epoch: 2 }, [Buffer.from('x')], 0, 0)), null, 'a snapshot without voters names none');
  t.throws(() => decodeBootstrapVoters(Buffer.from('not a snapshot at all')), /SnapshotHeader|does not decode/);
  t.equal(readBootstrapVoters(t.testdir()), null, 'no checkpoint: a static quorum');
});

t.test('readBootstrapVoters takes the newest checkpoint that names voters, reading only its header batch', async (t) => {
  const metaDir = t.testdir();
  const partition = path.join(metaDir, '__cluster_metadata-0');
  const [first, second] = [parseBootstrapVoters(`1@a:1:${DIR_1}`), parseBootstrapVoters(`1@b:2:${DIR_1},2@c:3:${DIR_2}`)];
  await writeBootstrapCheckpoint(metaDir, first, 'CONTROLLER');
  writeFileSync(path.join(partition, '00000000000000000005-0000000002.checkpoint'), encodeSnapshot({ offset: 5, epoch: 2 }, [Buffer.from('state')], 0, 0));
  writeFileSync(path.join(partition, '00000000000000000007-0000000002.checkpoint.part'), 'an unfinished snapshot');
  t.same(readBootstrapVoters(metaDir), first, 'a later snapshot without voters does not hide the bootstrap checkpoint');

  rmSync(path.join(partition, '00000000000000000000-0000000000.checkpoint'));
  const carried = decodeSnapshotControlRecords(encodeBootstrapCheckpoint(second, 'CONTROLLER', 0)).map((c) => ({ type: c.type as ControlRecordType, value: c.value }));
  const big = Array.from({ length: 5000 }, (_, i) => Buffer.alloc(100, i));
  const snapshot = encodeSnapshot({ offset: 9, epoch: 3 }, big, 0, 0, carried);
  // Garbage after the header batch: only that batch is read, so the voters are still found.
  snapshot.fill(0xee, snapshot.length - 200);
  writeFileSync(path.join(partition, '00000000000000000009-0000000003.checkpoint'), snapshot);
  t.same(readBootstrapVoters(metaDir), second, 'a snapshot carrying the voters replaces the bootstrap checkpoint');
  t.throws(() => decodeSnapshot(snapshot), 'while the whole snapshot would not decode');

  writeFileSync(path.join(partition, '00000000000000000010-0000000003.checkpoint'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff, 1, 2]));
  t.throws(() => readBootstrapVoters(metaDir), /00000000000000000010-0000000003\.checkpoint holds no readable voters/, 'a corrupt checkpoint is named');
});
