// POST /v1/topics/:topic/records and POST /v1/topics/:topic/partitions/:partition/records, with
// Confluent REST Proxy v2's body and answer, so existing scripts port: records of key, value,
// headers and partition; JSON values by default, base64 with "format":"binary" or the
// application/vnd.kafka.binary.v2+json content type.
import { z } from 'zod';
import { errorName } from '../../protocol/kafkaErrors.js';
import type { GatewayContext } from '../gatewayContext.js';
import type { GatewayRecordInput } from '../gatewayProducer.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError, type HttpExchange } from '../httpExchange.js';
import { payloadIn, RestFormat } from './restRecords.js';
import { topicPartitionParams, unknownTopic } from './topicsRoutes.js';

const headerValue = z.string().nullable();
const ProduceBody = z.object({
  format: RestFormat.optional(),
  records: z
    .array(
      z.object({
        key: z.unknown().optional(),
        value: z.unknown(),
        headers: z.union([z.record(z.string(), headerValue), z.array(z.object({ key: z.string(), value: headerValue }))]).optional(),
        partition: z.number().int().min(0).optional(),
        timestamp: z.number().int().min(0).optional(),
      }),
    )
    .min(1),
  acks: z.union([z.literal(0), z.literal(1), z.literal(-1), z.literal('all')]).optional(),
});


/** The body's format: its "format" field, else the Confluent content type, else json. */
function formatOf(ex: HttpExchange, declared: RestFormat | undefined): RestFormat {
  if (declared) return declared;
  const type = ex.headers.get('content-type') ?? '';
  if (type.includes('vnd.kafka.binary')) return 'binary';
  return 'json';
}

async function produce(ctx: GatewayContext, ex: HttpExchange, topic: string, partition: number | undefined): Promise<void> {
  const contentType = ex.headers.get('content-type') ?? '';
  if (contentType !== '' && !/json/.test(contentType)) throw new HttpError(415, 41501, `content type '${contentType}' is not JSON`);
  const body = await ex.readJson(ProduceBody, ctx.config.gatewayMaxMessageBytes);
  if (!ctx.image().topicsByName.has(topic)) throw unknownTopic(topic);
  const format = formatOf(ex, body.format);
  const records: GatewayRecordInput[] = body.records.map((r, i) => ({
    key: payloadIn(r.key, format, `records.${i}.key`),
    value: payloadIn(r.value, format, `records.${i}.value`),
    headers: (Array.isArray(r.headers) ? r.headers : Object.entries(r.headers ?? {}).map(([key, value]) => ({ key, value }))).map((h) => ({
      key: h.key,
      value: h.value === null ? null : Buffer.from(h.value, 'utf8'),
    })),
    partition: partition ?? r.partition,
    timestamp: r.timestamp,
  }));
  const acks = body.acks === 'all' ? -1 : (body.acks ?? 1);
  const outcomes = await ctx.producer.produce(topic, records, acks);
  ex.json(200, {
    offsets: outcomes.map((o) => ({
      partition: o.partition,
      offset: o.offset,
      error_code: 'error' in o ? o.errorCode : null,
      error: 'error' in o ? `${errorName(o.errorCode)}: ${o.error}` : null,
    })),
    key_schema_id: null,
    value_schema_id: null,
  });
}

export function produceRoutes(ctx: GatewayContext): HttpRoute[] {
  return [
    { method: 'post', pattern: '/v1/topics/:topic/records', handler: (ex) => produce(ctx, ex, ex.params[0]!, undefined) },
    {
      method: 'post',
      pattern: '/v1/topics/:topic/partitions/:partition/records',
      handler(ex) {
        const { topic, partition } = topicPartitionParams(ctx, ex);
        return produce(ctx, ex, topic, partition);
      },
    },
  ];
}
