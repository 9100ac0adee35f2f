// The bytes of the "consumer" protocol type (Kafka's ConsumerProtocol): a JoinGroup member's
// metadata is a subscription and a SyncGroup assignment is a list of partitions, each written as
// an int16 version followed by the generated ConsumerProtocolSubscription / Assignment at that
// version. A version newer than ours is read as our newest, as Kafka does: fields are only appended.
import { ProtocolDecodeError } from '../protocol/decodeError.js';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { decodeConsumerProtocolAssignment, encodeConsumerProtocolAssignment } from '../protocol/generated/messages/ConsumerProtocolAssignment.js';
import { decodeConsumerProtocolSubscription, encodeConsumerProtocolSubscription } from '../protocol/generated/messages/ConsumerProtocolSubscription.js';
import { compareTopicPartitions, groupByTopic, type TopicPartition } from './topicPartition.js';

export const CONSUMER_PROTOCOL_TYPE = 'consumer';
const HIGHEST_VERSION = 3;

export interface Subscription {
  topics: string[];
  userData: Buffer | null;
  ownedPartitions: TopicPartition[];
  /** -1 when the member has no generation yet. */
  generationId: number;
  rackId: string | null;
}

function versioned(version: number, write: (w: Writer) => void): Buffer {
  const w = new Writer(128);
  w.int16(version);
  write(w);
  return Buffer.concat(w.finish());
}

function readVersion(r: Reader, what: string): number {
  const version = r.int16();
  if (version < 0) throw new ProtocolDecodeError(`${what} has negative version ${version}`);
  return Math.min(version, HIGHEST_VERSION);
}

const toWire = (tps: readonly TopicPartition[]): { topic: string; partitions: number[] }[] =>
  [...groupByTopic([...tps].sort(compareTopicPartitions))].map(([topic, list]) => ({ topic, partitions: list.map((tp) => tp.partition) }));

const fromWire = (wire: readonly { topic: string; partitions: number[] }[]): TopicPartition[] =>
  wire.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })));

export function encodeSubscription(s: Subscription): Buffer {
  return versioned(HIGHEST_VERSION, (w) => encodeConsumerProtocolSubscription(w, {
    topics: s.topics,
    userData: s.userData,
    ownedPartitions: toWire(s.ownedPartitions),
    generationId: s.generationId,
    rackId: s.rackId,
  }, HIGHEST_VERSION));
}

/** Throws ProtocolDecodeError for bytes that are not a consumer subscription. */
export function decodeSubscription(bytes: Buffer): Subscription {
  const r = new Reader(bytes);
  const s = decodeConsumerProtocolSubscription(r, readVersion(r, 'ConsumerProtocolSubscription'));
  return { topics: s.topics, userData: s.userData, ownedPartitions: fromWire(s.ownedPartitions), generationId: s.generationId, rackId: s.rackId };
}

export function encodeAssignment(partitions: readonly TopicPartition[], userData: Buffer | null = null): Buffer {
  return versioned(HIGHEST_VERSION, (w) => encodeConsumerProtocolAssignment(w, { assignedPartitions: toWire(partitions), userData }, HIGHEST_VERSION));
}

/** The assigned partitions; an empty buffer (a member the leader gave nothing) is no partitions. */
export function decodeAssignment(bytes: Buffer): TopicPartition[] {
  if (bytes.length === 0) return [];
  const r = new Reader(bytes);
  return fromWire(decodeConsumerProtocolAssignment(r, readVersion(r, 'ConsumerProtocolAssignment')).assignedPartitions);
}
