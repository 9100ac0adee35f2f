// Runnel's browser client: produce to and subscribe to topics through the gateway's WebSocket
// protocol v1 (docs/gateway.md). The gateway serves the compiled file as /client.js, so it is one
// ES module without imports, using only what browsers and Node both have: URL, TextEncoder and
// TextDecoder, atob and btoa, timers, queueMicrotask. The WebSocket class is the page's own, or
// one passed in (Node before 22 has none; tests pass a fake).
//
// Delivery is tracked per partition on this side, so that a dropped connection costs nothing in
// assign mode (the client re-subscribes at the offset after the last record it received) and only
// at-least-once repeats in group mode (the new member starts at the group's committed offsets,
// which this client commits from what it handed to the application, not from what was sent).

// ---------------------------------------------------------------- types

export type Encoding = 'text' | 'base64' | 'binary';
export type Payload = string | Uint8Array;
export type StartPosition = 'earliest' | 'latest' | { offset: number } | { timestamp: number };
export type Acks = 0 | 1 | -1 | 'all';

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface PartitionOffset extends TopicPartition {
  /** The next offset to read, as Kafka counts committed positions. */
  offset: number;
}

export interface Header<P extends Payload = Payload> {
  key: string;
  value: P | null;
}

/** Headers as an object (one value per key) or a list (keys may repeat). */
export type HeadersInput = Readonly<Record<string, Payload | null>> | ReadonlyArray<Header>;

export interface ProduceRecord {
  key?: Payload | null;
  /** null is a tombstone. */
  value: Payload | null;
  headers?: HeadersInput;
  /** Without it the gateway partitions as a Kafka producer would (murmur2 of the key). */
  partition?: number;
  /** Milliseconds since the epoch; the broker's clock when absent. */
  timestamp?: number;
}

export interface ProduceOptions {
  /** 1 (default), -1/'all', or 0: no answer, so the result's offset is -1. */
  acks?: Acks;
}

export interface ProduceResult {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
}

export interface RunnelRecord<P extends Payload = Payload> {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: P | null;
  value: P | null;
  headers: Header<P>[];
}

export interface SubscribeOptions {
  topics: readonly string[];
  /** Group mode: join this consumer group. Without it: assign mode. */
  group?: string;
  /** Assign mode, one topic: the partitions to read (default all). */
  partitions?: readonly number[];
  /** Assign mode: where to start (default latest). */
  from?: StartPosition;
  /** Where a partition without a committed offset, or out of range, starts (default latest). */
  autoOffsetReset?: 'earliest' | 'latest';
  /** text (default) delivers strings; base64 and binary deliver Uint8Arrays. */
  encoding?: Encoding;
  /** Group mode: commit the delivered positions every autoCommitIntervalMs (default true). */
  autoCommit?: boolean;
  autoCommitIntervalMs?: number;
  sessionTimeoutMs?: number;
}

export interface OffsetReset extends TopicPartition {
  from: number;
  to: number;
  reason: string;
}

export interface ReconnectOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

/** The part of the WebSocket interface this client uses (browsers' WebSocket and the ws package have it). */
export interface WebSocketLike {
  binaryType: string;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ConnectOptions {
  /** Shown as the group member's client id (default runnel-gateway). */
  clientId?: string;
  /** Reconnect with exponential backoff after an unexpected close (default on); false turns it off. */
  reconnect?: Partial<ReconnectOptions> | false;
  /** How long one connection attempt may take until the gateway's welcome (default 10 s). */
  connectTimeoutMs?: number;
  /** The WebSocket class; the page's global WebSocket by default. */
  WebSocket?: WebSocketConstructor;
}

export interface ClientEvents {
  /** The connection closed unexpectedly; with reconnect on, the client is reconnecting. */
  disconnect: [info: { code: number; reason: string }];
  /** Connected again; subscriptions are being resumed. */
  reconnect: [];
  /** A problem no request or subscription owns (e.g. a frame the client cannot read). */
  error: [error: RunnelError];
}

export interface SubscriptionEvents<P extends Payload> {
  record: [record: RunnelRecord<P>];
  assigned: [partitions: PartitionOffset[]];
  revoked: [partitions: TopicPartition[]];
  reset: [reset: OffsetReset];
  error: [error: RunnelError];
}

// ---------------------------------------------------------------- errors

// Kafka's retriable errors (RetriableException) a gateway client can meet, plus this client's own.
const RETRIABLE_CODES = new Set([
  'DISCONNECTED',
  'CONNECTION_FAILED',
  'CORRUPT_MESSAGE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_OR_FOLLOWER',
  'REQUEST_TIMED_OUT',
  'NETWORK_EXCEPTION',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'KAFKA_STORAGE_ERROR',
  'REBALANCE_IN_PROGRESS',
]);

/**
 * A typed failure: the gateway's error code (docs/gateway.md), a Kafka error name, or one of the
 * client's own: DISCONNECTED (the connection closed before the answer; the operation may or may
 * not have happened), CONNECTION_FAILED, CLIENT_CLOSED, MESSAGE_TOO_LARGE, UNSUPPORTED_VERSION,
 * INVALID_SERVER_MESSAGE.
 */
export class RunnelError extends Error {
  override readonly name = 'RunnelError';
  readonly code: string;
  /** The operation field at fault, as a dotted path, when there is one. */
  readonly field: string | undefined;
  /** Trying again later may succeed. */
  readonly retriable: boolean;

