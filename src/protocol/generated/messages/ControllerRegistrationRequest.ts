// Generated from messages/ControllerRegistrationRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ControllerRegistrationRequest (request), versions 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. Versions 0+. */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. Versions 0+. */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. Versions 0+. */
  zkMigrationReady: boolean;
  /** The listeners of this controller Versions 0+. */
  listeners: ControllerRegistrationRequestListener[];
  /** The features on this controller Versions 0+. */
  features: ControllerRegistrationRequestFeature[];
}

export interface ControllerRegistrationRequestListener {
  /** The name of the endpoint. Versions 0+. */
  name: string;
  /** The hostname. Versions 0+. */
  host: string;
  /** The port. Versions 0+. */
  port: number;
  /** The security protocol. Versions 0+. */
  securityProtocol: number;
}

export interface ControllerRegistrationRequestFeature {
  /** The feature name. Versions 0+. */
  name: string;
  /** The minimum supported feature level. Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ControllerRegistrationRequest', version });
  }
  try {
    return readControllerRegistrationRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ControllerRegistrationRequest', version);
  }
}

export function encodeControllerRegistrationRequest(w: Writer, v: ControllerRegistrationRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ControllerRegistrationRequest has no version ${version} (valid: 0)`);
  }
  writeControllerRegistrationRequest(w, v, version);
}

function readControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  let f = 'controllerId';
  try {
    const controllerId: number = r.int32();
    f = 'incarnationId';
    const incarnationId: string = r.uuid();
    f = 'zkMigrationReady';
    const zkMigrationReady: boolean = r.bool();
    f = 'listeners';
    let listeners: ControllerRegistrationRequestListener[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ControllerRegistrationRequestListener[] = [];
        for (let i = 0; i < n; i++) a.push(readControllerRegistrationRequestListener(r, version));
        listeners = a;
      }
    }
    f = 'features';
    let features: ControllerRegistrationRequestFeature[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ControllerRegistrationRequestFeature[] = [];
        for (let i = 0; i < n; i++) a.push(readControllerRegistrationRequestFeature(r, version));
        features = a;
      }
    }
    r.skipTaggedFields();
    return { controllerId, incarnationId, zkMigrationReady, listeners, features };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readControllerRegistrationRequestListener(r: Reader, version: number): ControllerRegistrationRequestListener {
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

function readControllerRegistrationRequestFeature(r: Reader, version: number): ControllerRegistrationRequestFeature {
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

function writeControllerRegistrationRequest(w: Writer, v: ControllerRegistrationRequest, version: number): void {
  w.int32(v.controllerId);
  w.uuid(v.incarnationId);
  w.bool(v.zkMigrationReady);
  {
    w.arrayLength(v.listeners.length, true);
    for (const e of v.listeners) writeControllerRegistrationRequestListener(w, e, version);
  }
  {
    w.arrayLength(v.features.length, true);
    for (const e of v.features) writeControllerRegistrationRequestFeature(w, e, version);
  }
  w.uvarint(0);
}

function writeControllerRegistrationRequestListener(w: Writer, v: ControllerRegistrationRequestListener, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeControllerRegistrationRequestFeature(w: Writer, v: ControllerRegistrationRequestFeature, version: number): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
