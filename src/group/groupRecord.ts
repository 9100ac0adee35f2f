// The records a group coordinator writes to __consumer_offsets, and their framing: the key is
// [int16 key version][key struct] and the value [int16 value version][value struct], a null value
// being a tombstone. The key version names the record type, as in Kafka, so the topic stays
// readable by Kafka's own tools.
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import * as R from '../protocol/generated/records/index.js';

export type GroupRecord =
  | { kind: 'OffsetCommit'; key: R.OffsetCommitKey; value: R.OffsetCommitValue | null }
  | { kind: 'GroupMetadata'; key: R.GroupMetadataKey; value: R.GroupMetadataValue | null }
  | { kind: 'ConsumerGroupMetadata'; key: R.ConsumerGroupMetadataKey; value: R.ConsumerGroupMetadataValue | null }
  | { kind: 'ConsumerGroupPartitionMetadata'; key: R.ConsumerGroupPartitionMetadataKey; value: R.ConsumerGroupPartitionMetadataValue | null }
  | { kind: 'ConsumerGroupMemberMetadata'; key: R.ConsumerGroupMemberMetadataKey; value: R.ConsumerGroupMemberMetadataValue | null }
  | { kind: 'ConsumerGroupTargetAssignmentMetadata'; key: R.ConsumerGroupTargetAssignmentMetadataKey; value: R.ConsumerGroupTargetAssignmentMetadataValue | null }
  | { kind: 'ConsumerGroupTargetAssignmentMember'; key: R.ConsumerGroupTargetAssignmentMemberKey; value: R.ConsumerGroupTargetAssignmentMemberValue | null }
  | { kind: 'ConsumerGroupCurrentMemberAssignment'; key: R.ConsumerGroupCurrentMemberAssignmentKey; value: R.ConsumerGroupCurrentMemberAssignmentValue | null };

type Kind = GroupRecord['kind'];
type KeyOf<K extends Kind> = Extract<GroupRecord, { kind: K }>['key'];
type ValueOf<K extends Kind> = NonNullable<Extract<GroupRecord, { kind: K }>['value']>;

interface Codec<K extends Kind> {
  /** The key version Runnel writes; it identifies the record type. */
  keyVersion: number;
  /** The value version Runnel writes. */
  valueVersion: number;
  /** A value that needs another version than valueVersion to keep all its fields. */
  valueVersionFor?: (v: ValueOf<K>) => number;
  encodeKey(w: Writer, v: KeyOf<K>, version: number): void;
  decodeKey(r: Reader, version: number): KeyOf<K>;
  encodeValue(w: Writer, v: ValueOf<K>, version: number): void;
  decodeValue(r: Reader, version: number): ValueOf<K>;
}

const CODECS: { [K in Kind]: Codec<K> } = {
  // Kafka writes OffsetCommitValue v3 (leader epoch) unless an explicit expire timestamp needs v1.
  OffsetCommit: {
    keyVersion: 1,
    valueVersion: 3,
    valueVersionFor: (v) => (v.expireTimestamp >= 0n ? 1 : 3),
    encodeKey: R.encodeOffsetCommitKey, decodeKey: R.decodeOffsetCommitKey, encodeValue: R.encodeOffsetCommitValue, decodeValue: R.decodeOffsetCommitValue },
  GroupMetadata: { keyVersion: 2, valueVersion: 3, encodeKey: R.encodeGroupMetadataKey, decodeKey: R.decodeGroupMetadataKey, encodeValue: R.encodeGroupMetadataValue, decodeValue: R.decodeGroupMetadataValue },
  ConsumerGroupMetadata: {
    keyVersion: 3, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupMetadataKey, decodeKey: R.decodeConsumerGroupMetadataKey,
    encodeValue: R.encodeConsumerGroupMetadataValue, decodeValue: R.decodeConsumerGroupMetadataValue,
  },
  ConsumerGroupPartitionMetadata: {
    keyVersion: 4, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupPartitionMetadataKey, decodeKey: R.decodeConsumerGroupPartitionMetadataKey,
    encodeValue: R.encodeConsumerGroupPartitionMetadataValue, decodeValue: R.decodeConsumerGroupPartitionMetadataValue,
  },
  ConsumerGroupMemberMetadata: {
    keyVersion: 5, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupMemberMetadataKey, decodeKey: R.decodeConsumerGroupMemberMetadataKey,
    encodeValue: R.encodeConsumerGroupMemberMetadataValue, decodeValue: R.decodeConsumerGroupMemberMetadataValue,
  },
  ConsumerGroupTargetAssignmentMetadata: {
    keyVersion: 6, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupTargetAssignmentMetadataKey, decodeKey: R.decodeConsumerGroupTargetAssignmentMetadataKey,
    encodeValue: R.encodeConsumerGroupTargetAssignmentMetadataValue, decodeValue: R.decodeConsumerGroupTargetAssignmentMetadataValue,
  },
  ConsumerGroupTargetAssignmentMember: {
    keyVersion: 7, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupTargetAssignmentMemberKey, decodeKey: R.decodeConsumerGroupTargetAssignmentMemberKey,
    encodeValue: R.encodeConsumerGroupTargetAssignmentMemberValue, decodeValue: R.decodeConsumerGroupTargetAssignmentMemberValue,
  },
  ConsumerGroupCurrentMemberAssignment: {
    keyVersion: 8, valueVersion: 0,
    encodeKey: R.encodeConsumerGroupCurrentMemberAssignmentKey, decodeKey: R.decodeConsumerGroupCurrentMemberAssignmentKey,
    encodeValue: R.encodeConsumerGroupCurrentMemberAssignmentValue, decodeValue: R.decodeConsumerGroupCurrentMemberAssignmentValue,
  },
};

const KIND_BY_KEY_VERSION = new Map<number, Kind>();
for (const kind of Object.keys(CODECS) as Kind[]) KIND_BY_KEY_VERSION.set(CODECS[kind].keyVersion, kind);
// Key version 0 is the older OffsetCommitKey layout, identical to version 1.
KIND_BY_KEY_VERSION.set(0, 'OffsetCommit');

export interface EncodedGroupRecord {
  key: Buffer;
  value: Buffer | null;
}

export function encodeGroupRecord(record: GroupRecord): EncodedGroupRecord {
  const codec = CODECS[record.kind] as Codec<Kind>;
  const kw = new Writer(64);
  kw.int16(codec.keyVersion);
  codec.encodeKey(kw, record.key, codec.keyVersion);
  const key = Buffer.concat(kw.finish());
  if (record.value === null) return { key, value: null };
  const vw = new Writer(128);
  const version = codec.valueVersionFor?.(record.value) ?? codec.valueVersion;
  vw.int16(version);
  codec.encodeValue(vw, record.value, version);
  return { key, value: Buffer.concat(vw.finish()) };
}

/** Decodes one record; null for a key version this coordinator does not own (share groups, ...). */
export function decodeGroupRecord(key: Buffer, value: Buffer | null): GroupRecord | null {
  const kr = new Reader(key);
  const keyVersion = kr.int16();
  const kind = KIND_BY_KEY_VERSION.get(keyVersion);
  if (kind === undefined) return null;
  const codec = CODECS[kind] as Codec<Kind>;
  const k = codec.decodeKey(kr, keyVersion);
  if (value === null) return { kind, key: k, value: null } as GroupRecord;
  const vr = new Reader(value);
  const valueVersion = vr.int16();
  return { kind, key: k, value: codec.decodeValue(vr, valueVersion) } as GroupRecord;
}
