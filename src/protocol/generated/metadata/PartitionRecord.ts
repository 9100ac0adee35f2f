// Generated from metadata/PartitionRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** PartitionRecord (metadata), versions 0-2. */
export interface PartitionRecord {
  /** The partition id. Versions 0+. */
  partitionId: number;
  /** The unique ID of this topic. Versions 0+. */
  topicId: string;
  /** The replicas of this partition, sorted by preferred order. Versions 0+. */
  replicas: number[];
  /** The in-sync replicas of this partition Versions 0+. */
  isr: number[];
  /** The replicas that we are in the process of removing. Versions 0+. */
  removingReplicas: number[];
  /** The replicas that we are in the process of adding. Versions 0+. */
  addingReplicas: number[];
  /** The lead replica, or -1 if there is no leader. Versions 0+. */
  leader: number;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 0+, tagged (tag 0) in 0+. */
  leaderRecoveryState?: number;
  /** The epoch of the partition leader. Versions 0+. */
  leaderEpoch: number;
  /** An epoch that gets incremented each time we change anything in the partition. Versions 0+. */
  partitionEpoch: number;
  /** The log directory hosting each replica, sorted in the same exact order as the Replicas field. Versions 1+. */
  directories: string[];
  /** The eligible leader replicas of this partition. Versions 2+, tagged (tag 1) in 2+, nullable in 2+. */
  eligibleLeaderReplicas?: number[] | null;
  /** The last known eligible leader replicas of this partition. Versions 2+, tagged (tag 2) in 2+, nullable in 2+. */
  lastKnownElr?: number[] | null;
}

export function decodePartitionRecord(r: Reader, version: number): PartitionRecord {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'PartitionRecord', version });
  }
  try {
    return readPartitionRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'PartitionRecord', version);
  }
}

export function encodePartitionRecord(w: Writer, v: PartitionRecord, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`PartitionRecord has no version ${version} (valid: 0-2)`);
  }
  writePartitionRecord(w, v, version);
}

function readPartitionRecord(r: Reader, version: number): PartitionRecord {
  let f = 'partitionId';
  try {
    const partitionId: number = r.int32();
    f = 'topicId';
    const topicId: string = r.uuid();
    f = 'replicas';
    let replicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        replicas = a;
      }
    }
    f = 'isr';
    let isr: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        isr = a;
      }
    }
    f = 'removingReplicas';
    let removingReplicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        removingReplicas = a;
      }
    }
    f = 'addingReplicas';
    let addingReplicas: number[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        addingReplicas = a;
      }
    }
    f = 'leader';
    const leader: number = r.int32();
    let leaderRecoveryState: number = 0;
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'partitionEpoch';
    const partitionEpoch: number = r.int32();
    f = 'directories';
    let directories: string[] = [];
    if (version >= 1) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push(r.uuid());
          directories = a;
        }
      }
    }
    let eligibleLeaderReplicas: number[] | null = null;
    let lastKnownElr: number[] | null = null;
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (true) {
            f = 'leaderRecoveryState';
            leaderRecoveryState = r.int8();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 1:
          if (version >= 2) {
            f = 'eligibleLeaderReplicas';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                eligibleLeaderReplicas = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                eligibleLeaderReplicas = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 2:
          if (version >= 2) {
            f = 'lastKnownElr';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                lastKnownElr = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                lastKnownElr = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { partitionId, topicId, replicas, isr, removingReplicas, addingReplicas, leader, leaderRecoveryState, leaderEpoch, partitionEpoch, directories, eligibleLeaderReplicas, lastKnownElr };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writePartitionRecord(w: Writer, v: PartitionRecord, version: number): void {
  w.int32(v.partitionId);
  w.uuid(v.topicId);
  {
    w.arrayLength(v.replicas.length, true);
    for (const e of v.replicas) w.int32(e);
  }
  {
    w.arrayLength(v.isr.length, true);
    for (const e of v.isr) w.int32(e);
  }
  {
    w.arrayLength(v.removingReplicas.length, true);
    for (const e of v.removingReplicas) w.int32(e);
  }
  {
    w.arrayLength(v.addingReplicas.length, true);
    for (const e of v.addingReplicas) w.int32(e);
  }
  w.int32(v.leader);
  w.int32(v.leaderEpoch);
  w.int32(v.partitionEpoch);
  if (version >= 1) {
    {
      w.arrayLength(v.directories.length, true);
      for (const e of v.directories) w.uuid(e);
    }
  }
  if (!(version >= 1) && !(v.directories.length === 0)) throw new UnsupportedVersionError(`PartitionRecord v${version} cannot express a non-default value in field directories`);
  if (!(version >= 2) && !((v.eligibleLeaderReplicas === undefined || v.eligibleLeaderReplicas === null))) throw new UnsupportedVersionError(`PartitionRecord v${version} cannot express a non-default value in field eligibleLeaderReplicas`);
  if (!(version >= 2) && !((v.lastKnownElr === undefined || v.lastKnownElr === null))) throw new UnsupportedVersionError(`PartitionRecord v${version} cannot express a non-default value in field lastKnownElr`);
  const tag0 = !(v.leaderRecoveryState === undefined || v.leaderRecoveryState === 0);
  const tag1 = version >= 2 && !(v.eligibleLeaderReplicas === undefined || v.eligibleLeaderReplicas === null);
  const tag2 = version >= 2 && !(v.lastKnownElr === undefined || v.lastKnownElr === null);
  w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    t.int8(v.leaderRecoveryState!);
    w.taggedField(0, t);
  }
  if (tag1) {
    const t = new Writer(64);
    if (v.eligibleLeaderReplicas! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.eligibleLeaderReplicas!.length, true);
      for (const e of v.eligibleLeaderReplicas!) t.int32(e);
    }
    w.taggedField(1, t);
  }
  if (tag2) {
    const t = new Writer(64);
    if (v.lastKnownElr! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.lastKnownElr!.length, true);
      for (const e of v.lastKnownElr!) t.int32(e);
    }
    w.taggedField(2, t);
  }
}
