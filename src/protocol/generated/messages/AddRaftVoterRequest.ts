// Generated from messages/AddRaftVoterRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AddRaftVoterRequest (request), versions 0. */
export interface AddRaftVoterRequest {
  /** Versions 0+, nullable in 0+. */
  clusterId: string | null;
  /** Versions 0+. */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition Versions 0+. */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition Versions 0+. */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter Versions 0+. */
  listeners: AddRaftVoterRequestListener[];
}

export interface AddRaftVoterRequestListener {
  /** The name of the endpoint Versions 0+. */
  name: string;
  /** The hostname Versions 0+. */
  host: string;
  /** The port Versions 0+. */
  port: number;
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'AddRaftVoterRequest', version });
  }
  try {
    return readAddRaftVoterRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AddRaftVoterRequest', version);
  }
}

export function encodeAddRaftVoterRequest(w: Writer, v: AddRaftVoterRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`AddRaftVoterRequest has no version ${version} (valid: 0)`);
  }
  writeAddRaftVoterRequest(w, v, version);
}

function readAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  let f = 'clusterId';
  try {
    const clusterId: string | null = r.compactNullableString();
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    f = 'voterId';
    const voterId: number = r.int32();
    f = 'voterDirectoryId';
    const voterDirectoryId: string = r.uuid();
    f = 'listeners';
    let listeners: AddRaftVoterRequestListener[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AddRaftVoterRequestListener[] = [];
        for (let i = 0; i < n; i++) a.push(readAddRaftVoterRequestListener(r, version));
        listeners = a;
      }
    }
    r.skipTaggedFields();
    return { clusterId, timeoutMs, voterId, voterDirectoryId, listeners };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddRaftVoterRequestListener(r: Reader, version: number): AddRaftVoterRequestListener {
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

function writeAddRaftVoterRequest(w: Writer, v: AddRaftVoterRequest, version: number): void {
  w.compactNullableString(v.clusterId);
  w.int32(v.timeoutMs);
  w.int32(v.voterId);
  w.uuid(v.voterDirectoryId);
  {
    w.arrayLength(v.listeners.length, true);
    for (const e of v.listeners) writeAddRaftVoterRequestListener(w, e, version);
  }
  w.uvarint(0);
}

function writeAddRaftVoterRequestListener(w: Writer, v: AddRaftVoterRequestListener, version: number): void {
  w.compactString(v.name);
  w.compactString(v.host);
  w.uint16(v.port);
  w.uvarint(0);
}
