// Generated from messages/BrokerRegistrationRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** BrokerRegistrationRequest (request), versions 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. Versions 0+. */
  brokerId: number;
  /** The cluster id of the broker process. Versions 0+. */
  clusterId: string;
  /** The incarnation id of the broker process. Versions 0+. */
  incarnationId: string;
  /** The listeners of this broker Versions 0+. */
  listeners: BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions 0+. */
  features: BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. Versions 0+, nullable in 0+. */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true Versions 1+. */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. Versions 2+. */
  logDirs: string[];
  /** The epoch before a clean shutdown. Versions 3+. */
  previousBrokerEpoch: bigint;
}

export interface BrokerRegistrationRequestListener {
  /** The name of the endpoint. Versions 0+. */
  name: string;
  /** The hostname. Versions 0+. */
  host: string;
  /** The port. Versions 0+. */
  port: number;
  /** The security protocol. Versions 0+. */
  securityProtocol: number;
}

export interface BrokerRegistrationRequestFeature {
  /** The feature name. Versions 0+. */
  name: string;
  /** The minimum supported feature level. Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'BrokerRegistrationRequest', version });
  }
  try {
    return readBrokerRegistrationRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BrokerRegistrationRequest', version);
  }
}

export function encodeBrokerRegistrationRequest(w: Writer, v: BrokerRegistrationRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`BrokerRegistrationRequest has no version ${version} (valid: 0-4)`);
  }
  writeBrokerRegistrationRequest(w, v, version);
}

function readBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'clusterId';
    const clusterId: string = r.compactString();
    f = 'incarnationId';
    const incarnationId: string = r.uuid();
    f = 'listeners';
    let listeners: BrokerRegistrationRequestListener[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BrokerRegistrationRequestListener[] = [];
        for (let i = 0; i < n; i++) a.push(readBrokerRegistrationRequestListener(r, version));
        listeners = a;
      }
    }
    f = 'features';
    let features: BrokerRegistrationRequestFeature[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: BrokerRegistrationRequestFeature[] = [];
        for (let i = 0; i < n; i++) a.push(readBrokerRegistrationRequestFeature(r, version));
        features = a;
      }
    }
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    f = 'isMigratingZkBroker';
    let isMigratingZkBroker: boolean = false;
    if (version >= 1) {
      isMigratingZkBroker = r.bool();
    }
    f = 'logDirs';
    let logDirs: string[] = [];
    if (version >= 2) {
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
    }
    f = 'previousBrokerEpoch';
    let previousBrokerEpoch: bigint = -1n;
    if (version >= 3) {
      previousBrokerEpoch = r.int64();
    }
    r.skipTaggedFields();
    return { brokerId, clusterId, incarnationId, listeners, features, rack, isMigratingZkBroker, logDirs, previousBrokerEpoch };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readBrokerRegistrationRequestListener(r: Reader, version: number): BrokerRegistrationRequestListener {
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

function readBrokerRegistrationRequestFeature(r: Reader, version: number): BrokerRegistrationRequestFeature {
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

function writeBrokerRegistrationRequest(w: Writer, v: BrokerRegistrationRequest, version: number): void {
  w.int32(v.brokerId);
  w.compactString(v.clusterId);
  w.uuid(v.incarnationId);
  {
    w.arrayLength(v.listeners.length, true);
    for (const e of v.listeners) writeBrokerRegistrationRequestListener(w, e, version);
  }
  {
    w.arrayLength(v.features.length, true);
    for (const e of v.features) writeBrokerRegistrationRequestFeature(w, e, version);
  }
  w.compactNullableString(v.rack);
  if (version >= 1) {
    w.bool(v.isMigratingZkBroker);
  }
  if (!(version >= 1) && !(v.isMigratingZkBroker === false)) throw new UnsupportedVersionError(`BrokerRegistrationRequest v${version} cannot express a non-default value in field isMigratingZkBroker`);
  if (version >= 2) {
    {
      w.arrayLength(v.logDirs.length, true);
      for (const e of v.logDirs) w.uuid(e);
    }
  }
  if (version >= 3) {
    w.int64(v.previousBrokerEpoch);
  }
  w.uvarint(0);
}

function writeBrokerRegistrationRequestListener(w: Writer, v: BrokerRegistrationRequestListener, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.int16(v.securityProtocol);
  w.uvarint(0);
}

function writeBrokerRegistrationRequestFeature(w: Writer, v: BrokerRegistrationRequestFeature, version: number): void {
  w.compactString(v.name);
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
