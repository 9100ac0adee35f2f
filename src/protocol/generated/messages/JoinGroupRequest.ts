// Generated from messages/JoinGroupRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** JoinGroupRequest (request), versions 0-9. */
export interface JoinGroupRequest {
  /** The group identifier. Versions 0+. */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. Versions 0+. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. Versions 1+. */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. Versions 0+. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 5+, nullable in 5+. */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. Versions 0+. */
  protocolType: string;
  /** The list of protocols that the member supports. Versions 0+. */
  protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. Versions 8+, nullable in 8+. */
  reason: string | null;
}

export interface JoinGroupRequestJoinGroupRequestProtocol {
  /** The protocol name. Versions 0+. */
  name: string;
  /** The protocol metadata. Versions 0+. */
  metadata: Buffer;
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  if (!(version >= 0 && version <= 9)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-9)`, { api: 'JoinGroupRequest', version });
  }
  try {
    return readJoinGroupRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'JoinGroupRequest', version);
  }
}

export function encodeJoinGroupRequest(w: Writer, v: JoinGroupRequest, version: number): void {
  if (!(version >= 0 && version <= 9)) {
    throw new UnsupportedVersionError(`JoinGroupRequest has no version ${version} (valid: 0-9)`);
  }
  writeJoinGroupRequest(w, v, version);
}

function readJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  let f = 'groupId';
  try {
    const groupId: string = (version >= 6 ? r.compactString() : r.string());
    f = 'sessionTimeoutMs';
    const sessionTimeoutMs: number = r.int32();
    f = 'rebalanceTimeoutMs';
    let rebalanceTimeoutMs: number = -1;
    if (version >= 1) {
      rebalanceTimeoutMs = r.int32();
    }
    f = 'memberId';
    const memberId: string = (version >= 6 ? r.compactString() : r.string());
    f = 'groupInstanceId';
    let groupInstanceId: string | null = null;
    if (version >= 5) {
      groupInstanceId = (version >= 6 ? r.compactNullableString() : r.nullableString());
    }
    f = 'protocolType';
    const protocolType: string = (version >= 6 ? r.compactString() : r.string());
    f = 'protocols';
    let protocols: JoinGroupRequestJoinGroupRequestProtocol[];
    {
      const n = r.arrayLength(version >= 6);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: JoinGroupRequestJoinGroupRequestProtocol[] = [];
        for (let i = 0; i < n; i++) a.push(readJoinGroupRequestJoinGroupRequestProtocol(r, version));
        protocols = a;
      }
    }
    f = 'reason';
    let reason: string | null = null;
    if (version >= 8) {
      reason = r.compactNullableString();
    }
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId, protocolType, protocols, reason };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readJoinGroupRequestJoinGroupRequestProtocol(r: Reader, version: number): JoinGroupRequestJoinGroupRequestProtocol {
  let f = 'name';
  try {
    const name: string = (version >= 6 ? r.compactString() : r.string());
    f = 'metadata';
    const metadata: Buffer = (version >= 6 ? r.compactBytes() : r.bytes());
    if (version >= 6) {
      r.skipTaggedFields();
    }
    return { name, metadata };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeJoinGroupRequest(w: Writer, v: JoinGroupRequest, version: number): void {
  if (version >= 6) w.compactString(v.groupId); else w.string(v.groupId);
  w.int32(v.sessionTimeoutMs);
  if (version >= 1) {
    w.int32(v.rebalanceTimeoutMs);
  }
  if (version >= 6) w.compactString(v.memberId); else w.string(v.memberId);
  if (version >= 5) {
    if (version >= 6) w.compactNullableString(v.groupInstanceId); else w.nullableString(v.groupInstanceId);
  }
  if (!(version >= 5) && !(v.groupInstanceId === null)) throw new UnsupportedVersionError(`JoinGroupRequest v${version} cannot express a non-default value in field groupInstanceId`);
  if (version >= 6) w.compactString(v.protocolType); else w.string(v.protocolType);
  {
    w.arrayLength(v.protocols.length, version >= 6);
    for (const e of v.protocols) writeJoinGroupRequestJoinGroupRequestProtocol(w, e, version);
  }
  if (version >= 8) {
    w.compactNullableString(v.reason);
  }
  if (version >= 6) {
    w.uvarint(0);
  }
}

function writeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, v: JoinGroupRequestJoinGroupRequestProtocol, version: number): void {
  if (version >= 6) w.compactString(v.name); else w.string(v.name);
  if (version >= 6) w.compactBytes(v.metadata); else w.bytes(v.metadata);
  if (version >= 6) {
    w.uvarint(0);
  }
}
