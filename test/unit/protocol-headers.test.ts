import t from 'tap';
import { ProtocolDecodeError } from '../../src/protocol/decodeError.js';
import { API_KEYS, ApiKey, apiKeyInfo } from '../../src/protocol/generated/apiKeys.js';
import { decodeRequestHeader, decodeResponseHeader, encodeRequestHeader, encodeResponseHeader, requestHeaderVersion, responseHeaderVersion } from '../../src/protocol/headers.js';
import { ErrorCode, KafkaError, UnsupportedVersionError, errorInfo } from '../../src/protocol/kafkaErrors.js';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';

const frame = (fill: (w: Writer) => void): Buffer => {
  const w = new Writer();
  fill(w);
  return Buffer.concat(w.finish());
};

t.test('header versions follow the flexible versions and Kafka\'s exceptions', async (t) => {
  t.equal(requestHeaderVersion(ApiKey.Produce, 8), 1);
  t.equal(requestHeaderVersion(ApiKey.Produce, 9), 2);
  t.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 0), 0);
  t.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 1), 1);
  t.equal(requestHeaderVersion(ApiKey.ApiVersions, 3), 2);
  t.equal(requestHeaderVersion(ApiKey.ApiVersions, 17), 2, 'a future ApiVersions version stays flexible');
  t.equal(requestHeaderVersion(999, 0), 1, 'unknown api key');
  t.equal(responseHeaderVersion(ApiKey.ApiVersions, 3), 0, 'ApiVersions responses always use header v0');
  t.equal(responseHeaderVersion(ApiKey.Fetch, 11), 0);
  t.equal(responseHeaderVersion(ApiKey.Fetch, 12), 1);
  t.equal(responseHeaderVersion(999, 3), 0);
});

t.test('request headers round-trip at each header version', async (t) => {
  for (const [apiKey, apiVersion] of [[ApiKey.ControlledShutdown, 0], [ApiKey.Produce, 3], [ApiKey.Produce, 11]] as const) {
    const b = frame((w) => encodeRequestHeader(w, { apiKey, apiVersion, correlationId: 42, clientId: 'rdkafka' }));
    const h = decodeRequestHeader(new Reader(b));
    t.equal(h.apiKey, apiKey);
    t.equal(h.apiVersion, apiVersion);
    t.equal(h.correlationId, 42);
    t.equal(h.clientId, apiVersion === 0 && apiKey === ApiKey.ControlledShutdown ? '' : 'rdkafka');
    t.equal(h.headerVersion, requestHeaderVersion(apiKey, apiVersion));
  }
  // Header v2 keeps the client id as an int16-length string (not compact), then tagged fields.
  t.same(
    frame((w) => encodeRequestHeader(w, { apiKey: ApiKey.Produce, apiVersion: 9, correlationId: 1, clientId: 'c' })),
    Buffer.from([0, 0, 0, 9, 0, 0, 0, 1, 0, 1, 0x63, 0]),
  );
});

t.test('an unknown api key is still read as header v1', async (t) => {
  const b = Buffer.from([0x03, 0xe7, 0, 0, 0, 0, 0, 7, 0, 1, 0x78, 0xde, 0xad]);
  const h = decodeRequestHeader(new Reader(b));
  t.same(h, { apiKey: 999, apiVersion: 0, correlationId: 7, clientId: 'x', headerVersion: 1 });
  t.throws(() => decodeRequestHeader(new Reader(Buffer.from([0, 0, 0]))), ProtocolDecodeError);
});

t.test('response headers', async (t) => {
  t.same(frame((w) => encodeResponseHeader(w, 5, 0)), Buffer.from([0, 0, 0, 5]));
  t.same(frame((w) => encodeResponseHeader(w, 5, 1)), Buffer.from([0, 0, 0, 5, 0]));
  t.same(decodeResponseHeader(new Reader(Buffer.from([0, 0, 0, 5, 0])), 1), { correlationId: 5 });
});

t.test('api table: Kafka 4.0 minimum versions', async (t) => {
  const min = (name: string): number | undefined => API_KEYS.find((a) => a.name === name)?.minVersion;
  t.equal(min('Produce'), 3);
  t.equal(min('Fetch'), 4);
  t.equal(min('ListOffsets'), 1);
  t.equal(min('OffsetCommit'), 2);
  t.equal(min('OffsetFetch'), 1);
  t.equal(min('Metadata'), 0);
  t.equal(min('ApiVersions'), 0);
  t.equal(apiKeyInfo(ApiKey.Produce)?.advertisedMinVersion, 0, 'KAFKA-18659');
  t.equal(apiKeyInfo(ApiKey.Fetch)?.advertisedMinVersion, 4);
  t.equal(apiKeyInfo(ApiKey.ApiVersions)?.flexibleMin, 3);
  t.equal(apiKeyInfo(ApiKey.Metadata)?.flexibleMin, 9);
  t.equal(apiKeyInfo(12345), undefined);
  for (const a of API_KEYS) {
    t.ok(a.minVersion >= a.schemaMinVersion && a.minVersion <= a.maxVersion, `${a.name} version range`);
    t.equal(ApiKey[a.name as keyof typeof ApiKey], a.apiKey);
  }
});

t.test('error codes', async (t) => {
  t.equal(ErrorCode.NONE, 0);
  t.equal(ErrorCode.UNKNOWN_SERVER_ERROR, -1);
  t.equal(ErrorCode.OFFSET_OUT_OF_RANGE, 1);
  t.equal(ErrorCode.NOT_LEADER_OR_FOLLOWER, 6);
  t.equal(ErrorCode.UNSUPPORTED_VERSION, 35);
  t.equal(errorInfo(6)?.retriable, true);
  t.equal(errorInfo(35)?.retriable, false);
  t.match(errorInfo(99), { name: 'POSITION_OUT_OF_RANGE', retriable: false }, "KIP-630's FetchSnapshot error");
  t.equal(errorInfo(9999), undefined, 'unassigned');
  t.equal(errorInfo(-2), undefined);
  const e = new KafkaError(ErrorCode.NOT_CONTROLLER);
  t.equal(e.name, 'NOT_CONTROLLER');
  t.equal(e.code, 41);
  t.equal(e.retriable, true);
  t.match(e.message, /not the correct controller/);
  const u = new UnsupportedVersionError('nope');
  t.ok(u instanceof KafkaError);
  t.equal(u.code, 35);
});
