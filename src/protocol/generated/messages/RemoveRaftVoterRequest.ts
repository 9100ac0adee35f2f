// Generated from messages/RemoveRaftVoterRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** RemoveRaftVoterRequest (request), versions 0. */
export interface RemoveRaftVoterRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition Versions 0+. */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition Versions 0+. */
  voterDirectoryId: string;
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'RemoveRaftVoterRequest', version });
  }
  try {
    return readRemoveRaftVoterRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'RemoveRaftVoterRequest', version);
  }
}

export function encodeRemoveRaftVoterRequest(w: Writer, v: RemoveRaftVoterRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`RemoveRaftVoterRequest has no version ${version} (valid: 0)`);
  }
  writeRemoveRaftVoterRequest(w, v, version);
}

function readRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = r.compactNullableString();
    f = 'voterId';
    const voterId: number = r.int32();
    f = 'voterDirectoryId';
    const voterDirectoryId: string = r.uuid();
    r.skipTaggedFields();
    return { clusterId, voterId, voterDirectoryId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeRemoveRaftVoterRequest(w: Writer, v: RemoveRaftVoterRequest, version: number): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  w.uvarint(0);
}
