// Generated from messages/ConsumerProtocolSubscription.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerProtocolSubscription (data), versions 0-3. */
export interface ConsumerProtocolSubscription {
  /** Versions 0+. */
  topics: string[];
  /** Versions 0+, nullable in 0+. */
  userData: Buffer | null;
  /** Versions 1+. */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  /** Versions 2+. */
  generationId: number;
  /** Versions 3+, nullable in 3+. */
  rackId: string | null;
}

export interface ConsumerProtocolSubscriptionTopicPartition {
  /** Versions 1+. */
  topic: string;
  /** Versions 1+. */
  partitions: number[];
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'ConsumerProtocolSubscription', version });
  }
  try {
    return readConsumerProtocolSubscription(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerProtocolSubscription', version);
  }
}

export function encodeConsumerProtocolSubscription(w: Writer, v: ConsumerProtocolSubscription, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`ConsumerProtocolSubscription has no version ${version} (valid: 0-3)`);
  }
  writeConsumerProtocolSubscription(w, v, version);
}

function readConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  let f = 'topics';
  try {
    let topics: string[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.string());
        topics = a;
      }
    }
    f = 'userData';
    const userData: Buffer | null = r.nullableBytes();
    f = 'ownedPartitions';
    let ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: ConsumerProtocolSubscriptionTopicPartition[] = [];
          for (let i = 0; i < n; i++) a.push(readConsumerProtocolSubscriptionTopicPartition(r, version));
          ownedPartitions = a;
        }
      }
    }
    f = 'generationId';
    let generationId: number = -1;
    if (version >= 2) {
      generationId = r.int32();
    }
    f = 'rackId';
    let rackId: string | null = null;
    if (version >= 3) {
      rackId = r.nullableString();
    }
    return { topics, userData, ownedPartitions, generationId, rackId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readConsumerProtocolSubscriptionTopicPartition(r: Reader, version: number): ConsumerProtocolSubscriptionTopicPartition {
  let f = 'topic';
  try {
    const topic: string = r.string();
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(false);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerProtocolSubscription(w: Writer, v: ConsumerProtocolSubscription, version: number): void {
  {
    w.arrayLength(v.topics.length, false);
    for (const e of v.topics) w.string(e);
  }
  w.nullableBytes(v.userData);
  if (version >= 1) {
    {
      w.arrayLength(v.ownedPartitions.length, false);
      for (const e of v.ownedPartitions) writeConsumerProtocolSubscriptionTopicPartition(w, e, version);
    }
  }
  if (version >= 2) {
    w.int32(v.generationId);
  }
  if (version >= 3) {
    w.nullableString(v.rackId);
  }
}

function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, v: ConsumerProtocolSubscriptionTopicPartition, version: number): void {
  w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, false);
    for (const e of v.partitions) w.int32(e);
  }
}
