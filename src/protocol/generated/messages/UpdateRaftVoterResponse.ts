// Generated from messages/UpdateRaftVoterResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** UpdateRaftVoterResponse (response), versions 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error Versions 0+. */
  errorCode: number;
  /** Versions 0+, tagged (tag 0) in 0+. */
  currentLeader?: UpdateRaftVoterResponseCurrentLeader;
}

export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown Versions 0+. */
  leaderId: number;
  /** The latest known leader epoch Versions 0+. */
  leaderEpoch: number;
  /** The node's hostname Versions 0+. */
  host: string;
  /** The node's port Versions 0+. */
  port: number;
}

export function decodeUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UpdateRaftVoterResponse', version });
  }
  try {
    return readUpdateRaftVoterResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateRaftVoterResponse', version);
  }
}

export function encodeUpdateRaftVoterResponse(w: Writer, v: UpdateRaftVoterResponse, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UpdateRaftVoterResponse has no version ${version} (valid: 0)`);
  }
  writeUpdateRaftVoterResponse(w, v, version);
}

function readUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    let currentLeader: UpdateRaftVoterResponseCurrentLeader = defaultUpdateRaftVoterResponseCurrentLeader();
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'currentLeader';
            currentLeader = readUpdateRaftVoterResponseCurrentLeader(r, version);
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { throttleTimeMs, errorCode, currentLeader };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateRaftVoterResponseCurrentLeader(r: Reader, version: number): UpdateRaftVoterResponseCurrentLeader {
  let f = 'leaderId';
  try {
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    r.skipTaggedFields();
    return { leaderId, leaderEpoch, host, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateRaftVoterResponse(w: Writer, v: UpdateRaftVoterResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  const tag0 = !(v.currentLeader === undefined || isDefaultUpdateRaftVoterResponseCurrentLeader(v.currentLeader));
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    writeUpdateRaftVoterResponseCurrentLeader(t, v.currentLeader!, version);
    w.taggedField(0, t);
  }
}

function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, v: UpdateRaftVoterResponseCurrentLeader, version: number): void {
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.compactString(v.host);
  w.int32(v.port);
  w.uvarint(0);
}

function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: "",
    port: 0,
  };
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(v: UpdateRaftVoterResponseCurrentLeader): boolean {
  return v.leaderId === -1 &&
    v.leaderEpoch === -1 &&
    v.host === "" &&
    v.port === 0;
}
