// Generated from records/ShareSnapshotValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareSnapshotValue (data), versions 0. */
export interface ShareSnapshotValue {
  /** The snapshot epoch. Versions 0. */
  snapshotEpoch: number;
  /** The state epoch for this share-partition. Versions 0+. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. Versions 0+. */
  leaderEpoch: number;
  /** The share-partition start offset. Versions 0. */
  startOffset: bigint;
  /** Versions 0. */
  stateBatches: ShareSnapshotValueStateBatch[];
}

export interface ShareSnapshotValueStateBatch {
  /** The first offset of this state batch. Versions 0. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions 0. */
  lastOffset: bigint;
  /** The delivery state - 0:Available,2:Acked,4:Archived Versions 0. */
  deliveryState: number;
  /** The delivery count. Versions 0. */
  deliveryCount: number;
}

export function decodeShareSnapshotValue(r: Reader, version: number): ShareSnapshotValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareSnapshotValue', version });
  }
  try {
    return readShareSnapshotValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareSnapshotValue', version);
  }
}

export function encodeShareSnapshotValue(w: Writer, v: ShareSnapshotValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareSnapshotValue has no version ${version} (valid: 0)`);
  }
  writeShareSnapshotValue(w, v, version);
}

function readShareSnapshotValue(r: Reader, version: number): ShareSnapshotValue {
  let f = 'snapshotEpoch';
  try {
    const snapshotEpoch: number = r.uint16();
    f = 'stateEpoch';
    const stateEpoch: number = r.int32();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'startOffset';
    const startOffset: bigint = r.int64();
    f = 'stateBatches';
    let stateBatches: ShareSnapshotValueStateBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareSnapshotValueStateBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readShareSnapshotValueStateBatch(r, version));
        stateBatches = a;
      }
    }
    r.skipTaggedFields();
    return { snapshotEpoch, stateEpoch, leaderEpoch, startOffset, stateBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareSnapshotValueStateBatch(r: Reader, version: number): ShareSnapshotValueStateBatch {
  let f = 'firstOffset';
  try {
    const firstOffset: bigint = r.int64();
    f = 'lastOffset';
    const lastOffset: bigint = r.int64();
    f = 'deliveryState';
    const deliveryState: number = r.int8();
    f = 'deliveryCount';
    const deliveryCount: number = r.int16();
    r.skipTaggedFields();
    return { firstOffset, lastOffset, deliveryState, deliveryCount };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeShareSnapshotValue(w: Writer, v: ShareSnapshotValue, version: number): void {
  w.uint16(v.snapshotEpoch);
  w.int32(v.stateEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  {
    w.arrayLength(v.stateBatches.length, true);
    for (const e of v.stateBatches) writeShareSnapshotValueStateBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeShareSnapshotValueStateBatch(w: Writer, v: ShareSnapshotValueStateBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}