  constructor(code: string, message: string, field?: string, retriable?: boolean) {
    super(message);
    this.code = code;
    this.field = field;
    this.retriable = retriable ?? RETRIABLE_CODES.has(code);
  }
}

const asRunnelError = (err: unknown): RunnelError =>
  err instanceof RunnelError ? err : new RunnelError('INVALID_SERVER_MESSAGE', err instanceof Error ? err.message : String(err));

// ---------------------------------------------------------------- frames

const PROTOCOL_VERSION = 1;
const WEBSOCKET_PATH = '/v1/ws';
const CLOSE_NORMAL = 1000;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
const utf8 = (p: Payload): Uint8Array => (typeof p === 'string' ? utf8Encoder.encode(p) : p);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function headerList(headers: HeadersInput | undefined): Header[] {
  if (headers === undefined) return [];
  if (Array.isArray(headers)) return (headers as ReadonlyArray<Header>).map((h) => ({ key: h.key, value: h.value ?? null }));
  return Object.entries(headers as Readonly<Record<string, Payload | null>>).map(([key, value]) => ({ key, value }));
}

/** A binary frame: 4-byte big-endian JSON length, the JSON, then the payload bytes back to back. */
export function writeBinaryFrame(header: object, parts: ReadonlyArray<Uint8Array | null>): Uint8Array {
  const json = utf8Encoder.encode(JSON.stringify(header));
  let size = 4 + json.length;
  for (const p of parts) if (p !== null) size += p.length;
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  let pos = 4 + json.length;
  for (const p of parts) {
    if (p === null) continue;
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

function readBinaryFrame(bytes: Uint8Array): { header: unknown; payload: Uint8Array } {
  if (bytes.length < 4) throw new RunnelError('INVALID_SERVER_MESSAGE', 'binary frame is shorter than its 4-byte header length');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (length > bytes.length - 4) throw new RunnelError('INVALID_SERVER_MESSAGE', `binary frame header length ${length} exceeds the frame`);
  return { header: parseJson(utf8Decoder.decode(bytes.subarray(4, 4 + length))), payload: bytes.subarray(4 + length) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new RunnelError('INVALID_SERVER_MESSAGE', `gateway message is not JSON: ${(err as Error).message}`);
  }
}

/**
 * The produce operation as a frame: JSON text when everything is text; a binary frame when the key
 * or value is bytes (header values stay text there); base64 JSON when a header value is bytes.
 */
export function encodeProduce(id: number, topic: string, record: ProduceRecord, acks?: Acks): string | Uint8Array {
  const headers = headerList(record.headers);
  const key = record.key ?? null;
  const value = record.value;
  const op = { op: 'produce', id, topic, partition: record.partition, timestamp: record.timestamp, acks };
  if (headers.some((h) => h.value instanceof Uint8Array)) {
    const b64 = (p: Payload | null): string | null => (p === null ? null : toBase64(utf8(p)));
    return JSON.stringify({ ...op, encoding: 'base64', key: b64(key), value: b64(value), headers: headers.map((h) => ({ key: h.key, value: b64(h.value) })) });
  }
  const withHeaders = headers.length > 0 ? { headers } : {};
  if (key instanceof Uint8Array || value instanceof Uint8Array) {
    const keyBytes = key === null ? null : utf8(key);
    const valueBytes = value === null ? null : utf8(value);
    return writeBinaryFrame({ ...op, ...withHeaders, keyLength: keyBytes?.length ?? -1, valueLength: valueBytes?.length ?? -1 }, [keyBytes, valueBytes]);
  }
  return JSON.stringify({ ...op, ...withHeaders, key, value });
}

/** A message from the gateway; records messages come with their records decoded. */
export interface ServerMessage {
  type: string;
  id?: number | string;
  [field: string]: unknown;
}

interface RecordsMessage {
  type: 'records';
  topic: string;
  partition: number;
  highWatermark: number;
  records: RunnelRecord[];
}

interface WireRecord {
  offset: number;
  timestamp: number;
  key?: string | null;
  value?: string | null;
  keyLength?: number;
  valueLength?: number;
  headers: Array<{ key: string; value?: string | null; valueLength?: number }>;
}

function decodeJsonRecords(topic: string, partition: number, encoding: unknown, records: readonly WireRecord[]): RunnelRecord[] {
  const payload: (p: string | null | undefined) => Payload | null =
    encoding === 'base64' ? (p) => (p == null ? null : fromBase64(p)) : (p) => p ?? null;
  return records.map((r) => ({
    topic,
    partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: payload(r.key),
    value: payload(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: payload(h.value) })),
  }));
}

function decodeBinaryRecords(topic: string, partition: number, records: readonly WireRecord[], payload: Uint8Array): RunnelRecord[] {
  let pos = 0;
  const take = (length: number | undefined): Uint8Array | null => {
    if (length === undefined || length < 0) return null;
    if (pos + length > payload.length) throw new RunnelError('INVALID_SERVER_MESSAGE', `records frame of ${topic}-${partition} is shorter than its lengths say`);
    const bytes = payload.subarray(pos, pos + length);
    pos += length;
    return bytes;
  };
  const out = records.map((r) => {
    const key = take(r.keyLength);
    const value = take(r.valueLength);
    return { topic, partition, offset: r.offset, timestamp: r.timestamp, key, value, headers: r.headers.map((h) => ({ key: h.key, value: take(h.valueLength) })) };
  });
  if (pos !== payload.length) throw new RunnelError('INVALID_SERVER_MESSAGE', `records frame of ${topic}-${partition} has ${payload.length - pos} bytes its lengths do not account for`);
  return out;
}

function isMessage(value: unknown): value is ServerMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Decodes one frame from the gateway: a JSON text frame, or a binary records frame. */
export function decodeServerFrame(data: unknown): ServerMessage {
  let message: unknown;
  let payload: Uint8Array | null = null;
  if (typeof data === 'string') {
    message = parseJson(data);
  } else {
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : Object.prototype.toString.call(data) === '[object ArrayBuffer]'
        ? new Uint8Array(data as ArrayBuffer)
        : null;
    if (bytes === null) throw new RunnelError('INVALID_SERVER_MESSAGE', 'gateway frame is neither text nor bytes');
    ({ header: message, payload } = readBinaryFrame(bytes));
  }
  if (!isMessage(message)) throw new RunnelError('INVALID_SERVER_MESSAGE', 'gateway message has no type');
  if (message.type !== 'records') {
    if (payload !== null) throw new RunnelError('INVALID_SERVER_MESSAGE', `a binary frame carries only records, not '${message.type}'`);
    return message;
  }
  const { topic, partition, records, encoding } = message as ServerMessage & { topic: string; partition: number; records: WireRecord[] };
  if (typeof topic !== 'string' || typeof partition !== 'number' || !Array.isArray(records)) {
    throw new RunnelError('INVALID_SERVER_MESSAGE', 'records message lacks topic, partition or records');
  }
  const decoded = payload !== null ? decodeBinaryRecords(topic, partition, records, payload) : decodeJsonRecords(topic, partition, encoding, records);
  return { ...message, records: decoded };
}

/** The WebSocket URL for a gateway address: http(s) becomes ws(s), a bare origin gets /v1/ws. */
export function gatewayUrl(address: string, clientId?: string): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  const url = new URL(address, base);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.pathname === '/' || url.pathname === '') url.pathname = WEBSOCKET_PATH;
  if (clientId !== undefined) url.searchParams.set('clientId', clientId);
  return url.toString();
}

