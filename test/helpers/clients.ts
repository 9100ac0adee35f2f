// Real Kafka clients for integration tests: kcat and two python libraries as child processes
// (JSON in, JSON out, bounded by a timeout), kafkajs and @platformatic/kafka in process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Admin, Consumer, Producer, type CompressionAlgorithmValue } from '@platformatic/kafka';
import { CompressionTypes, Kafka, logLevel, Partitioners, type ICustomPartitioner } from 'kafkajs';
import { repoRoot } from './broker.js';

export type Compression = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export type Acks = 0 | 1 | -1 | 'all';

export interface TestRecord {
  key?: string | Buffer | null;
  value: string | Buffer | null;
  headers?: Record<string, string | Buffer>;
  partition?: number;
  /** Milliseconds since the epoch; the producer's clock when absent. */
  timestamp?: number;
}

export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Array<[string, Buffer]>;
}

/** Where one produced record landed, or why it did not. */
export interface DeliveryReport {
  partition: number | null;
  offset: number | null;
  error: string | null;
}

export const PYTHON = '/usr/bin/python3';
export const KCAT = '/usr/bin/kcat';
const DEFAULT_TIMEOUT_MS = 30_000;

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with the given stdin; kills it (SIGKILL) and rejects once timeoutMs passes. */
export function runProcess(cmd: string, args: string[], input: string | Buffer, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeoutMs} ms; stderr:\n${Buffer.concat(err).toString()}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal === null ? -1 : 128), stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
    child.stdin.on('error', () => { /* the process may exit before reading all input; its exit code says why */ });
    child.stdin.end(input);
  });
}

const toBuffer = (v: string | Buffer): Buffer => (typeof v === 'string' ? Buffer.from(v) : v);
const b64 = (v: string | Buffer | null | undefined): string | null => (v == null ? null : toBuffer(v).toString('base64'));
const fromB64 = (v: string | null): Buffer | null => (v === null ? null : Buffer.from(v, 'base64'));
const acksValue = (acks: Acks): number => (acks === 'all' ? -1 : acks);

// ---------------------------------------------------------------- kcat

// Control characters no text test data contains, so keys and values may hold newlines.
const KCAT_MESSAGE_DELIMITER = '\x1e';
const KCAT_KEY_DELIMITER = '\x1f';

export interface KcatProduceOptions {
  compression?: Compression;
  acks?: Acks;
  extra?: string[];
  timeoutMs?: number;
}

/**
 * Produces with `kcat -P`. kcat applies -p and -H to a whole invocation, so consecutive records
 * sharing a partition and headers go in one run; order is kept. Limits: timestamps are ignored,
 * and in a run containing a null value every empty value is sent as null (kcat's -Z).
 */
export async function kcatProduce(bootstrap: string, topic: string, records: TestRecord[], opts: KcatProduceOptions = {}): Promise<void> {
  const runKey = (r: TestRecord): string => JSON.stringify([r.partition ?? null, Object.entries(r.headers ?? {}).map(([k, v]) => [k, v.toString()])]);
  const runs: TestRecord[][] = [];
  for (const r of records) {
    const last = runs.at(-1);
    if (last !== undefined && runKey(last[0]) === runKey(r)) last.push(r);
    else runs.push([r]);
  }
  for (const run of runs) {
    const first = run[0];
    const args = ['-P', '-b', bootstrap, '-t', topic, '-D', KCAT_MESSAGE_DELIMITER, '-K', KCAT_KEY_DELIMITER];
    if (first.partition !== undefined) args.push('-p', String(first.partition));
    for (const [k, v] of Object.entries(first.headers ?? {})) args.push('-H', `${k}=${v.toString()}`);
    if (opts.compression !== undefined) args.push('-z', opts.compression);
    if (opts.acks !== undefined) args.push('-X', `acks=${acksValue(opts.acks)}`);
    if (run.some((r) => r.value === null)) args.push('-Z');
    args.push(...(opts.extra ?? []));
    const input = Buffer.concat(run.flatMap((r) => [
      ...(r.key == null ? [] : [toBuffer(r.key), Buffer.from(KCAT_KEY_DELIMITER)]),
      toBuffer(r.value ?? ''),
      Buffer.from(KCAT_MESSAGE_DELIMITER),
    ]));
    const res = await runProcess(KCAT, args, input, opts.timeoutMs);
    if (res.code !== 0 || /Delivery failed|ERROR/.test(res.stderr)) {
      throw new Error(`kcat produce failed (exit ${res.code}): ${res.stderr}`);
    }
  }
}

export interface KcatConsumeOptions {
  count: number;
  offset?: 'beginning' | 'end' | number;
  partition?: number;
  extra?: string[];
  timeoutMs?: number;
}

