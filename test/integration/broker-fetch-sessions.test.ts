// Incremental fetch sessions (KIP-227) and Fetch by topic id (v13+, KIP-516) against a real broker,
// through the raw protocol client so every session id, epoch and forgotten partition is explicit;
// then a produce/consume round trip with @platformatic/kafka, which fetches by topic id.
import t from 'tap';
import { randomBytes } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { withBroker } from '../helpers/broker.js';
import { platformaticFetchAll, platformaticProduce } from '../helpers/clients.js';
import { createTopics, deleteTopics, FetchApi, produce, RawKafkaClient, ZERO_UUID } from '../helpers/rawKafka.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import type { FetchRequest } from '../../src/protocol/generated/messages/FetchRequest.js';
import type { FetchResponse } from '../../src/protocol/generated/messages/FetchResponse.js';
import { encodeRecordBatch, decodeRecordBatches } from '../../src/protocol/recordBatch.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';

/** The last version that names topics, and a version that identifies them by id. */
const BY_NAME = 12;
const BY_ID = 16;

interface WantedPartition {
  topic: string;
  topicId: string;
  partition: number;
  fetchOffset: bigint;
}

interface FetchCall {
  version: number;
  sessionId?: number;
  sessionEpoch?: number;
  partitions?: WantedPartition[];
  forgotten?: Array<{ topic: string; topicId: string; partition: number }>;
}

function fetchRequest(call: FetchCall): FetchRequest {
  const topics = new Map<string, FetchRequest['topics'][number]>();
  for (const p of call.partitions ?? []) {
    const key = call.version >= 13 ? p.topicId : p.topic;
    let topic = topics.get(key);
    if (!topic) topics.set(key, (topic = { topic: p.topic, topicId: p.topicId, partitions: [] }));
    topic.partitions.push({ partition: p.partition, currentLeaderEpoch: -1, fetchOffset: p.fetchOffset, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 1 << 20 });
  }
  return {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 16 << 20,
    isolationLevel: 0,
    sessionId: call.sessionId ?? 0,
    sessionEpoch: call.sessionEpoch ?? -1,
    topics: [...topics.values()],
    forgottenTopicsData: (call.forgotten ?? []).map((f) => ({ topic: f.topic, topicId: f.topicId, partitions: [f.partition] })),
    rackId: '',
  };
}

/** One partition of a fetch response as a test reads it: who, error, high watermark, record values. */
interface Seen {
  tp: string;
  errorCode: number;
  highWatermark: number;
  values: string[];
}

/** The partitions of a response, sorted, named "topic-partition" (the topic resolved from its id at v13+). */
function seen(response: FetchResponse<Buffer>, names: ReadonlyMap<string, string>): Seen[] {
  return response.responses
    .flatMap((topic) =>
      topic.partitions.map((p) => ({
        tp: `${topic.topic !== '' ? topic.topic : names.get(topic.topicId) ?? `id:${topic.topicId}`}-${p.partitionIndex}`,
        errorCode: p.errorCode,
        highWatermark: Number(p.highWatermark),
        values: p.records === null ? [] : decodeRecordBatches(p.records).flatMap((b) => b.records.map((r) => r.value?.toString() ?? '')),
      })),
    )
    .sort((a, b) => a.tp.localeCompare(b.tp));
}

const batchOf = (...values: string[]): Buffer => encodeRecordBatch({ records: values.map((v) => ({ key: null, value: Buffer.from(v) })) });

