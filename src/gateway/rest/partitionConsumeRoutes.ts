// GET /v1/topics/:topic/partitions/:partition/records: assign-mode reading over HTTP. A long poll:
// it answers as soon as there is a record at the position, or after timeout_ms with none.
import { z } from 'zod';
import { ErrorCode, errorName } from '../../protocol/kafkaErrors.js';
import { decodeRead } from '../deliveredRecord.js';
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError, schemaError } from '../httpExchange.js';
import { resolveStartPosition } from '../startPosition.js';
import { recordOut, RestFormat } from './restRecords.js';
import { topicPartitionParams } from './topicsRoutes.js';

const MAX_TIMEOUT_MS = 30_000;

const Query = z
  .object({
    offset: z.union([z.enum(['earliest', 'latest']), z.coerce.number().int().min(0)]).optional(),
    timestamp: z.coerce.number().int().min(0).optional(),
    max_bytes: z.coerce.number().int().min(1).max(64 * 1024 * 1024).default(1024 * 1024),
    timeout_ms: z.coerce.number().int().min(0).max(MAX_TIMEOUT_MS).default(1_000),
    format: RestFormat.default('binary'),
  })
  .refine((q) => q.offset === undefined || q.timestamp === undefined, { message: 'give offset or timestamp, not both', path: ['timestamp'] });

export function partitionConsumeRoutes(ctx: GatewayContext): HttpRoute[] {
  return [
    {
      method: 'get',
      pattern: '/v1/topics/:topic/partitions/:partition/records',
      async handler(ex) {
        const { topic, partition } = topicPartitionParams(ctx, ex);
        const query = Query.safeParse(Object.fromEntries(ex.query));
        if (!query.success) throw schemaError(query.error);
        const q = query.data;
        const start = q.timestamp !== undefined ? { timestamp: q.timestamp } : typeof q.offset === 'number' ? { offset: q.offset } : (q.offset ?? 'latest');
        const fetchOffset = resolveStartPosition(ctx.replicaManager, topic, partition, start);
        const [read] = await ctx.replicaManager.fetch({
          maxWaitMs: q.timeout_ms,
          minBytes: 1,
          maxBytes: q.max_bytes,
          partitions: [{ topic, partition: partition, fetchOffset, partitionMaxBytes: q.max_bytes }],
        });
        if (read!.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
          throw new HttpError(416, 41601, `offset ${fetchOffset} is out of range: the log holds ${read!.logStartOffset} to ${read!.highWatermark}`, 'offset');
        }
        if (read!.errorCode !== ErrorCode.NONE) throw new HttpError(503, 50301, `${topic}-${partition} cannot be read: ${errorName(read!.errorCode)}`);
        const decoded = decodeRead(read!.records, fetchOffset);
        ex.json(200, {
          topic,
          partition: partition,
          records: decoded.records.map((r) => recordOut(topic, partition, r, q.format)),
          next_offset: read!.sizeInBytes > 0 ? decoded.nextOffset : fetchOffset,
          high_watermark: read!.highWatermark,
          log_start_offset: read!.logStartOffset,
        });
      },
    },
  ];
}
