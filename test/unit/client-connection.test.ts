// KafkaConnection against a scripted in-process broker: framing, correlation ids, pipelining,
// ApiVersions negotiation (including the v0 fallback), timeouts and broken streams.
import net from 'node:net';
import t from 'tap';
import { KafkaConnection } from '../../src/client/kafkaConnection.js';
import { ApiVersions, Metadata, Produce } from '../../src/client/clientApis.js';
import { FrameDecoder } from '../../src/net/frameDecoder.js';
import { decodeRequestHeader, encodeResponseHeader, responseHeaderVersion, type RequestHeader } from '../../src/protocol/headers.js';
import { ErrorCode, KafkaError, UnsupportedVersionError } from '../../src/protocol/kafkaErrors.js';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { encodeApiVersionsResponse } from '../../src/protocol/generated/messages/ApiVersionsResponse.js';
import { encodeMetadataResponse } from '../../src/protocol/generated/messages/MetadataResponse.js';

type Range = [apiKey: number, min: number, max: number];
const DEFAULT_RANGES: Range[] = [[18, 0, 4], [3, 0, 12], [0, 0, 11]];

interface FakeBroker {
  port: number;
  /** Every request header the broker received, in order. */
  seen: RequestHeader[];
  close(): Promise<void>;
}

interface Script {
  ranges?: Range[];
  /** Answer for an ApiVersions request with a version above this: error 35 in a v0 body. */
  apiVersionsMax?: number;
  /** Handles a non-ApiVersions request; `reply` sends a response frame (or raw bytes). */
  onRequest?: (h: RequestHeader, reply: (frame: Buffer[]) => void, socket: net.Socket) => void;
}