t.test('fetch sessions and topic ids', async (t) => {
  const broker = await withBroker(t);
  const client = await RawKafkaClient.connect(broker.port);
  t.teardown(() => client.close());

  /** Topic name by id, for every topic this test created. */
  const names = new Map<string, string>();
  const create = async (name: string, numPartitions: number): Promise<string> => {
    const [result] = await createTopics(client, [{ name, numPartitions }]);
    if (result.errorCode !== 0) throw new Error(`creating ${name}: error ${result.errorCode} ${result.errorMessage}`);
    names.set(result.topicId, name);
    return result.topicId;
  };
  const append = async (topic: string, partition: number, ...values: string[]): Promise<void> => {
    const answer = await produce(client, topic, partition, batchOf(...values));
    if (answer.errorCode !== 0) throw new Error(`produce to ${topic}-${partition}: error ${answer.errorCode}`);
  };
  const fetch = (call: FetchCall): Promise<FetchResponse<Buffer>> => client.request(FetchApi, call.version, fetchRequest(call));

  for (const version of [BY_NAME, BY_ID]) {
    t.test(`an incremental session at Fetch v${version}`, async (t) => {
      const a = `sessions-a-v${version}`;
      const b = `sessions-b-v${version}`;
      const aId = await create(a, 2);
      const bId = await create(b, 1);
      const at = (topic: string, topicId: string, partition: number, fetchOffset: bigint): WantedPartition => ({ topic, topicId, partition, fetchOffset });

      const full = await fetch({ version, sessionId: 0, sessionEpoch: 0, partitions: [at(a, aId, 0, 0n), at(a, aId, 1, 0n)] });
      t.equal(full.errorCode, 0, 'the full fetch succeeds');
      t.not(full.sessionId, 0, 'and opens a session (sessionId != 0)');
      t.same(seen(full, names), [
        { tp: `${a}-0`, errorCode: 0, highWatermark: 0, values: [] },
        { tp: `${a}-1`, errorCode: 0, highWatermark: 0, values: [] },
      ], 'a full response lists every partition, even those without data');
      const sessionId = full.sessionId;
      let epoch = 1;
      const next = (call: Omit<FetchCall, 'version' | 'sessionId' | 'sessionEpoch'> = {}): Promise<FetchResponse<Buffer>> =>
        fetch({ version, sessionId, sessionEpoch: epoch++, ...call });

      await append(a, 1, 'a1-first');
      const incremental = await next();
      t.equal(incremental.sessionId, sessionId, 'the incremental fetch (epoch 1) stays in the session');
      t.same(seen(incremental, names), [{ tp: `${a}-1`, errorCode: 0, highWatermark: 1, values: ['a1-first'] }],
        'with no partitions sent, only the partition with new data is returned, read from the session\'s offset');

      const quiet = await next({ partitions: [at(a, aId, 1, 1n)] });
      t.same(seen(quiet, names), [], 'after the client moves its offset and nothing changed, the response is empty');

      await append(b, 0, 'b0-first');
      const added = await next({ partitions: [at(b, bId, 0, 0n)] });
      t.same(seen(added, names), [{ tp: `${b}-0`, errorCode: 0, highWatermark: 1, values: ['b0-first'] }], 'an added partition is fetched within the session');

      await append(a, 0, 'a0-first');
      await append(a, 1, 'a1-second');
      const forgot = await next({ forgotten: [{ topic: a, topicId: aId, partition: 1 }], partitions: [at(b, bId, 0, 1n)] });
      t.same(seen(forgot, names), [{ tp: `${a}-0`, errorCode: 0, highWatermark: 1, values: ['a0-first'] }],
        'a forgotten partition is no longer returned although it has new data');
      await append(a, 1, 'a1-third');
      t.same(seen(await next({ partitions: [at(a, aId, 0, 1n)] }), names), [], 'nor later');

      const wrongEpoch = await fetch({ version, sessionId, sessionEpoch: epoch + 5 });
      t.equal(wrongEpoch.errorCode, ErrorCode.INVALID_FETCH_SESSION_EPOCH, 'a wrong epoch gets INVALID_FETCH_SESSION_EPOCH (71)');
      t.same(wrongEpoch.responses, [], 'and no partitions');
      t.equal((await next()).errorCode, 0, 'the session survives a wrong epoch: the expected epoch still works');

      const unknown = await fetch({ version, sessionId: sessionId === 0x7fffffff ? 1 : sessionId + 1, sessionEpoch: 1 });
      t.equal(unknown.errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND, 'an unknown session id gets FETCH_SESSION_ID_NOT_FOUND (70)');

      const closing = await fetch({ version, sessionId, sessionEpoch: -1, partitions: [at(b, bId, 0, 0n)] });
      t.same([closing.errorCode, closing.sessionId], [0, 0], 'epoch -1 closes the session and is answered sessionless');
      t.same(seen(closing, names), [{ tp: `${b}-0`, errorCode: 0, highWatermark: 1, values: ['b0-first'] }], 'with the partitions it asked for');
      t.equal((await fetch({ version, sessionId, sessionEpoch: epoch })).errorCode, ErrorCode.FETCH_SESSION_ID_NOT_FOUND, 'the closed session is gone');
    });
  }

  t.test('Fetch by topic id', async (t) => {
    const topic = 'by-id';
    const topicId = await create(topic, 1);
    await append(topic, 0, 'one', 'two');
    const res = await fetch({ version: BY_ID, partitions: [{ topic: '', topicId, partition: 0, fetchOffset: 0n }] });
    t.equal(res.responses[0]?.topicId, topicId, 'the response names the topic by the id asked for');
    t.same(seen(res, names), [{ tp: `${topic}-0`, errorCode: 0, highWatermark: 2, values: ['one', 'two'] }], 'and carries its records');

    const strangerId = randomBytes(16).toString('base64url');
    const stranger = await fetch({ version: BY_ID, partitions: [{ topic: '', topicId: strangerId, partition: 0, fetchOffset: 0n }] });
    t.equal(stranger.errorCode, 0, 'an unknown topic id is a partition error, not a request error');
    t.same(seen(stranger, names), [{ tp: `id:${strangerId}-0`, errorCode: ErrorCode.UNKNOWN_TOPIC_ID, highWatermark: -1, values: [] }], 'UNKNOWN_TOPIC_ID (100)');
    const zero = await fetch({ version: BY_ID, partitions: [{ topic, topicId: ZERO_UUID, partition: 0, fetchOffset: 0n }] });
    t.same(seen(zero, names).map((s) => s.errorCode), [ErrorCode.UNKNOWN_TOPIC_ID], 'so is the zero id: v13+ ignores topic names');
  });

  t.test('a topic deleted and recreated under the same name', async (t) => {
    const topic = 'reborn';
    const gone = 'gone';
    const oldId = await create(topic, 1);
    const goneId = await create(gone, 1);
    await append(topic, 0, 'old-1', 'old-2');
    const session = await fetch({
      version: BY_ID, sessionId: 0, sessionEpoch: 0,
      partitions: [{ topic: '', topicId: oldId, partition: 0, fetchOffset: 2n }, { topic: '', topicId: goneId, partition: 0, fetchOffset: 0n }],
    });
    t.not(session.sessionId, 0, 'a session holds the old topic id');

    t.same((await deleteTopics(client, [topic, gone])).map((r) => r.errorCode), [0, 0], 'both topics are deleted');
    const newId = await create(topic, 1);
    t.not(newId, oldId, 'one is recreated with a new id');
    await append(topic, 0, 'new-1', 'new-2', 'new-3');

    const sessionless = await fetch({ version: BY_ID, partitions: [{ topic: '', topicId: oldId, partition: 0, fetchOffset: 2n }] });
    t.same(seen(sessionless, names).map((s) => [s.errorCode, s.values]), [[ErrorCode.UNKNOWN_TOPIC_ID, []]],
      'a fetch by the old id gets UNKNOWN_TOPIC_ID (100) and none of the new topic\'s records');
    const inSession = await fetch({ version: BY_ID, sessionId: session.sessionId, sessionEpoch: 1 });
    t.same(seen(inSession, names).map((s) => [s.tp, s.errorCode, s.values]), [
      [`${gone}-0`, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, []],
      [`${topic}-0`, ErrorCode.INCONSISTENT_TOPIC_ID, []],
    ], 'in the session, the old id of the recreated topic gets INCONSISTENT_TOPIC_ID (103), as Kafka\'s replica manager answers it, '
      + 'the deleted topic UNKNOWN_TOPIC_OR_PARTITION (3), and no records');
    const moved = await fetch({
      version: BY_ID, sessionId: session.sessionId, sessionEpoch: 2,
      forgotten: [{ topic: '', topicId: oldId, partition: 0 }, { topic: '', topicId: goneId, partition: 0 }],
      partitions: [{ topic: '', topicId: newId, partition: 0, fetchOffset: 0n }],
    });
    t.same(seen(moved, names), [{ tp: `${topic}-0`, errorCode: 0, highWatermark: 3, values: ['new-1', 'new-2', 'new-3'] }],
      'the ids of deleted topics can be forgotten, and the new id added reads the new topic from its start');
    const after = await fetch({ version: BY_ID, sessionId: session.sessionId, sessionEpoch: 3, partitions: [{ topic: '', topicId: newId, partition: 0, fetchOffset: 3n }] });
    t.same(seen(after, names), [], 'the old ids are gone from the session: nothing more to report');
  });

  t.test('@platformatic/kafka fetches by topic id', async (t) => {
    const topic = 'platformatic-ids';
    await create(topic, 2);
    const fetchVersions: number[] = [];
    const onRequest = (message: unknown): void => {
      const m = message as { apiKey?: number; apiVersion?: number };
      if (m.apiKey === ApiKey.Fetch && m.apiVersion !== undefined) fetchVersions.push(m.apiVersion);
    };
    // @platformatic/kafka publishes every request it sends, with its api key and version, here.
    const channel = 'tracing:plt:kafka:connections:api:start';
    diagnostics.subscribe(channel, onRequest);
    t.teardown(() => { diagnostics.unsubscribe(channel, onRequest); });

    const records = Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, value: `value-${i}`, partition: i % 2 }));
    const reports = await platformaticProduce(broker.bootstrap, topic, records);
    t.same(reports.map((r) => r.error), records.map(() => null), 'every record is acknowledged');
    const consumed = await platformaticFetchAll(broker.bootstrap, topic, { count: records.length, timeoutMs: 15_000 });
    const key = (r: { partition?: number; key?: unknown; value: unknown }): string => `${r.partition}:${String(r.key)}=${String(r.value)}`;
    t.same(consumed.map(key).sort(), records.map(key).sort(), 'it reads back every record in its partition');
    t.ok(fetchVersions.length > 0, 'its Fetch requests were observed');
    t.ok(fetchVersions.every((v) => v >= 13), `it sent Fetch v${[...new Set(fetchVersions)].join(', v')}: topic ids, never names`);
  });
});
