// Generated from metadata/ProducerIdsRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ProducerIdsRecord (metadata), versions 0. */
export interface ProducerIdsRecord {
  /** The ID of the requesting broker Versions 0+. */
  brokerId: number;
  /** The epoch of the requesting broker Versions 0+. */
  brokerEpoch: bigint;
  /** The next producerId that will be assigned (i.e. the first producerId in the next assigned block) Versions 0+. */
  nextProducerId: bigint;
}

export function decodeProducerIdsRecord(r: Reader, version: number): ProducerIdsRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ProducerIdsRecord', version });
  }
  try {
    return readProducerIdsRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ProducerIdsRecord', version);
  }
}

export function encodeProducerIdsRecord(w: Writer, v: ProducerIdsRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ProducerIdsRecord has no version ${version} (valid: 0)`);
  }
  writeProducerIdsRecord(w, v, version);
}

function readProducerIdsRecord(r: Reader, version: number): ProducerIdsRecord {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    f = 'nextProducerId';
    const nextProducerId: bigint = r.int64();
    r.skipTaggedFields();
    return { brokerId, brokerEpoch, nextProducerId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeProducerIdsRecord(w: Writer, v: ProducerIdsRecord, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.nextProducerId);
  w.uvarint(0);
}
