// Generated from messages/UpdateMetadataResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UpdateMetadataResponse (response), versions 0-8. */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. Versions 0+. */
  errorCode: number;
}

export function decodeUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-8)`, { api: 'UpdateMetadataResponse', version });
  }
  try {
    return readUpdateMetadataResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateMetadataResponse', version);
  }
}

export function encodeUpdateMetadataResponse(w: Writer, v: UpdateMetadataResponse, version: number): void {
  if (!(version >= 0 && version <= 8)) {
    throw new UnsupportedVersionError(`UpdateMetadataResponse has no version ${version} (valid: 0-8)`);
  }
  writeUpdateMetadataResponse(w, v, version);
}

function readUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  let f = 'errorCode';
  try {
    const errorCode: number = r.int16();
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { errorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateMetadataResponse(w: Writer, v: UpdateMetadataResponse, version: number): void {
  w.int16(v.errorCode);
  if (version >= 6) {
    w.uvarint(0);
  }
}