interface KcatJsonMessage {
  topic: string;
  partition: number;
  offset: number;
  ts?: number;
  headers?: string[];
  key: string | null;
  payload: string | null;
}

/** Consumes up to `count` records with `kcat -C -e -J` (exits at the end of the partitions). */
export async function kcatConsume(bootstrap: string, topic: string, opts: KcatConsumeOptions): Promise<ConsumedRecord[]> {
  const args = ['-C', '-b', bootstrap, '-t', topic, '-o', String(opts.offset ?? 'beginning'), '-c', String(opts.count), '-e', '-J'];
  if (opts.partition !== undefined) args.push('-p', String(opts.partition));
  args.push(...(opts.extra ?? []));
  const res = await runProcess(KCAT, args, '', opts.timeoutMs);
  if (res.code !== 0) throw new Error(`kcat consume failed (exit ${res.code}): ${res.stderr}`);
  return res.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const m = JSON.parse(line) as KcatJsonMessage;
    const headers: Array<[string, Buffer]> = [];
    for (let i = 0; i + 1 < (m.headers?.length ?? 0); i += 2) headers.push([m.headers![i], Buffer.from(m.headers![i + 1])]);
    return {
      topic: m.topic,
      partition: m.partition,
      offset: m.offset,
      timestamp: m.ts ?? -1,
      key: m.key === null ? null : Buffer.from(m.key),
      value: m.payload === null ? null : Buffer.from(m.payload),
      headers,
    };
  });
}

/** `kcat -L -J`: the cluster metadata as kcat (librdkafka) sees it. */
export async function kcatMetadata(bootstrap: string, timeoutMs?: number): Promise<unknown> {
  const res = await runProcess(KCAT, ['-L', '-b', bootstrap, '-J'], '', timeoutMs);
  if (res.code !== 0) throw new Error(`kcat -L failed (exit ${res.code}): ${res.stderr}`);
  return JSON.parse(res.stdout);
}

// ---------------------------------------------------------------- python clients

export type PythonClient = 'confluent' | 'kafka-python';

const pythonScripts: Record<PythonClient, string> = {
  confluent: path.join(repoRoot, 'test', 'integration', 'clients', 'confluent_client.py'),
  'kafka-python': path.join(repoRoot, 'test', 'integration', 'clients', 'kafka_python_client.py'),
};

interface PythonAnswer {
  ok: boolean;
  result?: unknown;
  error?: string;
  trace?: string;
}

/** Sends one JSON command to a python client script and returns its `result`, or throws its error. */
export async function runPythonClient(client: PythonClient, command: Record<string, unknown>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const res = await runProcess(PYTHON, [pythonScripts[client]], JSON.stringify(command), timeoutMs);
  const lastLine = res.stdout.trim().split('\n').at(-1) ?? '';
  let answer: PythonAnswer;
  try {
    answer = JSON.parse(lastLine) as PythonAnswer;
  } catch {
    throw new Error(`${client} client printed no JSON answer (exit ${res.code}); stdout:\n${res.stdout}\nstderr:\n${res.stderr}`);
  }
  if (!answer.ok) throw new Error(`${client} client: ${answer.error}\n${answer.trace ?? ''}\nstderr:\n${res.stderr}`);
  return answer.result;
}

export interface PythonProduceOptions {
  /** Client configuration in the library's own spelling (librdkafka keys, or kafka-python kwargs). */
  config?: Record<string, unknown>;
  timeoutMs?: number;
}

