// A small promise-based client of the gateway's WebSocket protocol v1 (docs/gateway.md) for tests,
// on the `ws` package: open (resolves on the welcome), send operations, await each answer by its
// id, and collect delivered records decoded from any of the three encodings. It encodes and
// decodes binary frames itself, from the document, rather than with the gateway's own code, so
// that a test checks the gateway against the protocol and not against itself.
import WebSocket from 'ws';
import type { TeardownHost } from './broker.js';
import type { ConsumedRecord } from './clients.js';

export type RequestId = string | number;

/** Any message the gateway sends: an answer carries the id of its operation. */
export interface GatewayMessage {
  type: string;
  id?: RequestId;
  [field: string]: unknown;
}

/** A delivered record: as the Kafka clients' helpers report one, but a header value may be null. */
export interface GatewayRecord extends Omit<ConsumedRecord, 'headers'> {
  headers: Array<[string, Buffer | null]>;
}

/** One records message, decoded. */
export interface RecordsDelivery {
  topic: string;
  partition: number;
  highWatermark: number;
  records: GatewayRecord[];
}

export interface CloseInfo {
  code: number;
  reason: string;
}

export interface GatewaySocketOptions {
  clientId?: string;
  /** Keep every delivered record in `records` (default true); fan-out tests count instead. */
  collect?: boolean;
  /** Closes the socket when the test ends. */
  teardown?: TeardownHost;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** Answers kept only by the tests that look at them; the rest are unsolicited events. */
const ANSWER_TYPES = new Set(['ack', 'subscribed', 'committed', 'sought', 'paused', 'resumed', 'unsubscribed', 'error']);

interface Waiter {
  /** True once the waiter is settled (resolved or rejected). */
  check(): boolean;
}

/** The URL of the WebSocket endpoint of a gateway at `http://host:port`. */
export const webSocketUrl = (gateway: string, clientId?: string): string =>
  `${gateway.replace(/^http/, 'ws')}/v1/ws${clientId === undefined ? '' : `?clientId=${encodeURIComponent(clientId)}`}`;

/** A binary frame as docs/gateway.md defines it: 4-byte big-endian JSON length, JSON, payloads. */
export function binaryFrame(header: object, payloads: ReadonlyArray<Buffer | null>): Buffer {
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, ...payloads.filter((p): p is Buffer => p !== null)]);
}

interface BinaryRecordHeader {
  offset: number;
  timestamp: number;
  keyLength: number;
  valueLength: number;
  headers: Array<{ key: string; valueLength: number }>;
}

interface WireRecord {
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: Array<{ key: string; value: string | null }>;
}

function decodeBinaryRecords(frame: Buffer): RecordsDelivery {
  const jsonLength = frame.readUInt32BE(0);
  const header = JSON.parse(frame.toString('utf8', 4, 4 + jsonLength)) as Omit<RecordsDelivery, 'records'> & { records: BinaryRecordHeader[] };
  let at = 4 + jsonLength;
  const take = (length: number): Buffer | null => {
    if (length < 0) return null;
    if (at + length > frame.length) throw new Error(`binary records frame: ${length} payload bytes at ${at} pass its end (${frame.length})`);
    at += length;
    return frame.subarray(at - length, at);
  };
  const records = header.records.map((r) => ({
    topic: header.topic,
    partition: header.partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: take(r.keyLength),
    value: take(r.valueLength),
    headers: r.headers.map((h): [string, Buffer | null] => [h.key, take(h.valueLength)]),
  }));
  if (at !== frame.length) throw new Error(`binary records frame: ${frame.length - at} bytes after the last payload`);
  return { topic: header.topic, partition: header.partition, highWatermark: header.highWatermark, records };
}

function decodeJsonRecords(message: GatewayMessage): RecordsDelivery {
  const encoding = message['encoding'] === 'base64' ? 'base64' : 'utf8';
  const bytes = (s: string | null): Buffer | null => (s === null ? null : Buffer.from(s, encoding));
  const topic = message['topic'] as string;
  const partition = message['partition'] as number;
  const records = (message['records'] as WireRecord[]).map((r) => ({
    topic,
    partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: bytes(r.key),
    value: bytes(r.value),
    headers: r.headers.map((h): [string, Buffer | null] => [h.key, bytes(h.value)]),
  }));
  return { topic, partition, highWatermark: message['highWatermark'] as number, records };
}

export class GatewaySocket {
  /** Every record delivered so far (unless opened with collect: false), in arrival order. */
  readonly records: GatewayRecord[] = [];
  /** Unsolicited messages (assigned, revoked, reset, errors without an id), in arrival order. */
  readonly events: GatewayMessage[] = [];
  /** Records delivered so far, collected or not. */
  delivered = 0;
  readonly closed: Promise<CloseInfo>;
  private closeInfo: CloseInfo | null = null;
  private readonly answers = new Map<RequestId, GatewayMessage>();
  private readonly waiters = new Set<Waiter>();
  private readonly recordListeners: Array<(delivery: RecordsDelivery) => void> = [];
  private nextId = 1;

  private constructor(
    readonly ws: WebSocket,
    readonly welcome: GatewayMessage,
    private readonly collect: boolean,
  ) {
    this.closed = new Promise((resolve) => ws.once('close', (code: number, reason: Buffer) => {
      this.closeInfo = { code, reason: reason.toString() };
      resolve(this.closeInfo);
      this.recheck();
    }));
    ws.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
  }