/** The wait before reconnection attempt `attempt` (0-based): doubling up to the maximum, with the upper half jittered. */
export function reconnectDelay(attempt: number, opts: ReconnectOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.initialDelayMs * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}

// ---------------------------------------------------------------- events

class Emitter<Events extends Record<keyof Events, unknown[]>> {
  private readonly listeners = new Map<keyof Events, Set<unknown>>();

  on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  off<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  protected listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  protected emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        (listener as (...a: Events[K]) => void)(...args);
      } catch (err) {
        // A failing listener is the application's bug: report it without breaking the client's state.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }
}

// ---------------------------------------------------------------- client

interface PendingRequest {
  answer(message: ServerMessage): void;
  fail(error: RunnelError): void;
}

type FrameBuilder = (id: number) => string | Uint8Array;

/** What a subscription needs from its client. */
interface SubscriptionHost {
  isOpen(): boolean;
  /** Sends now (throws RunnelError when it cannot); the handlers hear the answer synchronously. */
  transmit(build: FrameBuilder, handlers: PendingRequest | null): void;
  request(build: FrameBuilder): Promise<ServerMessage>;
  bind(sub: Subscription, serverId: number): void;
  release(sub: Subscription): void;
}

const DEFAULT_RECONNECT: ReconnectOptions = { initialDelayMs: 250, maxDelayMs: 10_000 };
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_AUTO_COMMIT_INTERVAL_MS = 5_000;
// close() waits this long for subscriptions to commit and leave before closing the socket.
const CLOSE_GRACE_MS = 3_000;

type Timer = ReturnType<typeof setTimeout>;
type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

function defaultWebSocket(): WebSocketConstructor {
  const ctor = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (ctor === undefined) throw new RunnelError('CONNECTION_FAILED', 'this environment has no WebSocket; pass one as options.WebSocket', 'WebSocket', false);
  return ctor;
}

export class RunnelClient extends Emitter<ClientEvents> {
  readonly url: string;
  private socket: WebSocketLike | null = null;
  private connection: ConnectionState = 'connecting';
  private readonly pending = new Map<number, PendingRequest>();
  private readonly subscriptions = new Set<Subscription>();
  private readonly byServerId = new Map<number, Subscription>();
  private readonly byTopic = new Map<string, Subscription>();
  private openWaiters: PendingRequest[] = [];
  private reconnectTimer: Timer | null = null;
  private attempt = 0;
  private nextId = 1;
  private maxMessageBytes = Number.POSITIVE_INFINITY;
  private readonly WebSocketImpl: WebSocketConstructor;
  private readonly reconnectOptions: ReconnectOptions | null;
  private readonly connectTimeoutMs: number;
  private readonly host: SubscriptionHost;

  private constructor(address: string, options: ConnectOptions) {
    super();
    this.url = gatewayUrl(address, options.clientId);
    this.WebSocketImpl = options.WebSocket ?? defaultWebSocket();
    this.reconnectOptions = options.reconnect === false ? null : { ...DEFAULT_RECONNECT, ...options.reconnect };
    this.connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.host = {
      isOpen: () => this.connection === 'open',
      transmit: (build, handlers) => this.transmit(build, handlers),
      request: (build) => this.request(build),
      bind: (sub, serverId) => {
        this.byServerId.set(serverId, sub);
        for (const topic of sub.topics) this.byTopic.set(topic, sub);
      },
      release: (sub) => this.release(sub),
    };
  }

