// Generated from metadata/RegisterBrokerRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** RegisterBrokerRecord (metadata), versions 0-3. */
export interface RegisterBrokerRecord {
  /** The broker id. Versions 0+. */
  brokerId: number;
  /** True if the broker is a ZK broker in migration mode. Otherwise, false Versions 2+. */
  isMigratingZkBroker: boolean;
  /** The incarnation ID of the broker process Versions 0+. */
  incarnationId: string;
  /** The broker epoch assigned by the controller. Versions 0+. */
  brokerEpoch: bigint;
  /** The endpoints that can be used to communicate with this broker. Versions 0+. */
  endPoints: RegisterBrokerRecordBrokerEndpoint[];
  /** The features on this broker Versions 0+. */
  features: RegisterBrokerRecordBrokerFeature[];
  /** The broker rack. Versions 0+, nullable in 0+. */
  rack: string | null;
  /** True if the broker is fenced. Versions 0+. */
  fenced: boolean;
  /** True if the broker is in controlled shutdown. Versions 1+. */
  inControlledShutdown: boolean;
  /** Log directories configured in this broker which are available. Versions 3+, tagged (tag 0) in 3+. */
  logDirs?: string[];
}

export interface RegisterBrokerRecordBrokerEndpoint {
  /** The name of the endpoint. Versions 0+. */
  name: string;
  /** The hostname. Versions 0+. */
  host: string;
  /** The port. Versions 0+. */
  port: number;
  /** The security protocol. Versions 0+. */
  securityProtocol: number;
}

export interface RegisterBrokerRecordBrokerFeature {
  /** The feature name. Versions 0+. */
  name: string;
  /** The minimum supported feature level. Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeRegisterBrokerRecord(r: Reader, version: number): RegisterBrokerRecord {
  if (!(version >= 0 && version <= 3)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-3)`, { api: 'RegisterBrokerRecord', version });
  }
  try {
    return readRegisterBrokerRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RegisterBrokerRecord', version);
  }
}

export function encodeRegisterBrokerRecord(w: Writer, v: RegisterBrokerRecord, version: number): void {
  if (!(version >= 0 && version <= 3)) {
    throw new UnsupportedVersionError(`RegisterBrokerRecord has no version ${version} (valid: 0-3)`);
  }
  writeRegisterBrokerRecord(w, v, version);
}

function readRegisterBrokerRecord(r: Reader, version: number): RegisterBrokerRecord {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'isMigratingZkBroker';
    let isMigratingZkBroker: boolean = false;
    if (version >= 2) {
      isMigratingZkBroker = r.bool();
    }
    f = 'incarnationId';
    const incarnationId: string = r.uuid();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    f = 'endPoints';
    let endPoints: RegisterBrokerRecordBrokerEndpoint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: RegisterBrokerRecordBrokerEndpoint[] = [];
        for (let i = 0; i < n; i++) a.push(readRegisterBrokerRecordBrokerEndpoint(r, version));
        endPoints = a;
      }
    }
    f = 'features';
    let features: RegisterBrokerRecordBrokerFeature[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: RegisterBrokerRecordBrokerFeature[] = [];
        for (let i = 0; i < n; i++) a.push(readRegisterBrokerRecordBrokerFeature(r, version));
        features = a;
      }
    }
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    f = 'fenced';
    const fenced: boolean = r.bool();
    f = 'inControlledShutdown';
    let inControlledShutdown: boolean = false;
    if (version >= 1) {
      inControlledShutdown = r.bool();
    }
    let logDirs: string[] = [];
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (version >= 3) {
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
    return { brokerId, isMigratingZkBroker, incarnationId, brokerEpoch, endPoints, features, rack, fenced, inControlledShutdown, logDirs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readRegisterBrokerRecordBrokerEndpoint(r: Reader, version: number): RegisterBrokerRecordBrokerEndpoint {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.uint16();
    f = 'securityProtocol';
    const securityProtocol: number = r.int16();
    r.skipTaggedFields();
    return { name, host, port, securityProtocol };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readRegisterBrokerRecordBrokerFeature(r: Reader, version: number): RegisterBrokerRecordBrokerFeature {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'minSupportedVersion';
    const minSupportedVersion: number = r.int16();
    f = 'maxSupportedVersion';
    const maxSupportedVersion: number = r.int16();
    r.skipTaggedFields();
    return { name, minSupportedVersion, maxSupportedVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRegisterBrokerRecord(w: Writer, v: RegisterBrokerRecord, version: number): void {
  w.int32(v.brokerId);
  if (version >= 2) {
    w.bool(v.isMigratingZkBroker);
  }
  if (!(version >= 2) && !(v.isMigratingZkBroker === false)) throw new UnsupportedVersionError(`RegisterBrokerRecord v${version} cannot express a non-default value in field isMigratingZkBroker`);
  w.uuid(v.incarnationId);
  w.int64(v.brokerEpoch);
  {
    w.arrayLength(v.endPoints.length, true);
    for (const e of v.endPoints) writeRegisterBrokerRecordBrokerEndpoint(w, e, version);
  }
  {
    w.arrayLength(v.features.length, true);
    for (const e of v.features) writeRegisterBrokerRecordBrokerFeature(w, e, version);
  }
  w.compactNullableString(v.rack);
  w.bool(v.fenced);
  if (version >= 1) {
    w.bool(v.inControlledShutdown);
  }
  if (!(version >= 1) && !(v.inControlledShutdown === false)) throw new UnsupportedVersionError(`RegisterBrokerRecord v${version} cannot express a non-default value in field inControlledShutdown`);
  if (!(version >= 3) && !((v.logDirs === undefined || v.logDirs.length === 0))) throw new UnsupportedVersionError(`RegisterBrokerRecord v${version} cannot express a non-default value in field logDirs`);
  const tag0 = version >= 3 && !(v.logDirs === undefined || v.logDirs.length === 0);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    {
      t.arrayLength(v.logDirs!.length, true);
      for (const e of v.logDirs!) t.uuid(e);
    }
    w.taggedField(0, t);
  }
}

function writeRegisterBrokerRecordBrokerEndpoint(w: Writer, v: RegisterBrokerRecordBrokerEndpoint, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeRegisterBrokerRecordBrokerFeature(w: Writer, v: RegisterBrokerRecordBrokerFeature, version: number): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
