// Generated from metadata/UnregisterBrokerRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UnregisterBrokerRecord (metadata), versions 0. */
export interface UnregisterBrokerRecord {
  /** The broker id. Versions 0+. */
  brokerId: number;
  /** The broker epoch. Versions 0+. */
  brokerEpoch: bigint;
}

export function decodeUnregisterBrokerRecord(r: Reader, version: number): UnregisterBrokerRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UnregisterBrokerRecord', version });
  }
  try {
    return readUnregisterBrokerRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UnregisterBrokerRecord', version);
  }
}

export function encodeUnregisterBrokerRecord(w: Writer, v: UnregisterBrokerRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UnregisterBrokerRecord has no version ${version} (valid: 0)`);
  }
  writeUnregisterBrokerRecord(w, v, version);
}

function readUnregisterBrokerRecord(r: Reader, version: number): UnregisterBrokerRecord {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    r.skipTaggedFields();
    return { brokerId, brokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUnregisterBrokerRecord(w: Writer, v: UnregisterBrokerRecord, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.uvarint(0);
}
