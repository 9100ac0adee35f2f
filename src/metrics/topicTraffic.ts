// Bytes and records that Kafka clients moved per topic: bytes and records appended by Produce,
// bytes returned by Fetch. Counted from the requests and responses the dispatcher saw, walking
// record-batch headers only (never records), into one small tally per topic.
import type { ProduceRequest } from '../protocol/generated/messages/ProduceRequest.js';
import type { ProduceResponse } from '../protocol/generated/messages/ProduceResponse.js';
import type { FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import { recordsLength } from '../protocol/records.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { batchSize, BATCH_HEADER_BYTES } from '../storage/batchHeader.js';
import type { Sample } from './snapshotMetric.js';

interface TopicTally {
  bytesIn: number;
  recordsIn: number;
  bytesOut: number;
}

/** Where a v2 batch header keeps lastOffsetDelta (Kafka's DefaultRecordBatch layout). */
const LAST_OFFSET_DELTA = 23;

/**
 * Records in a produce payload: each batch's lastOffsetDelta + 1, as a producer numbers its records
 * densely. One int32 read per batch (reading both int64 offsets cost three times as much).
 */
export function recordCount(records: Buffer): number {
  let n = 0;
  for (let pos = 0; ; ) {
    const size = batchSize(records, pos);
    if (size < BATCH_HEADER_BYTES || pos + size > records.length) return n;
    n += records.readInt32BE(pos + LAST_OFFSET_DELTA) + 1;
    pos += size;
  }
}

export class TopicTraffic {
  private readonly topics = new Map<string, TopicTally>();

  constructor(private readonly exists: (topic: string) => boolean) {}

  private tally(topic: string): TopicTally {
    let t = this.topics.get(topic);
    if (!t) this.topics.set(topic, (t = { bytesIn: 0, recordsIn: 0, bytesOut: 0 }));
    return t;
  }

  /**
   * A Produce request and its response, partition for partition in the same order (the handler
   * answers that way). A null response is acks=0: the append succeeded, since a failed one closes
   * the connection instead, unless the request was transactional, which is refused unanswered.
   */
  produced(request: ProduceRequest<Buffer>, response: ProduceResponse | null): void {
    if (response === null && request.transactionalId !== null) return;
    for (let ti = 0; ti < request.topicData.length; ti++) {
      const topic = request.topicData[ti]!;
      const answers = response === null ? null : response.responses[ti]?.partitionResponses;
      if (answers === undefined) continue;
      let tally: TopicTally | undefined;
      for (let pi = 0; pi < topic.partitionData.length; pi++) {
        const records = topic.partitionData[pi]!.records;
        if (records === null || records.length === 0) continue;
        if (answers !== null && answers[pi]?.errorCode !== ErrorCode.NONE) continue;
        tally ??= this.tally(topic.name);
        tally.bytesIn += records.length;
        tally.recordsIn += recordCount(records);
      }
    }
  }

  /** Batches appended other than by a Kafka Produce request (the gateway's produces). */
  appended(topic: string, bytes: number, records: number): void {
    const tally = this.tally(topic);
    tally.bytesIn += bytes;
    tally.recordsIn += records;
  }

  fetched(response: FetchResponse): void {
    for (const topic of response.responses) {
      let bytes = 0;
      for (const p of topic.partitions) if (p.records !== null) bytes += recordsLength(p.records);
      if (bytes > 0) this.tally(topic.topic).bytesOut += bytes;
    }
  }

  /** Current totals; topics deleted since are forgotten first, so their series end. */
  samples(field: keyof TopicTally): Sample[] {
    const out: Sample[] = [];
    for (const [topic, t] of this.topics) {
      if (!this.exists(topic)) this.topics.delete(topic);
      else out.push({ labels: { topic }, value: t[field] });
    }
    return out;
  }
}
