// Generated from messages/UpdateRaftVoterRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** UpdateRaftVoterRequest (request), versions 0. */
export interface UpdateRaftVoterRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch Versions 0+. */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition Versions 0+. */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition Versions 0+. */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader Versions 0+. */
  listeners: UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports Versions 0+. */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
}

export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint Versions 0+. */
  name: string;
  /** The hostname Versions 0+. */
  host: string;
  /** The port Versions 0+. */
  port: number;
}

export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'UpdateRaftVoterRequest', version });
  }
  try {
    return readUpdateRaftVoterRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'UpdateRaftVoterRequest', version);
  }
}

export function encodeUpdateRaftVoterRequest(w: Writer, v: UpdateRaftVoterRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`UpdateRaftVoterRequest has no version ${version} (valid: 0)`);
  }
  writeUpdateRaftVoterRequest(w, v, version);
}

function readUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = r.compactNullableString();
    f = 'currentLeaderEpoch';
    const currentLeaderEpoch: number = r.int32();
    f = 'voterId';
    const voterId: number = r.int32();
    f = 'voterDirectoryId';
    const voterDirectoryId: string = r.uuid();
    f = 'listeners';
    let listeners: UpdateRaftVoterRequestListener[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: UpdateRaftVoterRequestListener[] = [];
        for (let i = 0; i < n; i++) a.push(readUpdateRaftVoterRequestListener(r, version));
        listeners = a;
      }
    }
    f = 'kRaftVersionFeature';
    const kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature = readUpdateRaftVoterRequestKRaftVersionFeature(r, version);
    r.skipTaggedFields();
    return { clusterId, currentLeaderEpoch, voterId, voterDirectoryId, listeners, kRaftVersionFeature };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateRaftVoterRequestListener(r: Reader, version: number): UpdateRaftVoterRequestListener {
  let f = 'name';
  try {
    const name: string = r.compactString();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.uint16();
    r.skipTaggedFields();
    return { name, host, port };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, version: number): UpdateRaftVoterRequestKRaftVersionFeature {
  let f = 'minSupportedVersion';
  try {
    const minSupportedVersion: number = r.int16();
    f = 'maxSupportedVersion';
    const maxSupportedVersion: number = r.int16();
    r.skipTaggedFields();
    return { minSupportedVersion, maxSupportedVersion };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeUpdateRaftVoterRequest(w: Writer, v: UpdateRaftVoterRequest, version: number): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.currentLeaderEpoch);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    w.arrayLength(v.listeners.length, true);
    for (const e of v.listeners) writeUpdateRaftVoterRequestListener(w, e, version);
  }
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, v.kRaftVersionFeature, version);
  w.uvarint(0);
}

function writeUpdateRaftVoterRequestListener(w: Writer, v: UpdateRaftVoterRequestListener, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, v: UpdateRaftVoterRequestKRaftVersionFeature, version: number): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
