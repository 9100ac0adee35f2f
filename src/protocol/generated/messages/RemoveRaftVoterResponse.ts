// Generated from messages/RemoveRaftVoterResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveRaftVoterResponse (response), versions 0. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error Versions 0+. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
}

export function decodeRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveRaftVoterResponse', version });
  }
  try {
    return readRemoveRaftVoterResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveRaftVoterResponse', version);
  }
}

export function encodeRemoveRaftVoterResponse(w: Writer, v: RemoveRaftVoterResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveRaftVoterResponse has no version ${version} (valid: 0)`);
  }
  writeRemoveRaftVoterResponse(w, v, version);
}

function readRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveRaftVoterResponse(w: Writer, v: RemoveRaftVoterResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  w.uvarint(0);
}
