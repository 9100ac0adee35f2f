// The follower's fetch sessions (KIP-227) as Kafka's FetchSessionHandler keeps them: a full fetch
// opens the session, later fetches name only partitions whose position changed and forget those
// no longer fetched, epochs count up from 1, and a lost session or a leader without sessions
// falls back to full fetches. Checked against Runnel's own server-side session cache.
import t from 'tap';
import { FetchSessionHandler, type SessionPartitionState } from '../../src/replication/fetchSessionHandler.js';
import { FetchSessionCache } from '../../src/log/fetchSessionCache.js';

const at = (fetchOffset: number, leaderEpoch = 0): SessionPartitionState => ({ fetchOffset, logStartOffset: 0, leaderEpoch, lastFetchedEpoch: leaderEpoch });

t.test('full, then incremental, with changes and forgotten partitions', async (t) => {
  const h = new FetchSessionHandler<string>();
  const first = h.plan(new Map([['a', at(0)], ['b', at(0)]]));
  t.same(first, { sessionId: 0, sessionEpoch: 0, send: ['a', 'b'], forget: [] }, 'the first fetch is full and opens a session');
  h.answered(42);
  t.ok(h.isIncremental);
  t.same(h.plan(new Map([['a', at(0)], ['b', at(0)]])), { sessionId: 42, sessionEpoch: 1, send: [], forget: [] }, 'nothing changed: nothing named');
  h.answered(42);
  t.same(h.plan(new Map([['a', at(5)], ['b', at(0)], ['c', at(0)]])), { sessionId: 42, sessionEpoch: 2, send: ['a', 'c'], forget: [] }, 'a moved, c is new');
  h.answered(42);
  t.same(h.plan(new Map([['a', at(5, 1)]])), { sessionId: 42, sessionEpoch: 3, send: ['a'], forget: ['b', 'c'] }, 'a new leader epoch is a change; b and c are forgotten');
});

t.test('an unanswered fetch changes nothing; reset and a leader without sessions mean full fetches', async (t) => {
  const h = new FetchSessionHandler<string>();
  h.plan(new Map([['a', at(0)]]));
  h.answered(7);
  h.plan(new Map([['a', at(3)]]));
  h.reset();
  t.same(h.plan(new Map([['a', at(3)]])), { sessionId: 0, sessionEpoch: 0, send: ['a'], forget: [] }, 'after a reset: full');
  h.answered(0);
  t.notOk(h.isIncremental, 'a leader that opened no session');
  t.same(h.plan(new Map([['a', at(4)]])).sessionEpoch, 0, 'keeps getting full fetches');
});

t.test('its epochs are the ones the server-side cache expects', async (t) => {
  const cache = new FetchSessionCache(10);
  const h = new FetchSessionHandler<string>();
  let plan = h.plan(new Map([['a', at(0)]]));
  const opened = cache.lookup(plan.sessionId, plan.sessionEpoch);
  if (opened.kind !== 'full' || opened.session === null) throw new Error(`expected a new session, got ${opened.kind}`);
  h.answered(opened.session.id);
  for (let i = 1; i <= 5; i++) {
    plan = h.plan(new Map([['a', at(i)]]));
    t.equal(cache.lookup(plan.sessionId, plan.sessionEpoch).kind, 'incremental', `fetch ${i} continues the session`);
    h.answered(opened.session.id);
  }
  plan = h.plan(new Map([['a', at(9)]]));
  t.equal(cache.lookup(plan.sessionId, plan.sessionEpoch + 1).kind, 'error', 'a skipped epoch is refused by the server');
});

t.test('a partition the leader refused is named again, even if its position did not change', async (t) => {
  const h = new FetchSessionHandler<string>();
  h.plan(new Map([['a', at(0)], ['b', at(0)]]));
  h.answered(9);
  h.refused('b');
  t.same(h.plan(new Map([['a', at(0)], ['b', at(0)]])).send, ['b'], 'b is sent again; a is not');
});
