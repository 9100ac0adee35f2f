// Generated from messages/ElectLeadersRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ElectLeadersRequest (request), versions 0-2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. Versions 1+. */
  electionType: number;
  /** The topic partitions to elect leaders. Versions 0+, nullable in 0+. */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. Versions 0+. */
  timeoutMs: number;
}

export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. Versions 0+. */
  topic: string;
  /** The partitions of this topic whose leader should be elected. Versions 0+. */
  partitions: number[];
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'ElectLeadersRequest', version });
  }
  try {
    return readElectLeadersRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ElectLeadersRequest', version);
  }
}

export function encodeElectLeadersRequest(w: Writer, v: ElectLeadersRequest, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`ElectLeadersRequest has no version ${version} (valid: 0-2)`);
  }
  writeElectLeadersRequest(w, v, version);
}

function readElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  let f = 'electionType';
  try {
    let electionType: number = 0;
    if (version >= 1) {
      electionType = r.int8();
    }
    f = 'topicPartitions';
    let topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        topicPartitions = null;
      } else {
        const a: ElectLeadersRequestTopicPartitions[] = [];
        for (let i = 0; i < n; i++) a.push(readElectLeadersRequestTopicPartitions(r, version));
        topicPartitions = a;
      }
    }
    f = 'timeoutMs';
    const timeoutMs: number = r.int32();
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { electionType, topicPartitions, timeoutMs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readElectLeadersRequestTopicPartitions(r: Reader, version: number): ElectLeadersRequestTopicPartitions {
  let f = 'topic';
  try {
    const topic: string = (version >= 2 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(version >= 2);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    if (version >= 2) {
      r.skipTaggedFields();
    }
    return { topic, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeElectLeadersRequest(w: Writer, v: ElectLeadersRequest, version: number): void {
  if (version >= 1) {
    w.int8(v.electionType);
  }
  if (!(version >= 1) && !(v.electionType === 0)) throw new UnsupportedVersionError(`ElectLeadersRequest v${version} cannot express a non-default value in field electionType`);
  if (v.topicPartitions === null) {
    w.arrayLength(-1, version >= 2);
  } else {
    w.arrayLength(v.topicPartitions.length, version >= 2);
    for (const e of v.topicPartitions) writeElectLeadersRequestTopicPartitions(w, e, version);
  }
  w.int32(v.timeoutMs);
  if (version >= 2) {
    w.uvarint(0);
  }
}

function writeElectLeadersRequestTopicPartitions(w: Writer, v: ElectLeadersRequestTopicPartitions, version: number): void {
  if (version >= 2) w.compactString(v.topic); else w.string(v.topic);
  {
    w.arrayLength(v.partitions.length, version >= 2);
    for (const e of v.partitions) w.int32(e);
  }
  if (version >= 2) {
    w.uvarint(0);
  }
}