  /** Connects to a gateway (ws://host:port/v1/ws, or its http origin) and waits for its welcome. */
  static async connect(address: string, options: ConnectOptions = {}): Promise<RunnelClient> {
    const client = new RunnelClient(address, options);
    await client.dial();
    client.connection = 'open';
    return client;
  }

  get state(): ConnectionState {
    return this.connection;
  }

  /** Appends one record; resolves with where it landed once the broker has it (per acks). */
  async produce(topic: string, record: ProduceRecord, options: ProduceOptions = {}): Promise<ProduceResult> {
    await this.whenOpen();
    const build: FrameBuilder = (id) => encodeProduce(id, topic, record, options.acks);
    if (options.acks === 0) {
      this.transmit(build, null);
      return { topic, partition: record.partition ?? -1, offset: -1, timestamp: record.timestamp ?? -1 };
    }
    const ack = (await this.request(build)) as ServerMessage & ProduceResult;
    return { topic: ack.topic, partition: ack.partition, offset: ack.offset, timestamp: ack.timestamp };
  }

  subscribe(options: SubscribeOptions & { encoding?: 'text' }): Subscription<string>;
  subscribe(options: SubscribeOptions & { encoding: 'base64' | 'binary' }): Subscription<Uint8Array>;
  subscribe(options: SubscribeOptions): Subscription;
  subscribe(options: SubscribeOptions): Subscription {
    if (this.connection === 'closed') throw new RunnelError('CLIENT_CLOSED', 'the client is closed');
    const sub = new Subscription(this.host, options);
    this.subscriptions.add(sub);
    // While reconnecting, the subscription starts once the connection is back.
    if (this.connection === 'open') sub.start();
    return sub;
  }

  /** Ends every subscription (committing in group mode with auto-commit), then closes the socket. */
  async close(): Promise<void> {
    if (this.connection === 'closed') return;
    if (this.connection === 'open') {
      let timer: Timer | undefined;
      await Promise.race([
        Promise.allSettled([...this.subscriptions].map((s) => s.unsubscribe())),
        new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
      ]);
      clearTimeout(timer);
    }
    this.shutDown(new RunnelError('CLIENT_CLOSED', 'the client was closed'), null);
    this.socket?.close(CLOSE_NORMAL, 'client closed');
    this.socket = null;
  }

  // ---- connection

