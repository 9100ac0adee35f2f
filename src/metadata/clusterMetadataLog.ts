// The __cluster_metadata log of a one-voter quorum. Records are appended through the storage
// engine as ordinary v2 record batches (null key, value = framed metadata record), and a batch is
// committed once it is fsynced: with one voter, the voter's disk is the majority. The KRaft work
// replaces the commit rule with Raft's high watermark, keeping this on-disk shape.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { Log } from '../storage/log.js';
import { logConfig } from '../storage/logConfig.js';
import { LogDirCheckpoints } from '../storage/logDirCheckpoints.js';
import { decodeRecordBatches, encodeRecordBatch } from '../protocol/recordBatch.js';
import type { MetadataLog } from '../controller/quorumController.js';
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from './metadataRecord.js';

export const CLUSTER_METADATA_TOPIC = '__cluster_metadata';

const READ_CHUNK_BYTES = 1 << 20;

export class ClusterMetadataLog implements MetadataLog {
  private constructor(
    private readonly log: Log,
    private readonly leaderEpoch: number,
  ) {}

  static open(metadataLogDir: string, logger: Logger): ClusterMetadataLog {
    const dir = path.join(metadataLogDir, `${CLUSTER_METADATA_TOPIC}-0`);
    // Metadata is small and must never be deleted by retention: snapshots will bound it later.
    // Its checkpoints live in its own directory so they never race the LogManager's files for
    // the partition logs in the same log dir.
    mkdirSync(dir, { recursive: true });
    const log = Log.open(dir, logConfig({ retentionMs: -1, retentionBytes: -1, segmentBytes: 64 * 1024 * 1024 }), {
      logger,
      checkpoints: new LogDirCheckpoints(dir, logger),
    });
    return new ClusterMetadataLog(log, 0);
  }

  /** Every committed record with its offset, in log order. */
  *replay(): Generator<{ record: MetadataRecord; offset: number }> {
    let next = this.log.logStartOffset;
    const end = this.log.logEndOffset;
    while (next < end) {
      const chunk = this.log.read(next, READ_CHUNK_BYTES, { minOneMessage: true });
      if (chunk.sizeInBytes === 0) break;
      for (const batch of decodeRecordBatches(Buffer.concat(chunk.records))) {
        for (const rec of batch.records) {
          const offset = Number(batch.baseOffset) + rec.offsetDelta;
          if (offset < next) continue;
          if (rec.value !== null) yield { record: decodeMetadataRecord(rec.value), offset };
        }
        next = Number(batch.baseOffset) + batch.lastOffsetDelta + 1;
      }
    }
  }

  async append(records: readonly MetadataRecord[]): Promise<number[]> {
    const batch = encodeRecordBatch({ records: records.map((r) => ({ key: null, value: encodeMetadataRecord(r), timestamp: Date.now() })) });
    const info = this.log.append(batch, { leaderEpoch: this.leaderEpoch });
    await this.log.flush();
    return records.map((_, i) => info.firstOffset + i);
  }

  close(): Promise<void> {
    return this.log.close();
  }
}
