// Generated from metadata/PartitionChangeRecord.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** PartitionChangeRecord (metadata), versions 0-2. */
export interface PartitionChangeRecord {
  /** The partition id. Versions 0+. */
  partitionId: number;
  /** The unique ID of this topic. Versions 0+. */
  topicId: string;
  /** null if the ISR didn't change; the new in-sync replicas otherwise. Versions 0+, tagged (tag 0) in 0+, nullable in 0+. */
  isr?: number[] | null;
  /** -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise. Versions 0+, tagged (tag 1) in 0+. */
  leader?: number;
  /** null if the replicas didn't change; the new replicas otherwise. Versions 0+, tagged (tag 2) in 0+, nullable in 0+. */
  replicas?: number[] | null;
  /** null if the removing replicas didn't change; the new removing replicas otherwise. Versions 0+, tagged (tag 3) in 0+, nullable in 0+. */
  removingReplicas?: number[] | null;
  /** null if the adding replicas didn't change; the new adding replicas otherwise. Versions 0+, tagged (tag 4) in 0+, nullable in 0+. */
  addingReplicas?: number[] | null;
  /** -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering. Versions 0+, tagged (tag 5) in 0+. */
  leaderRecoveryState?: number;
  /** null if the log dirs didn't change; the new log directory for each replica otherwise. Versions 1+, tagged (tag 8) in 1+, nullable in 1+. */
  directories?: string[] | null;
  /** null if the ELR didn't change; the new eligible leader replicas otherwise. Versions 2+, tagged (tag 6) in 2+, nullable in 2+. */
  eligibleLeaderReplicas?: number[] | null;
  /** null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise. Versions 2+, tagged (tag 7) in 2+, nullable in 2+. */
  lastKnownElr?: number[] | null;
}