export async function pythonProduce(client: PythonClient, bootstrap: string, topic: string, records: TestRecord[], opts: PythonProduceOptions = {}): Promise<DeliveryReport[]> {
  const wire = records.map((r) => ({
    key: b64(r.key),
    value: b64(r.value),
    headers: Object.entries(r.headers ?? {}).map(([k, v]) => [k, b64(v)]),
    partition: r.partition ?? null,
    timestamp: r.timestamp ?? null,
  }));
  const timeoutS = (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000;
  const result = await runPythonClient(client, { op: 'produce', bootstrap, topic, records: wire, config: opts.config ?? {}, timeout_s: timeoutS * 0.8 }, opts.timeoutMs);
  return result as DeliveryReport[];
}

export interface PythonConsumeOptions {
  count: number;
  offset?: 'beginning' | 'end' | number;
  partitions?: number[];
  config?: Record<string, unknown>;
  timeoutMs?: number;
}

interface WireConsumed {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: Array<[string, string | null]>;
}

/** Reads up to `count` records by manual assignment (no group membership), stopping at the timeout. */
export async function pythonConsume(client: PythonClient, bootstrap: string, topic: string, opts: PythonConsumeOptions): Promise<ConsumedRecord[]> {
  const timeoutS = (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000;
  const result = (await runPythonClient(client, {
    op: 'consume', bootstrap, topic, count: opts.count, offset: opts.offset ?? 'beginning',
    partitions: opts.partitions ?? null, config: opts.config ?? {}, timeout_s: timeoutS * 0.8,
  }, opts.timeoutMs)) as WireConsumed[];
  return result.map((m) => ({
    ...m,
    key: fromB64(m.key),
    value: fromB64(m.value),
    headers: m.headers.map(([k, v]): [string, Buffer] => [k, fromB64(v) ?? Buffer.alloc(0)]),
  }));
}

/** An admin action of the python scripts (create_topics, delete_topics, list_topics, ...). */
export async function pythonAdmin(client: PythonClient, bootstrap: string, action: string, args: Record<string, unknown> = {}, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  return runPythonClient(client, { op: 'admin', action, bootstrap, timeout_s: (timeoutMs / 1000) * 0.8, ...args }, timeoutMs);
}

// ---------------------------------------------------------------- kafkajs

export interface InProcessProduceOptions {
  acks?: Acks;
  compression?: Compression;
}

export interface KafkajsProduceOptions extends InProcessProduceOptions {
  /** Where records without a partition go; kafkajs's default (Java-compatible murmur2) when absent. */
  createPartitioner?: ICustomPartitioner;
}

function kafkajs(bootstrap: string): Kafka {
  return new Kafka({ clientId: 'runnel-test-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
}

const kafkajsCompression: Partial<Record<Compression, CompressionTypes>> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
};

/** kafkajs ships only gzip; other codecs need plugins this harness does not register. */
export async function kafkajsProduce(bootstrap: string, topic: string, records: TestRecord[], opts: KafkajsProduceOptions = {}): Promise<DeliveryReport[]> {
  const compression = kafkajsCompression[opts.compression ?? 'none'];
  if (compression === undefined) throw new Error(`kafkajs helper supports only none|gzip, not ${opts.compression}`);
  const producer = kafkajs(bootstrap).producer({ allowAutoTopicCreation: false, createPartitioner: opts.createPartitioner });
  await producer.connect();
  try {
    const reports: DeliveryReport[] = [];
    // One send per record: kafkajs reports only a base offset per partition and batch.
    for (const r of records) {
      const [meta] = await producer.send({
        topic,
        acks: acksValue(opts.acks ?? -1),
        compression,
        messages: [{
          key: r.key ?? null,
          value: r.value,
          headers: r.headers,
          partition: r.partition,
          timestamp: r.timestamp === undefined ? undefined : String(r.timestamp),
        }],
      });
      reports.push({ partition: meta.partition, offset: Number(meta.baseOffset ?? -1), error: meta.errorCode === 0 ? null : `error code ${meta.errorCode}` });
    }
    return reports;
  } finally {
    await producer.disconnect();
  }
}

export interface GroupConsumeOptions {
  count: number;
  groupId?: string;
  timeoutMs?: number;
}

/**
 * Consumes from the beginning as a member of a consumer group: kafkajs has no group-free
 * consumer, so this needs FindCoordinator/JoinGroup/SyncGroup/Heartbeat/OffsetFetch on the broker.
 */
export async function kafkajsConsume(bootstrap: string, topic: string, opts: GroupConsumeOptions): Promise<ConsumedRecord[]> {
  const consumer = kafkajs(bootstrap).consumer({ groupId: opts.groupId ?? `runnel-test-${process.pid}-${Date.now()}` });
  const records: ConsumedRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kafkajs consumed ${records.length}/${opts.count} records before the timeout`)), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      consumer.run({
        eachMessage: async ({ topic: t, partition, message }) => {
          records.push({
            topic: t,
            partition,
            offset: Number(message.offset),
            timestamp: Number(message.timestamp),
            key: message.key,
            value: message.value,
            headers: Object.entries(message.headers ?? {}).flatMap(([k, v]): Array<[string, Buffer]> =>
              (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined).map((x) => [k, toBuffer(x)])),
          });
          if (records.length >= opts.count) {
            clearTimeout(timer);
            resolve();
          }
        },
      }).catch((e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      });
    });
    return records;
  } finally {
    await consumer.disconnect();
  }
}

const kafkajsDefaultPartitioner = Partitioners.DefaultPartitioner();

/** Where Java's (and kafkajs's default) partitioner puts a keyed record: the reference for murmur2 placement. */
export function javaPartition(key: string | Buffer, numPartitions: number): number {
  const partitionMetadata = Array.from({ length: numPartitions }, (_, partitionId) => ({ partitionErrorCode: 0, partitionId, leader: 1, replicas: [1], isr: [1], offlineReplicas: [] }));
  return kafkajsDefaultPartitioner({ topic: 'any', partitionMetadata, message: { key: toBuffer(key), value: null } });
}

// ---------------------------------------------------------------- @platformatic/kafka

const platformaticBase = (bootstrap: string) => ({ clientId: 'runnel-test-platformatic', bootstrapBrokers: [bootstrap], retries: 3 });

export async function platformaticProduce(bootstrap: string, topic: string, records: TestRecord[], opts: InProcessProduceOptions = {}): Promise<DeliveryReport[]> {
  const producer = new Producer({ ...platformaticBase(bootstrap), autocreateTopics: false });
  try {
    const reports: DeliveryReport[] = [];
    for (const r of records) {
      const result = await producer.send({
        acks: acksValue(opts.acks ?? -1),
        compression: (opts.compression ?? 'none') as CompressionAlgorithmValue,
        messages: [{
          topic,
          key: r.key == null ? undefined : toBuffer(r.key),
          value: r.value === null ? undefined : toBuffer(r.value),
          headers: r.headers === undefined ? undefined : new Map(Object.entries(r.headers).map(([k, v]) => [Buffer.from(k), toBuffer(v)])),
          partition: r.partition,
          timestamp: r.timestamp === undefined ? undefined : BigInt(r.timestamp),
        }],
      });
      const landed = result.offsets?.[0];
      reports.push({ partition: landed?.partition ?? null, offset: landed === undefined ? null : Number(landed.offset), error: null });
    }
    return reports;
  } finally {
    await producer.close();
  }
}

/**
 * Reads every partition from offset 0 with plain Fetch requests to each leader (no group):
 * Metadata for the topic id and leaders, then Fetch until `count` records or the timeout.
 */
export async function platformaticFetchAll(bootstrap: string, topic: string, opts: { count: number; timeoutMs?: number }): Promise<ConsumedRecord[]> {
  const consumer = new Consumer({ ...platformaticBase(bootstrap), groupId: `runnel-test-${process.pid}` });
  const records: ConsumedRecord[] = [];
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const meta = await consumer.metadata({ topics: [topic] });
    const topicMeta = meta.topics.get(topic);
    if (topicMeta === undefined) throw new Error(`no metadata for topic ${topic}`);
    const next = topicMeta.partitions.map(() => 0n);
    while (records.length < opts.count && Date.now() < deadline) {
      for (const [partition, p] of topicMeta.partitions.entries()) {
        const response = await consumer.fetch({
          node: p.leader,
          maxWaitTime: 200,
          topics: [{ topicId: topicMeta.id, partitions: [{ partition, currentLeaderEpoch: -1, fetchOffset: next[partition], lastFetchedEpoch: -1, partitionMaxBytes: 1 << 20 }] }],
        });
        for (const part of response.responses.flatMap((r) => r.partitions)) {
          if (part.errorCode !== 0) throw new Error(`fetch ${topic}-${partition} failed with error code ${part.errorCode}`);
          for (const batch of part.records ?? []) {
            for (const rec of batch.records) {
              const offset = batch.firstOffset + BigInt(rec.offsetDelta);
              if (offset < next[partition]) continue;
              records.push({
                topic,
                partition,
                offset: Number(offset),
                timestamp: Number(batch.firstTimestamp + rec.timestampDelta),
                key: rec.key,
                value: rec.value,
                headers: rec.headers.map(([k, v]): [string, Buffer] => [k?.toString() ?? '', v ?? Buffer.alloc(0)]),
              });
              next[partition] = offset + 1n;
            }
          }
        }
      }
    }
    return records.slice(0, opts.count);
  } finally {
    await consumer.close();
  }
}

/** Creates topics through @platformatic/kafka's admin client (CreateTopics). */
export async function platformaticCreateTopics(bootstrap: string, topics: string[], partitions: number, replicas = 1): Promise<void> {
  const admin = new Admin(platformaticBase(bootstrap));
  try {
    await admin.createTopics({ topics, partitions, replicas });
  } finally {
    await admin.close();
  }
}

// ---------------------------------------------------------------- runnel's own tools

/** Runs `runnel <args>` (the built CLI) with optional stdin; resolves with its exit code and output. */
export function runRunnel(args: string[], input: string | Buffer = '', timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessResult> {
  return runProcess(process.execPath, [path.join(repoRoot, 'dist', 'src', 'cli', 'runnel.js'), ...args], input, timeoutMs);
}
