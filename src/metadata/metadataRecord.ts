// The KRaft metadata records Runnel writes to __cluster_metadata, and their framing: each record
// value is [frame version uvarint = 1][record api key uvarint][record version uvarint][record],
// as Kafka's MetadataRecordSerde writes them, so the log is readable by Kafka's own tools.
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { decodeTopicRecord, encodeTopicRecord, type TopicRecord } from '../protocol/generated/metadata/TopicRecord.js';
import { decodePartitionRecord, encodePartitionRecord, type PartitionRecord } from '../protocol/generated/metadata/PartitionRecord.js';
import {
  decodePartitionChangeRecord,
  encodePartitionChangeRecord,
  type PartitionChangeRecord,
} from '../protocol/generated/metadata/PartitionChangeRecord.js';
import { decodeRemoveTopicRecord, encodeRemoveTopicRecord, type RemoveTopicRecord } from '../protocol/generated/metadata/RemoveTopicRecord.js';
import { decodeConfigRecord, encodeConfigRecord, type ConfigRecord } from '../protocol/generated/metadata/ConfigRecord.js';
import {
  decodeRegisterBrokerRecord,
  encodeRegisterBrokerRecord,
  type RegisterBrokerRecord,
} from '../protocol/generated/metadata/RegisterBrokerRecord.js';
import { decodeUnfenceBrokerRecord, encodeUnfenceBrokerRecord, type UnfenceBrokerRecord } from '../protocol/generated/metadata/UnfenceBrokerRecord.js';
import { decodeFenceBrokerRecord, encodeFenceBrokerRecord, type FenceBrokerRecord } from '../protocol/generated/metadata/FenceBrokerRecord.js';
import { decodeProducerIdsRecord, encodeProducerIdsRecord, type ProducerIdsRecord } from '../protocol/generated/metadata/ProducerIdsRecord.js';
import { decodeFeatureLevelRecord, encodeFeatureLevelRecord, type FeatureLevelRecord } from '../protocol/generated/metadata/FeatureLevelRecord.js';
import { decodeNoOpRecord, encodeNoOpRecord, type NoOpRecord } from '../protocol/generated/metadata/NoOpRecord.js';

export type MetadataRecord =
  | { kind: 'TopicRecord'; data: TopicRecord }
  | { kind: 'PartitionRecord'; data: PartitionRecord }
  | { kind: 'PartitionChangeRecord'; data: PartitionChangeRecord }
  | { kind: 'RemoveTopicRecord'; data: RemoveTopicRecord }
  | { kind: 'ConfigRecord'; data: ConfigRecord }
  | { kind: 'RegisterBrokerRecord'; data: RegisterBrokerRecord }
  | { kind: 'UnfenceBrokerRecord'; data: UnfenceBrokerRecord }
  | { kind: 'FenceBrokerRecord'; data: FenceBrokerRecord }
  | { kind: 'ProducerIdsRecord'; data: ProducerIdsRecord }
  | { kind: 'FeatureLevelRecord'; data: FeatureLevelRecord }
  | { kind: 'NoOpRecord'; data: NoOpRecord };

type Kind = MetadataRecord['kind'];
type DataOf<K extends Kind> = Extract<MetadataRecord, { kind: K }>['data'];

interface Codec<K extends Kind> {
  apiKey: number;
  /** The version Runnel writes. */
  version: number;
  encode(w: Writer, v: DataOf<K>, version: number): void;
  decode(r: Reader, version: number): DataOf<K>;
}

const CODECS: { [K in Kind]: Codec<K> } = {
  RegisterBrokerRecord: { apiKey: 0, version: 3, encode: encodeRegisterBrokerRecord, decode: decodeRegisterBrokerRecord },
  TopicRecord: { apiKey: 2, version: 0, encode: encodeTopicRecord, decode: decodeTopicRecord },
  PartitionRecord: { apiKey: 3, version: 1, encode: encodePartitionRecord, decode: decodePartitionRecord },
  ConfigRecord: { apiKey: 4, version: 0, encode: encodeConfigRecord, decode: decodeConfigRecord },
  PartitionChangeRecord: { apiKey: 5, version: 1, encode: encodePartitionChangeRecord, decode: decodePartitionChangeRecord },
  FenceBrokerRecord: { apiKey: 7, version: 0, encode: encodeFenceBrokerRecord, decode: decodeFenceBrokerRecord },
  UnfenceBrokerRecord: { apiKey: 8, version: 0, encode: encodeUnfenceBrokerRecord, decode: decodeUnfenceBrokerRecord },
  RemoveTopicRecord: { apiKey: 9, version: 0, encode: encodeRemoveTopicRecord, decode: decodeRemoveTopicRecord },
  FeatureLevelRecord: { apiKey: 12, version: 0, encode: encodeFeatureLevelRecord, decode: decodeFeatureLevelRecord },
  ProducerIdsRecord: { apiKey: 15, version: 0, encode: encodeProducerIdsRecord, decode: decodeProducerIdsRecord },
  NoOpRecord: { apiKey: 20, version: 0, encode: encodeNoOpRecord, decode: decodeNoOpRecord },
};

const BY_API_KEY = new Map<number, Kind>(Object.entries(CODECS).map(([kind, c]) => [c.apiKey, kind as Kind]));

const FRAME_VERSION = 1;

export class UnknownMetadataRecordError extends Error {}

export function encodeMetadataRecord(rec: MetadataRecord): Buffer {
  const codec = CODECS[rec.kind] as Codec<Kind>;
  const w = new Writer(64);
  w.uvarint(FRAME_VERSION);
  w.uvarint(codec.apiKey);
  w.uvarint(codec.version);
  codec.encode(w, rec.data as never, codec.version);
  return Buffer.concat(w.finish());
}

export function decodeMetadataRecord(buf: Buffer): MetadataRecord {
  const r = new Reader(buf);
  const frame = r.uvarint();
  if (frame !== FRAME_VERSION) throw new UnknownMetadataRecordError(`unsupported metadata record frame version ${frame}`);
  const apiKey = r.uvarint();
  const version = r.uvarint();
  const kind = BY_API_KEY.get(apiKey);
  if (kind === undefined) throw new UnknownMetadataRecordError(`unknown metadata record type ${apiKey}`);
  const codec = CODECS[kind] as Codec<Kind>;
  return { kind, data: codec.decode(r, version) } as MetadataRecord;
}
