// Generated from records/QuorumStateData.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** QuorumStateData (data), versions 0-1. */
export interface QuorumStateData {
  /** Versions 0. */
  clusterId: string;
  /** Versions 0+. */
  leaderId: number;
  /** Versions 0+. */
  leaderEpoch: number;
  /** Versions 0+. */
  votedId: number;
  /** Versions 1+. */
  votedDirectoryId: string;
  /** Versions 0. */
  appliedOffset: bigint;
  /** Versions 0, nullable in 0. */
  currentVoters: QuorumStateDataVoter[] | null;
}

export interface QuorumStateDataVoter {
  /** Versions 0. */
  voterId: number;
}

export function decodeQuorumStateData(r: Reader, version: number): QuorumStateData {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'QuorumStateData', version });
  }
  try {
    return readQuorumStateData(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'QuorumStateData', version);
  }
}

export function encodeQuorumStateData(w: Writer, v: QuorumStateData, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`QuorumStateData has no version ${version} (valid: 0-1)`);
  }
  writeQuorumStateData(w, v, version);
}

function readQuorumStateData(r: Reader, version: number): QuorumStateData {
  let f = 'clusterId';
  try {
    let clusterId: string = "";
    if (version <= 0) {
      clusterId = r.compactString();
    }
    f = 'leaderId';
    const leaderId: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'votedId';
    const votedId: number = r.int32();
    f = 'votedDirectoryId';
    let votedDirectoryId: string = "AAAAAAAAAAAAAAAAAAAAAA";
    if (version >= 1) {
      votedDirectoryId = r.uuid();
    }
    f = 'appliedOffset';
    let appliedOffset: bigint = 0n;
    if (version <= 0) {
      appliedOffset = r.int64();
    }
    f = 'currentVoters';
    let currentVoters: QuorumStateDataVoter[] | null = [];
    if (version <= 0) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          currentVoters = null;
        } else {
          const a: QuorumStateDataVoter[] = [];
          for (let i = 0; i < n; i++) a.push(readQuorumStateDataVoter(r, version));
          currentVoters = a;
        }
      }
    }
    r.skipTaggedFields();
    return { clusterId, leaderId, leaderEpoch, votedId, votedDirectoryId, appliedOffset, currentVoters };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readQuorumStateDataVoter(r: Reader, version: number): QuorumStateDataVoter {
  let f = 'voterId';
  try {
    const voterId: number = r.int32();
    r.skipTaggedFields();
    return { voterId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeQuorumStateData(w: Writer, v: QuorumStateData, version: number): void {
  if (version <= 0) {
    w.compactString(v.clusterId);
  }
  if (!(version <= 0) && !(v.clusterId === "")) throw new UnsupportedVersionError(`QuorumStateData v${version} cannot express a non-default value in field clusterId`);
  w.int32(v.leaderId);
  w.int32(v.leaderEpoch);
  w.int32(v.votedId);
  if (version >= 1) {
    w.uuid(v.votedDirectoryId);
  }
  if (!(version >= 1) && !(v.votedDirectoryId === "AAAAAAAAAAAAAAAAAAAAAA")) throw new UnsupportedVersionError(`QuorumStateData v${version} cannot express a non-default value in field votedDirectoryId`);
  if (version <= 0) {
    w.int64(v.appliedOffset);
  }
  if (!(version <= 0) && !(v.appliedOffset === 0n)) throw new UnsupportedVersionError(`QuorumStateData v${version} cannot express a non-default value in field appliedOffset`);
  if (version <= 0) {
    if (v.currentVoters === null) {
      w.arrayLength(-1, true);
    } else {
      w.arrayLength(v.currentVoters.length, true);
      for (const e of v.currentVoters) writeQuorumStateDataVoter(w, e, version);
    }
  }
  if (!(version <= 0) && !((v.currentVoters !== null && v.currentVoters.length === 0))) throw new UnsupportedVersionError(`QuorumStateData v${version} cannot express a non-default value in field currentVoters`);
  w.uvarint(0);
}

function writeQuorumStateDataVoter(w: Writer, v: QuorumStateDataVoter, version: number): void {
  w.int32(v.voterId);
  w.uvarint(0);
}