function frame(chunks: Buffer[]): Buffer {
  const body = Buffer.concat(chunks);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

function response(h: RequestHeader, encodeBody: (w: Writer) => void): Buffer[] {
  const w = new Writer();
  encodeResponseHeader(w, h.correlationId, responseHeaderVersion(h.apiKey, h.apiVersion));
  encodeBody(w);
  return w.finish();
}

function apiVersionsAnswer(h: RequestHeader, script: Script): Buffer[] {
  const ranges = script.ranges ?? DEFAULT_RANGES;
  const tooNew = script.apiVersionsMax !== undefined && h.apiVersion > script.apiVersionsMax;
  const version = tooNew ? 0 : h.apiVersion;
  return response(h, (w) => encodeApiVersionsResponse(w, {
    errorCode: tooNew ? ErrorCode.UNSUPPORTED_VERSION : ErrorCode.NONE,
    apiKeys: ranges.map(([apiKey, minVersion, maxVersion]) => ({ apiKey, minVersion, maxVersion })),
    throttleTimeMs: 0,
  }, version));
}

function metadataAnswer(h: RequestHeader, controllerId: number): Buffer[] {
  return response(h, (w) => encodeMetadataResponse(w, {
    throttleTimeMs: 0,
    brokers: [{ nodeId: 1, host: '127.0.0.1', port: 1, rack: null }],
    clusterId: 'c',
    controllerId,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
  }, h.apiVersion));
}

async function fakeBroker(script: Script = {}): Promise<FakeBroker> {
  const seen: RequestHeader[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const frames = new FrameDecoder(1 << 20);
    socket.on('data', (chunk: Buffer) => {
      for (const f of frames.push(chunk)) {
        const h = decodeRequestHeader(new Reader(f));
        seen.push(h);
        const reply = (chunks: Buffer[]): void => void socket.write(frame(chunks));
        if (h.apiKey === 18) reply(apiVersionsAnswer(h, script));
        else script.onRequest?.(h, reply, socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    seen,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

const open = (port: number, requestTimeoutMs = 5_000): Promise<KafkaConnection> =>
  KafkaConnection.open({ host: '127.0.0.1', port, clientId: 'unit', requestTimeoutMs, connectTimeoutMs: 2_000 });

const metadataRequest = { topics: [], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };

t.test('negotiates the highest version both sides support', async (t) => {
  const broker = await fakeBroker({ ranges: [[18, 0, 3], [3, 0, 7], [0, 0, 2]] });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  t.teardown(() => conn.close());
  t.equal(broker.seen[0].apiKey, 18);
  t.equal(broker.seen[0].apiVersion, ApiVersions.maxVersion, 'asks ApiVersions at the client maximum first');
  t.equal(broker.seen[0].clientId, 'unit');
  t.equal(conn.versionFor(Metadata), 7, 'capped by the broker');
  const err = (() => {
    try {
      return conn.versionFor(Produce);
    } catch (e) {
      return e;
    }
  })();
  t.ok(err instanceof UnsupportedVersionError, 'Produce 0-2 has no overlap with the client 3-11');
  t.match(err, { code: ErrorCode.UNSUPPORTED_VERSION, message: /broker offers 0-2/ });
  t.equal(conn.brokerRange(60), undefined);
});

t.test('a broker that rejects the ApiVersions version is asked again at its own maximum', async (t) => {
  const broker = await fakeBroker({ apiVersionsMax: 2, ranges: [[18, 0, 2], [3, 0, 12]] });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  t.teardown(() => conn.close());
  t.same(broker.seen.map((h) => [h.apiKey, h.apiVersion]), [[18, ApiVersions.maxVersion], [18, 2]]);
  t.equal(conn.versionFor(Metadata), 12);
});

t.test('pipelined requests are matched to responses by correlation id, in any order', async (t) => {
  const held: [RequestHeader, (f: Buffer[]) => void][] = [];
  const broker = await fakeBroker({
    onRequest: (h, reply) => {
      held.push([h, reply]);
      if (held.length === 3) for (const [rh, r] of held.reverse()) r(metadataAnswer(rh, rh.correlationId));
    },
  });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  t.teardown(() => conn.close());
  const answers = await Promise.all([1, 2, 3].map(() => conn.send(Metadata, metadataRequest)));
  const ids = broker.seen.filter((h) => h.apiKey === 3).map((h) => h.correlationId);
  t.equal(new Set(ids).size, 3, 'distinct correlation ids');
  t.same(answers.map((a) => a.controllerId), ids, 'each caller got the answer to its own request');
});

t.test('a request without an answer times out as a retriable network error and closes the connection', async (t) => {
  const broker = await fakeBroker({ onRequest: () => undefined });
  t.teardown(() => broker.close());
  const conn = await open(broker.port, 200);
  const err = await conn.send(Metadata, metadataRequest).catch((e: unknown) => e);
  t.type(err, KafkaError);
  t.equal((err as KafkaError).code, ErrorCode.NETWORK_EXCEPTION);
  t.equal((err as KafkaError).retriable, true);
  t.match((err as Error).message, /timed out after 200 ms/);
  t.equal(conn.isOpen, false);
  await t.rejects(conn.send(Metadata, metadataRequest), { code: ErrorCode.NETWORK_EXCEPTION });
});

t.test('the broker closing the socket fails every request in flight', async (t) => {
  const broker = await fakeBroker({ onRequest: (_h, _reply, socket) => socket.destroy() });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  const results = await Promise.allSettled([conn.send(Metadata, metadataRequest), conn.send(Metadata, metadataRequest)]);
  for (const r of results) {
    t.equal(r.status, 'rejected');
    if (r.status === 'rejected') t.match(r.reason, { code: ErrorCode.NETWORK_EXCEPTION, message: /closed/ });
  }
});

t.test('an answer to a correlation id never sent breaks the connection', async (t) => {
  const broker = await fakeBroker({ onRequest: (h, reply) => reply(metadataAnswer({ ...h, correlationId: h.correlationId + 1000 }, 1)) });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  await t.rejects(conn.send(Metadata, metadataRequest), { code: ErrorCode.NETWORK_EXCEPTION, message: /unknown correlation id/ });
});

t.test('a negative frame size breaks the connection', async (t) => {
  const broker = await fakeBroker({ onRequest: (_h, _reply, socket) => void socket.write(Buffer.from([0xff, 0xff, 0xff, 0xf0])) });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  await t.rejects(conn.send(Metadata, metadataRequest), { code: ErrorCode.NETWORK_EXCEPTION, message: /bad response frame/ });
});

t.test('a truncated response body fails that request with a decode error', async (t) => {
  const broker = await fakeBroker({
    onRequest: (h, reply) => {
      const w = new Writer();
      encodeResponseHeader(w, h.correlationId, responseHeaderVersion(h.apiKey, h.apiVersion));
      w.int32(0);
      reply(w.finish());
    },
  });
  t.teardown(() => broker.close());
  const conn = await open(broker.port);
  t.teardown(() => conn.close());
  const err = await conn.send(Metadata, metadataRequest).catch((e: unknown) => e);
  t.type(err, Error);
  t.match((err as Error).message, /MetadataResponse/);
});

t.test('an unreachable broker is a retriable network error', async (t) => {
  const broker = await fakeBroker();
  const port = broker.port;
  await broker.close();
  const err = await open(port).catch((e: unknown) => e);
  t.type(err, KafkaError);
  t.equal((err as KafkaError).code, ErrorCode.NETWORK_EXCEPTION);
  t.match((err as Error).message, /cannot connect to 127\.0\.0\.1/);
});
