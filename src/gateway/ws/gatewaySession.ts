// One WebSocket client of the gateway. It parses and validates each operation, answers with a
// typed message, and owns the client's subscriptions. Produces that arrive in the same turn of
// the event loop are appended together, one batch per topic and partition. Records flow to the
// socket only while its unsent bytes stay under gateway.socket.max.buffered.bytes; past that the
// session's cursors wait for the socket to drain.
import type { z } from 'zod';
import type { TopicPartition } from '../../client/topicPartition.js';
import { ErrorCode, errorName, KafkaError } from '../../protocol/kafkaErrors.js';
import type { RecordHeader } from '../../protocol/recordBatch.js';
import type { FeedRegistry } from '../fanout/feedRegistry.js';
import type { Frame } from '../fanout/recordChunk.js';
import type { GatewayContext } from '../gatewayContext.js';
import type { Acks, GatewayRecordInput } from '../gatewayProducer.js';
import type { WebSocket } from '../uws.js';
import { BinaryFrameError, readBinaryFrame } from './binaryFrame.js';
import {
  BinaryProduceOp,
  OPERATIONS,
  PROTOCOL_VERSION,
  type CommitOp,
  type ErrorMessage,
  type PauseOp,
  type ProduceOp,
  type SeekOp,
  type SubscribeOp,
  type UnsubscribeOp,
} from './gatewayMessages.js';
import { Subscription, type SubscriptionHost } from './subscription.js';

export interface SessionUserData {
  clientId: string;
  clientHost: string;
  session?: GatewaySession;
}

export interface SessionLimits {
  maxBufferedBytes: number;
  maxMessageBytes: number;
}

/** What a session reports for the broker's metrics. */
export interface SessionEvents {
  delivered(records: number): void;
  /** The socket passed its buffered-bytes bound: its deliveries wait for it to drain. */
  paused(): void;
  subscriptions(delta: number): void;
  /** The broker ended a subscription, or part of it, that the client had not ended. */
  dropped(): void;
}

/** A typed failure of one operation, sent back as an error message. */
class OperationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface PendingProduce {
  id: string | number | undefined;
  topic: string;
  acks: Acks;
  record: GatewayRecordInput;
}

/** RFC 6455's close code for a message too big to process. */
const CLOSE_MESSAGE_TOO_BIG = 1009;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodePayload(text: string | null | undefined, encoding: 'text' | 'base64', field: string): Buffer | null {
  if (text === null || text === undefined) return null;
  if (encoding === 'text') return Buffer.from(text, 'utf8');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw new OperationError('INVALID_MESSAGE', `${field} is not valid base64`, field);
  return Buffer.from(text, 'base64');
}

function headersOf(headers: ProduceOp['headers'], decode: (v: string | null, field: string) => Buffer | null): RecordHeader[] {
  if (headers === undefined) return [];
  const list = Array.isArray(headers) ? headers : Object.entries(headers).map(([key, value]) => ({ key, value }));
  return list.map((h, i) => ({ key: h.key, value: decode(h.value, `headers.${Array.isArray(headers) ? `${i}.value` : h.key}`) }));
}

const acksOf = (acks: ProduceOp['acks']): Acks => (acks === 'all' ? -1 : (acks ?? 1));

export class GatewaySession implements SubscriptionHost {
  private readonly subscriptions = new Map<number, Subscription>();
  private nextSubscriptionId = 1;
  private pending: PendingProduce[] = [];
  private flushScheduled = false;
  private closed = false;
  private blocked = false;

  constructor(
    private readonly ws: WebSocket<SessionUserData>,
    readonly ctx: GatewayContext,
    readonly feeds: FeedRegistry,
    private readonly limits: SessionLimits,
    private readonly events: SessionEvents,
    readonly clientId: string,
    readonly clientHost: string,
  ) {
    this.sendJson({ type: 'welcome', version: PROTOCOL_VERSION, maxMessageBytes: limits.maxMessageBytes });
  }

  // ---- sending

  get writable(): boolean {
    if (this.closed) return false;
    if (this.blocked) return false;
    if (this.ws.getBufferedAmount() > this.limits.maxBufferedBytes) {
      this.blocked = true;
      this.events.paused();
      return false;
    }
    return true;
  }

  sendJson(message: object): void {
    if (!this.closed) this.ws.send(JSON.stringify(message), false);
  }

  sendFrame(frame: Frame): void {
    if (!this.closed) this.ws.send(frame.data, frame.binary);
  }

  delivered(records: number): void {
    this.events.delivered(records);
  }

  dropped(): void {
    this.events.dropped();
  }

  private sendError(id: string | number | undefined, code: string, message: string, extra: Partial<ErrorMessage> = {}): void {
    this.sendJson({ type: 'error', ...(id !== undefined ? { id } : {}), code, message, ...extra });
  }

  /** uWS's drain: the socket sent some of its backlog. */
  onDrain(): void {
    if (!this.blocked || this.ws.getBufferedAmount() > this.limits.maxBufferedBytes) return;
    this.blocked = false;
    for (const s of this.subscriptions.values()) s.resumeDelivery();
  }

