// The browser client's bookkeeping, in Node against a fake WebSocket that the test answers as the
// gateway would: produce acks and typed errors, a dropped connection (pending produces rejected as
// retriable, never resent), reconnection with backoff, assign-mode resume at the next offset (no
// gap, no duplicate), group-mode resume from commits of delivered positions, seek, pause, close.
import t, { type Test } from 'tap';
import { RunnelClient, RunnelError, type ConnectOptions, type RunnelRecord, type Subscription, type WebSocketLike } from '../../src/browser/client.js';

type Op = Record<string, unknown> & { op: string; id: number };

class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  binaryType = 'blob';
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly sent: Array<string | Uint8Array> = [];
  closedWith: { code?: number; reason?: string } | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  /** Answers commit and unsubscribe as the gateway would (for tests' teardown). */
  answering = false;

  send(data: string | Uint8Array): void {
    this.sent.push(data);
    if (!this.answering || typeof data !== 'string') return;
    const op = JSON.parse(data) as Op;
    if (op.op === 'commit') queueMicrotask(() => this.push({ type: 'committed', id: op.id, subscription: op.subscription, offsets: op.offsets }));
    if (op.op === 'unsubscribe') queueMicrotask(() => this.push({ type: 'unsubscribed', id: op.id, subscription: op.subscription }));
  }

  close(code?: number, reason?: string): void {
    this.closedWith = { code, reason };
  }

  // ---- the gateway's side

  push(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  welcome(maxMessageBytes = 1 << 20): void {
    this.push({ type: 'welcome', version: 1, maxMessageBytes });
  }

  drop(code = 1006, reason = ''): void {
    this.onclose?.({ code, reason });
  }

  get ops(): Op[] {
    return this.sent.filter((d): d is string => typeof d === 'string').map((d) => JSON.parse(d) as Op);
  }

  /** The last operation named `op`, once the client has sent it. */
  async nextOp(op: string, after = 0): Promise<Op> {
    return until(`a ${op} operation`, () => this.ops.slice(after).filter((o) => o.op === op).at(-1));
  }

  records(topic: string, partition: number, offsets: number[]): void {
    this.push({ type: 'records', topic, partition, highWatermark: 1_000, encoding: 'text', records: offsets.map((offset) => ({ offset, timestamp: offset, key: `k${offset}`, value: `${topic}-${partition}-${offset}`, headers: [] })) });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

const lastSocket = (): FakeSocket => FakeSocket.all.at(-1)!;

/** Connects through the fake: the test plays the gateway's welcome. */
async function connect(t: Test, options: Omit<ConnectOptions, 'WebSocket'> = {}): Promise<{ client: RunnelClient; socket: FakeSocket }> {
  const before = FakeSocket.all.length;
  const connecting = RunnelClient.connect('ws://gateway.test/v1/ws', { reconnect: { initialDelayMs: 4, maxDelayMs: 16 }, ...options, WebSocket: FakeSocket });
  const socket = await until('a socket', () => FakeSocket.all[before]);
  socket.welcome();
  const client = await connecting;
  t.teardown(() => {
    for (const s of FakeSocket.all) s.answering = true;
    return client.close();
  });
  return { client, socket };
}

/** Waits for the client's next connection attempt after `socket` and welcomes it. */
async function reconnected(socket: FakeSocket): Promise<FakeSocket> {
  const next = await until('a reconnection attempt', () => FakeSocket.all.slice(FakeSocket.all.indexOf(socket) + 1).at(-1));
  next.welcome();
  return next;
}

/** Takes records from the iterator until it has `count`. */
async function take<P extends string | Uint8Array>(sub: Subscription<P>, count: number): Promise<RunnelRecord<P>[]> {
  const it = sub[Symbol.asyncIterator]();
  const out: RunnelRecord<P>[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`only ${out.length}/${count} records arrived`)), 2_000)));
  try {
    while (out.length < count) {
      const r = await Promise.race([it.next(), timeout]);
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
}

const offsets = (records: readonly RunnelRecord[]): string[] => records.map((r) => `${r.partition}:${r.offset}`);

t.test('produce: acks, typed errors, and a dropped connection rejects what was not acknowledged', async (t) => {
  const { client, socket } = await connect(t);
  t.equal(socket.binaryType, 'arraybuffer');
  const acked = client.produce('clicks', { key: 'k', value: 'v' });
  const op = await socket.nextOp('produce');
  socket.push({ type: 'ack', id: op.id, topic: 'clicks', partition: 1, offset: 42, timestamp: 7 });
  t.same(await acked, { topic: 'clicks', partition: 1, offset: 42, timestamp: 7 });

  const refused = client.produce('clicks', { value: 'v', partition: 9 });
  const bad = await socket.nextOp('produce', 1);
  socket.push({ type: 'error', id: bad.id, code: 'UNKNOWN_TOPIC_OR_PARTITION', message: "topic 'clicks' has no partition 9", field: 'partition' });
  await t.rejects(refused, { name: 'RunnelError', code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'partition' });

  t.same(await client.produce('clicks', { value: 'fire and forget' }, { acks: 0 }), { topic: 'clicks', partition: -1, offset: -1, timestamp: -1 }, 'acks 0 has no answer to wait for');

  const inFlight = client.produce('clicks', { value: 'lost ack' });
  await until('the produce sent', () => socket.ops.length === 4);
  let queued: Promise<unknown> | null = null;
  client.on('disconnect', () => (queued ??= client.produce('clicks', { value: 'while away' })));
  socket.drop(1001, 'broker shutting down');
  await t.rejects(inFlight, { name: 'RunnelError', code: 'DISCONNECTED', retriable: true });
  t.equal(client.state, 'reconnecting');

  const next = await reconnected(socket);
  const resent = await next.nextOp('produce');
  t.equal(resent.value, 'while away', "a produce made while reconnecting (here by a 'disconnect' listener) is sent once the connection is back");
  t.equal(next.ops.filter((o) => o.op === 'produce').length, 1, 'the unacknowledged produce is not sent again');
  next.push({ type: 'ack', id: resent.id, topic: 'clicks', partition: 0, offset: 1, timestamp: 1 });
  t.match(await queued, { offset: 1 });
});

t.test('a message larger than the gateway accepts is refused before it could close the connection', async (t) => {
  const connecting = RunnelClient.connect('ws://gateway.test', { WebSocket: FakeSocket });
  const socket = lastSocket();
  t.equal(socket.url, 'ws://gateway.test/v1/ws');
  socket.welcome(100);
  const client = await connecting;
  t.teardown(() => client.close());
  await t.rejects(client.produce('t', { value: 'x'.repeat(200) }), { code: 'MESSAGE_TOO_LARGE', retriable: false });
  await t.rejects(client.produce('t', { value: new Uint8Array(200) }), { code: 'MESSAGE_TOO_LARGE' });
  t.equal(socket.sent.length, 0);
});

t.test('connecting fails with a typed error when the gateway closes or speaks another version', async (t) => {
  const closing = RunnelClient.connect('ws://gateway.test', { WebSocket: FakeSocket });
  lastSocket().drop(1006);
  await t.rejects(closing, { code: 'CONNECTION_FAILED', retriable: true });
  const future = RunnelClient.connect('ws://gateway.test', { WebSocket: FakeSocket });
  const socket = lastSocket();
  socket.push({ type: 'welcome', version: 2, maxMessageBytes: 1 });
  await t.rejects(future, { code: 'UNSUPPORTED_VERSION' });
  t.ok(socket.closedWith, 'the socket is closed');
  await t.rejects(RunnelClient.connect('ws://gateway.test', { WebSocket: FakeSocket, connectTimeoutMs: 20 }), { code: 'CONNECTION_FAILED', message: /no welcome/ });
});

t.test('assign mode resumes each partition after its last received record: no gap, no duplicate', async (t) => {
  const { client, socket } = await connect(t);
  const sub = client.subscribe({ topics: ['orders'], from: 'earliest' });
  const subscribe = await socket.nextOp('subscribe');
  t.match(subscribe, { topics: ['orders'], from: 'earliest', encoding: 'text' });
  socket.push({ type: 'subscribed', id: subscribe.id, subscription: 1, mode: 'assign', partitions: [0, 1, 2].map((partition) => ({ topic: 'orders', partition, offset: partition === 2 ? 5 : 0 })) });
  await sub.ready;
  socket.records('orders', 0, [0, 1, 2, 3, 4]);
  socket.records('orders', 1, [0, 1]);
  const before = await take(sub, 3);
  t.same(offsets(before), ['0:0', '0:1', '0:2']);

  socket.drop();
  const next = await reconnected(socket);
  const again = await next.nextOp('subscribe');
  // p0 and p2 continue at 5, p1 at 2: one start fits most, the other is sought.
  t.match(again, { topics: ['orders'], partitions: [0, 1, 2], from: { offset: 5 } });
  next.push({ type: 'subscribed', id: again.id, subscription: 4, mode: 'assign', partitions: [0, 1, 2].map((partition) => ({ topic: 'orders', partition, offset: 5 })) });
  const seek = await next.nextOp('seek');
  t.match(seek, { subscription: 4, topic: 'orders', partition: 1, to: { offset: 2 } });
  t.equal(next.ops.filter((o) => o.op === 'seek').length, 1, 'only the partition that differs is sought');
  next.records('orders', 1, [5, 6]);
  next.push({ type: 'sought', id: seek.id, subscription: 4, topic: 'orders', partition: 1, offset: 2 });
  next.records('orders', 1, [2, 3, 4, 5, 6]);
  next.records('orders', 0, [4, 5, 6]);
  next.records('orders', 2, [5]);
  // Queued before the drop: 0:3, 0:4, 1:0, 1:1; then 1:2..6, 0:5..6 (0:4 again is dropped), 2:5.
  const after = await take(sub, 4 + 5 + 2 + 1);
  const all = [...before, ...after];
  for (const [partition, last] of [[0, 6], [1, 6], [2, 5]] as const) {
    const first = partition === 2 ? 5 : 0;
    t.same(all.filter((r) => r.partition === partition).map((r) => r.offset), Array.from({ length: last - first + 1 }, (_, i) => first + i), `partition ${partition}: every offset once, in order`);
  }
  t.same(sub.positions().map((p) => [p.partition, p.next]), [[0, 7], [1, 7], [2, 6]]);
});

t.test('group mode: auto-commit of delivered positions, a lost connection revokes, the group resumes from the commit', async (t) => {
  const { client, socket } = await connect(t);
  const sub = client.subscribe({ topics: ['orders'], group: 'dash', autoOffsetReset: 'earliest', autoCommitIntervalMs: 10 });
  const events: string[] = [];
  sub.on('assigned', (ps) => events.push(`assigned ${ps.map((p) => `${p.partition}@${p.offset}`).join(',')}`));
  sub.on('revoked', (ps) => events.push(`revoked ${ps.map((p) => p.partition).join(',')}`));
  const subscribe = await socket.nextOp('subscribe');
  t.match(subscribe, { group: 'dash', autoOffsetReset: 'earliest' });
  t.notOk('autoCommit' in subscribe, "the client commits itself: the gateway's auto-commit commits what was sent, not what was delivered");
  socket.push({ type: 'subscribed', id: subscribe.id, subscription: 1, mode: 'group', group: 'dash' });
  socket.push({ type: 'assigned', subscription: 1, group: 'dash', partitions: [{ topic: 'orders', partition: 0, offset: 10 }, { topic: 'orders', partition: 1, offset: 20 }] });
  socket.records('orders', 0, [10, 11, 12]);
  t.same(offsets(await take(sub, 2)), ['0:10', '0:11']);

  const commit = await socket.nextOp('commit');
  t.same(commit.offsets, [{ topic: 'orders', partition: 0, offset: 12 }], 'only the moved partition, at one past the last record handed over');
  socket.push({ type: 'committed', id: commit.id, subscription: 1, offsets: commit.offsets });
  await sleep(40);
  t.equal(socket.ops.filter((o) => o.op === 'commit').length, 1, 'nothing moved since: no further commit');

  socket.drop();
  t.same(events, ['assigned 0@10,1@20', 'revoked 0,1']);
  const next = await reconnected(socket);
  const again = await next.nextOp('subscribe');
  t.match(again, { group: 'dash', topics: ['orders'] });
  next.push({ type: 'subscribed', id: again.id, subscription: 2, mode: 'group', group: 'dash' });
  next.push({ type: 'assigned', subscription: 2, group: 'dash', partitions: [{ topic: 'orders', partition: 0, offset: 12 }] });
  next.records('orders', 0, [12, 13]);
  t.same(offsets(await take(sub, 2)), ['0:12', '0:13'], 'the record queued but never handed over comes again from the committed offset, once');

  // The auto-commit timer may send the same commit alongside: every commit from here gets the answer.
  const sentBefore = next.ops.length;
  const explicit = sub.commit();
  const commits = await until('the commit', () => {
    const found = next.ops.slice(sentBefore).filter((o) => o.op === 'commit');
    return found.length > 0 && found;
  });
  t.same(commits.map((o) => o.offsets), commits.map(() => [{ topic: 'orders', partition: 0, offset: 14 }]));
  for (const op of commits) next.push({ type: 'committed', id: op.id, subscription: 2, offsets: [{ topic: 'orders', partition: 0, offset: 14, error: 'REBALANCE_IN_PROGRESS' }] });
  await t.rejects(explicit, { name: 'RunnelError', code: 'REBALANCE_IN_PROGRESS', field: 'offsets' });
  await t.rejects(client.subscribe({ topics: ['x'] }).commit(), { code: 'NOT_GROUP_MODE' }, 'assign mode does not commit');
});

t.test('seek drops what was queued for the partition; records before the answer come from the old position', async (t) => {
  const { client, socket } = await connect(t);
  const sub = client.subscribe({ topics: ['s'], partitions: [0], from: { offset: 0 } });
  const subscribe = await socket.nextOp('subscribe');
  socket.push({ type: 'subscribed', id: subscribe.id, subscription: 1, mode: 'assign', partitions: [{ topic: 's', partition: 0, offset: 0 }] });
  socket.records('s', 0, [0, 1, 2]);
  t.same(offsets(await take(sub, 1)), ['0:0']);
  const sought = sub.seek({ topic: 's', partition: 0 }, { offset: 100 });
  const seek = await socket.nextOp('seek');
  socket.records('s', 0, [3]);
  socket.push({ type: 'sought', id: seek.id, subscription: 1, topic: 's', partition: 0, offset: 100 });
  socket.records('s', 0, [100]);
  t.equal(await sought, 100);
  t.same(offsets(await take(sub, 1)), ['0:100']);
});

t.test('pause survives a reconnection; break out of for-await unsubscribes', async (t) => {
  const { client, socket } = await connect(t);
  const sub = client.subscribe({ topics: ['p'], from: 'latest' });
  const subscribe = await socket.nextOp('subscribe');
  socket.push({ type: 'subscribed', id: subscribe.id, subscription: 1, mode: 'assign', partitions: [{ topic: 'p', partition: 0, offset: 3 }, { topic: 'p', partition: 1, offset: 3 }] });
  const paused = sub.pause([{ topic: 'p', partition: 1 }]);
  const pause = await socket.nextOp('pause');
  t.same(pause.partitions, [{ topic: 'p', partition: 1 }]);
  socket.push({ type: 'paused', id: pause.id, subscription: 1 });
  await paused;

  socket.drop();
  const next = await reconnected(socket);
  const again = await next.nextOp('subscribe');
  t.match(again, { partitions: [0, 1], from: { offset: 3 } });
  next.push({ type: 'subscribed', id: again.id, subscription: 7, mode: 'assign', partitions: [{ topic: 'p', partition: 0, offset: 3 }, { topic: 'p', partition: 1, offset: 3 }] });
  t.match(await next.nextOp('pause'), { subscription: 7, partitions: [{ topic: 'p', partition: 1 }] });

  next.records('p', 0, [3]);
  next.answering = true;
  for await (const record of sub) {
    t.equal(record.offset, 3);
    break;
  }
  t.equal((await next.nextOp('unsubscribe')).subscription, 7);
  t.equal(client.state, 'open', 'the client stays connected');
});

t.test('refusals and fatal errors reach ready, the iterator and the error event; a dropped partition is not fatal', async (t) => {
  const { client, socket } = await connect(t);
  const missing = client.subscribe({ topics: ['nope'] });
  const errors: RunnelError[] = [];
  missing.on('error', (e) => errors.push(e));
  const op = await socket.nextOp('subscribe');
  socket.push({ type: 'error', id: op.id, code: 'UNKNOWN_TOPIC_OR_PARTITION', message: "topic 'nope' does not exist" });
  await t.rejects(missing.ready, { code: 'UNKNOWN_TOPIC_OR_PARTITION' });
  await t.rejects(take(missing, 1), { code: 'UNKNOWN_TOPIC_OR_PARTITION' });
  t.same(errors.map((e) => e.code), ['UNKNOWN_TOPIC_OR_PARTITION']);

  const group = client.subscribe({ topics: ['g'], group: 'x', autoCommit: false });
  const gop = await socket.nextOp('subscribe');
  socket.push({ type: 'subscribed', id: gop.id, subscription: 2, mode: 'group', group: 'x' });
  socket.push({ type: 'assigned', subscription: 2, group: 'x', partitions: [{ topic: 'g', partition: 0, offset: 0 }, { topic: 'g', partition: 1, offset: 0 }] });
  const groupErrors: string[] = [];
  group.on('error', (e) => groupErrors.push(e.code));
  socket.push({ type: 'error', code: 'KAFKA_STORAGE_ERROR', subscription: 2, topic: 'g', partition: 1, message: 'g-1 can no longer be read' });
  t.same(group.positions().map((p) => p.partition), [0], 'the dropped partition is forgotten');
  socket.records('g', 0, [0]);
  socket.push({ type: 'error', code: 'INCONSISTENT_GROUP_PROTOCOL', subscription: 2, message: "group 'x': no common protocol" });
  const it = group[Symbol.asyncIterator]();
  t.match(await it.next(), { done: false, value: { offset: 0 } }, 'records that arrived first are still handed over');
  await t.rejects(it.next(), { code: 'INCONSISTENT_GROUP_PROTOCOL' });
  t.match(await it.next(), { done: true });
  t.same(groupErrors, ['KAFKA_STORAGE_ERROR', 'INCONSISTENT_GROUP_PROTOCOL']);
  t.equal(socket.ops.filter((o) => o.op === 'commit').length, 0, 'autoCommit false commits nothing');
});

t.test('failed reconnection attempts back off and retry; reconnect: false ends everything', async (t) => {
  const { client, socket } = await connect(t);
  const reconnects: number[] = [];
  client.on('reconnect', () => reconnects.push(Date.now()));
  socket.drop();
  const first = await until('attempt 1', () => FakeSocket.all[FakeSocket.all.indexOf(socket) + 1]);
  first.drop(1006);
  const second = await until('attempt 2', () => FakeSocket.all[FakeSocket.all.indexOf(socket) + 2]);
  second.welcome();
  await until('reconnected', () => reconnects.length === 1);
  t.equal(client.state, 'open');

  const { client: once, socket: onceSocket } = await connect(t, { reconnect: false });
  const sub = once.subscribe({ topics: ['t'] });
  const op = await onceSocket.nextOp('subscribe');
  onceSocket.push({ type: 'subscribed', id: op.id, subscription: 1, mode: 'assign', partitions: [{ topic: 't', partition: 0, offset: 0 }] });
  const count = FakeSocket.all.length;
  onceSocket.drop();
  t.equal(once.state, 'closed');
  await t.rejects(take(sub, 1), { code: 'DISCONNECTED' });
  await t.rejects(once.produce('t', { value: 'v' }), { code: 'CLIENT_CLOSED' });
  await sleep(30);
  t.equal(FakeSocket.all.length, count, 'no reconnection attempt');
});

t.test('close commits and leaves, closes the socket, and refuses what comes after', async (t) => {
  const { client, socket } = await connect(t);
  const sub = client.subscribe({ topics: ['c'], group: 'g' });
  const op = await socket.nextOp('subscribe');
  socket.push({ type: 'subscribed', id: op.id, subscription: 1, mode: 'group', group: 'g' });
  socket.push({ type: 'assigned', subscription: 1, group: 'g', partitions: [{ topic: 'c', partition: 0, offset: 0 }] });
  socket.records('c', 0, [0]);
  await take(sub, 1);
  const closing = client.close();
  const commit = await socket.nextOp('commit');
  t.same(commit.offsets, [{ topic: 'c', partition: 0, offset: 1 }]);
  socket.push({ type: 'committed', id: commit.id, subscription: 1, offsets: commit.offsets });
  const unsubscribe = await socket.nextOp('unsubscribe');
  socket.push({ type: 'unsubscribed', id: unsubscribe.id, subscription: 1 });
  await closing;
  t.same(socket.closedWith, { code: 1000, reason: 'client closed' });
  t.equal(client.state, 'closed');
  t.match(await sub[Symbol.asyncIterator]().next(), { done: true });
  await t.rejects(client.produce('c', { value: 'v' }), { code: 'CLIENT_CLOSED' });
  t.throws(() => client.subscribe({ topics: ['c'] }), { code: 'CLIENT_CLOSED' });
  const count = FakeSocket.all.length;
  socket.drop(1000);
  await sleep(30);
  t.equal(FakeSocket.all.length, count, 'a closed client does not reconnect');
});
