// Generated from messages/FindCoordinatorResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** FindCoordinatorResponse (response), versions 0-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-3. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 1-3, nullable in 1-3. */
  errorMessage: string | null;
  /** The node id. Versions 0-3. */
  nodeId: number;
  /** The host name. Versions 0-3. */
  host: string;
  /** The port. Versions 0-3. */
  port: number;
  /** Each coordinator result in the response Versions 4+. */
  coordinators: FindCoordinatorResponseCoordinator[];
}

export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. Versions 4+. */
  key: string;
  /** The node id. Versions 4+. */
  nodeId: number;
  /** The host name. Versions 4+. */
  host: string;
  /** The port. Versions 4+. */
  port: number;
  /** The error code, or 0 if there was no error. Versions 4+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 4+, nullable in 4+. */
  errorMessage: string | null;
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-6)`, { api: 'FindCoordinatorResponse', version });
  }
  try {
    return readFindCoordinatorResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FindCoordinatorResponse', version);
  }
}

export function encodeFindCoordinatorResponse(w: Writer, v: FindCoordinatorResponse, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new UnsupportedVersionError(`FindCoordinatorResponse has no version ${version} (valid: 0-6)`);
  }
  writeFindCoordinatorResponse(w, v, version);
}

function readFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  let f = 'throttleTimeMs';
  try {
    let throttleTimeMs: number = 0;
    if (version >= 1) {
      throttleTimeMs = r.int32();
    }
    f = 'errorCode';
    let errorCode: number = 0;
    if (version <= 3) {
      errorCode = r.int16();
    }
    f = 'errorMessage';
    let errorMessage: string | null = "";
    if (version >= 1 && version <= 3) {
      errorMessage = (version >= 3 ? r.compactNullableString() : r.nullableString());
    }
    f = 'nodeId';
    let nodeId: number = 0;
    if (version <= 3) {
      nodeId = r.int32();
    }
    f = 'host';
    let host: string = "";
    if (version <= 3) {
      host = (version >= 3 ? r.compactString() : r.string());
    }
    f = 'port';
    let port: number = 0;
    if (version <= 3) {
      port = r.int32();
    }
    f = 'coordinators';
    let coordinators: FindCoordinatorResponseCoordinator[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: FindCoordinatorResponseCoordinator[] = [];
          for (let i = 0; i < n; i++) a.push(readFindCoordinatorResponseCoordinator(r, version));
          coordinators = a;
        }
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, errorMessage, nodeId, host, port, coordinators };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readFindCoordinatorResponseCoordinator(r: Reader, version: number): FindCoordinatorResponseCoordinator {
  let f = 'key';
  try {
    const key: string = r.compactString();
    f = 'nodeId';
    const nodeId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { key, nodeId, host, port, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFindCoordinatorResponse(w: Writer, v: FindCoordinatorResponse, version: number): void {
  if (version >= 1) {
    w.int32(v.throttleTimeMs);
  }
  if (version <= 3) {
    w.int16(v.errorCode);
  }
  if (!(version <= 3) && !(v.errorCode === 0)) throw new UnsupportedVersionError(`FindCoordinatorResponse v${version} cannot express a non-default value in field errorCode`);
  if (version >= 1 && version <= 3) {
    if (version >= 3) w.compactNullableString(v.errorMessage); else w.nullableString(v.errorMessage);
  }
  if (version <= 3) {
    w.int32(v.nodeId);
  }
  if (!(version <= 3) && !(v.nodeId === 0)) throw new UnsupportedVersionError(`FindCoordinatorResponse v${version} cannot express a non-default value in field nodeId`);
  if (version <= 3) {
    if (version >= 3) w.compactString(v.host); else w.string(v.host);
  }
  if (!(version <= 3) && !(v.host === "")) throw new UnsupportedVersionError(`FindCoordinatorResponse v${version} cannot express a non-default value in field host`);
  if (version <= 3) {
    w.int32(v.port);
  }
  if (!(version <= 3) && !(v.port === 0)) throw new UnsupportedVersionError(`FindCoordinatorResponse v${version} cannot express a non-default value in field port`);
  if (version >= 4) {
    {
      w.arrayLength(v.coordinators.length, true);
      for (const e of v.coordinators) writeFindCoordinatorResponseCoordinator(w, e, version);
    }
  }
  if (!(version >= 4) && !(v.coordinators.length === 0)) throw new UnsupportedVersionError(`FindCoordinatorResponse v${version} cannot express a non-default value in field coordinators`);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeFindCoordinatorResponseCoordinator(w: Writer, v: FindCoordinatorResponseCoordinator, version: number): void {
  w.compactString(v.key);
  w.int32(v.nodeId);
  w.compactString(v.host);
  w.int32(v.port);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