  // ---- receiving

  onMessage(message: ArrayBuffer, isBinary: boolean): void {
    if (message.byteLength > this.limits.maxMessageBytes) {
      void this.shutdown(CLOSE_MESSAGE_TOO_BIG, `message of ${message.byteLength} bytes; the limit is ${this.limits.maxMessageBytes}`);
      return;
    }
    let id: string | number | undefined;
    try {
      if (isBinary) {
        // uWS reuses the message's memory after this callback: copy before keeping any of it.
        const { header, payload } = readBinaryFrame(Buffer.from(new Uint8Array(message)));
        id = idOf(header);
        this.binaryProduce(parse(BinaryProduceOp, header), payload);
        return;
      }
      let op: unknown;
      try {
        op = JSON.parse(Buffer.from(message).toString('utf8'));
      } catch (err) {
        throw new OperationError('INVALID_MESSAGE', `message is not valid JSON: ${(err as Error).message}`);
      }
      id = idOf(op);
      const name = typeof op === 'object' && op !== null ? (op as { op?: unknown }).op : undefined;
      if (typeof name !== 'string') throw new OperationError('INVALID_MESSAGE', 'message has no "op" field', 'op');
      if (!Object.hasOwn(OPERATIONS, name)) throw new OperationError('UNKNOWN_OP', `unknown op '${name}'; known: ${Object.keys(OPERATIONS).join(', ')}`, 'op');
      this.dispatch(name as keyof typeof OPERATIONS, op);
    } catch (err) {
      this.fail(id, err);
    }
  }

  private fail(id: string | number | undefined, err: unknown): void {
    if (err instanceof OperationError) return this.sendError(id, err.code, err.message, err.field !== undefined ? { field: err.field } : {});
    if (err instanceof BinaryFrameError) return this.sendError(id, 'INVALID_MESSAGE', err.message);
    if (err instanceof KafkaError) return this.sendError(id, err.name, err.message);
    this.ctx.logger.error({ err, clientId: this.clientId }, 'gateway operation failed');
    this.sendError(id, 'UNKNOWN_SERVER_ERROR', err instanceof Error ? err.message : String(err));
  }

  private dispatch(name: keyof typeof OPERATIONS, raw: unknown): void {
    switch (name) {
      case 'produce':
        return this.produce(parse(OPERATIONS.produce, raw));
      case 'subscribe':
        return this.subscribe(parse(OPERATIONS.subscribe, raw));
      case 'commit': {
        const op = parse(OPERATIONS.commit, raw);
        this.commit(op).catch((err: unknown) => this.fail(op.id, err));
        return;
      }
      case 'seek':
        return this.seek(parse(OPERATIONS.seek, raw));
      case 'pause':
      case 'resume':
        return this.pause(parse(OPERATIONS[name], raw));
      case 'unsubscribe': {
        const op = parse(OPERATIONS.unsubscribe, raw);
        this.unsubscribe(op).catch((err: unknown) => this.fail(op.id, err));
        return;
      }
    }
  }

  // ---- produce

  private produce(op: ProduceOp): void {
    const encoding = op.encoding ?? 'text';
    const decode = (v: string | null | undefined, field: string): Buffer | null => decodePayload(v, encoding, field);
    this.enqueue(op, { key: decode(op.key, 'key'), value: decode(op.value, 'value'), headers: headersOf(op.headers, decode) });
  }

  private binaryProduce(op: z.infer<typeof BinaryProduceOp>, payload: Buffer): void {
    const keyBytes = Math.max(op.keyLength, 0);
    const valueBytes = Math.max(op.valueLength, 0);
    if (keyBytes + valueBytes !== payload.length) {
      throw new OperationError('INVALID_MESSAGE', `keyLength + valueLength (${keyBytes + valueBytes}) does not match the ${payload.length} payload bytes`, 'valueLength');
    }
    const key = op.keyLength < 0 ? null : payload.subarray(0, keyBytes);
    const value = op.valueLength < 0 ? null : payload.subarray(keyBytes, keyBytes + valueBytes);
    this.enqueue(op, { key, value, headers: headersOf(op.headers, (v) => (v === null ? null : Buffer.from(v, 'utf8'))) });
  }

