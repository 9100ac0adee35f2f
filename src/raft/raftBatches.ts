/**
 * The record batches the Raft core writes and reads: the leader's data batches (null keys, the
 * caller's values), the LeaderChangeMessage control batch a leader appends at the start of its
 * epoch, and decoding of committed batches for the state machine.
 */
import { ControlRecordType, encodeControlRecordKey } from '../protocol/controlRecord.js';
import { encodeLeaderChangeMessage } from '../protocol/generated/messages/LeaderChangeMessage.js';
import { decodeRecordBatches, encodeRecordBatch } from '../protocol/recordBatch.js';
import { Writer } from '../protocol/writer.js';
import { NO_DIRECTORY_ID } from './raftRpc.js';

/** One committed data batch, as the state machine receives it. */
export interface CommittedBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  /** The leader epoch the batch was written in. */
  readonly epoch: number;
  readonly appendTimestamp: number;
  /** The record values, in offset order (a null value reads as an empty buffer). */
  readonly records: readonly Buffer[];
  readonly sizeInBytes: number;
}

/** Kafka's LEADER_CHANGE_CURRENT_VERSION. */
const LEADER_CHANGE_VERSION = 0;

export function dataBatch(baseOffset: number, epoch: number, values: readonly Buffer[], timestamp: number): Buffer {
  return encodeRecordBatch({
    baseOffset: BigInt(baseOffset),
    partitionLeaderEpoch: epoch,
    records: values.map((value) => ({ key: null, value, timestamp })),
  });
}

export function leaderChangeBatch(baseOffset: number, epoch: number, leaderId: number, voters: readonly number[], grantingVoters: readonly number[], timestamp: number): Buffer {
  const w = new Writer(64);
  encodeLeaderChangeMessage(
    w,
    {
      version: LEADER_CHANGE_VERSION,
      leaderId,
      voters: voters.map((voterId) => ({ voterId, voterDirectoryId: NO_DIRECTORY_ID })),
      grantingVoters: grantingVoters.map((voterId) => ({ voterId, voterDirectoryId: NO_DIRECTORY_ID })),
    },
    LEADER_CHANGE_VERSION,
  );
  return encodeRecordBatch({
    baseOffset: BigInt(baseOffset),
    partitionLeaderEpoch: epoch,
    isControl: true,
    records: [{ key: encodeControlRecordKey(ControlRecordType.LeaderChange), value: Buffer.concat(w.finish()), timestamp }],
  });
}

/** A decoded batch: control batches carry no records for the state machine but still take offsets. */
export interface DecodedBatch {
  readonly isControl: boolean;
  readonly batch: CommittedBatch;
}

export function decodeBatches(bytes: Buffer): DecodedBatch[] {
  return decodeRecordBatches(bytes).map((b) => {
    const baseOffset = Number(b.baseOffset);
    return {
      isControl: b.isControl,
      batch: {
        baseOffset,
        lastOffset: baseOffset + b.lastOffsetDelta,
        epoch: b.partitionLeaderEpoch,
        appendTimestamp: Number(b.maxTimestamp),
        records: b.isControl ? [] : b.records.map((r) => Buffer.from(r.value ?? Buffer.alloc(0))),
        sizeInBytes: b.batchLength + 12,
      },
    };
  });
}
