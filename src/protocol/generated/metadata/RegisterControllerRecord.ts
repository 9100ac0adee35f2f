// Generated from metadata/RegisterControllerRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RegisterControllerRecord (metadata), versions 0. */
export interface RegisterControllerRecord {
  /** The controller id. Versions 0+. */
  controllerId: number;
  /** The incarnation ID of the controller process Versions 0+. */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. Versions 0+. */
  zkMigrationReady: boolean;
  /** The endpoints that can be used to communicate with this controller. Versions 0+. */
  endPoints: RegisterControllerRecordControllerEndpoint[];
  /** The features on this controller Versions 0+. */
  features: RegisterControllerRecordControllerFeature[];
}

export interface RegisterControllerRecordControllerEndpoint {
  /** The name of the endpoint. Versions 0+. */
  name: string;
  /** The hostname. Versions 0+. */
  host: string;
  /** The port. Versions 0+. */
  port: number;
  /** The security protocol. Versions 0+. */
  securityProtocol: number;
}

export interface RegisterControllerRecordControllerFeature {
  /** The feature name. Versions 0+. */
  name: string;
  /** The minimum supported feature level. Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeRegisterControllerRecord(r: Reader, version: number): RegisterControllerRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RegisterControllerRecord', version });
  }
  try {
    return readRegisterControllerRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RegisterControllerRecord', version);
  }
}

export function encodeRegisterControllerRecord(w: Writer, v: RegisterControllerRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RegisterControllerRecord has no version ${version} (valid: 0)`);
  }
  writeRegisterControllerRecord(w, v, version);
}

function readRegisterControllerRecord(r: Reader, version: number): RegisterControllerRecord {
  let f = 'controllerId';
  try {
    const controllerId: number = r.int32();
    f = 'incarnationId';
    const incarnationId: string = r.uuid();
    f = 'zkMigrationReady';
    const zkMigrationReady: boolean = r.bool();
    f = 'endPoints';
    let endPoints: RegisterControllerRecordControllerEndpoint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: RegisterControllerRecordControllerEndpoint[] = [];
        for (let i = 0; i < n; i++) a.push(readRegisterControllerRecordControllerEndpoint(r, version));
        endPoints = a;
      }
    }
    f = 'features';
    let features: RegisterControllerRecordControllerFeature[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: RegisterControllerRecordControllerFeature[] = [];
        for (let i = 0; i < n; i++) a.push(readRegisterControllerRecordControllerFeature(r, version));
        features = a;
      }
    }
    r.skipTaggedFields();
    return { controllerId, incarnationId, zkMigrationReady, endPoints, features };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readRegisterControllerRecordControllerEndpoint(r: Reader, version: number): RegisterControllerRecordControllerEndpoint {
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

function readRegisterControllerRecordControllerFeature(r: Reader, version: number): RegisterControllerRecordControllerFeature {
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

function writeRegisterControllerRecord(w: Writer, v: RegisterControllerRecord, version: number): void {
  w.int32(v.controllerId);
  w.uuid(v.incarnationId);
  w.bool(v.zkMigrationReady);
  {
    w.arrayLength(v.endPoints.length, true);
    for (const e of v.endPoints) writeRegisterControllerRecordControllerEndpoint(w, e, version);
  }
  {
    w.arrayLength(v.features.length, true);
    for (const e of v.features) writeRegisterControllerRecordControllerFeature(w, e, version);
  }
  w.uvarint(0);
}

function writeRegisterControllerRecordControllerEndpoint(w: Writer, v: RegisterControllerRecordControllerEndpoint, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeRegisterControllerRecordControllerFeature(w: Writer, v: RegisterControllerRecordControllerFeature, version: number): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
