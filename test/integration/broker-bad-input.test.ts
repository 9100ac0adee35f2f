// Hostile and malformed input: each case gets an error response or a closed connection, and
// afterwards the broker still serves a fresh client and every record written before is intact.
import t from 'tap';
import { randomBytes } from 'node:crypto';
import { withBroker, type BrokerProcess } from '../helpers/broker.js';
import {
  ApiVersionsApi, ConnectionClosedError, createTopics, fetchPartition, ProduceApi, produce, RawKafkaClient, requestFrame, responseBody,
} from '../helpers/rawKafka.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { encodeApiVersionsRequest } from '../../src/protocol/generated/messages/ApiVersionsRequest.js';
import { encodeProduceRequest } from '../../src/protocol/generated/messages/ProduceRequest.js';
import { encodeRecordBatch } from '../../src/protocol/recordBatch.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import type { Asserter } from './broker-records.js';

const MAX_REQUEST_BYTES = 65_536;
const MAX_MESSAGE_BYTES = 10_000;
const IDLE_MS = 3_000;
const TOPIC = 'target';
const CANARY = 'canary';

const smallBatch = (label: string): Buffer => encodeRecordBatch({ records: [{ key: Buffer.from(label), value: Buffer.from(`${label} value`) }] });

/** What a hostile request got back: a response frame, or the connection closed on it. */
async function outcome(client: RawKafkaClient, answer: Promise<Buffer>): Promise<{ frame: Buffer } | { closed: true }> {
  try {
    return { frame: await answer };
  } catch (err) {
    if (err instanceof ConnectionClosedError) return { closed: true };
    throw err;
  } finally {
    client.close();
  }
}

