// Generated from messages/FindCoordinatorRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** FindCoordinatorRequest (request), versions 0-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. Versions 0-3. */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) Versions 1+. */
  keyType: number;
  /** The coordinator keys. Versions 4+. */
  coordinatorKeys: string[];
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-6)`, { api: 'FindCoordinatorRequest', version });
  }
  try {
    return readFindCoordinatorRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'FindCoordinatorRequest', version);
  }
}

export function encodeFindCoordinatorRequest(w: Writer, v: FindCoordinatorRequest, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new UnsupportedVersionError(`FindCoordinatorRequest has no version ${version} (valid: 0-6)`);
  }
  writeFindCoordinatorRequest(w, v, version);
}

function readFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  let f = 'key';
  try {
    let key: string = "";
    if (version <= 3) {
      key = (version >= 3 ? r.compactString() : r.string());
    }
    f = 'keyType';
    let keyType: number = 0;
    if (version >= 1) {
      keyType = r.int8();
    }
    f = 'coordinatorKeys';
    let coordinatorKeys: string[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push(r.compactString());
          coordinatorKeys = a;
        }
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { key, keyType, coordinatorKeys };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeFindCoordinatorRequest(w: Writer, v: FindCoordinatorRequest, version: number): void {
  if (version <= 3) {
    if (version >= 3) w.compactString(v.key); else w.string(v.key);
  }
  if (!(version <= 3) && !(v.key === "")) throw new UnsupportedVersionError(`FindCoordinatorRequest v${version} cannot express a non-default value in field key`);
  if (version >= 1) {
    w.int8(v.keyType);
  }
  if (!(version >= 1) && !(v.keyType === 0)) throw new UnsupportedVersionError(`FindCoordinatorRequest v${version} cannot express a non-default value in field keyType`);
  if (version >= 4) {
    {
      w.arrayLength(v.coordinatorKeys.length, true);
      for (const e of v.coordinatorKeys) w.compactString(e);
    }
  }
  if (!(version >= 4) && !(v.coordinatorKeys.length === 0)) throw new UnsupportedVersionError(`FindCoordinatorRequest v${version} cannot express a non-default value in field coordinatorKeys`);
  if (version >= 3) {
    w.uvarint(0);
  }
}
