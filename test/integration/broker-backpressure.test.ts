// Back-pressure on one connection (queued.max.requests): a client that pipelines requests without
// reading responses gets at most that many requests in flight, then the broker stops reading its
// socket; every response still arrives, in request order, and other clients are served meanwhile.
//
// Both effects are observed from outside: long-poll Fetches that each wait a known time finish in
// groups of queued.max.requests, and request bytes pile up unsent in the client's socket while the
// broker is not reading.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { ApiVersionsApi, createTopics, FetchApi, fetchPartition, produce, RawKafkaClient, requestFrame, responseBody } from '../helpers/rawKafka.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { encodeRecordBatch } from '../../src/protocol/recordBatch.js';
import type { Asserter } from './broker-records.js';

const QUEUED_MAX_REQUESTS = 2;
/** How long each long-poll Fetch waits: on a partition nobody writes it always waits this long. */
const POLL_MS = 600;
const IDLE_TOPIC = 'idle';
const BUSY_TOPIC = 'busy';
const FETCH_VERSION = 12;
const API_VERSIONS_VERSION = 3;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A Fetch that waits maxWaitMs for one byte of a partition that never gets any. */
function longPollFrame(client: RawKafkaClient, maxWaitMs: number): Buffer {
  return requestFrame(ApiKey.Fetch, FETCH_VERSION, client.correlationId(), (w) =>
    FetchApi.encode(w, {
      replicaId: -1,
      maxWaitMs,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [{ topic: IDLE_TOPIC, topicId: '', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 }] }],
      forgottenTopicsData: [],
      rackId: '',
    }, FETCH_VERSION));
}

/** ApiVersions v3 whose client software name pads the request to about `bytes`: cheap to answer, costly to send. */
function paddedApiVersionsFrame(client: RawKafkaClient, bytes: number): Buffer {
  return requestFrame(ApiKey.ApiVersions, API_VERSIONS_VERSION, client.correlationId(), (w) =>
    ApiVersionsApi.encode(w, { clientSoftwareName: 'a'.repeat(bytes), clientSoftwareVersion: '1' }, API_VERSIONS_VERSION));
}

const correlationIdOf = (frame: Buffer): number => frame.readInt32BE(8);

t.test('queued.max.requests back-pressure', async (t) => {
  const broker = await withBroker(t, { overrides: { 'queued.max.requests': String(QUEUED_MAX_REQUESTS) } });
  const setup = await RawKafkaClient.connect(broker.port);
  t.same((await createTopics(setup, [{ name: IDLE_TOPIC, numPartitions: 1 }, { name: BUSY_TOPIC, numPartitions: 1 }])).map((r) => r.errorCode), [0, 0], 'topics created');
  setup.close();

  // Another client appends a record and reads back everything it appended, on its own connection.
  const written: string[] = [];
  const otherClientServed = async (t: Asserter, when: string): Promise<number> => {
    const other = await RawKafkaClient.connect(broker.port);
    try {
      const label = `record-${written.length}`;
      const answer = await produce(other, BUSY_TOPIC, 0, encodeRecordBatch({ records: [{ key: null, value: Buffer.from(label) }] }));
      t.equal(answer.errorCode, 0, `${when}: another client can produce`);
      written.push(label);
      const fetched = await fetchPartition(other, BUSY_TOPIC, 0);
      t.same(fetched.batches.flatMap((b) => b.records.map((r) => r.value?.toString())), written, `${when}: and read back every record`);
      return Date.now();
    } finally {
      other.close();
    }
  };

  t.test('at most queued.max.requests requests of a connection are in flight', async (t) => {
    const client = await RawKafkaClient.connect(broker.port);
    t.teardown(() => client.close());
    const polls = Array.from({ length: 3 * QUEUED_MAX_REQUESTS }, () => longPollFrame(client, POLL_MS));
    const last = paddedApiVersionsFrame(client, 10);
    const ids = [...polls, last].map(correlationIdOf);
    const startedAt = Date.now();
    const arrivedAt = Promise.all(ids.map((id) => client.awaitResponse(id, 20_000).then(() => Date.now() - startedAt)));
    client.writeRaw(Buffer.concat([...polls, last]));

    const otherDoneAt = await otherClientServed(t, 'while this connection is saturated');
    const times = await arrivedAt;
    t.ok(otherDoneAt - startedAt < times[polls.length - 1], `the other client was served (${otherDoneAt - startedAt} ms) before this connection's last long poll was answered`);
    t.same(client.arrivals, ids, 'every response arrived, in request order');
    // Fetch k can only start once fetch k - QUEUED_MAX_REQUESTS has answered: they finish in waves.
    const early = polls.map((_, k) => ({ k, at: times[k], earliest: (Math.floor(k / QUEUED_MAX_REQUESTS) + 1) * POLL_MS })).filter((p) => p.at < p.earliest - 20);
    t.same(early, [], `long polls answered in waves of ${QUEUED_MAX_REQUESTS}, each a full wait after the previous wave: ${times.join(', ')} ms`);
    t.ok(times[QUEUED_MAX_REQUESTS - 1] < 2 * POLL_MS, `the first ${QUEUED_MAX_REQUESTS} long polls waited together (${times[QUEUED_MAX_REQUESTS - 1]} ms)`);
  });

  t.test('a saturated connection is not read until its requests complete', async (t) => {
    const holdMs = 2_500;
    const padBytes = 10_000;
    const padded = 1_600;
    const client = await RawKafkaClient.connect(broker.port);
    t.teardown(() => client.close());
    client.pauseReading();

    const polls = Array.from({ length: QUEUED_MAX_REQUESTS }, () => longPollFrame(client, holdMs));
    const startedAt = Date.now();
    for (const f of polls) client.writeRaw(f);
    const rest = Array.from({ length: padded }, () => paddedApiVersionsFrame(client, padBytes));
    for (const f of rest) client.writeRaw(f);
    const ids = [...polls, ...rest].map(correlationIdOf);
    const responses = Promise.all(ids.map((id) => client.awaitResponse(id, 30_000)));

    await sleep(500);
    const stuck = client.unsentBytes;
    t.ok(stuck > 1_000_000, `the broker stopped reading: ${(stuck / 1e6).toFixed(1)} of ${(padded * padBytes / 1e6).toFixed(1)} MB of requests wait unsent in the client's socket`);
    await otherClientServed(t, 'while the broker does not read this connection');
    t.ok(client.unsentBytes >= stuck, 'and stays unsent while the long polls are pending');

    while (client.unsentBytes > 0 && Date.now() - startedAt < 20_000) await sleep(50);
    const drainedAt = Date.now() - startedAt;
    t.equal(client.unsentBytes, 0, 'the broker reads again once its requests in flight have completed');
    t.ok(drainedAt >= holdMs, `not before the long polls ended (${drainedAt} ms >= ${holdMs} ms)`);

    client.resumeReading();
    const frames = await responses;
    t.same(client.arrivals, ids, `all ${ids.length} responses arrive once the client reads, in request order`);
    const errors = frames.slice(polls.length).map((f) => ApiVersionsApi.decode(responseBody(f, ApiKey.ApiVersions, API_VERSIONS_VERSION), API_VERSIONS_VERSION).errorCode);
    t.same([...new Set(errors)], [0], 'every pipelined ApiVersions was answered without error');
    await otherClientServed(t, 'afterwards');
  });
});