  /** Connects to the gateway at `http://host:port` and resolves once its welcome arrives. */
  static open(gateway: string, opts: GatewaySocketOptions = {}): Promise<GatewaySocket> {
    const ws = new WebSocket(webSocketUrl(gateway, opts.clientId), { perMessageDeflate: false });
    opts.teardown?.teardown(() => ws.terminate());
    return new Promise((resolve, reject) => {
      const failed = (err: Error): void => reject(err);
      ws.once('error', failed);
      ws.once('close', (code: number) => reject(new Error(`socket closed with ${code} before the welcome`)));
      ws.once('message', (data: Buffer) => {
        ws.off('error', failed);
        ws.removeAllListeners('close');
        // A socket error after the welcome shows as its close; the test looks at that.
        ws.on('error', () => undefined);
        const welcome = JSON.parse(data.toString()) as GatewayMessage;
        if (welcome.type !== 'welcome') reject(new Error(`first message is not a welcome: ${data.toString()}`));
        else resolve(new GatewaySocket(ws, welcome, opts.collect ?? true));
      });
    });
  }

  get isClosed(): boolean {
    return this.closeInfo !== null;
  }

  /** Listens to every records message, decoded. */
  onRecords(listener: (delivery: RecordsDelivery) => void): void {
    this.recordListeners.push(listener);
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (isBinary) {
      this.deliver(decodeBinaryRecords(data));
    } else {
      const message = JSON.parse(data.toString()) as GatewayMessage;
      if (message.type === 'records') this.deliver(decodeJsonRecords(message));
      else if (message.id !== undefined && ANSWER_TYPES.has(message.type)) this.answers.set(message.id, message);
      else this.events.push(message);
    }
    this.recheck();
  }

  private deliver(delivery: RecordsDelivery): void {
    this.delivered += delivery.records.length;
    if (this.collect) this.records.push(...delivery.records);
    for (const listener of this.recordListeners) listener(delivery);
  }

  private recheck(): void {
    for (const w of this.waiters) if (w.check()) this.waiters.delete(w);
  }

  /**
   * Resolves with the first truthy value of `check`, tried now and after each message; rejects
   * after timeoutMs, or when the socket closes first (unless `check` succeeds on the close).
   */
  waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${this.delivered} records delivered)`));
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => {
          const found = check();
          if (found !== undefined && found !== null && found !== false) {
            clearTimeout(timer);
            resolve(found);
            return true;
          }
          if (this.closeInfo !== null) {
            clearTimeout(timer);
            reject(new Error(`socket closed (${this.closeInfo.code} ${this.closeInfo.reason}) while waiting for ${what}`));
            return true;
          }
          return false;
        },
      };
      if (!waiter.check()) this.waiters.add(waiter);
    });
  }

  /** Waits until `count` records were delivered (in all). */
  waitForRecords(count: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayRecord[]> {
    return this.waitFor(`${count} records`, () => this.delivered >= count && this.records, timeoutMs);
  }

  /** Waits for an unsolicited message of this type (and matching `match`) at index `from` or later. */
  event(type: string, match: (m: GatewayMessage) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS, from = 0): Promise<GatewayMessage> {
    return this.waitFor(`a '${type}' event`, () => this.events.slice(from).find((m) => m.type === type && match(m)), timeoutMs);
  }

  /** Sends a text frame as is. */
  sendText(text: string): void {
    this.ws.send(text, { binary: false });
  }

  /** Sends a binary frame as is. */
  sendBinary(bytes: Buffer): void {
    this.ws.send(bytes, { binary: true });
  }

  /** Sends an operation (given an id when it has none) and resolves with its answer: a typed error too. */
  request(op: { op: string; id?: RequestId; [field: string]: unknown }, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayMessage> {
    const id = op.id ?? `r${this.nextId++}`;
    this.sendText(JSON.stringify({ ...op, id }));
    return this.answer(id, timeoutMs);
  }

  /** A produce as a binary frame: key and value as raw bytes (null: -1 length). */
  produceBinary(op: { topic: string; id?: RequestId; [field: string]: unknown }, key: Buffer | null, value: Buffer | null, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayMessage> {
    const id = op.id ?? `r${this.nextId++}`;
    this.sendBinary(binaryFrame({ op: 'produce', ...op, id, keyLength: key?.length ?? -1, valueLength: value?.length ?? -1 }, [key, value]));
    return this.answer(id, timeoutMs);
  }

  /** The answer to the operation with this id. */
  answer(id: RequestId, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayMessage> {
    return this.waitFor(`the answer to ${JSON.stringify(id)}`, () => {
      const a = this.answers.get(id);
      if (a !== undefined) this.answers.delete(id);
      return a;
    }, timeoutMs);
  }

  /** Stops reading from the TCP socket: the gateway's sends back up as for a stalled browser. */
  pauseReading(): void {
    (this.ws as unknown as { _socket: { pause(): void } })._socket.pause();
  }

  resumeReading(): void {
    (this.ws as unknown as { _socket: { resume(): void } })._socket.resume();
  }

  /** A normal close (1000), resolved when the gateway has answered it. */
  close(): Promise<CloseInfo> {
    if (this.closeInfo === null) this.ws.close(1000);
    return this.closed;
  }

  /** Drops the connection without a close handshake. */
  terminate(): void {
    this.ws.terminate();
  }
}
