// The gateway's WebSocket protocol, version 1 (docs/gateway.md): the operations a client sends,
// as zod schemas, and the messages the gateway sends back. Operations are JSON text frames; a
// produce may instead be a binary frame carrying its key and value as raw bytes (see binaryFrame.ts).
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

/** How a client wants payloads: UTF-8 text, base64 in JSON, or raw bytes in binary frames. */
export const Encoding = z.enum(['text', 'base64', 'binary']);
export type Encoding = z.infer<typeof Encoding>;

const topicName = z.string().min(1).max(249);
const partitionIndex = z.number().int().min(0);
const offset = z.number().int().min(0);
const requestId = z.union([z.string().max(128), z.number()]).optional();

const headerList = z.array(z.object({ key: z.string(), value: z.string().nullable() }));
const headerMap = z.record(z.string(), z.string().nullable());

export const ProduceOp = z.object({
  op: z.literal('produce'),
  id: requestId,
  topic: topicName,
  partition: partitionIndex.optional(),
  key: z.string().nullable().optional(),
  value: z.string().nullable(),
  headers: z.union([headerList, headerMap]).optional(),
  /** How key, value and header values are written: text (default) or base64. Binary frames carry raw bytes. */
  encoding: z.enum(['text', 'base64']).optional(),
  timestamp: z.number().int().min(0).optional(),
  acks: z.union([z.literal(0), z.literal(1), z.literal(-1), z.literal('all')]).optional(),
});
export type ProduceOp = z.infer<typeof ProduceOp>;

/** The JSON part of a binary produce frame: key and value bytes follow it, with these lengths (-1: null). */
export const BinaryProduceOp = ProduceOp.omit({ key: true, value: true, encoding: true }).extend({
  keyLength: z.number().int().min(-1),
  valueLength: z.number().int().min(-1),
});
export type BinaryProduceOp = z.infer<typeof BinaryProduceOp>;

export const StartPosition = z.union([
  z.enum(['earliest', 'latest']),
  z.object({ offset }).strict(),
  z.object({ timestamp: z.number().int().min(0) }).strict(),
]);
export type StartPosition = z.infer<typeof StartPosition>;

export const SubscribeOp = z
  .object({
    op: z.literal('subscribe'),
    id: requestId,
    topics: z.array(topicName).min(1).max(100),
    /** Group mode: the session joins this consumer group. Without it: assign mode. */
    group: z.string().min(1).max(255).optional(),
    /** Assign mode, one topic only: the partitions to read (default: all). */
    partitions: z.array(partitionIndex).min(1).optional(),
    /** Assign mode: where to start (default latest). */
    from: StartPosition.optional(),
    /** Where a partition without a committed offset, or one out of range, starts (default latest). */
    autoOffsetReset: z.enum(['earliest', 'latest']).optional(),
    /** Group mode: the gateway commits delivered positions every autoCommitIntervalMs and on revocation. */
    autoCommit: z.boolean().optional(),
    autoCommitIntervalMs: z.number().int().min(100).max(3_600_000).optional(),
    sessionTimeoutMs: z.number().int().min(1).optional(),
    encoding: Encoding.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.group === undefined) {
      if (s.autoCommit !== undefined) ctx.addIssue({ code: 'custom', path: ['autoCommit'], message: 'autoCommit needs a group' });
      if (s.partitions !== undefined && s.topics.length !== 1) ctx.addIssue({ code: 'custom', path: ['partitions'], message: 'partitions can be given for one topic only' });
    } else {
      if (s.partitions !== undefined) ctx.addIssue({ code: 'custom', path: ['partitions'], message: 'a group assigns the partitions; partitions is for assign mode' });
      if (s.from !== undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'a group starts from its committed offsets; use autoOffsetReset' });
    }
  });
export type SubscribeOp = z.infer<typeof SubscribeOp>;

const subscriptionRef = z.number().int().min(1);
const partitionRef = z.object({ topic: topicName, partition: partitionIndex });

export const CommitOp = z.object({
  op: z.literal('commit'),
  id: requestId,
  subscription: subscriptionRef,
  /** The next offsets to read; without them, every assigned partition's delivered position. */
  offsets: z.array(partitionRef.extend({ offset, metadata: z.string().max(4096).optional() })).optional(),
});
export type CommitOp = z.infer<typeof CommitOp>;

export const SeekOp = z.object({
  op: z.literal('seek'),
  id: requestId,
  subscription: subscriptionRef,
  topic: topicName,
  partition: partitionIndex,
  to: StartPosition,
});
export type SeekOp = z.infer<typeof SeekOp>;

export const PauseOp = z.object({ op: z.enum(['pause', 'resume']), id: requestId, subscription: subscriptionRef, partitions: z.array(partitionRef).optional() });
export type PauseOp = z.infer<typeof PauseOp>;

export const UnsubscribeOp = z.object({ op: z.literal('unsubscribe'), id: requestId, subscription: subscriptionRef });
export type UnsubscribeOp = z.infer<typeof UnsubscribeOp>;

export const OPERATIONS = {
  produce: ProduceOp,
  subscribe: SubscribeOp,
  commit: CommitOp,
  seek: SeekOp,
  pause: PauseOp,
  resume: PauseOp,
  unsubscribe: UnsubscribeOp,
} as const;
export type OperationName = keyof typeof OPERATIONS;

/** Typed error codes: the gateway's own, or a Kafka error name (UNKNOWN_TOPIC_OR_PARTITION, ...). */
export type GatewayErrorCode =
  | 'INVALID_MESSAGE'
  | 'UNKNOWN_OP'
  | 'UNKNOWN_SUBSCRIPTION'
  | 'ALREADY_SUBSCRIBED'
  | 'NOT_ASSIGNED'
  | 'NOT_GROUP_MODE'
  | 'GROUP_MEMBERSHIP_FAILED'
  | string;

export interface ErrorMessage {
  type: 'error';
  id?: string | number;
  code: GatewayErrorCode;
  message: string;
  /** The operation field at fault, as a dotted path. */
  field?: string;
  subscription?: number;
}
