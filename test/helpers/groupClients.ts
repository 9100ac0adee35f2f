// Long-running consumer-group members of four client stacks (kafkajs, confluent-kafka, kafka-python,
// node-rdkafka), each a child process so a test can mix them in one group and kill -9 any of them.
// Every member speaks the protocol of test/integration/clients/group_consumer_io.{py,cjs}: options
// as JSON in argv, events as JSON lines on stdout, commands as JSON lines on stdin.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot, type BrokerProcess, type TeardownHost } from './broker.js';
import { kcatProduce, PYTHON } from './clients.js';
import { createTopics, RawKafkaClient } from './rawKafka.js';

export type GroupClient = 'kafkajs' | 'confluent' | 'kafka-python' | 'rdkafka';

/**
 * Client-side assignors for the classic protocol (kafkajs knows only roundrobin, kafka-python has
 * no cooperative-sticky); under group.protocol=consumer the name goes to group.remote.assignor
 * (the broker's 'uniform' or 'range').
 */
export type Assignor = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky' | 'uniform';

/** auto: the client's auto-commit; each-record: a synchronous commit after each record; manual: on commit(). */
export type CommitMode = 'auto' | 'each-record' | 'manual';

export interface GroupMemberOptions {
  bootstrap: string;
  groupId: string;
  topics: string[];
  /** Defaults to the member's name. */
  clientId?: string;
  /** The client's own default when absent. */
  assignor?: Assignor;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  groupInstanceId?: string;
  autoOffsetReset?: 'earliest' | 'latest' | 'none';
  commit?: CommitMode;
  autoCommitIntervalMs?: number;
  groupProtocol?: 'classic' | 'consumer';
}

export interface PartitionRef {
  topic: string;
  partition: number;
}

export interface CommittedOffset extends PartitionRef {
  offset: number;
}

interface Stamped {
  /** Date.now() when the harness read the event. */
  at: number;
}

export type GroupEvent = Stamped & (
  | { event: 'started'; client: string; groupProtocol?: string; librdkafka?: string }
  | { event: 'assigned'; partitions: PartitionRef[]; assignment: PartitionRef[]; generation?: number; memberId?: string; protocol?: string }
  | { event: 'revoked' | 'lost'; partitions: PartitionRef[]; assignment: PartitionRef[] }
  | { event: 'record'; topic: string; partition: number; offset: number; key: string | null; value: string | null }
  | { event: 'committed'; offsets: CommittedOffset[]; error: string | null }
  | { event: 'generation'; generation: number; memberId: string; protocol?: string; leader?: boolean }
  | { event: 'error'; code: string; message: string; fatal: boolean; trace?: string }
  | { event: 'closed' }
);

export type EventOf<K extends GroupEvent['event']> = Extract<GroupEvent, { event: K }>;
export type RecordEvent = EventOf<'record'>;

const clientScripts: Record<GroupClient, { command: string; script: string }> = {
  confluent: { command: PYTHON, script: 'confluent_group_consumer.py' },
  'kafka-python': { command: PYTHON, script: 'kafka_python_group_consumer.py' },
  kafkajs: { command: process.execPath, script: 'kafkajs_group_consumer.mjs' },
  rdkafka: { command: process.execPath, script: 'rdkafka_group_consumer.cjs' },
};

const STDERR_KEPT = 4_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const partitionKey = (r: PartitionRef): string => `${r.topic}-${r.partition}`;

export class GroupMember {
  readonly events: GroupEvent[] = [];
  private stderrTail = '';
  private exitCode: number | null = null;
  private readonly exited: Promise<number>;