  private enqueue(op: Pick<ProduceOp, 'id' | 'topic' | 'partition' | 'timestamp' | 'acks'>, record: Omit<GatewayRecordInput, 'partition' | 'timestamp'>): void {
    this.pending.push({ id: op.id, topic: op.topic, acks: acksOf(op.acks), record: { ...record, partition: op.partition, timestamp: op.timestamp } });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => void this.flush());
  }

  /** Appends this turn's produces, one call per topic and acks, and answers each in order. */
  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    const groups = new Map<string, PendingProduce[]>();
    for (const p of batch) {
      const key = `${p.acks}\u0000${p.topic}`;
      const list = groups.get(key);
      if (list) list.push(p);
      else groups.set(key, [p]);
    }
    for (const list of groups.values()) {
      const outcomes = await this.ctx.producer.produce(list[0]!.topic, list.map((p) => p.record), list[0]!.acks);
      if (list[0]!.acks === 0 || this.closed) continue;
      this.ws.cork(() => {
        outcomes.forEach((o, i) => {
          const p = list[i]!;
          if (!('error' in o)) this.sendJson({ type: 'ack', ...(p.id !== undefined ? { id: p.id } : {}), topic: p.topic, partition: o.partition, offset: o.offset, timestamp: o.timestamp });
          else this.sendError(p.id, errorName(o.errorCode), o.error, { field: o.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ? (p.record.partition !== undefined ? 'partition' : 'topic') : undefined });
        });
      });
    }
  }

  // ---- subscriptions

  private subscribe(op: SubscribeOp): void {
    const taken = new Set([...this.subscriptions.values()].flatMap((s) => s.topics));
    const clash = op.topics.find((t) => taken.has(t));
    if (clash !== undefined) throw new OperationError('ALREADY_SUBSCRIBED', `topic '${clash}' is already in a subscription of this session`, 'topics');
    const missing = op.topics.find((t) => !this.ctx.image().topicsByName.has(t));
    if (missing !== undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic '${missing}' does not exist`);
    const sub = new Subscription(this.nextSubscriptionId++, this, op);
    const partitions = sub.start();
    this.subscriptions.set(sub.id, sub);
    this.events.subscriptions(1);
    this.sendJson({ type: 'subscribed', ...(op.id !== undefined ? { id: op.id } : {}), subscription: sub.id, mode: sub.mode, ...(sub.mode === 'assign' ? { partitions } : { group: op.group }) });
  }

  private subscription(id: number): Subscription {
    const sub = this.subscriptions.get(id);
    if (!sub) throw new OperationError('UNKNOWN_SUBSCRIPTION', `this session has no subscription ${id}`, 'subscription');
    return sub;
  }

  /** Refuses partitions the subscription does not read; `field` names the operation's field holding the i-th one. */
  private requireAssigned(sub: Subscription, tps: readonly TopicPartition[], field: (index: number) => string): void {
    const missing = sub.notAssigned(tps);
    if (missing.length > 0) {
      throw new OperationError('NOT_ASSIGNED', `${missing.map((tp) => `${tp.topic}-${tp.partition}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not assigned to subscription ${sub.id}`, field(tps.indexOf(missing[0]!)));
    }
  }

  private async commit(op: CommitOp): Promise<void> {
    const sub = this.subscription(op.subscription);
    if (sub.mode !== 'group') throw new OperationError('NOT_GROUP_MODE', `subscription ${sub.id} is in assign mode; only a group-mode subscription commits`, 'subscription');
    if (op.offsets) this.requireAssigned(sub, op.offsets, (i) => `offsets.${i}`);
    const offsets = await sub.commit(op.offsets);
    this.sendJson({ type: 'committed', ...(op.id !== undefined ? { id: op.id } : {}), subscription: sub.id, offsets });
  }

  private seek(op: SeekOp): void {
    const sub = this.subscription(op.subscription);
    this.requireAssigned(sub, [op], () => 'partition');
    const offset = sub.seek(op, op.to);
    this.sendJson({ type: 'sought', ...(op.id !== undefined ? { id: op.id } : {}), subscription: sub.id, topic: op.topic, partition: op.partition, offset });
  }

  private pause(op: PauseOp): void {
    const sub = this.subscription(op.subscription);
    if (op.partitions) this.requireAssigned(sub, op.partitions, (i) => `partitions.${i}`);
    sub.setPaused(op.op === 'pause', op.partitions);
    this.sendJson({ type: op.op === 'pause' ? 'paused' : 'resumed', ...(op.id !== undefined ? { id: op.id } : {}), subscription: sub.id });
  }

  private async unsubscribe(op: UnsubscribeOp): Promise<void> {
    const sub = this.subscription(op.subscription);
    this.subscriptions.delete(sub.id);
    this.events.subscriptions(-1);
    await sub.close();
    this.sendJson({ type: 'unsubscribed', ...(op.id !== undefined ? { id: op.id } : {}), subscription: sub.id });
  }

  /** Closes the socket from the server side; uWS then calls the close handler (onClose). */
  async shutdown(code: number, reason: string): Promise<void> {
    const closing = this.onClose();
    this.ws.end(code, reason);
    await closing;
  }

  /** The socket closed (or is being closed): nothing more is sent; subscriptions end. */
  async onClose(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const subs = [...this.subscriptions.values()];
    this.subscriptions.clear();
    this.events.subscriptions(-subs.length);
    await Promise.all(subs.map((s) => s.close().catch((err: unknown) => this.ctx.logger.warn({ err, clientId: this.clientId }, 'closing a gateway subscription failed'))));
  }
}

function idOf(op: unknown): string | number | undefined {
  const id = typeof op === 'object' && op !== null ? (op as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/** Validates an operation; the first problem becomes an INVALID_MESSAGE naming its field. */
function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  throw new OperationError('INVALID_MESSAGE', `${field !== undefined ? `${field}: ` : ''}${issue?.message ?? 'invalid message'}`, field);
}
