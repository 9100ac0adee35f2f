// DescribeLogDirs (key 35): for each configured log dir, the partitions stored in it with their
// size, and the volume's total and usable bytes (v4+). A dir whose volume cannot be read answers
// KAFKA_STORAGE_ERROR on its own; the others are still described.
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DescribeLogDirsRequest } from '../../protocol/generated/messages/DescribeLogDirsRequest.js';
import type { DescribeLogDirsResponse } from '../../protocol/generated/messages/DescribeLogDirsResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';

type DirResult = DescribeLogDirsResponse['results'][number];

/** What this needs of a partition log (storage's Log satisfies it). */
export interface DescribableLog {
  readonly dir: string;
  readonly topicPartition: { readonly topic: string; readonly partition: number };
  readonly size: number;
}

export interface DescribeLogDirsDeps {
  logDirs: readonly string[];
  allLogs(): readonly DescribableLog[];
  logger: Logger;
}

async function describeDir(logDir: string, logs: readonly DescribableLog[], wanted: ((topic: string, partition: number) => boolean), logger: Logger): Promise<DirResult> {
  const absolute = path.resolve(logDir);
  let volume;
  try {
    volume = await statfs(absolute, { bigint: true });
  } catch (err) {
    logger.warn({ err, logDir: absolute }, 'unable to describe log dir');
    return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, logDir: absolute, topics: [], totalBytes: -1n, usableBytes: -1n };
  }
  const byTopic = new Map<string, DirResult['topics'][number]['partitions']>();
  for (const log of logs) {
    const { topic, partition } = log.topicPartition;
    if (path.dirname(path.resolve(log.dir)) !== absolute || !wanted(topic, partition)) continue;
    let partitions = byTopic.get(topic);
    if (!partitions) byTopic.set(topic, (partitions = []));
    // A single node's high watermark is its log end offset, so no replica lags; there are no future logs yet.
    partitions.push({ partitionIndex: partition, partitionSize: BigInt(log.size), offsetLag: 0n, isFutureKey: false });
  }
  return {
    errorCode: ErrorCode.NONE,
    logDir: absolute,
    topics: [...byTopic].map(([name, partitions]) => ({ name, partitions: partitions.sort((a, b) => a.partitionIndex - b.partitionIndex) })),
    totalBytes: volume.blocks * volume.bsize,
    usableBytes: volume.bavail * volume.bsize,
  };
}

export function describeLogDirsHandler(deps: DescribeLogDirsDeps) {
  return defineHandler<DescribeLogDirsRequest, DescribeLogDirsResponse>({
    apiKey: 35,
    async handle(_ctx, req) {
      let requested: Map<string, Set<number>> | null = null;
      if (req.topics !== null) {
        requested = new Map();
        for (const t of req.topics) {
          const set = requested.get(t.topic) ?? new Set<number>();
          for (const p of t.partitions) set.add(p);
          requested.set(t.topic, set);
        }
      }
      const wanted = (topic: string, partition: number): boolean => requested === null || requested.get(topic)?.has(partition) === true;
      const logs = deps.allLogs();
      const dirs = [...new Set(deps.logDirs)];
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, results: await Promise.all(dirs.map((d) => describeDir(d, logs, wanted, deps.logger))) };
    },
    errorResponse: (_ctx, _req, errorCode) => ({ throttleTimeMs: 0, errorCode, results: [] }),
  });
}
