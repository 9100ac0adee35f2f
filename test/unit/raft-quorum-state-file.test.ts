// The quorum-state file: Kafka's JSON form of QuorumStateData, written temp-then-rename, read back
// after a crash at any point of a write, and refused with a clear error when it is not what Kafka
// writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { FileQuorumStateStore, QUORUM_STATE_FILE, QuorumStateFileError } from '../../src/raft/fileQuorumStateStore.js';

function tempDir(t: Test): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raft-quorum-state-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

t.test('writes the state as Kafka does and reads it back', async (t) => {
  const dir = tempDir(t);
  const store = new FileQuorumStateStore(dir);
  t.equal(await store.read(), null, 'no file: nothing was ever written');
  await store.write({ epoch: 5, leaderId: 2, votedId: 1 });
  t.same(JSON.parse(fs.readFileSync(path.join(dir, QUORUM_STATE_FILE), 'utf8')), {
    leaderId: 2,
    leaderEpoch: 5,
    votedId: 1,
    votedDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    data_version: 1,
  });
  t.same(await new FileQuorumStateStore(dir).read(), { epoch: 5, leaderId: 2, votedId: 1 });
  t.notOk(fs.existsSync(path.join(dir, `${QUORUM_STATE_FILE}.tmp`)), 'no temp file is left behind');
});

t.test('reads the version 0 file of older Kafka releases', async (t) => {
  const dir = tempDir(t);
  fs.writeFileSync(path.join(dir, QUORUM_STATE_FILE), '{"clusterId":"","leaderId":1,"leaderEpoch":2,"votedId":-1,"appliedOffset":0,"currentVoters":[],"data_version":0}\n');
  t.same(await new FileQuorumStateStore(dir).read(), { epoch: 2, leaderId: 1, votedId: -1 });
  fs.writeFileSync(path.join(dir, QUORUM_STATE_FILE), '{"leaderEpoch":-1,"data_version":1}');
  t.same(await new FileQuorumStateStore(dir).read(), { epoch: 0, leaderId: -1, votedId: -1 }, "Kafka's state before any election");
});

t.test('a crash between the temp write and the rename leaves the previous state', async (t) => {
  const dir = tempDir(t);
  const store = new FileQuorumStateStore(dir);
  await store.write({ epoch: 3, leaderId: -1, votedId: 2 });
  // The new state reached the temp file, whole or in part, but was never renamed over the file.
  const tmp = path.join(dir, `${QUORUM_STATE_FILE}.tmp`);
  fs.writeFileSync(tmp, '{"leaderId":-1,"leaderEpoch":4,"votedId":3,"votedDirectoryId":"AAAAAAAAAAAAAAAAAAAAAA","data_version":1}');
  t.same(await new FileQuorumStateStore(dir).read(), { epoch: 3, leaderId: -1, votedId: 2 }, 'a complete temp file is not the state');
  fs.writeFileSync(tmp, '{"leaderId":-1,"leaderEp');
  const restarted = new FileQuorumStateStore(dir);
  t.same(await restarted.read(), { epoch: 3, leaderId: -1, votedId: 2 }, 'nor is a torn one');
  await restarted.write({ epoch: 4, leaderId: -1, votedId: 3 });
  t.same(await new FileQuorumStateStore(dir).read(), { epoch: 4, leaderId: -1, votedId: 3 }, 'the next write replaces the leftover');
  t.notOk(fs.existsSync(tmp));
});

t.test('writes are queued: the last one wins', async (t) => {
  const dir = tempDir(t);
  const store = new FileQuorumStateStore(dir);
  await Promise.all([1, 2, 3, 4, 5].map((epoch) => store.write({ epoch, leaderId: -1, votedId: -1 })));
  t.same(await store.read(), { epoch: 5, leaderId: -1, votedId: -1 });
});

t.test('a file Kafka would not write is refused with its path and reason', async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, QUORUM_STATE_FILE);
  const store = new FileQuorumStateStore(dir);
  for (const [content, reason] of [
    ['', /not JSON/],
    ['{"leaderId":1,"leaderEpoch":2', /not JSON/],
    ['[1,2]', /expected object/],
    ['{"leaderId":1,"leaderEpoch":2,"votedId":-1}', /data_version/],
    ['{"leaderId":1,"leaderEpoch":2,"votedId":-1,"data_version":7}', /data_version/],
    ['{"leaderId":"one","leaderEpoch":2,"votedId":-1,"data_version":1}', /leaderId/],
    ['{"leaderId":1,"leaderEpoch":2.5,"votedId":-1,"data_version":1}', /leaderEpoch/],
  ] as const) {
    fs.writeFileSync(file, content);
    const err = await store.read().then(
      () => null,
      (e: unknown) => e,
    );
    t.ok(err instanceof QuorumStateFileError && err.message.includes(file) && reason.test(err.message), `${JSON.stringify(content)}: ${String(err)}`);
  }
});

t.test('a disk error surfaces with its errno, syscall and path', async (t) => {
  const dir = tempDir(t);
  const store = new FileQuorumStateStore(path.join(dir, 'missing-dir'));
  await t.rejects(store.write({ epoch: 1, leaderId: -1, votedId: -1 }), { code: 'ENOENT', syscall: 'open', path: path.join(dir, 'missing-dir', `${QUORUM_STATE_FILE}.tmp`) });
  t.same(await store.read(), null);
  // A later write works once the directory exists: a failed write does not wedge the queue.
  fs.mkdirSync(path.join(dir, 'missing-dir'));
  await store.write({ epoch: 2, leaderId: -1, votedId: -1 });
  t.same(await store.read(), { epoch: 2, leaderId: -1, votedId: -1 });
});
