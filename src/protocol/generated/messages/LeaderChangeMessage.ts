// Generated from messages/LeaderChangeMessage.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** LeaderChangeMessage (data), versions 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message Versions 0+. */
  version: number;
  /** The ID of the newly elected leader Versions 0+. */
  leaderId: number;
  /** The set of voters in the quorum for this epoch Versions 0+. */
  voters: LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election Versions 0+. */
  grantingVoters: LeaderChangeMessageVoter[];
}

export interface LeaderChangeMessageVoter {
  /** Versions 0+. */
  voterId: number;
  /** The directory id of the voter Versions 1+. */
  voterDirectoryId: string;
}

export function decodeLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'LeaderChangeMessage', version });
  }
  try {
    return readLeaderChangeMessage(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'LeaderChangeMessage', version);
  }
}

export function encodeLeaderChangeMessage(w: Writer, v: LeaderChangeMessage, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`LeaderChangeMessage has no version ${version} (valid: 0-1)`);
  }
  writeLeaderChangeMessage(w, v, version);
}

function readLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  let f = 'version';
  try {
    const version_: number = r.int16();
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'voters';
    let voters: LeaderChangeMessageVoter[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: LeaderChangeMessageVoter[] = [];
        for (let i = 0; i < n; i++) a.push(readLeaderChangeMessageVoter(r, version));
        voters = a;
      }
    }
    f = 'grantingVoters';
    let grantingVoters: LeaderChangeMessageVoter[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: LeaderChangeMessageVoter[] = [];
        for (let i = 0; i < n; i++) a.push(readLeaderChangeMessageVoter(r, version));
        grantingVoters = a;
      }
    }
    r.skipTaggedFields();
    return { version: version_, leaderId, voters, grantingVoters };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readLeaderChangeMessageVoter(r: Reader, version: number): LeaderChangeMessageVoter {
  let f = 'voterId';
  try {
    const voterId: number = r.int32();
    f = 'voterDirectoryId';
    let voterDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 1) {
      voterDirectoryId = r.uuid();
    }
    r.skipTaggedFields();
    return { voterId, voterDirectoryId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeLeaderChangeMessage(w: Writer, v: LeaderChangeMessage, version: number): void {
  w.int16(v.version);
  w.int32(v.leaderId);
  {
    w.arrayLength(v.voters.length, true);
    for (const e of v.voters) writeLeaderChangeMessageVoter(w, e, version);
  }
  {
    w.arrayLength(v.grantingVoters.length, true);
    for (const e of v.grantingVoters) writeLeaderChangeMessageVoter(w, e, version);
  }
  w.uvarint(0);
}

function writeLeaderChangeMessageVoter(w: Writer, v: LeaderChangeMessageVoter, version: number): void {
  w.int32(v.voterId);
  if (version >= 1) {
    w.uuid(v.voterDirectoryId);
  }
  if (!(version >= 1) && !(v.voterDirectoryId === "AAAAAAAAAAAAAAAAAAAAAA")) throw new UnsupportedVersionError(`LeaderChangeMessage v${version} cannot express a non-default value in field LeaderChangeMessageVoter.voterDirectoryId`);
  w.uvarint(0);
}
