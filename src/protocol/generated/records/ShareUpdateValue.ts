// Generated from records/ShareUpdateValue.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ShareUpdateValue (data), versions 0. */
export interface ShareUpdateValue {
  /** The snapshot epoch. Versions 0. */
  snapshotEpoch: number;
  /** The leader epoch of the share-partition. Versions 0+. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being updated. Versions 0. */
  startOffset: bigint;
  /** Versions 0. */
  stateBatches: ShareUpdateValueStateBatch[];
}

export interface ShareUpdateValueStateBatch {
  /** The first offset of this state batch. Versions 0. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions 0. */
  lastOffset: bigint;
  /** The delivery state - 0:Available,2:Acked,4:Archived Versions 0. */
  deliveryState: number;
  /** The delivery count. Versions 0. */
  deliveryCount: number;
}

export function decodeShareUpdateValue(r: Reader, version: number): ShareUpdateValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'ShareUpdateValue', version });
  }
  try {
    return readShareUpdateValue(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ShareUpdateValue', version);
  }
}

export function encodeShareUpdateValue(w: Writer, v: ShareUpdateValue, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`ShareUpdateValue has no version ${version} (valid: 0)`);
  }
  writeShareUpdateValue(w, v, version);
}

function readShareUpdateValue(r: Reader, version: number): ShareUpdateValue {
  let f = 'snapshotEpoch';
  try {
    const snapshotEpoch: number = r.uint16();
    f = 'leaderEpoch';
    const leaderEpoch: number = r.int32();
    f = 'startOffset';
    const startOffset: bigint = r.int64();
    f = 'stateBatches';
    let stateBatches: ShareUpdateValueStateBatch[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ShareUpdateValueStateBatch[] = [];
        for (let i = 0; i < n; i++) a.push(readShareUpdateValueStateBatch(r, version));
        stateBatches = a;
      }
    }
    r.skipTaggedFields();
    return { snapshotEpoch, leaderEpoch, startOffset, stateBatches };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readShareUpdateValueStateBatch(r: Reader, version: number): ShareUpdateValueStateBatch {
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

function writeShareUpdateValue(w: Writer, v: ShareUpdateValue, version: number): void {
  w.uint16(v.snapshotEpoch);
  w.int32(v.leaderEpoch);
  w.int64(v.startOffset);
  {
    w.arrayLength(v.stateBatches.length, true);
    for (const e of v.stateBatches) writeShareUpdateValueStateBatch(w, e, version);
  }
  w.uvarint(0);
}

function writeShareUpdateValueStateBatch(w: Writer, v: ShareUpdateValueStateBatch, version: number): void {
  w.int64(v.firstOffset);
  w.int64(v.lastOffset);
  w.int8(v.deliveryState);
  w.int16(v.deliveryCount);
  w.uvarint(0);
}
