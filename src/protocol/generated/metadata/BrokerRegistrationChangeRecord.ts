// Generated from metadata/BrokerRegistrationChangeRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** BrokerRegistrationChangeRecord (metadata), versions 0-2. */
export interface BrokerRegistrationChangeRecord {
  /** The broker id. Versions 0+. */
  brokerId: number;
  /** The broker epoch assigned by the controller. Versions 0+. */
  brokerEpoch: bigint;
  /** -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced. Versions 0+, tagged (tag 0) in 0+. */
  fenced?: number;
  /** 0 if no change, 1 if the broker is in controlled shutdown. Versions 1+, tagged (tag 1) in 1+. */
  inControlledShutdown?: number;
  /** Log directories configured in this broker which are available. Versions 2+, tagged (tag 2) in 2+. */
  logDirs?: string[];
}

export function decodeBrokerRegistrationChangeRecord(r: Reader, version: number): BrokerRegistrationChangeRecord {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'BrokerRegistrationChangeRecord', version });
  }
  try {
    return readBrokerRegistrationChangeRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BrokerRegistrationChangeRecord', version);
  }
}

export function encodeBrokerRegistrationChangeRecord(w: Writer, v: BrokerRegistrationChangeRecord, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`BrokerRegistrationChangeRecord has no version ${version} (valid: 0-2)`);
  }
  writeBrokerRegistrationChangeRecord(w, v, version);
}

function readBrokerRegistrationChangeRecord(r: Reader, version: number): BrokerRegistrationChangeRecord {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    let fenced: number = 0;
    let inControlledShutdown: number = 0;
    let logDirs: string[] = [];
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'fenced';
            fenced = r.int8();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 1:
          if (version >= 1) {
            f = 'inControlledShutdown';
            inControlledShutdown = r.int8();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 2:
          if (version >= 2) {
            f = 'logDirs';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                throw new ProtocolDecodeError('null in a non-nullable array');
              } else {
                const a: string[] = [];
                for (let i = 0; i < n; i++) a.push(r.uuid());
                logDirs = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { brokerId, brokerEpoch, fenced, inControlledShutdown, logDirs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeBrokerRegistrationChangeRecord(w: Writer, v: BrokerRegistrationChangeRecord, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  if (!(version >= 1) && !((v.inControlledShutdown === undefined || v.inControlledShutdown === 0))) throw new UnsupportedVersionError(`BrokerRegistrationChangeRecord v${version} cannot express a non-default value in field inControlledShutdown`);
  if (!(version >= 2) && !((v.logDirs === undefined || v.logDirs.length === 0))) throw new UnsupportedVersionError(`BrokerRegistrationChangeRecord v${version} cannot express a non-default value in field logDirs`);
  const tag0 = !(v.fenced === undefined || v.fenced === 0);
  const tag1 = version >= 1 && !(v.inControlledShutdown === undefined || v.inControlledShutdown === 0);
  const tag2 = version >= 2 && !(v.logDirs === undefined || v.logDirs.length === 0);
  w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.int8(v.fenced!);
    w.taggedField(0, t);
  }
  if (tag1) {
    const t = new Writer(64);
    t.int8(v.inControlledShutdown!);
    w.taggedField(1, t);
  }
  if (tag2) {
    const t = new Writer(64);
    {
      t.arrayLength(v.logDirs!.length, true);
      for (const e of v.logDirs!) t.uuid(e);
    }
    w.taggedField(2, t);
  }
}