t.test('bad input never takes the broker down', async (t) => {
  const broker: BrokerProcess = await withBroker(t, {
    overrides: {
      'socket.request.max.bytes': String(MAX_REQUEST_BYTES),
      'message.max.bytes': String(MAX_MESSAGE_BYTES),
      'connections.max.idle.ms': String(IDLE_MS),
    },
  });
  const connect = (): Promise<RawKafkaClient> => RawKafkaClient.connect(broker.port);

  const setup = await connect();
  t.same((await createTopics(setup, [{ name: TOPIC, numPartitions: 1 }, { name: CANARY, numPartitions: 1 }])).map((c) => c.errorCode), [0, 0], 'topics created');
  setup.close();

  // After every case a new client appends one canary record and reads back all of them.
  const canaries: string[] = [];
  const stillServing = async (t: Asserter, after: string): Promise<void> => {
    const client = await connect();
    try {
      const label = `canary-${canaries.length}`;
      const appended = await produce(client, CANARY, 0, smallBatch(label));
      t.equal(appended.errorCode, 0, `after ${after}: another client can still produce`);
      canaries.push(label);
      const fetched = await fetchPartition(client, CANARY, 0);
      t.same(fetched.batches.flatMap((b) => b.records.map((r) => r.key?.toString())), canaries, `after ${after}: every record written so far is intact`);
    } finally {
      client.close();
    }
  };
  await stillServing(t, 'startup');

  t.test('garbage bytes', async (t) => {
    const client = await connect();
    client.writeRaw(Buffer.from('GET / HTTP/1.1\r\nHost: runnel\r\n\r\n'));
    t.ok(await client.closedWithin(5_000), 'an HTTP request (a frame size of 1.2 GB) closes the connection');
    const second = await connect();
    // A plausible size followed by random bytes: the header makes no sense.
    const junk = randomBytes(60);
    junk.writeInt32BE(56, 0);
    junk.writeInt16BE(0x7abc, 4);
    second.writeRaw(junk);
    t.ok(await second.closedWithin(5_000), 'a frame of random bytes closes the connection');
    await stillServing(t, 'garbage');
  });

  t.test('a size field larger than what follows', async (t) => {
    const client = await connect();
    const frame = requestFrame(ApiKey.ApiVersions, 0, client.correlationId(), () => {});
    const lying = Buffer.from(frame);
    lying.writeInt32BE(frame.length - 4 + 500, 0);
    client.writeRaw(lying);
    // The broker cannot tell a slow client from a liar: it must keep serving others meanwhile.
    await stillServing(t, 'a short frame (while it is pending)');
    t.notOk(client.closed, 'the short frame is waited for, not answered');
    t.ok(await client.closedWithin(IDLE_MS + 5_000), 'the idle connection is closed after connections.max.idle.ms');
    t.same(client.unexpected, [], 'nothing was answered on it');
    await stillServing(t, 'a short frame');
  });

  t.test('a frame above socket.request.max.bytes', async (t) => {
    const client = await connect();
    const records = encodeRecordBatch({ records: [{ key: null, value: randomBytes(MAX_REQUEST_BYTES) }] });
    const frame = requestFrame(ApiKey.Produce, 9, client.correlationId(), (w) =>
      encodeProduceRequest(w, { transactionalId: null, acks: -1, timeoutMs: 5_000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records }] }] }, 9));
    t.ok(frame.length - 4 > MAX_REQUEST_BYTES, `the frame is ${frame.length - 4} bytes`);
    const result = await outcome(client, client.roundTrip(frame));
    t.same(result, { closed: true }, 'the connection is closed without an answer');
    await stillServing(t, 'an oversized frame');
  });

  t.test('an unknown api key', async (t) => {
    const client = await connect();
    const frame = requestFrame(999, 0, client.correlationId(), (w) => w.int32(42));
    const result = await outcome(client, client.roundTrip(frame));
    t.same(result, { closed: true }, 'the connection is closed, as Kafka does');
    await stillServing(t, 'an unknown api key');
  });

  t.test('Produce v2, below the oldest version Kafka 4 accepts', async (t) => {
    const client = await connect();
    const frame = requestFrame(ApiKey.Produce, 2, client.correlationId(), (w) =>
      ProduceApi.encode(w, { transactionalId: null, acks: 1, timeoutMs: 5_000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records: smallBatch('v2') }] }] }, 2));
    const result = await outcome(client, client.roundTrip(frame));
    if ('frame' in result) {
      const response = ProduceApi.decode(responseBody(result.frame, ApiKey.Produce, 2), 2);
      t.same(response.responses.flatMap((r) => r.partitionResponses.map((p) => p.errorCode)), [ErrorCode.UNSUPPORTED_VERSION], 'answered UNSUPPORTED_VERSION (35)');
    } else {
      t.pass('the connection is closed');
    }
    const log = await connect();
    t.same((await fetchPartition(log, TOPIC, 0)).batches.flatMap((b) => b.records.map((r) => r.key?.toString())).filter((k) => k === 'v2'), [], 'nothing was appended');
    log.close();
    await stillServing(t, 'Produce v2');
  });

  t.test('ApiVersions v9, newer than the broker knows', async (t) => {
    const client = await connect();
    // Written as the newest body we can encode (v4); the header claims v9, as a newer client sends it.
    const frame = requestFrame(ApiKey.ApiVersions, 9, client.correlationId(), (w) =>
      encodeApiVersionsRequest(w, { clientSoftwareName: 'future-client', clientSoftwareVersion: '9.0' }, 4));
    const answer = await client.roundTrip(frame);
    client.close();
    // The answer is in v0 format so any client can read the error and retry with a version listed.
    const response = ApiVersionsApi.decode(responseBody(answer, ApiKey.ApiVersions, 0), 0);
    t.equal(response.errorCode, ErrorCode.UNSUPPORTED_VERSION, 'error UNSUPPORTED_VERSION (35)');
    const apiVersions = response.apiKeys.find((k) => k.apiKey === ApiKey.ApiVersions);
    t.same(apiVersions && [apiVersions.minVersion, apiVersions.maxVersion], [0, 4], 'the list names the ApiVersions versions to retry with');
    t.ok(response.apiKeys.some((k) => k.apiKey === ApiKey.Produce) && response.apiKeys.some((k) => k.apiKey === ApiKey.Fetch), 'and the other APIs');
    await stillServing(t, 'ApiVersions v9');
  });

  t.test('a truncated request', async (t) => {
    const client = await connect();
    const full = requestFrame(ApiKey.Produce, 9, client.correlationId(), (w) =>
      encodeProduceRequest(w, { transactionalId: null, acks: -1, timeoutMs: 5_000, topicData: [{ name: TOPIC, partitionData: [{ index: 0, records: smallBatch('truncated') }] }] }, 9));
    // A consistent frame (its size field matches) whose body stops in the middle of the records.
    const cut = Buffer.from(full.subarray(0, full.length - 30));
    cut.writeInt32BE(cut.length - 4, 0);
    const result = await outcome(client, client.roundTrip(cut));
    if ('frame' in result) {
      const response = ProduceApi.decode(responseBody(result.frame, ApiKey.Produce, 9), 9);
      t.not(response.responses[0]?.partitionResponses[0]?.errorCode, 0, 'answered with an error');
    } else {
      t.pass('the connection is closed');
    }
    const log = await connect();
    t.same((await fetchPartition(log, TOPIC, 0)).batches.flatMap((b) => b.records.map((r) => r.key?.toString())).filter((k) => k === 'truncated'), [], 'nothing was appended');
    log.close();
    await stillServing(t, 'a truncated request');
  });

  t.test('produce to a partition or topic that does not exist', async (t) => {
    const client = await connect();
    t.equal((await produce(client, TOPIC, 5, smallBatch('nowhere'))).errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'partition 5 of a 1-partition topic: UNKNOWN_TOPIC_OR_PARTITION (3)');
    t.equal((await produce(client, TOPIC, -1, smallBatch('nowhere'))).errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'partition -1: UNKNOWN_TOPIC_OR_PARTITION (3)');
    t.equal((await produce(client, 'no-such-topic', 0, smallBatch('nowhere'))).errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'an unknown topic: UNKNOWN_TOPIC_OR_PARTITION (3)');
    t.notOk(client.closed, 'the connection stays open');
    client.close();
    await stillServing(t, 'produce to a missing partition');
  });

  t.test('a record batch with a bad CRC', async (t) => {
    const client = await connect();
    const corrupt = Buffer.from(smallBatch('corrupt'));
    corrupt[corrupt.length - 3] ^= 0xff;
    const answer = await produce(client, TOPIC, 0, corrupt);
    t.equal(answer.errorCode, ErrorCode.CORRUPT_MESSAGE, 'CORRUPT_MESSAGE (2)');
    t.same((await fetchPartition(client, TOPIC, 0)).batches.flatMap((b) => b.records.map((r) => r.key?.toString())).filter((k) => k === 'corrupt'), [], 'nothing was appended');
    client.close();
    await stillServing(t, 'a bad CRC');
  });

  t.test('produce above message.max.bytes', async (t) => {
    const client = await connect();
    const big = encodeRecordBatch({ records: [{ key: Buffer.from('big'), value: randomBytes(MAX_MESSAGE_BYTES * 2) }] });
    t.equal((await produce(client, TOPIC, 0, big)).errorCode, ErrorCode.MESSAGE_TOO_LARGE, 'MESSAGE_TOO_LARGE (10)');
    t.notOk(client.closed, 'the connection stays open');
    client.close();
    await stillServing(t, 'an oversized batch');
  });

  t.test('CreateTopics with invalid names and partition counts', async (t) => {
    const client = await connect();
    const results = await createTopics(client, [
      { name: 'x'.repeat(250), numPartitions: 1 },
      { name: 'bad/name', numPartitions: 1 },
      { name: 'spaces are bad', numPartitions: 1 },
      { name: '..', numPartitions: 1 },
      { name: 'negative-partitions', numPartitions: -5 },
      { name: 'zero-partitions', numPartitions: 0 },
    ]);
    t.same(results.map((r) => r.errorCode), [
      ErrorCode.INVALID_TOPIC_EXCEPTION,
      ErrorCode.INVALID_TOPIC_EXCEPTION,
      ErrorCode.INVALID_TOPIC_EXCEPTION,
      ErrorCode.INVALID_TOPIC_EXCEPTION,
      ErrorCode.INVALID_PARTITIONS,
      ErrorCode.INVALID_PARTITIONS,
    ], 'names longer than 249 characters, with bad characters, or "..": INVALID_TOPIC_EXCEPTION (17); partition counts below 1 (other than -1, the default): INVALID_PARTITIONS (37)');
    t.ok(results.every((r) => r.errorMessage !== null && r.errorMessage !== ''), 'each refusal says why');
    const legal = await createTopics(client, [{ name: 'legal.name_with-all-3', numPartitions: 2 }]);
    t.equal(legal[0]?.errorCode, 0, 'a legal name in the same session is still created');
    client.close();
    await stillServing(t, 'invalid CreateTopics');
  });
});
