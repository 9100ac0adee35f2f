// A tiny raw Kafka protocol client for tests that must send what no real client would: arbitrary
// bytes, wrong sizes, unsupported versions, hand-made record batches, repeated idempotent
// sequences. Requests and responses go through the generated codec; framing is done here so a
// test can tamper with any byte of a frame before it is sent.
import net from 'node:net';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { decodeResponseHeader, encodeRequestHeader, responseHeaderVersion } from '../../src/protocol/headers.js';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { encodeApiVersionsRequest, type ApiVersionsRequest } from '../../src/protocol/generated/messages/ApiVersionsRequest.js';
import { decodeApiVersionsResponse, type ApiVersionsResponse } from '../../src/protocol/generated/messages/ApiVersionsResponse.js';
import { encodeProduceRequest, type ProduceRequest } from '../../src/protocol/generated/messages/ProduceRequest.js';
import { decodeProduceResponse, type ProduceResponse } from '../../src/protocol/generated/messages/ProduceResponse.js';
import { encodeFetchRequest, type FetchRequest } from '../../src/protocol/generated/messages/FetchRequest.js';
import { decodeFetchResponse, type FetchResponse } from '../../src/protocol/generated/messages/FetchResponse.js';
import { encodeCreateTopicsRequest, type CreateTopicsRequest } from '../../src/protocol/generated/messages/CreateTopicsRequest.js';
import { decodeCreateTopicsResponse, type CreateTopicsResponse } from '../../src/protocol/generated/messages/CreateTopicsResponse.js';
import { encodeInitProducerIdRequest, type InitProducerIdRequest } from '../../src/protocol/generated/messages/InitProducerIdRequest.js';
import { decodeInitProducerIdResponse, type InitProducerIdResponse } from '../../src/protocol/generated/messages/InitProducerIdResponse.js';
import { encodeDeleteTopicsRequest, type DeleteTopicsRequest } from '../../src/protocol/generated/messages/DeleteTopicsRequest.js';
import { decodeDeleteTopicsResponse, type DeleteTopicsResponse } from '../../src/protocol/generated/messages/DeleteTopicsResponse.js';
import { decodeRecordBatches, type RecordBatch } from '../../src/protocol/recordBatch.js';
import type { Records } from '../../src/protocol/records.js';

/** One API as this client speaks it: key, request encoder and response decoder from src/protocol. */
export interface RawApi<Req, Res> {
  readonly apiKey: number;
  encode(w: Writer, request: Req, version: number): void;
  decode(r: Reader, version: number): Res;
}

export const ApiVersionsApi: RawApi<ApiVersionsRequest, ApiVersionsResponse> = { apiKey: ApiKey.ApiVersions, encode: encodeApiVersionsRequest, decode: decodeApiVersionsResponse };
export const ProduceApi: RawApi<ProduceRequest<Records>, ProduceResponse> = { apiKey: ApiKey.Produce, encode: encodeProduceRequest, decode: decodeProduceResponse };
export const FetchApi: RawApi<FetchRequest, FetchResponse<Buffer>> = { apiKey: ApiKey.Fetch, encode: encodeFetchRequest, decode: decodeFetchResponse };
export const CreateTopicsApi: RawApi<CreateTopicsRequest, CreateTopicsResponse> = { apiKey: ApiKey.CreateTopics, encode: encodeCreateTopicsRequest, decode: decodeCreateTopicsResponse };
export const InitProducerIdApi: RawApi<InitProducerIdRequest, InitProducerIdResponse> = { apiKey: ApiKey.InitProducerId, encode: encodeInitProducerIdRequest, decode: decodeInitProducerIdResponse };
export const DeleteTopicsApi: RawApi<DeleteTopicsRequest, DeleteTopicsResponse> = { apiKey: ApiKey.DeleteTopics, encode: encodeDeleteTopicsRequest, decode: decodeDeleteTopicsResponse };

const CLIENT_ID = 'runnel-raw-test';
/** Kafka's null topic id (all zero bits) in its printed form. */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const DEFAULT_TIMEOUT_MS = 10_000;

