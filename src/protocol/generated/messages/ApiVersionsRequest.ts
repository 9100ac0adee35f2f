// Generated from messages/ApiVersionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ApiVersionsRequest (request), versions 0-4. */
export interface ApiVersionsRequest {
  /** The name of the client. Versions 3+. */
  clientSoftwareName: string;
  /** The version of the client. Versions 3+. */
  clientSoftwareVersion: string;
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-4)`, { api: 'ApiVersionsRequest', version });
  }
  try {
    return readApiVersionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ApiVersionsRequest', version);
  }
}

export function encodeApiVersionsRequest(w: Writer, v: ApiVersionsRequest, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new UnsupportedVersionError(`ApiVersionsRequest has no version ${version} (valid: 0-4)`);
  }
  writeApiVersionsRequest(w, v, version);
}

function readApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  let f = 'clientSoftwareName';
  try {
    let clientSoftwareName: string = "";
    if (version >= 3) {
      clientSoftwareName = r.compactString();
    }
    f = 'clientSoftwareVersion';
    let clientSoftwareVersion: string = "";
    if (version >= 3) {
      clientSoftwareVersion = r.compactString();
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { clientSoftwareName, clientSoftwareVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeApiVersionsRequest(w: Writer, v: ApiVersionsRequest, version: number): void {
  if (version >= 3) {
    w.compactString(v.clientSoftwareName);
  }
  if (version >= 3) {
    w.compactString(v.clientSoftwareVersion);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}