  private dial(): Promise<void> {
    return new Promise((resolve, reject) => {
      let socket: WebSocketLike;
      try {
        socket = new this.WebSocketImpl(this.url);
      } catch (err) {
        reject(new RunnelError('CONNECTION_FAILED', `cannot open ${this.url}: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      socket.binaryType = 'arraybuffer';
      let settled = false;
      const settle = (err: RunnelError | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err === null) {
          this.socket = socket;
          resolve();
          return;
        }
        socket.close();
        reject(err);
      };
      const timer = setTimeout(() => settle(new RunnelError('CONNECTION_FAILED', `no welcome from ${this.url} within ${this.connectTimeoutMs} ms`)), this.connectTimeoutMs);
      socket.onmessage = (event: { data: unknown }) => {
        if (settled) {
          if (this.socket === socket) this.onFrame(event.data);
          return;
        }
        let welcome: ServerMessage;
        try {
          welcome = decodeServerFrame(event.data);
        } catch (err) {
          settle(asRunnelError(err));
          return;
        }
        if (welcome.type !== 'welcome' || welcome.version !== PROTOCOL_VERSION) {
          settle(new RunnelError('UNSUPPORTED_VERSION', `the gateway speaks ${welcome.type === 'welcome' ? `protocol version ${String(welcome.version)}` : `'${welcome.type}' first`}; this client speaks version ${PROTOCOL_VERSION}`, undefined, false));
          return;
        }
        if (typeof welcome.maxMessageBytes === 'number') this.maxMessageBytes = welcome.maxMessageBytes;
        settle(null);
      };
      socket.onclose = (event: { code: number; reason: string }) => {
        if (!settled) settle(new RunnelError('CONNECTION_FAILED', `${this.url} closed the connection (${event.code}${event.reason ? ` ${event.reason}` : ''})`));
        else if (this.socket === socket) this.onConnectionLost(event.code, event.reason);
      };
      // Every error is followed by a close event, which says what happened.
      socket.onerror = () => undefined;
    });
  }

  private onConnectionLost(code: number, reason: string): void {
    this.socket = null;
    if (this.connection === 'closed') return;
    const lost = new RunnelError('DISCONNECTED', `the connection to the gateway closed (${code}${reason ? ` ${reason}` : ''}) before the answer; the operation may or may not have happened`);
    this.failPending(lost);
    this.byServerId.clear();
    this.byTopic.clear();
    for (const sub of this.subscriptions) sub.connectionLost();
    // The state changes before the listeners hear of it: what they send waits for the reconnection.
    if (this.reconnectOptions === null) this.shutDown(lost, lost);
    else this.connection = 'reconnecting';
    this.emit('disconnect', { code, reason });
    if (this.reconnectOptions !== null) this.scheduleReconnect(this.reconnectOptions);
  }

  private scheduleReconnect(opts: ReconnectOptions): void {
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.dial().then(
        () => {
          if (this.connection === 'closed') {
            this.socket?.close(CLOSE_NORMAL, 'client closed');
            return;
          }
          this.attempt = 0;
          this.connection = 'open';
          for (const sub of this.subscriptions) sub.start();
          const waiters = this.openWaiters;
          this.openWaiters = [];
          for (const w of waiters) w.answer({ type: 'open' });
          this.emit('reconnect');
        },
        () => {
          if (this.connection !== 'closed') this.scheduleReconnect(opts);
        },
      );
    }, reconnectDelay(this.attempt++, opts));
  }

  /** Ends the client: nothing waits any more; subscriptions end with `subscriptionError` (null: quietly). */
  private shutDown(err: RunnelError, subscriptionError: RunnelError | null): void {
    this.connection = 'closed';
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.failPending(err);
    const waiters = this.openWaiters;
    this.openWaiters = [];
    for (const w of waiters) w.fail(err);
    for (const sub of [...this.subscriptions]) sub.end(subscriptionError);
  }

  private failPending(err: RunnelError): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.fail(err);
  }

  private whenOpen(): Promise<void> {
    if (this.connection === 'open') return Promise.resolve();
    if (this.connection === 'closed') return Promise.reject(new RunnelError('CLIENT_CLOSED', 'the client is closed'));
    return new Promise((resolve, reject) => this.openWaiters.push({ answer: () => resolve(), fail: reject }));
  }

  private release(sub: Subscription): void {
    this.subscriptions.delete(sub);
    for (const [id, s] of this.byServerId) if (s === sub) this.byServerId.delete(id);
    for (const [topic, s] of this.byTopic) if (s === sub) this.byTopic.delete(topic);
  }

  // ---- requests and answers

  private transmit(build: FrameBuilder, handlers: PendingRequest | null): void {
    const socket = this.socket;
    if (this.connection !== 'open' || socket === null) {
      throw this.connection === 'closed' ? new RunnelError('CLIENT_CLOSED', 'the client is closed') : new RunnelError('DISCONNECTED', 'the client is reconnecting');
    }
    const id = this.nextId++;
    const frame = build(id);
    // A string's UTF-8 form is at most three bytes per UTF-16 unit: most need no measuring.
    const size = typeof frame === 'string' ? (frame.length * 3 <= this.maxMessageBytes ? 0 : utf8Encoder.encode(frame).length) : frame.length;
    if (size > this.maxMessageBytes) {
      // The gateway would close the whole connection (1009) for this message.
      throw new RunnelError('MESSAGE_TOO_LARGE', `the message is ${size} bytes; the gateway accepts at most ${this.maxMessageBytes}`, 'value', false);
    }
    if (handlers !== null) this.pending.set(id, handlers);
    socket.send(frame);
  }

  private request(build: FrameBuilder): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      try {
        this.transmit(build, { answer: resolve, fail: reject });
      } catch (err) {
        reject(err);
      }
    });
  }

  private onFrame(data: unknown): void {
    let message: ServerMessage;
    try {
      message = decodeServerFrame(data);
    } catch (err) {
      this.emit('error', asRunnelError(err));
      return;
    }
    const subscription = typeof message.subscription === 'number' ? this.byServerId.get(message.subscription) : undefined;
    switch (message.type) {
      case 'records':
        this.byTopic.get(message.topic as string)?.onRecords(message as unknown as RecordsMessage);
        return;
      case 'assigned':
      case 'revoked':
      case 'reset':
        subscription?.onEvent(message);
        return;
      case 'error':
        if (message.id !== undefined) break;
        if (subscription !== undefined) subscription.onServerError(errorOf(message), message);
        else if (typeof message.subscription !== 'number') this.emit('error', errorOf(message));
        return;
    }
    if (typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'error') pending.fail(errorOf(message));
    else pending.answer(message);
  }
}

function errorOf(message: ServerMessage): RunnelError {
  return new RunnelError(
    typeof message.code === 'string' ? message.code : 'UNKNOWN_SERVER_ERROR',
    typeof message.message === 'string' ? message.message : 'the gateway reported an error',
    typeof message.field === 'string' ? message.field : undefined,
  );
}

// ---------------------------------------------------------------- subscription

interface PartitionState extends TopicPartition {
  /** The next offset expected from the gateway: one past the last record received. */
  next: number;
  /** One past the last record handed to the application (group mode commits this). */
  delivered: number;
  /** What this client last committed, or the group's position when the partition was assigned. */
  committed: number;
  /** After a reconnection: records are ignored until the gateway confirms the seek to `next`. */
  resyncing: boolean;
}

const keyOf = (tp: TopicPartition): string => `${tp.partition}\u0000${tp.topic}`;
const tpOf = (tp: TopicPartition): TopicPartition => ({ topic: tp.topic, partition: tp.partition });

/** The most frequent value (ties: the first seen); undefined for no values. */
function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > counts.get(best)!) best = v;
  }
  return best;
}

/**
 * One subscribe operation, kept alive across reconnections. Records can be read with
 * `for await (const record of sub)` or with `sub.on('record', ...)`; while a 'record' listener is
 * registered, records go to the listeners and are not queued for the iterator. Leaving a
 * for-await loop early unsubscribes.
 */
export class Subscription<P extends Payload = Payload> extends Emitter<SubscriptionEvents<P>> implements AsyncIterable<RunnelRecord<P>> {
  readonly mode: 'assign' | 'group';
  readonly topics: readonly string[];
  /** Resolves once the gateway first accepted the subscription; rejects with its refusal. */
  readonly ready: Promise<void>;
  private readonly options: SubscribeOptions;
  private readonly partitions = new Map<string, PartitionState>();
  private serverId: number | null = null;
  private readonly liveWaiters: PendingRequest[] = [];
  private settleReady: PendingRequest | null;
  private queue: RunnelRecord<P>[] = [];
  private queueHead = 0;
  private wakers: (() => void)[] = [];
  private ended: { error: RunnelError | null; thrown: boolean } | null = null;
  private closing = false;
  private autoCommitTimer: ReturnType<typeof setInterval> | null = null;
  private committing = false;
  private pausedAll = false;
  private readonly pausedPartitions = new Map<string, TopicPartition>();

  constructor(
    private readonly host: SubscriptionHost,
    options: SubscribeOptions,
  ) {
    super();
    this.options = { ...options, topics: [...options.topics] };
    this.mode = options.group === undefined ? 'assign' : 'group';
    this.topics = [...new Set(options.topics)];
    let settle: PendingRequest | null = null;
    this.ready = new Promise<void>((resolve, reject) => (settle = { answer: () => resolve(), fail: reject }));
    this.settleReady = settle;
    // Whoever does not await `ready` learns of a refusal from the iterator or the error event.
    this.ready.catch(() => undefined);
    if (this.mode === 'group' && options.autoCommit !== false) {
      this.autoCommitTimer = setInterval(() => this.autoCommit(), options.autoCommitIntervalMs ?? DEFAULT_AUTO_COMMIT_INTERVAL_MS);
    }
  }

  /** Where each partition is read from next, and what was handed to the application. */
  positions(): Array<TopicPartition & { next: number; delivered: number }> {
    return [...this.partitions.values()].map((p) => ({ topic: p.topic, partition: p.partition, next: p.next, delivered: p.delivered }));
  }

  // ---- lifecycle (called by the client)

  /** Subscribes on the current connection: the first time, or again after a reconnection. */
  start(): void {
    if (this.ended !== null || this.closing) return;
    try {
      this.host.transmit((id) => JSON.stringify({ ...this.subscribeOp(), id }), {
        answer: (message) => this.subscribed(message),
        // A lost connection re-subscribes when it is back; anything else is a refusal.
        fail: (err) => {
          if (err.code !== 'DISCONNECTED') this.end(err);
        },
      });
    } catch (err) {
      if (!(err instanceof RunnelError && err.code === 'DISCONNECTED')) this.end(asRunnelError(err));
    }
  }

  private subscribeOp(): object {
    const o = this.options;
    const common = { op: 'subscribe', topics: this.topics, encoding: o.encoding ?? 'text', autoOffsetReset: o.autoOffsetReset };
    if (this.mode === 'group') return { ...common, group: o.group, sessionTimeoutMs: o.sessionTimeoutMs };
    const known = [...this.partitions.values()];
    if (known.length === 0) return { ...common, partitions: o.partitions, from: o.from };
    // Resuming: one start offset fits most partitions; the others are sought to their own.
    return {
      ...common,
      partitions: this.topics.length === 1 ? known.map((p) => p.partition).sort((a, b) => a - b) : undefined,
      from: { offset: mostCommon(known.map((p) => p.next)) },
    };
  }

  private subscribed(message: ServerMessage): void {
    const serverId = message.subscription as number;
    if (this.ended !== null || this.closing) {
      // Unsubscribed while the gateway was still subscribing: end it there too.
      this.host.request((id) => JSON.stringify({ op: 'unsubscribe', id, subscription: serverId })).catch(() => undefined);
      return;
    }
    this.serverId = serverId;
    this.host.bind(this as Subscription, serverId);
    if (this.mode === 'assign') {
      const first = this.partitions.size === 0;
      const starts = (message.partitions as PartitionOffset[]).map((p) => ({ topic: p.topic, partition: p.partition, offset: p.offset }));
      const present = new Set<string>();
      for (const start of starts) {
        const key = keyOf(start);
        present.add(key);
        const state = this.partitions.get(key);
        if (!state) this.partitions.set(key, { ...start, next: start.offset, delivered: start.offset, committed: start.offset, resyncing: false });
        else if (state.next !== start.offset) this.resync(serverId, state);
      }
      for (const key of [...this.partitions.keys()]) if (!present.has(key)) this.partitions.delete(key);
      if (first) this.emit('assigned', starts);
    }
    this.settleReady?.answer(message);
    this.settleReady = null;
    for (const w of this.liveWaiters.splice(0)) w.answer(message);
    this.reapplyPause(serverId);
  }

  /** Moves the gateway's cursor to where this client stopped receiving; until then its records are ignored. */
  private resync(serverId: number, state: PartitionState): void {
    state.resyncing = true;
    const seek = { op: 'seek', subscription: serverId, topic: state.topic, partition: state.partition, to: { offset: state.next } };
    try {
      this.host.transmit((id) => JSON.stringify({ ...seek, id }), {
        answer: (message) => {
          state.resyncing = false;
          state.next = message.offset as number;
        },
        fail: (err) => {
          if (err.code !== 'DISCONNECTED') this.end(err);
        },
      });
    } catch (err) {
      if (!(err instanceof RunnelError && err.code === 'DISCONNECTED')) this.end(asRunnelError(err));
    }
  }

  /** The connection dropped. Assign mode keeps its positions; group mode has lost its partitions. */
  connectionLost(): void {
    this.serverId = null;
    if (this.closing) {
      this.end(null);
      return;
    }
    for (const state of this.partitions.values()) state.resyncing = false;
    if (this.mode === 'group' && this.partitions.size > 0) {
      const lost = [...this.partitions.values()].map(tpOf);
      this.partitions.clear();
      this.dropQueued(() => true);
      this.emit('revoked', lost);
    }
  }

  /** Ends the subscription: with an error (fatal: the iterator throws it after the queued records) or quietly. */
  end(error: RunnelError | null): void {
    if (this.ended !== null) return;
    this.ended = { error, thrown: false };
    if (this.autoCommitTimer !== null) clearInterval(this.autoCommitTimer);
    this.autoCommitTimer = null;
    this.host.release(this as Subscription);
    const reason = error ?? new RunnelError('CLIENT_CLOSED', 'the subscription has ended');
    this.settleReady?.fail(reason);
    this.settleReady = null;
    for (const w of this.liveWaiters.splice(0)) w.fail(reason);
    if (error === null) this.dropQueued(() => true);
    else this.emit('error', error);
    this.wake();
  }

  // ---- gateway messages

  onRecords(message: RecordsMessage): void {
    const state = this.partitions.get(keyOf(message));
    if (!state || state.resyncing || this.closing || this.ended !== null) return;
    const toListeners = this.listenerCount('record') > 0;
    for (const record of message.records as RunnelRecord<P>[]) {
      // Already received (the gateway resent it): never hand a record over twice in a row.
      if (record.offset < state.next) continue;
      state.next = record.offset + 1;
      if (toListeners) {
        state.delivered = state.next;
        this.emit('record', record);
      } else {
        this.queue.push(record);
      }
    }
    this.wake();
  }

  onEvent(message: ServerMessage): void {
    if (this.ended !== null) return;
    if (message.type === 'assigned') {
      const assigned = (message.partitions as PartitionOffset[]).map((p) => ({ topic: p.topic, partition: p.partition, offset: p.offset }));
      for (const p of assigned) this.partitions.set(keyOf(p), { ...p, next: p.offset, delivered: p.offset, committed: p.offset, resyncing: false });
      this.emit('assigned', assigned);
      if (this.serverId !== null) this.reapplyPause(this.serverId);
    } else if (message.type === 'revoked') {
      const revoked = (message.partitions as TopicPartition[]).map(tpOf);
      const keys = new Set(revoked.map(keyOf));
      for (const key of keys) this.partitions.delete(key);
      // Their new owner reads them from the committed offset: what was not handed over is dropped.
      this.dropQueued((r) => keys.has(keyOf(r)));
      this.emit('revoked', revoked);
    } else if (message.type === 'reset') {
      const reset = message as unknown as OffsetReset;
      const state = this.partitions.get(keyOf(reset));
      if (!state || state.resyncing) return;
      state.next = reset.to;
      this.emit('reset', { topic: reset.topic, partition: reset.partition, from: reset.from, to: reset.to, reason: reset.reason });
    }
  }

  onServerError(error: RunnelError, message: ServerMessage): void {
    if (typeof message.topic === 'string' && typeof message.partition === 'number') {
      // One partition could no longer be read; the gateway dropped it and the rest go on.
      this.partitions.delete(keyOf({ topic: message.topic, partition: message.partition }));
      this.emit('error', error);
      return;
    }
    this.end(error);
  }

  // ---- application operations

  /**
   * Group mode: commits `offsets` (the next offsets to read), or every assigned partition's
   * delivered position. Rejects with the first partition's error when any failed.
   */
  async commit(offsets?: readonly PartitionOffset[]): Promise<PartitionOffset[]> {
    if (this.mode !== 'group') throw new RunnelError('NOT_GROUP_MODE', 'only a group-mode subscription commits', 'subscription', false);
    const serverId = await this.live();
    const wanted = (offsets ?? [...this.partitions.values()].map((p) => ({ topic: p.topic, partition: p.partition, offset: p.delivered }))).map((o) => ({
      topic: o.topic,
      partition: o.partition,
      offset: o.offset,
    }));
    if (wanted.length === 0) return [];
    const answer = await this.host.request((id) => JSON.stringify({ op: 'commit', id, subscription: serverId, offsets: wanted }));
    const results = answer.offsets as Array<PartitionOffset & { error?: string }>;
    for (const r of results) {
      const state = this.partitions.get(keyOf(r));
      if (r.error === undefined && state) state.committed = r.offset;
    }
    const failed = results.filter((r) => r.error !== undefined);
    if (failed.length > 0) {
      throw new RunnelError(failed[0]!.error!, `commit failed for ${failed.map((r) => `${r.topic}-${r.partition} (${r.error})`).join(', ')}`, 'offsets');
    }
    return results.map((r) => ({ topic: r.topic, partition: r.partition, offset: r.offset }));
  }

  /** Moves a partition's position; records already queued for it are dropped. Resolves with the new offset. */
  async seek(partition: TopicPartition, to: StartPosition): Promise<number> {
    const serverId = await this.live();
    const answer = await new Promise<ServerMessage>((resolve, reject) => {
      const op = { op: 'seek', subscription: serverId, topic: partition.topic, partition: partition.partition, to };
      try {
        this.host.transmit((id) => JSON.stringify({ ...op, id }), {
          answer: (message) => {
            // Synchronously, before the next frame: records after this answer come from the new position.
            const state = this.partitions.get(keyOf(partition));
            if (state) {
              state.next = message.offset as number;
              state.delivered = state.next;
              state.resyncing = false;
            }
            this.dropQueued((r) => r.topic === partition.topic && r.partition === partition.partition);
            resolve(message);
          },
          fail: reject,
        });
      } catch (err) {
        reject(err);
      }
    });
    return answer.offset as number;
  }

  /** Stops delivery of some or all partitions; kept across reconnections and (group mode) rebalances. */
  async pause(partitions?: readonly TopicPartition[]): Promise<void> {
    if (partitions === undefined) {
      this.pausedAll = true;
      this.pausedPartitions.clear();
    } else {
      for (const tp of partitions) this.pausedPartitions.set(keyOf(tp), tpOf(tp));
    }
    await this.sendFlow('pause', partitions);
  }

  async resume(partitions?: readonly TopicPartition[]): Promise<void> {
    if (partitions === undefined) {
      this.pausedAll = false;
      this.pausedPartitions.clear();
    } else {
      if (this.pausedAll) {
        this.pausedAll = false;
        for (const state of this.partitions.values()) this.pausedPartitions.set(keyOf(state), tpOf(state));
      }
      for (const tp of partitions) this.pausedPartitions.delete(keyOf(tp));
    }
    await this.sendFlow('resume', partitions);
  }

  private async sendFlow(op: 'pause' | 'resume', partitions: readonly TopicPartition[] | undefined): Promise<void> {
    // While reconnecting the state above is applied once the subscription is back.
    if (this.serverId === null) return;
    const serverId = this.serverId;
    await this.host.request((id) => JSON.stringify({ op, id, subscription: serverId, partitions: partitions?.map(tpOf) }));
  }

  private reapplyPause(serverId: number): void {
    const partitions = this.pausedAll ? undefined : [...this.pausedPartitions.values()].filter((tp) => this.partitions.has(keyOf(tp)));
    if (partitions !== undefined && partitions.length === 0) return;
    this.host.request((id) => JSON.stringify({ op: 'pause', id, subscription: serverId, partitions })).catch((err: unknown) => {
      if (!(err instanceof RunnelError && err.code === 'DISCONNECTED')) this.emit('error', asRunnelError(err));
    });
  }

  /** Ends the subscription: commits the delivered positions (group mode with auto-commit), then leaves. */
  async unsubscribe(): Promise<void> {
    if (this.ended !== null || this.closing) return;
    this.closing = true;
    const serverId = this.serverId;
    try {
      if (serverId !== null && this.host.isOpen()) {
        if (this.mode === 'group' && this.options.autoCommit !== false) await this.commit().catch(() => undefined);
        await this.host.request((id) => JSON.stringify({ op: 'unsubscribe', id, subscription: serverId }));
      }
    } catch (err) {
      // The connection went with the subscription in it: nothing is left to end on the gateway.
      if (!(err instanceof RunnelError && err.code === 'DISCONNECTED')) throw err;
    } finally {
      this.end(null);
    }
  }

  private autoCommit(): void {
    if (this.serverId === null || this.committing || this.closing || this.ended !== null) return;
    const moved = [...this.partitions.values()].filter((p) => p.delivered !== p.committed);
    if (moved.length === 0) return;
    this.committing = true;
    this.commit(moved.map((p) => ({ topic: p.topic, partition: p.partition, offset: p.delivered })))
      .catch((err: unknown) => {
        if (!(err instanceof RunnelError && err.code === 'DISCONNECTED')) this.emit('error', asRunnelError(err));
      })
      .finally(() => {
        this.committing = false;
      });
  }

  private live(): Promise<number> {
    if (this.ended !== null) return Promise.reject(this.ended.error ?? new RunnelError('CLIENT_CLOSED', 'the subscription has ended'));
    if (this.serverId !== null) return Promise.resolve(this.serverId);
    return new Promise((resolve, reject) => this.liveWaiters.push({ answer: (m) => resolve(m.subscription as number), fail: reject }));
  }

  // ---- the async iterator

  private dropQueued(which: (r: RunnelRecord<P>) => boolean): void {
    this.queue = this.queue.slice(this.queueHead).filter((r) => !which(r));
    this.queueHead = 0;
  }

  private wake(): void {
    for (const w of this.wakers.splice(0)) w();
  }

  private take(): RunnelRecord<P> | undefined {
    if (this.queueHead >= this.queue.length) return undefined;
    const record = this.queue[this.queueHead++]!;
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
    const state = this.partitions.get(keyOf(record));
    if (state && record.offset + 1 > state.delivered) state.delivered = record.offset + 1;
    return record;
  }

  [Symbol.asyncIterator](): AsyncIterator<RunnelRecord<P>> {
    return {
      next: async (): Promise<IteratorResult<RunnelRecord<P>>> => {
        for (;;) {
          const record = this.take();
          if (record !== undefined) return { value: record, done: false };
          if (this.ended !== null) {
            if (this.ended.error !== null && !this.ended.thrown) {
              this.ended.thrown = true;
              throw this.ended.error;
            }
            return { value: undefined, done: true };
          }
          await new Promise<void>((resolve) => this.wakers.push(resolve));
        }
      },
      return: async (): Promise<IteratorResult<RunnelRecord<P>>> => {
        await this.unsubscribe();
        return { value: undefined, done: true };
      },
    };
  }
}