  constructor(readonly name: string, readonly client: GroupClient, private readonly child: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      this.exitCode = code ?? (signal === null ? -1 : 128 + 9);
      resolve(this.exitCode);
    }));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        this.events.push({ ...(JSON.parse(line) as GroupEvent), at: Date.now() });
      } catch {
        this.keepStderr(`[stdout] ${line}\n`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => this.keepStderr(chunk.toString('utf8')));
    child.stdin.on('error', () => { /* a killed member cannot read its commands; its exit says so */ });
  }

  private keepStderr(text: string): void {
    this.stderrTail = (this.stderrTail + text).slice(-STDERR_KEPT);
  }

  get alive(): boolean {
    return this.exitCode === null;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  of<K extends GroupEvent['event']>(kind: K): Array<EventOf<K>> {
    return this.events.filter((e): e is EventOf<K> => e.event === kind);
  }

  /** What the member owns now: the last assignment it reported, nothing once closed or dead. */
  get assignment(): PartitionRef[] {
    if (!this.alive) return [];
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e.event === 'closed') return [];
      if (e.event === 'assigned' || e.event === 'revoked' || e.event === 'lost') return e.assignment;
    }
    return [];
  }

  get records(): RecordEvent[] {
    return this.of('record');
  }

  /** The latest group generation the member reported (confluent: from its JoinGroup log line; kafkajs: from heartbeats). */
  get generation(): number | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e.event === 'generation') return e.generation;
      if (e.event === 'assigned' && e.generation !== undefined) return e.generation;
    }
    return null;
  }

  /** Waits until `check` returns something other than undefined/false/null and returns it. */
  waitFor<T>(what: string, check: () => T | undefined | false | null, timeoutMs: number): Promise<T> {
    return eventually(`${this.name}: ${what}`, check, timeoutMs, [this]);
  }

  /** Commits the next offset of every record processed on partitions it still owns; resolves with the outcome. */
  async commit(timeoutMs = 15_000): Promise<EventOf<'committed'>> {
    const before = this.events.length;
    this.child.stdin.write(JSON.stringify({ cmd: 'commit' }) + '\n');
    return this.waitFor('commit answered', () => this.events.slice(before).find((e): e is EventOf<'committed'> => e.event === 'committed'), timeoutMs);
  }

  /** Closes the consumer cleanly (it leaves the group) and resolves with the exit code; SIGKILL after timeoutMs. */
  async stop(timeoutMs = 30_000): Promise<number> {
    if (!this.alive) return this.exitCode ?? -1;
    this.child.stdin.end(JSON.stringify({ cmd: 'stop' }) + '\n');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL: the member vanishes without leaving the group. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  describe(): string {
    const errors = this.of('error').map((e) => `${e.code}: ${e.message}`);
    return [
      `${this.name} (${this.client}, pid ${this.pid}, ${this.alive ? 'alive' : `exited ${this.exitCode}`}):`,
      `  assignment [${this.assignment.map(partitionKey).join(' ')}], generation ${this.generation}, ${this.records.length} records`,
      `  events: ${this.events.map((e) => e.event).filter((e) => e !== 'record').join(' ')}`,
      ...(errors.length > 0 ? [`  errors: ${errors.slice(-5).join(' | ')}`] : []),
      ...(this.stderrTail.trim() === '' ? [] : [`  stderr tail:\n${this.stderrTail.trim().split('\n').slice(-15).map((l) => `    ${l}`).join('\n')}`]),
    ].join('\n');
  }
}

/** Polls `check` until it yields a value; on timeout, fails with the state of every member named. */
export async function eventually<T>(what: string | (() => string), check: () => T | undefined | false | null, timeoutMs: number, members: readonly GroupMember[]): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > deadline) {
      const waitedFor = typeof what === 'string' ? what : what();
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${waitedFor}\n${members.map((m) => m.describe()).join('\n')}`);
    }
    await sleep(50);
  }
}

/** Starts a member and waits until it has subscribed; it is killed when the test ends. */
export async function startGroupMember(t: TeardownHost, client: GroupClient, name: string, opts: GroupMemberOptions): Promise<GroupMember> {
  const { command, script } = clientScripts[client];
  const wire = {
    clientId: name,
    sessionTimeoutMs: 10_000,
    heartbeatIntervalMs: 1_000,
    autoOffsetReset: 'earliest',
    commit: 'auto',
    groupProtocol: 'classic',
    ...opts,
  };
  const child = spawn(command, [path.join(repoRoot, 'test', 'integration', 'clients', script), JSON.stringify(wire)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
  });
  const member = new GroupMember(name, client, child);
  t.teardown(() => member.kill());
  await member.waitFor('started', () => {
    const failed = member.of('error').find((e) => e.fatal);
    if (failed !== undefined || !member.alive) throw new Error(`${name} failed to start:\n${member.describe()}\n${failed?.trace ?? ''}`);
    return member.of('started').length > 0;
  }, 30_000);
  return member;
}

/** For each partition of the topic, the live members that say they own it. */
export function owners(members: readonly GroupMember[], topic: string, partitions: number): string[][] {
  const owned: string[][] = Array.from({ length: partitions }, () => []);
  for (const m of members) {
    for (const r of m.assignment) if (r.topic === topic && r.partition < partitions) owned[r.partition].push(m.name);
  }
  return owned;
}

/**
 * True when every partition has exactly one live owner among `members` and each owns its fair
 * share (floor or ceil of partitions / members), as range, roundrobin, sticky and uniform give.
 */
export function isBalanced(members: readonly GroupMember[], topic: string, partitions: number): boolean {
  const live = members.filter((m) => m.alive);
  if (live.length === 0) return false;
  if (!owners(live, topic, partitions).every((o) => o.length === 1)) return false;
  const low = Math.floor(partitions / live.length);
  const high = Math.ceil(partitions / live.length);
  return live.every((m) => {
    const n = m.assignment.filter((r) => r.topic === topic).length;
    return n >= low && n <= high;
  });
}

export function waitForBalanced(members: readonly GroupMember[], topic: string, partitions: number, timeoutMs: number): Promise<true> {
  return eventually(`a balanced assignment of ${topic}'s ${partitions} partitions over ${members.filter((m) => m.alive).length} members`,
    () => isBalanced(members, topic, partitions), timeoutMs, members);
}

