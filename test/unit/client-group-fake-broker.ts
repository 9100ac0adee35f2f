// A scripted in-process broker for the group client's unit tests: it decodes every request with the
// generated codec, answers ApiVersions and Metadata itself, and hands group requests to the test's
// handlers, so each test can script errors a real coordinator rarely produces on demand
// (COORDINATOR_LOAD_IN_PROGRESS, NOT_COORDINATOR, MEMBER_ID_REQUIRED, ...).
import net from 'node:net';
import { FrameDecoder } from '../../src/net/frameDecoder.js';
import { API_KEYS, ApiKey, apiKeyInfo } from '../../src/protocol/generated/apiKeys.js';
import { decodeRequestHeader, encodeResponseHeader, responseHeaderVersion } from '../../src/protocol/headers.js';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import type { FindCoordinatorRequest } from '../../src/protocol/generated/messages/FindCoordinatorRequest.js';

export interface SeenRequest {
  apiKey: number;
  version: number;
  body: unknown;
}

/** Answers a decoded request with a response body; undefined leaves the request unanswered. */
export type Handler = (body: any, version: number) => unknown;

export interface FakeBrokerScript {
  /** Overrides the broker's range per API key: [min, max]. Absent keys use Kafka 4.0's range. */
  ranges?: Record<number, [number, number] | null>;
  /** Topic name -> partition count, for Metadata. */
  topics?: Record<string, number>;
  handlers?: Partial<Record<number, Handler>>;
}

export interface FakeBroker {
  port: number;
  address: string;
  seen: SeenRequest[];
  /** The requests of one API, in order. */
  requests(apiKey: number): SeenRequest[];
  close(): Promise<void>;
}

const NODE_ID = 1;

function apiVersionsBody(script: FakeBrokerScript): unknown {
  const apiKeys = API_KEYS.flatMap((info) => {
    const override = script.ranges?.[info.apiKey];
    if (override === null) return [];
    const [min, max] = override ?? [info.minVersion, info.maxVersion];
    return [{ apiKey: info.apiKey, minVersion: min, maxVersion: max }];
  });
  return { errorCode: ErrorCode.NONE, apiKeys, throttleTimeMs: 0 };
}

function metadataBody(port: number, script: FakeBrokerScript, requested: { name: string | null }[] | null): unknown {
  const names = requested === null ? Object.keys(script.topics ?? {}) : requested.map((t) => t.name ?? '');
  return {
    throttleTimeMs: 0,
    brokers: [{ nodeId: NODE_ID, host: '127.0.0.1', port, rack: null }],
    clusterId: 'fake',
    controllerId: NODE_ID,
    topics: names.map((name) => {
      const count = script.topics?.[name];
      return {
        errorCode: count === undefined ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.NONE,
        name,
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        isInternal: false,
        partitions: Array.from({ length: count ?? 0 }, (_, p) => ({
          errorCode: 0, partitionIndex: p, leaderId: NODE_ID, leaderEpoch: 0, replicaNodes: [NODE_ID], isrNodes: [NODE_ID], offlineReplicas: [],
        })),
        topicAuthorizedOperations: -2147483648,
      };
    }),
    clusterAuthorizedOperations: -2147483648,
  };
}

/** FindCoordinator answered "this broker" for every key, in the request's version's shape. */
export function coordinatorIsHere(port: number, errorCode: number = ErrorCode.NONE): Handler {
  return (body: FindCoordinatorRequest, version: number) => {
    const node = { nodeId: NODE_ID, host: '127.0.0.1', port };
    if (version >= 4) {
      return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, nodeId: 0, host: '', port: 0, coordinators: body.coordinatorKeys.map((key) => ({ key, ...node, errorCode, errorMessage: null })) };
    }
    return { throttleTimeMs: 0, errorCode, errorMessage: null, ...node, coordinators: [] };
  };
}

export async function fakeBroker(script: FakeBrokerScript = {}): Promise<FakeBroker> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<net.Socket>();
  let port = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const frames = new FrameDecoder(1 << 20);
    // Answers go out in request order, as Kafka's do, even when a handler answers later.
    let queue = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      for (const f of frames.push(chunk)) {
        const r = new Reader(f);
        const h = decodeRequestHeader(r);
        const info = apiKeyInfo(h.apiKey)!;
        const body = info.decodeRequest(r, h.apiVersion);
        seen.push({ apiKey: h.apiKey, version: h.apiVersion, body });
        const answer = Promise.resolve().then(() => {
          if (h.apiKey === ApiKey.ApiVersions) return apiVersionsBody(script);
          if (h.apiKey === ApiKey.Metadata) return metadataBody(port, script, (body as { topics: { name: string | null }[] | null }).topics);
          const handler = script.handlers?.[h.apiKey] ?? (h.apiKey === ApiKey.FindCoordinator ? coordinatorIsHere(port) : undefined);
          if (handler === undefined) throw new Error(`fake broker has no handler for API ${info.name}`);
          return handler(body, h.apiVersion);
        });
        queue = queue.then(async () => {
          let res: unknown;
          try {
            res = await answer;
          } catch {
            // A request the script cannot answer stays unanswered: the client's timeout says so.
            return;
          }
          if (res === undefined || socket.destroyed) return;
          const w = new Writer();
          w.int32(0);
          encodeResponseHeader(w, h.correlationId, responseHeaderVersion(h.apiKey, h.apiVersion));
          info.encodeResponse(w, res, h.apiVersion);
          const out = Buffer.concat(w.finish());
          out.writeInt32BE(out.length - 4, 0);
          socket.write(out);
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
  return {
    port,
    address: `127.0.0.1:${port}`,
    seen,
    requests: (apiKey) => seen.filter((s) => s.apiKey === apiKey),
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
