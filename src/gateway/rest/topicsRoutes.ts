// GET /v1/topics and GET /v1/topics/:topic: the topics this broker knows, and one topic's
// partitions (leader, replicas, ISR, log start and high watermark) and configs.
import { z } from 'zod';
import { ConfigResourceType } from '../../metadata/metadataImage.js';
import { INTERNAL_TOPICS } from '../../metadata/topicName.js';
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError, type HttpExchange } from '../httpExchange.js';

export function unknownTopic(topic: string): HttpError {
  return new HttpError(404, 40401, `topic '${topic}' not found`, 'topic');
}

const PartitionParam = z.coerce.number().int().min(0);

/** The :topic and :partition of a route (params 0 and 1): 400 for a bad number, 404 for a partition that does not exist. */
export function topicPartitionParams(ctx: GatewayContext, ex: HttpExchange): { topic: string; partition: number } {
  const topic = ex.params[0]!;
  const partition = PartitionParam.safeParse(ex.params[1]);
  if (!partition.success) throw new HttpError(400, 40002, `partition: '${ex.params[1]}' is not a partition number`, 'partition');
  const image = ctx.image().topicsByName.get(topic);
  if (!image) throw unknownTopic(topic);
  if (!image.partitions.has(partition.data)) throw new HttpError(404, 40402, `topic '${topic}' has no partition ${partition.data}`, 'partition');
  return { topic, partition: partition.data };
}

export function topicsRoutes(ctx: GatewayContext): HttpRoute[] {
  return [
    {
      method: 'get',
      pattern: '/v1/topics',
      handler(ex) {
        const topics = [...ctx.image().topicsByName.values()]
          .map((t) => ({ name: t.name, partitions: t.partitions.size, internal: INTERNAL_TOPICS.has(t.name) }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        ex.json(200, topics);
      },
    },
    {
      method: 'get',
      pattern: '/v1/topics/:topic',
      handler(ex) {
        const name = ex.params[0]!;
        const image = ctx.image();
        const topic = image.topicsByName.get(name);
        if (!topic) throw unknownTopic(name);
        const partitions = [...topic.partitions.values()]
          .sort((a, b) => a.partitionId - b.partitionId)
          .map((p) => {
            const hosted = ctx.replicaManager.getPartition(name, p.partitionId);
            return {
              partition: p.partitionId,
              leader: p.leader,
              replicas: p.replicas,
              isr: p.isr,
              logStartOffset: hosted?.logStartOffset ?? null,
              highWatermark: hosted?.highWatermark ?? null,
            };
          });
        const [described] = ctx.configService.describeConfigs(image, [{ resourceType: ConfigResourceType.TOPIC, resourceName: name, configurationKeys: null }], false, false);
        const configs = Object.fromEntries((described?.configs ?? []).filter((c) => !c.isSensitive).map((c) => [c.name, c.value]));
        ex.json(200, { name, id: topic.id, internal: INTERNAL_TOPICS.has(name), partitions, configs });
      },
    },
  ];
}
