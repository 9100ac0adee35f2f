// Finding a group's coordinator (FindCoordinator, batched from v4) and running requests against it:
// COORDINATOR_LOAD_IN_PROGRESS waits and asks the same broker again; NOT_COORDINATOR,
// COORDINATOR_NOT_AVAILABLE and a lost connection forget the coordinator and find it again. Every
// retry backs off exponentially and stops at the caller's deadline with the last error.
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import { FindCoordinator } from './clientApis.js';
import type { KafkaClient } from './kafkaClient.js';
import type { KafkaConnection } from './kafkaConnection.js';

export interface CoordinatorNode {
  nodeId: number;
  host: string;
  port: number;
}

export interface RetryBackoff {
  retryBackoffMs?: number;
  retryBackoffMaxMs?: number;
}

const GROUP_KEY_TYPE = 0;
// FindCoordinator v4 replaced the single key with a list (KIP-699).
const FIRST_BATCHED_VERSION = 4;

const COORDINATOR_ERRORS: ReadonlySet<number> = new Set([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS]);
// After these the coordinator may live elsewhere now.
const COORDINATOR_MOVED: ReadonlySet<number> = new Set([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.NETWORK_EXCEPTION, ErrorCode.REQUEST_TIMED_OUT]);

/** True for the group-level codes that mean "ask the (possibly new) coordinator again". */
export const isCoordinatorError = (code: number): boolean => COORDINATOR_ERRORS.has(code);

/** True when, after this error, the coordinator must be looked up again. */
export const coordinatorMoved = (err: KafkaError): boolean => COORDINATOR_MOVED.has(err.code);

/** Throws a retriable KafkaError when a response's group-level code is a coordinator error. */
export function throwIfCoordinatorError(code: number, groupId: string): void {
  if (isCoordinatorError(code)) throw new KafkaError(code, `group '${groupId}': ${new KafkaError(code).message}`);
}

/** Waits before retry number `attempt` (exponential, capped), or throws `err` when the wait would pass the deadline. */
export async function backoffOrThrow(attempt: number, deadline: number, err: Error, backoffMs: number, backoffMaxMs: number): Promise<void> {
  const delay = Math.min(backoffMs * 2 ** attempt, backoffMaxMs);
  if (Date.now() + delay > deadline) throw err;
  await sleep(delay);
}

export class GroupCoordinators {
  private readonly known = new Map<string, CoordinatorNode>();
  private readonly backoffMs: number;
  private readonly backoffMaxMs: number;

  constructor(private readonly client: KafkaClient, opts: RetryBackoff = {}) {
    this.backoffMs = opts.retryBackoffMs ?? 100;
    this.backoffMaxMs = opts.retryBackoffMaxMs ?? 1_000;
  }

  /** Waits before retry number `attempt`, or throws `err` when the wait would pass the deadline. */
  backoff(attempt: number, deadline: number, err: Error): Promise<void> {
    return backoffOrThrow(attempt, deadline, err, this.backoffMs, this.backoffMaxMs);
  }

  forget(groupId: string): void {
    this.known.delete(groupId);
  }

  /** The coordinator of each group, from the cache or FindCoordinator, retrying until the deadline. */
  async find(groupIds: readonly string[], deadline: number): Promise<Map<string, CoordinatorNode>> {
    let pending = [...new Set(groupIds)].filter((id) => !this.known.has(id));
    for (let attempt = 0; pending.length > 0; attempt++) {
      let lastError: KafkaError | undefined;
      try {
        const conn = await this.client.anyBrokerConnection();
        const answers = conn.versionFor(FindCoordinator) >= FIRST_BATCHED_VERSION
          ? (await conn.send(FindCoordinator, { key: '', keyType: GROUP_KEY_TYPE, coordinatorKeys: pending })).coordinators
          : await Promise.all(pending.map(async (key) => ({ key, ...(await conn.send(FindCoordinator, { key, keyType: GROUP_KEY_TYPE, coordinatorKeys: [] })) })));
        for (const a of answers) {
          if (a.errorCode === ErrorCode.NONE) {
            this.known.set(a.key, { nodeId: a.nodeId, host: a.host, port: a.port });
            continue;
          }
          const err = new KafkaError(a.errorCode, `FindCoordinator for group '${a.key}': ${a.errorMessage ?? new KafkaError(a.errorCode).message}`);
          if (!err.retriable) throw err;
          lastError = err;
        }
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable) throw err;
        lastError = err;
      }
      pending = pending.filter((id) => !this.known.has(id));
      if (pending.length > 0) {
        await this.backoff(attempt, deadline, lastError ?? new KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, `FindCoordinator did not answer for group '${pending[0]}'`));
      }
    }
    return new Map(groupIds.map((id) => [id, this.known.get(id)!]));
  }

  /**
   * Runs `request` on the group's coordinator over the client's pooled connection. `request`
   * throws a retriable KafkaError for coordinator errors in the response (throwIfCoordinatorError).
   */
  async run<T>(groupId: string, deadline: number, request: (conn: KafkaConnection, node: CoordinatorNode) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const node = (await this.find([groupId], deadline)).get(groupId)!;
        return await request(await this.client.brokerConnection(node.host, node.port), node);
      } catch (err) {
        if (!(err instanceof KafkaError) || !err.retriable) throw err;
        if (coordinatorMoved(err)) this.forget(groupId);
        await this.backoff(attempt, deadline, err);
      }
    }
  }

  /**
   * Runs one request per coordinator for many groups (DescribeGroups, DeleteGroups). `request`
   * answers each group it was given; groups answered with a coordinator error (per `codeOf`) are
   * sent again, the others are final, whatever their error.
   */
  async runPerCoordinator<R>(
    groupIds: readonly string[],
    deadline: number,
    codeOf: (result: R) => number,
    request: (conn: KafkaConnection, node: CoordinatorNode, groupIds: string[]) => Promise<Map<string, R>>,
  ): Promise<Map<string, R>> {
    const results = new Map<string, R>();
    let pending = [...new Set(groupIds)];
    for (let attempt = 0; pending.length > 0; attempt++) {
      const coordinators = await this.find(pending, deadline);
      const byNode = new Map<string, { node: CoordinatorNode; ids: string[] }>();
      for (const id of pending) {
        const node = coordinators.get(id)!;
        const key = `${node.host}:${node.port}`;
        const entry = byNode.get(key) ?? { node, ids: [] };
        entry.ids.push(id);
        byNode.set(key, entry);
      }
      const retry: string[] = [];
      let lastError: KafkaError | undefined;
      await Promise.all([...byNode.values()].map(async ({ node, ids }) => {
        try {
          const answered = await request(await this.client.brokerConnection(node.host, node.port), node, ids);
          for (const id of ids) {
            const r = answered.get(id);
            if (r === undefined) throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, `coordinator ${node.nodeId} did not answer for group '${id}'`);
            const code = codeOf(r);
            if (!isCoordinatorError(code)) {
              results.set(id, r);
              continue;
            }
            lastError = new KafkaError(code, `group '${id}': ${new KafkaError(code).message}`);
            if (coordinatorMoved(lastError)) this.forget(id);
            retry.push(id);
          }
        } catch (err) {
          if (!(err instanceof KafkaError) || !err.retriable) throw err;
          lastError = err;
          if (coordinatorMoved(err)) for (const id of ids) this.forget(id);
          retry.push(...ids);
        }
      }));
      pending = retry;
      if (pending.length > 0) await this.backoff(attempt, deadline, lastError!);
    }
    return results;
  }
}
