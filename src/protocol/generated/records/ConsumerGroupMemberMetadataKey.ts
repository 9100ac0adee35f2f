// Generated from records/ConsumerGroupMemberMetadataKey.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ConsumerGroupMemberMetadataKey (data), versions 5. */
export interface ConsumerGroupMemberMetadataKey {
  /** The group id. Versions 5. */
  groupId: string;
  /** The member id. Versions 5. */
  memberId: string;
}

export function decodeConsumerGroupMemberMetadataKey(r: Reader, version: number): ConsumerGroupMemberMetadataKey {
  if (!(version >= 5 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 5)`, { api: 'ConsumerGroupMemberMetadataKey', version });
  }
  try {
    return readConsumerGroupMemberMetadataKey(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ConsumerGroupMemberMetadataKey', version);
  }
}

export function encodeConsumerGroupMemberMetadataKey(w: Writer, v: ConsumerGroupMemberMetadataKey, version: number): void {
  if (!(version >= 5 && version <= 5)) {
    throw new UnsupportedVersionError(`ConsumerGroupMemberMetadataKey has no version ${version} (valid: 5)`);
  }
  writeConsumerGroupMemberMetadataKey(w, v, version);
}

function readConsumerGroupMemberMetadataKey(r: Reader, version: number): ConsumerGroupMemberMetadataKey {
  let f = 'groupId';
  try {
    const groupId: string = r.string();
    f = 'memberId';
    const memberId: string = r.string();
    return { groupId, memberId };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeConsumerGroupMemberMetadataKey(w: Writer, v: ConsumerGroupMemberMetadataKey, version: number): void {
  w.string(v.groupId);
  w.string(v.memberId);
}
