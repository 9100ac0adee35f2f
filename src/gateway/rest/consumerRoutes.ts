// Confluent REST Proxy v2's consumer API over consumer instances: create, subscribe, poll records,
// commit and read offsets, delete. Instances idle for gateway.consumer.instance.timeout.ms are
// closed (they leave their group), as REST Proxy's consumer.instance.timeout.ms does.
import { z } from 'zod';
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError, schemaError, type HttpExchange } from '../httpExchange.js';
import { errorName } from '../../protocol/kafkaErrors.js';
import { ConsumerInstance } from './consumerInstance.js';
import { recordOut, RestFormat } from './restRecords.js';

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
  .object({
    offsets: z
      .array(z.object({ topic: z.string().min(1), partition: z.number().int().min(0), offset: z.number().int().min(0), metadata: z.string().optional() }))
      .optional(),
  })
  .default({});
const PollQuery = z.object({
  timeout: z.coerce.number().int().min(0).max(30_000).default(1_000),
  max_bytes: z.coerce.number().int().min(1).max(64 * 1024 * 1024).default(1024 * 1024),
});

export class ConsumerInstances {
  private readonly instances = new Map<string, ConsumerInstance>();
  // Requests under way per instance: an instance inside a long poll is in use, not idle.
  private readonly inUse = new Map<ConsumerInstance, number>();
  private readonly timeoutMs: number;
  private readonly expiry: NodeJS.Timeout;

  constructor(private readonly ctx: GatewayContext) {
    this.timeoutMs = ctx.config.gatewayConsumerInstanceTimeoutMs;
    this.expiry = setInterval(() => this.expireIdle(), Math.min(EXPIRY_CHECK_MS, this.timeoutMs / 2));
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

  private get(group: string, id: string): ConsumerInstance {
    const instance = this.instances.get(this.key(group, id));
    if (!instance) throw new HttpError(404, 40403, `consumer instance '${id}' not found in group '${group}'`, 'instance');
    return instance;
  }

  /** Runs one request on the instance named by the path; its idle time counts from the request's end. */
  async use<T>(ex: HttpExchange, work: (instance: ConsumerInstance) => Promise<T> | T): Promise<T> {
    const instance = this.get(ex.params[0]!, ex.params[1]!);
    this.inUse.set(instance, (this.inUse.get(instance) ?? 0) + 1);
    try {
      return await work(instance);
    } finally {
      instance.lastUsed = Date.now();
      const left = this.inUse.get(instance)! - 1;
      if (left === 0) this.inUse.delete(instance);
      else this.inUse.set(instance, left);
    }
  }

  async delete(group: string, id: string): Promise<void> {
    const instance = this.get(group, id);
    this.instances.delete(this.key(group, id));
    await instance.close();
  }

  private expireIdle(): void {
    const now = Date.now();
    for (const [key, instance] of this.instances) {
      if (this.inUse.has(instance) || now - instance.lastUsed < this.timeoutMs) continue;
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
      handler: (ex) =>
        instances.use(ex, async (instance) => {
          const body = await ex.readJson(SubscriptionBody, max);
          const missing = body.topics.find((t) => !ctx.image().topicsByName.has(t));
          if (missing !== undefined) throw new HttpError(404, 40401, `topic '${missing}' not found`, 'topics');
          await instance.subscribe(body.topics);
          ex.send(204, 'application/json', '');
        }),
    },
    { method: 'get', pattern: `${INSTANCE}/subscription`, handler: (ex) => instances.use(ex, (instance) => ex.json(200, { topics: instance.subscription })) },
    {
      method: 'del',
      pattern: `${INSTANCE}/subscription`,
      handler: (ex) =>
        instances.use(ex, async (instance) => {
          await instance.unsubscribe();
          ex.send(204, 'application/json', '');
        }),
    },
    {
      method: 'get',
      pattern: `${INSTANCE}/records`,
      handler: (ex) =>
        instances.use(ex, async (instance) => {
          const query = PollQuery.safeParse(Object.fromEntries(ex.query));
          if (!query.success) throw schemaError(query.error);
          const polled = await instance.poll(query.data.timeout, query.data.max_bytes);
          ex.json(200, polled.map((p) => recordOut(p.topic, p.partition, p.record, instance.opts.format)));
        }),
    },
    {
      method: 'post',
      pattern: `${INSTANCE}/offsets`,
      handler: (ex) =>
        instances.use(ex, async (instance) => {
          const body = await ex.readJson(CommitBody, max);
          if (body.offsets) {
            const missing = instance.notAssigned(body.offsets);
            if (missing.length > 0) throw new HttpError(409, 40903, `${missing.map((tp) => `${tp.topic}-${tp.partition}`).join(', ')} not assigned to this instance`, 'offsets');
          }
          // REST Proxy v2's offset is the last record processed; Kafka stores the next one to read.
          const results = await instance.commit(body.offsets?.map((o) => ({ ...o, offset: o.offset + 1 })));
          const failed = results.find((r) => r.errorCode !== 0);
          if (failed) throw new HttpError(409, 40904, `commit failed for ${failed.topic}-${failed.partition}: ${errorName(failed.errorCode)}`, 'offsets');
          ex.json(200, { offsets: results.map((r) => ({ topic: r.topic, partition: r.partition, offset: r.offset })) });
        }),
    },
    { method: 'get', pattern: `${INSTANCE}/offsets`, handler: (ex) => instances.use(ex, async (instance) => ex.json(200, { offsets: await instance.committed() })) },
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