/** The broker closed the connection before answering. */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
}

/**
 * A size-prefixed request frame: header (its version chosen from apiKey and apiVersion, as the
 * broker will read it) followed by whatever writeBody writes.
 */
export function requestFrame(apiKey: number, apiVersion: number, correlationId: number, writeBody: (w: Writer) => void): Buffer {
  const w = new Writer(256);
  w.int32(0);
  encodeRequestHeader(w, { apiKey, apiVersion, correlationId, clientId: CLIENT_ID });
  writeBody(w);
  const frame = Buffer.concat(w.finish());
  frame.writeInt32BE(frame.length - 4, 0);
  return frame;
}

interface Waiter {
  resolve(frame: Buffer): void;
  reject(err: Error): void;
}

export class RawKafkaClient {
  private received = Buffer.alloc(0);
  private readonly waiters = new Map<number, Waiter>();
  private nextCorrelationId = 1;
  private closedError: Error | null = null;
  private readonly closedPromise: Promise<void>;
  /** Response frames whose correlation id nobody waited for. */
  readonly unexpected: Buffer[] = [];
  /** The correlation id of every response frame, in the order the frames arrived. */
  readonly arrivals: number[] = [];

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.closedPromise = new Promise((resolve) => {
      socket.on('close', () => {
        this.closedError = new ConnectionClosedError('the broker closed the connection');
        for (const w of this.waiters.values()) w.reject(this.closedError);
        this.waiters.clear();
        resolve();
      });
    });
    // 'close' follows every socket error; the error itself is only why.
    socket.on('error', () => {});
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawKafkaClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RawKafkaClient(socket));
      });
      socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.closedError !== null;
  }

  /** A correlation id no other request of this client uses. */
  correlationId(): number {
    return this.nextCorrelationId++;
  }

  /** Writes bytes as they are, framed or not. */
  writeRaw(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Resolves with the response frame (size prefix removed) carrying this correlation id. */
  awaitResponse(correlationId: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Buffer> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(correlationId);
        reject(new Error(`no response to correlation id ${correlationId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(correlationId, {
        resolve: (f) => { clearTimeout(timer); resolve(f); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  /** Sends a frame built by requestFrame and waits for its response frame. */
  async roundTrip(frame: Buffer, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Buffer> {
    const correlationId = frame.readInt32BE(8);
    const answer = this.awaitResponse(correlationId, timeoutMs);
    this.writeRaw(frame);
    return answer;
  }

  /** Sends one request and decodes its response with the same version. */
  async request<Req, Res>(api: RawApi<Req, Res>, version: number, body: Req, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Res> {
    const frame = requestFrame(api.apiKey, version, this.correlationId(), (w) => api.encode(w, body, version));
    const response = await this.roundTrip(frame, timeoutMs);
    const r = responseBody(response, api.apiKey, version);
    return api.decode(r, version);
  }

  /** Resolves true once the broker has closed the connection, false if it is still open after timeoutMs. */
  async closedWithin(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
    const result = await Promise.race([this.closedPromise.then(() => true), timedOut]);
    clearTimeout(timer);
    return result;
  }

  /** Stops reading responses (they wait in the kernel's buffers, then the broker's), as a stalled client does. */
  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }

  /** Request bytes written but not yet taken by the kernel: they grow once the broker stops reading. */
  get unsentBytes(): number {
    return this.socket.writableLength;
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    while (this.received.length >= 4) {
      const size = this.received.readInt32BE(0);
      if (this.received.length < 4 + size) break;
      const frame = this.received.subarray(4, 4 + size);
      this.received = this.received.subarray(4 + size);
      const correlationId = frame.readInt32BE(0);
      this.arrivals.push(correlationId);
      const waiter = this.waiters.get(correlationId);
      if (waiter) {
        this.waiters.delete(correlationId);
        waiter.resolve(frame);
      } else {
        this.unexpected.push(frame);
      }
    }
  }
}

/** A Reader over a response frame's body: the response header (whose version depends on the API) skipped. */
export function responseBody(frame: Buffer, apiKey: number, apiVersion: number): Reader {
  const r = new Reader(frame);
  decodeResponseHeader(r, responseHeaderVersion(apiKey, apiVersion));
  return r;
}

// ---------------------------------------------------------------- request shorthands

const PRODUCE_VERSION = 9;
const FETCH_VERSION = 12;
const CREATE_TOPICS_VERSION = 7;
const INIT_PRODUCER_ID_VERSION = 4;
const DELETE_TOPICS_VERSION = 6;

export type ProducePartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number];

/** Produce v9 of one records field to one partition; returns that partition's answer. */
export async function produce(client: RawKafkaClient, topic: string, partition: number, records: Buffer, acks = -1): Promise<ProducePartitionResponse> {
  const res = await client.request(ProduceApi, PRODUCE_VERSION, {
    transactionalId: null,
    acks,
    timeoutMs: 5_000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  });
  const answer = res.responses[0]?.partitionResponses[0];
  if (answer === undefined) throw new Error(`produce response without a partition answer: ${JSON.stringify(res, bigintReplacer)}`);
  return answer;
}

export type CreatableTopicResult = CreateTopicsResponse['topics'][number];

export interface CreateTopicSpec {
  name: string;
  numPartitions: number;
  replicationFactor?: number;
  configs?: Record<string, string>;
}

/** CreateTopics v7; one result per requested topic. */
export async function createTopics(client: RawKafkaClient, topics: CreateTopicSpec[]): Promise<CreatableTopicResult[]> {
  const res = await client.request(CreateTopicsApi, CREATE_TOPICS_VERSION, {
    topics: topics.map((t) => ({
      name: t.name,
      numPartitions: t.numPartitions,
      replicationFactor: t.replicationFactor ?? 1,
      assignments: [],
      configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
    })),
    timeoutMs: 10_000,
    validateOnly: false,
  });
  return res.topics;
}

export type DeletableTopicResult = DeleteTopicsResponse['responses'][number];

/** DeleteTopics v6 by name; one result per requested topic. */
export async function deleteTopics(client: RawKafkaClient, names: string[]): Promise<DeletableTopicResult[]> {
  const res = await client.request(DeleteTopicsApi, DELETE_TOPICS_VERSION, {
    topics: names.map((name) => ({ name, topicId: ZERO_UUID })),
    topicNames: [],
    timeoutMs: 10_000,
  });
  return res.responses;
}

/** InitProducerId v4 for an idempotent (non-transactional) producer. */
export async function initProducerId(client: RawKafkaClient): Promise<InitProducerIdResponse> {
  return client.request(InitProducerIdApi, INIT_PRODUCER_ID_VERSION, {
    transactionalId: null,
    transactionTimeoutMs: -1,
    producerId: -1n,
    producerEpoch: -1,
  });
}

export interface FetchedPartition {
  errorCode: number;
  highWatermark: bigint;
  batches: RecordBatch[];
}

/** One Fetch v12 (topic by name, no session, no wait) of one partition from fetchOffset. */
export async function fetchPartition(client: RawKafkaClient, topic: string, partition: number, fetchOffset = 0n): Promise<FetchedPartition> {
  const res = await client.request(FetchApi, FETCH_VERSION, {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 16 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [{ topic, topicId: '', partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 16 << 20 }] }],
    forgottenTopicsData: [],
    rackId: '',
  });
  if (res.errorCode !== 0) return { errorCode: res.errorCode, highWatermark: -1n, batches: [] };
  const p = res.responses[0]?.partitions[0];
  if (p === undefined) throw new Error(`fetch response without a partition: ${JSON.stringify(res, bigintReplacer)}`);
  const batches = p.records === null ? [] : decodeRecordBatches(p.records).filter((b) => b.baseOffset >= fetchOffset || b.baseOffset + BigInt(b.lastOffsetDelta) >= fetchOffset);
  return { errorCode: p.errorCode, highWatermark: p.highWatermark, batches };
}

/** JSON.stringify replacer for responses that carry bigints. */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
