// Generated from messages/VotersRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** VotersRecord (data), versions 0. */
export interface VotersRecord {
  /** The version of the voters record Versions 0+. */
  version: number;
  /** Versions 0+. */
  voters: VotersRecordVoter[];
}

export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition Versions 0+. */
  voterId: number;
  /** The directory id of the voter in the topic partition Versions 0+. */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter Versions 0+. */
  endpoints: VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports Versions 0+. */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
}

export interface VotersRecordEndpoint {
  /** The name of the endpoint Versions 0+. */
  name: string;
  /** The hostname Versions 0+. */
  host: string;
  /** The port Versions 0+. */
  port: number;
}

export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version Versions 0+. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version Versions 0+. */
  maxSupportedVersion: number;
}

export function decodeVotersRecord(r: Reader, version: number): VotersRecord {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'VotersRecord', version });
  }
  try {
    return readVotersRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'VotersRecord', version);
  }
}

export function encodeVotersRecord(w: Writer, v: VotersRecord, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`VotersRecord has no version ${version} (valid: 0)`);
  }
  writeVotersRecord(w, v, version);
}

function readVotersRecord(r: Reader, version: number): VotersRecord {
  let f = 'version';
  try {
    const version_: number = r.int16();
    f = 'voters';
    let voters: VotersRecordVoter[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VotersRecordVoter[] = [];
        for (let i = 0; i < n; i++) a.push(readVotersRecordVoter(r, version));
        voters = a;
      }
    }
    r.skipTaggedFields();
    return { version: version_, voters };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVotersRecordVoter(r: Reader, version: number): VotersRecordVoter {
  let f = 'voterId';
  try {
    const voterId: number = r.int32();
    f = 'voterDirectoryId';
    const voterDirectoryId: string = r.uuid();
    f = 'endpoints';
    let endpoints: VotersRecordEndpoint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: VotersRecordEndpoint[] = [];
        for (let i = 0; i < n; i++) a.push(readVotersRecordEndpoint(r, version));
        endpoints = a;
      }
    }
    f = 'kRaftVersionFeature';
    const kRaftVersionFeature: VotersRecordKRaftVersionFeature = readVotersRecordKRaftVersionFeature(r, version);
    r.skipTaggedFields();
    return { voterId, voterDirectoryId, endpoints, kRaftVersionFeature };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readVotersRecordEndpoint(r: Reader, version: number): VotersRecordEndpoint {
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

function readVotersRecordKRaftVersionFeature(r: Reader, version: number): VotersRecordKRaftVersionFeature {
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

function writeVotersRecord(w: Writer, v: VotersRecord, version: number): void {
  w.int16(v.version);
  {
    w.arrayLength(v.voters.length, true);
    for (const e of v.voters) writeVotersRecordVoter(w, e, version);
  }
  w.uvarint(0);
}

function writeVotersRecordVoter(w: Writer, v: VotersRecordVoter, version: number): void {
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    w.arrayLength(v.endpoints.length, true);
    for (const e of v.endpoints) writeVotersRecordEndpoint(w, e, version);
  }
  writeVotersRecordKRaftVersionFeature(w, v.kRaftVersionFeature, version);
  w.uvarint(0);
}

function writeVotersRecordEndpoint(w: Writer, v: VotersRecordEndpoint, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}

function writeVotersRecordKRaftVersionFeature(w: Writer, v: VotersRecordKRaftVersionFeature, version: number): void {
  w.int16(v.minSupportedVersion);
  w.int16(v.maxSupportedVersion);
  w.uvarint(0);
}
