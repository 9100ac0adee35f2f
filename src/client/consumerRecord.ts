// One record as the client hands it to callers after a fetch, in Kafka's ConsumerRecord terms.
import type { RecordHeader } from '../protocol/recordBatch.js';

export type TimestampType = 'CreateTime' | 'LogAppendTime';

export interface ConsumerRecord {
  topic: string;
  partition: number;
  offset: bigint;
  timestamp: bigint;
  timestampType: TimestampType;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}
