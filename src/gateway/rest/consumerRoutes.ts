// Confluent REST Proxy v2's consumer API over consumer instances: create, subscribe, poll records,
// commit and read offsets, delete. Instances idle for CONSUMER_INSTANCE_TIMEOUT_MS are closed (they
// leave their group), as REST Proxy's consumer.instance.timeout.ms does.
import { z } from 'zod';
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError, schemaError, type HttpExchange } from '../httpExchange.js';
import { errorName } from '../../protocol/kafkaErrors.js';
import { ConsumerInstance } from './consumerInstance.js';
import { recordOut, RestFormat } from './restRecords.js';

/** REST Proxy's consumer.instance.timeout.ms default. */
export const CONSUMER_INSTANCE_TIMEOUT_MS = 300_000;
const EXPIRY_CHECK_MS = 10_000;

const CreateBody = z
  .object({
    name: z.string().min(1).max(255).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
    format: RestFormat.default('binary'),
    'auto.offset.reset': z.enum(['earliest', 'latest']).default('latest'),
    'auto.commit.enable': z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(true),
  })
  .default({ format: 'binary', 'auto.offset.reset': 'latest', 'auto.commit.enable': true });
const SubscriptionBody = z.object({ topics: z.array(z.string().min(1)).min(1) });
const CommitBody = z
  .object({ offsets: z.array(z.object({ topic: z.string().min(1), partition: z.number().int().min(0), offset: z.number().int().min(0) })).optional() })
  .default({});
const PollQuery = z.object({
  timeout: z.coerce.number().int().min(0).max(30_000).default(1_000),
  max_bytes: z.coerce.number().int().min(1).max(64 * 1024 * 1024).default(1024 * 1024),
});

export class ConsumerInstances {
  private readonly instances = new Map<string, ConsumerInstance>();
  private readonly expiry: NodeJS.Timeout;

  constructor(private readonly ctx: GatewayContext) {
    this.expiry = setInterval(() => this.expireIdle(), EXPIRY_CHECK_MS);
    this.expiry.unref();
  }

  private key(group: string, id: string): string {
    return `${group}\u0000${id}`;
  }

  create(group: string, body: z.infer<typeof CreateBody>, clientHost: string): ConsumerInstance {
    const instance = new ConsumerInstance(this.ctx, group, {
      name: body.name,
      format: body.format,
      autoOffsetReset: body['auto.offset.reset'],
      autoCommit: body['auto.commit.enable'],
      clientHost,
    });
    if (this.instances.has(this.key(group, instance.id))) throw new HttpError(409, 40902, `consumer instance '${instance.id}' already exists in group '${group}'`, 'name');
    this.instances.set(this.key(group, instance.id), instance);
    return instance;
  }

  get(group: string, id: string): ConsumerInstance {
    const instance = this.instances.get(this.key(group, id));
    if (!instance) throw new HttpError(404, 40403, `consumer instance '${id}' not found in group '${group}'`, 'instance');
    instance.lastUsed = Date.now();
    return instance;
  }

  async delete(group: string, id: string): Promise<void> {
    const instance = this.get(group, id);
    this.instances.delete(this.key(group, id));
    await instance.close();
  }

  private expireIdle(): void {
    const now = Date.now();
    for (const [key, instance] of this.instances) {
      if (now - instance.lastUsed < CONSUMER_INSTANCE_TIMEOUT_MS) continue;
      this.instances.delete(key);
      this.ctx.logger.info({ group: instance.groupId, instance: instance.id }, 'closing an idle REST consumer instance');
      void instance.close().catch((err: unknown) => this.ctx.logger.warn({ err, instance: instance.id }, 'closing an idle REST consumer instance failed'));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.expiry);
    const all = [...this.instances.values()];
    this.instances.clear();
    await Promise.all(all.map((i) => i.close().catch(() => undefined)));
  }
}

const instanceOf = (instances: ConsumerInstances, ex: HttpExchange): ConsumerInstance => instances.get(ex.params[0]!, ex.params[1]!);
const INSTANCE = '/v1/consumers/:group/instances/:instance';

export function consumerRoutes(ctx: GatewayContext, instances: ConsumerInstances): HttpRoute[] {
  const max = ctx.config.gatewayMaxMessageBytes;
  return [
    {
      method: 'post',
      pattern: '/v1/consumers/:group',
      async handler(ex) {
        const body = await ex.readJson(CreateBody, max);
        const instance = instances.create(ex.params[0]!, body, ex.remoteAddress);
        const host = ex.headers.get('host') ?? 'localhost';
        ex.json(200, { instance_id: instance.id, base_uri: `http://${host}/v1/consumers/${encodeURIComponent(instance.groupId)}/instances/${encodeURIComponent(instance.id)}` });
      },
    },
    {
      method: 'post',
      pattern: `${INSTANCE}/subscription`,
      async handler(ex) {
        const instance = instanceOf(instances, ex);
        const body = await ex.readJson(SubscriptionBody, max);
        const missing = body.topics.find((t) => !ctx.image().topicsByName.has(t));
        if (missing !== undefined) throw new HttpError(404, 40401, `topic '${missing}' not found`, 'topics');
        await instance.subscribe(body.topics);
        ex.send(204, 'application/json', '');
      },
    },
    { method: 'get', pattern: `${INSTANCE}/subscription`, handler: (ex) => ex.json(200, { topics: instanceOf(instances, ex).subscription }) },
    {
      method: 'del',
      pattern: `${INSTANCE}/subscription`,
      async handler(ex) {
        await instanceOf(instances, ex).unsubscribe();
        ex.send(204, 'application/json', '');
      },
    },
    {
      method: 'get',
      pattern: `${INSTANCE}/records`,
      async handler(ex) {
        const instance = instanceOf(instances, ex);
        const query = PollQuery.safeParse(Object.fromEntries(ex.query));
        if (!query.success) throw schemaError(query.error);
        const polled = await instance.poll(query.data.timeout, query.data.max_bytes);
        ex.json(200, polled.map((p) => recordOut(p.topic, p.partition, p.record, instance.opts.format)));
      },
    },
    {
      method: 'post',
      pattern: `${INSTANCE}/offsets`,
      async handler(ex) {
        const instance = instanceOf(instances, ex);
        const body = await ex.readJson(CommitBody, max);
        if (body.offsets) {
          const missing = instance.notAssigned(body.offsets);
          if (missing.length > 0) throw new HttpError(409, 40903, `${missing.map((tp) => `${tp.topic}-${tp.partition}`).join(', ')} not assigned to this instance`, 'offsets');
        }
        const results = await instance.commit(body.offsets);
        const failed = results.find((r) => r.errorCode !== 0);
        if (failed) throw new HttpError(409, 40904, `commit failed for ${failed.topic}-${failed.partition}: ${errorName(failed.errorCode)}`, 'offsets');
        ex.json(200, { offsets: results.map((r) => ({ topic: r.topic, partition: r.partition })) });
      },
    },
    { method: 'get', pattern: `${INSTANCE}/offsets`, handler: async (ex) => ex.json(200, { offsets: await instanceOf(instances, ex).committed() }) },
    {
      method: 'del',
      pattern: INSTANCE,
      async handler(ex) {
        await instances.delete(ex.params[0]!, ex.params[1]!);
        ex.send(204, 'application/json', '');
      },
    },
  ];
}
