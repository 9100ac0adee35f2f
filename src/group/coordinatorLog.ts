// Reads and writes one __consumer_offsets partition for its coordinator: appends group records as
// an uncompressed batch through the replica manager (so they are replicated and fetched like any
// other records) and waits for the ISR, and replays the partition from its start to its log end
// when the coordinator loads.
import { encodeRecordBatch, decodeMemoryRecords } from '../protocol/recordBatch.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { ReplicaManager } from '../log/replicaManager.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { decodeGroupRecord, encodeGroupRecord, type GroupRecord } from './groupRecord.js';

export const OFFSETS_TOPIC = '__consumer_offsets';
const LOAD_READ_BYTES = 4 * 1024 * 1024;

/** Kafka answers a failed coordinator write with the error a group client knows how to retry. */
function coordinatorErrorFor(errorCode: number): number {
  switch (errorCode) {
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case ErrorCode.REQUEST_TIMED_OUT:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    default:
      return errorCode;
  }
}

export class CoordinatorLog {
  constructor(
    private readonly replicaManager: ReplicaManager,
    private readonly currentImage: () => MetadataImage,
    /** offsets.commit.timeout.ms: how long a write waits for the ISR. */
    private readonly commitTimeoutMs: number,
  ) {}

  /** Appends the records; throws a KafkaError carrying the coordinator error code on failure. */
  async append(partition: number, records: readonly GroupRecord[]): Promise<void> {
    if (records.length === 0) return;
    const now = Date.now();
    const batch = encodeRecordBatch({
      records: records.map((r) => {
        const { key, value } = encodeGroupRecord(r);
        return { key, value, timestamp: now };
      }),
    });
    const image = this.currentImage();
    const result = this.replicaManager.appendRecords(OFFSETS_TOPIC, partition, batch, -1, image);
    // As Kafka's coordinators write with acks=all: a group change is answered only once the ISR has
    // it, so a new coordinator after a failover loads it.
    const errorCode =
      result.errorCode !== ErrorCode.NONE
        ? result.errorCode
        : (await this.replicaManager.waitForAcks([{ topic: OFFSETS_TOPIC, partition, nextOffset: result.nextOffset }], this.commitTimeoutMs, image))[0]!;
    if (errorCode !== ErrorCode.NONE) {
      const code = coordinatorErrorFor(errorCode);
      throw new KafkaError(code, `writing to ${OFFSETS_TOPIC}-${partition} failed: ${result.errorMessage ?? errorCode}`);
    }
  }

  /** Every group record in the partition, in offset order, up to its current end. */
  *replay(partition: number): Generator<GroupRecord> {
    const p = this.replicaManager.getPartition(OFFSETS_TOPIC, partition);
    if (!p) throw new KafkaError(ErrorCode.NOT_COORDINATOR, `${OFFSETS_TOPIC}-${partition} is not hosted here`);
    let offset = p.logStartOffset;
    // To the log end, as Kafka's loader does: a new leader's high watermark still lags what the
    // old leader committed, and a leader never truncates its own log, so its suffix will commit.
    const end = p.logEndOffset;
    while (offset < end) {
      const read = p.read(offset, LOAD_READ_BYTES, true, true);
      if (read.errorCode !== ErrorCode.NONE) throw new KafkaError(read.errorCode, `loading ${OFFSETS_TOPIC}-${partition} failed at offset ${offset}`);
      if (read.sizeInBytes === 0) break;
      const { batches } = decodeMemoryRecords(Buffer.concat(read.records));
      if (batches.length === 0) throw new KafkaError(ErrorCode.CORRUPT_MESSAGE, `${OFFSETS_TOPIC}-${partition} has no whole batch at offset ${offset}`);
      for (const batch of batches) {
        const last = Number(batch.baseOffset) + batch.lastOffsetDelta;
        if (!batch.isControl) {
          for (const rec of batch.records) {
            if (rec.key === null) continue;
            const decoded = decodeGroupRecord(rec.key, rec.value);
            if (decoded) yield decoded;
          }
        }
        offset = last + 1;
      }
    }
  }
}
