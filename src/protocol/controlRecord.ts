// Control records: the single record of a control batch (docs/implementation.html "Control Batches").
// Key: int16 version, int16 type. Value for ABORT/COMMIT: the EndTxnMarker, int16 version, int32
// coordinatorEpoch. Consumers use them to drop aborted records; applications never see them.
import { RecordBatchDecodeError } from './recordBatch.js';

/** Kafka's ControlRecordType ids: transaction markers, then KRaft's own control records. */
export const ControlRecordType = {
  Abort: 0,
  Commit: 1,
  LeaderChange: 2,
  SnapshotHeader: 3,
  SnapshotFooter: 4,
  KRaftVersion: 5,
  KRaftVoters: 6,
} as const;

export type ControlRecordType = (typeof ControlRecordType)[keyof typeof ControlRecordType];

export interface ControlRecordKey {
  version: number;
  /** A ControlRecordType id; ids this code does not know are kept as read (Kafka calls them UNKNOWN). */
  type: number;
}

export interface EndTxnMarker {
  version: number;
  coordinatorEpoch: number;
}

const CONTROL_RECORD_KEY_VERSION = 0;
const CONTROL_RECORD_KEY_SIZE = 4;
const END_TXN_MARKER_VERSION = 0;
const END_TXN_MARKER_SIZE = 6;

export function encodeControlRecordKey(type: ControlRecordType): Buffer {
  const key = Buffer.allocUnsafe(CONTROL_RECORD_KEY_SIZE);
  key.writeInt16BE(CONTROL_RECORD_KEY_VERSION, 0);
  key.writeInt16BE(type, 2);
  return key;
}

/** Like Kafka, a newer key version is read as version 0 (versions may only append fields). */
export function decodeControlRecordKey(key: Buffer | null): ControlRecordKey {
  if (key === null || key.length < CONTROL_RECORD_KEY_SIZE) {
    throw controlError(`control record key has ${key?.length ?? 'no'} bytes, needs ${CONTROL_RECORD_KEY_SIZE}`);
  }
  const version = key.readInt16BE(0);
  if (version < 0) throw controlError(`control record key version ${version} is negative`);
  return { version, type: key.readInt16BE(2) };
}

export function encodeEndTxnMarker(coordinatorEpoch: number): Buffer {
  const value = Buffer.allocUnsafe(END_TXN_MARKER_SIZE);
  value.writeInt16BE(END_TXN_MARKER_VERSION, 0);
  value.writeInt32BE(coordinatorEpoch, 2);
  return value;
}

export function decodeEndTxnMarker(value: Buffer | null): EndTxnMarker {
  if (value === null || value.length < END_TXN_MARKER_SIZE) {
    throw controlError(`end transaction marker has ${value?.length ?? 'no'} bytes, needs ${END_TXN_MARKER_SIZE}`);
  }
  const version = value.readInt16BE(0);
  if (version < 0) throw controlError(`end transaction marker version ${version} is negative`);
  return { version, coordinatorEpoch: value.readInt32BE(2) };
}

function controlError(message: string): RecordBatchDecodeError {
  // Control records are decoded after their batch, so there is no batch position to report.
  return new RecordBatchDecodeError('CORRUPT_CONTROL_RECORD', -1, message);
}