export interface ProcessedRecord extends RecordEvent {
  member: string;
}

/** Every record event of the members at or after `since` (Date.now()), tagged with the member. */
export function processedSince(members: readonly GroupMember[], since = 0): ProcessedRecord[] {
  return members.flatMap((m) => m.records.filter((r) => r.at >= since).map((r) => ({ ...r, member: m.name })));
}

export interface DeliveryAudit {
  /** Expected values no member processed. */
  missing: string[];
  /** Values processed more than once, with who processed them. */
  duplicated: string[];
  /** Values processed that were not expected. */
  unexpected: string[];
}

export function auditDelivery(processed: readonly ProcessedRecord[], expectedValues: readonly string[]): DeliveryAudit {
  const seen = new Map<string, ProcessedRecord[]>();
  for (const r of processed) {
    const v = r.value ?? '<null>';
    seen.set(v, [...(seen.get(v) ?? []), r]);
  }
  const expected = new Set(expectedValues);
  return {
    missing: expectedValues.filter((v) => !seen.has(v)),
    duplicated: [...seen.entries()].filter(([, rs]) => rs.length > 1).map(([v, rs]) => `${v} by ${rs.map((r) => `${r.member}@${r.partition}:${r.offset}`).join(', ')}`),
    unexpected: [...seen.keys()].filter((v) => !expected.has(v)),
  };
}

/** Waits until the members have processed every expected value at least once (since `since`). */
export function waitForProcessed(members: readonly GroupMember[], expectedValues: readonly string[], timeoutMs: number, since = 0): Promise<true> {
  const missing = (): string[] => {
    const values = new Set(processedSince(members, since).map((r) => r.value));
    return expectedValues.filter((v) => !values.has(v));
  };
  const describe = (): string => {
    const gone = missing();
    return `${expectedValues.length} records processed (${gone.length} missing: ${gone.slice(0, 10).join(' ')})`;
  };
  return eventually(describe, () => missing().length === 0, timeoutMs, members);
}

/** Creates a topic and fails unless the broker says it did. */
export async function createTopic(broker: BrokerProcess, name: string, numPartitions: number): Promise<void> {
  const raw = await RawKafkaClient.connect(broker.port);
  try {
    const [result] = await createTopics(raw, [{ name, numPartitions }]);
    if (result.errorCode !== 0) throw new Error(`CreateTopics ${name}: error code ${result.errorCode}`);
  } finally {
    raw.close();
  }
}

/** Produces `count` keyed records whose values `${prefix}-${i}` are unique, with kcat; returns the values. */
export async function produceValues(bootstrap: string, topic: string, prefix: string, count: number): Promise<string[]> {
  const values = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await kcatProduce(bootstrap, topic, values.map((value, i) => ({ key: `${prefix}-key-${i}`, value })), { acks: 'all' });
  return values;
}

/** The one assertion stopAll needs, so the helper does not depend on tap's types. */
export interface EqualAsserter {
  equal(found: unknown, wanted: unknown, message: string, extra: { [key: string]: unknown }): unknown;
}

/** Stops the members together and asserts each closed cleanly; a failure carries the member's state. */
export async function stopAll(t: EqualAsserter, members: readonly GroupMember[]): Promise<void> {
  const codes = await Promise.all(members.map((m) => m.stop()));
  members.forEach((m, i) => t.equal(codes[i], 0, `${m.name} closes cleanly`, codes[i] === 0 ? {} : { member: m.describe() }));
}