export function decodePartitionChangeRecord(r: Reader, version: number): PartitionChangeRecord {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-2)`, { api: 'PartitionChangeRecord', version });
  }
  try {
    return readPartitionChangeRecord(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'PartitionChangeRecord', version);
  }
}

export function encodePartitionChangeRecord(w: Writer, v: PartitionChangeRecord, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new UnsupportedVersionError(`PartitionChangeRecord has no version ${version} (valid: 0-2)`);
  }
  writePartitionChangeRecord(w, v, version);
}

function readPartitionChangeRecord(r: Reader, version: number): PartitionChangeRecord {
  let f = 'partitionId';
  try {
    const partitionId: number = r.int32();
    f = 'topicId';
    const topicId: string = r.uuid();
    let isr: number[] | null = null;
    let leader: number = -2;
    let replicas: number[] | null = null;
    let removingReplicas: number[] | null = null;
    let addingReplicas: number[] | null = null;
    let leaderRecoveryState: number = -1;
    let directories: string[] | null = null;
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
            f = 'isr';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                isr = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                isr = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 1:
          if (true) {
            f = 'leader';
            leader = r.int32();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 2:
          if (true) {
            f = 'replicas';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                replicas = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                replicas = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 3:
          if (true) {
            f = 'removingReplicas';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                removingReplicas = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                removingReplicas = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 4:
          if (true) {
            f = 'addingReplicas';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                addingReplicas = null;
              } else {
                const a: number[] = [];
                for (let i = 0; i < n; i++) a.push(r.int32());
                addingReplicas = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 5:
          if (true) {
            f = 'leaderRecoveryState';
            leaderRecoveryState = r.int8();
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        case 6:
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
        case 7:
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
        case 8:
          if (version >= 1) {
            f = 'directories';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                directories = null;
              } else {
                const a: string[] = [];
                for (let i = 0; i < n; i++) a.push(r.uuid());
                directories = a;
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
    return { partitionId, topicId, isr, leader, replicas, removingReplicas, addingReplicas, leaderRecoveryState, directories, eligibleLeaderReplicas, lastKnownElr };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writePartitionChangeRecord(w: Writer, v: PartitionChangeRecord, version: number): void {
  w.int32(v.partitionId);
  w.uuid(v.topicId);
  if (!(version >= 1) && !((v.directories === undefined || v.directories === null))) throw new UnsupportedVersionError(`PartitionChangeRecord v${version} cannot express a non-default value in field directories`);
  if (!(version >= 2) && !((v.eligibleLeaderReplicas === undefined || v.eligibleLeaderReplicas === null))) throw new UnsupportedVersionError(`PartitionChangeRecord v${version} cannot express a non-default value in field eligibleLeaderReplicas`);
  if (!(version >= 2) && !((v.lastKnownElr === undefined || v.lastKnownElr === null))) throw new UnsupportedVersionError(`PartitionChangeRecord v${version} cannot express a non-default value in field lastKnownElr`);
  const tag0 = !(v.isr === undefined || v.isr === null);
  const tag1 = !(v.leader === undefined || v.leader === -2);
  const tag2 = !(v.replicas === undefined || v.replicas === null);
  const tag3 = !(v.removingReplicas === undefined || v.removingReplicas === null);
  const tag4 = !(v.addingReplicas === undefined || v.addingReplicas === null);
  const tag5 = !(v.leaderRecoveryState === undefined || v.leaderRecoveryState === -1);
  const tag6 = version >= 2 && !(v.eligibleLeaderReplicas === undefined || v.eligibleLeaderReplicas === null);
  const tag7 = version >= 2 && !(v.lastKnownElr === undefined || v.lastKnownElr === null);
  const tag8 = version >= 1 && !(v.directories === undefined || v.directories === null);
  w.uvarint((tag0 ? 1 : 0) + (tag1 ? 1 : 0) + (tag2 ? 1 : 0) + (tag3 ? 1 : 0) + (tag4 ? 1 : 0) + (tag5 ? 1 : 0) + (tag6 ? 1 : 0) + (tag7 ? 1 : 0) + (tag8 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    if (v.isr! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.isr!.length, true);
      for (const e of v.isr!) t.int32(e);
    }
    w.taggedField(0, t);
  }
  if (tag1) {
    const t = new Writer(64);
    t.int32(v.leader!);
    w.taggedField(1, t);
  }
  if (tag2) {
    const t = new Writer(64);
    if (v.replicas! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.replicas!.length, true);
      for (const e of v.replicas!) t.int32(e);
    }
    w.taggedField(2, t);
  }
  if (tag3) {
    const t = new Writer(64);
    if (v.removingReplicas! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.removingReplicas!.length, true);
      for (const e of v.removingReplicas!) t.int32(e);
    }
    w.taggedField(3, t);
  }
  if (tag4) {
    const t = new Writer(64);
    if (v.addingReplicas! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.addingReplicas!.length, true);
      for (const e of v.addingReplicas!) t.int32(e);
    }
    w.taggedField(4, t);
  }
  if (tag5) {
    const t = new Writer(64);
    t.int8(v.leaderRecoveryState!);
    w.taggedField(5, t);
  }
  if (tag6) {
    const t = new Writer(64);
    if (v.eligibleLeaderReplicas! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.eligibleLeaderReplicas!.length, true);
      for (const e of v.eligibleLeaderReplicas!) t.int32(e);
    }
    w.taggedField(6, t);
  }
  if (tag7) {
    const t = new Writer(64);
    if (v.lastKnownElr! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.lastKnownElr!.length, true);
      for (const e of v.lastKnownElr!) t.int32(e);
    }
    w.taggedField(7, t);
  }
  if (tag8) {
    const t = new Writer(64);
    if (v.directories! === null) {
      t.arrayLength(-1, true);
    } else {
      t.arrayLength(v.directories!.length, true);
      for (const e of v.directories!) t.uuid(e);
    }
    w.taggedField(8, t);
  }
}
