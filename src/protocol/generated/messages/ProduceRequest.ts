// Generated from messages/ProduceRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Records } from '../../records.js';
import type { Writer } from '../../writer.js';

/** ProduceRequest (request), versions 0-11. */
export interface ProduceRequest<R extends Records = Records> {
  /** The transactional ID, or null if the producer is not transactional. Versions 3+, nullable in 3+. */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. Versions 0+. */
  acks: number;
  /** The timeout to await a response in milliseconds. Versions 0+. */
  timeoutMs: number;
  /** Each topic to produce to. Versions 0+. */
  topicData: ProduceRequestTopicProduceData<R>[];
}

export interface ProduceRequestTopicProduceData<R extends Records = Records> {
  /** The topic name. Versions 0+. */
  name: string;
  /** Each partition to produce to. Versions 0+. */
  partitionData: ProduceRequestPartitionProduceData<R>[];
}

export interface ProduceRequestPartitionProduceData<R extends Records = Records> {
  /** The partition index. Versions 0+. */
  index: number;
  /** The record data to be produced. Versions 0+, nullable in 0+. */
  records: R | null;
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest<Buffer> {
  if (!(version >= 0 && version <= 11)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-11)`, { api: 'ProduceRequest', version });
  }
  try {
    return readProduceRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ProduceRequest', version);
  }
}

export function encodeProduceRequest(w: Writer, v: ProduceRequest<Records>, version: number): void {
  if (!(version >= 0 && version <= 11)) {
    throw new UnsupportedVersionError(`ProduceRequest has no version ${version} (valid: 0-11)`);
  }
  writeProduceRequest(w, v, version);
}

function readProduceRequest(r: Reader, version: number): ProduceRequest<Buffer> {
  let f = 'transactionalId';
  try {
    let transactionalId: string | null = null;
    if (version >= 3) {
      transactionalId = (version >= 9 ? r.compactNullableString() : r.nullableString());
    }
    f = 'acks';
    const acks: number = r.int16();
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    f = 'topicData';
    let topicData: ProduceRequestTopicProduceData<Buffer>[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ProduceRequestTopicProduceData<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readProduceRequestTopicProduceData(r, version));
        topicData = a;
      }
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { transactionalId, acks, timeoutMs, topicData };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceRequestTopicProduceData(r: Reader, version: number): ProduceRequestTopicProduceData<Buffer> {
  let f = 'name';
  try {
    const name: string = (version >= 9 ? r.compactString() : r.string());
    f = 'partitionData';
    let partitionData: ProduceRequestPartitionProduceData<Buffer>[];
    {
      const n = r.arrayLength(version >= 9);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ProduceRequestPartitionProduceData<Buffer>[] = [];
        for (let i = 0; i < n; i++) a.push(readProduceRequestPartitionProduceData(r, version));
        partitionData = a;
      }
    }
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { name, partitionData };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readProduceRequestPartitionProduceData(r: Reader, version: number): ProduceRequestPartitionProduceData<Buffer> {
  let f = 'index';
  try {
    const index: number = r.int32();
    f = 'records';
    const records: Buffer | null = r.records(version >= 9);
    if (version >= 9) {
      r.skipTaggedFields();
    }
    return { index, records };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeProduceRequest(w: Writer, v: ProduceRequest<Records>, version: number): void {
  if (version >= 3) {
    if (version >= 9) w.compactNullableString(v.transactionalId); else w.nullableString(v.transactionalId);
  }
  if (!(version >= 3) && !(v.transactionalId === null)) throw new UnsupportedVersionError(`ProduceRequest v${version} cannot express a non-default value in field transactionalId`);
  w.int16(v.acks);
  w.int32(v.timeoutMs);
  {
    w.arrayLength(v.topicData.length, version >= 9);
    for (const e of v.topicData) writeProduceRequestTopicProduceData(w, e, version);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceRequestTopicProduceData(w: Writer, v: ProduceRequestTopicProduceData<Records>, version: number): void {
  if (version >= 9) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitionData.length, version >= 9);
    for (const e of v.partitionData) writeProduceRequestPartitionProduceData(w, e, version);
  }
  if (version >= 9) {
    w.uvarint(0);
  }
}

function writeProduceRequestPartitionProduceData(w: Writer, v: ProduceRequestPartitionProduceData<Records>, version: number): void {
  w.int32(v.index);
  w.records(v.records, version >= 9);
  if (version >= 9) {
    w.uvarint(0);
  }
}
