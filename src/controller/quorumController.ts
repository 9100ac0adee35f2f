// The quorum controller: turns admin requests into metadata records and commits them through the
// Raft-replicated metadata log. Only the active controller (the Raft leader) writes; the records
// reach every node's image by replay once committed, this one's included.
//
// Operations run one at a time (an async queue), so validation always sees the image that the
// previous operation committed.
import type { ElectionResult } from './leaderElection.js';
import { imageWithRecords } from '../metadata/imageWithRecords.js';
import { reassignPartition, type ReassignmentResult } from './partitionReassignment.js';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import type { MetadataCache } from '../metadata/metadataCache.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { ConfigResourceType } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { collisionKey, invalidTopicNameReason } from '../metadata/topicName.js';
import { NotControllerError } from './notControllerError.js';
import { ClusterControlManager, type ClusterControlOptions } from './clusterControlManager.js';
import { PRODUCER_ID_BLOCK_SIZE } from '../txn/producerIdManager.js';
import { alterPartition } from './alterPartitionControl.js';
import type { AlterPartitionRequest } from '../protocol/generated/messages/AlterPartitionRequest.js';
import type { AlterPartitionResponse } from '../protocol/generated/messages/AlterPartitionResponse.js';
import type { AllocateProducerIdsRequest } from '../protocol/generated/messages/AllocateProducerIdsRequest.js';
import type { AllocateProducerIdsResponse } from '../protocol/generated/messages/AllocateProducerIdsResponse.js';
import type { BrokerHeartbeatRequest } from '../protocol/generated/messages/BrokerHeartbeatRequest.js';
import type { BrokerHeartbeatResponse } from '../protocol/generated/messages/BrokerHeartbeatResponse.js';
import type { BrokerRegistrationRequest } from '../protocol/generated/messages/BrokerRegistrationRequest.js';
import type { BrokerRegistrationResponse } from '../protocol/generated/messages/BrokerRegistrationResponse.js';
import { ReplicaPlacementError, placeReplicas } from './replicaPlacer.js';

export interface MetadataLog {
  /** True when this node may write: the Raft leader, caught up with the records of earlier epochs. */
  isActive(): boolean;
  /** The active controller this node knows of, or -1. */
  leaderId(): number;
  /** The offset the next committed record gets (Kafka uses it as a new broker's epoch). */
  nextOffset(): number;
  /**
   * Proposes the records as one atomic batch and resolves once they are committed and replayed into
   * the metadata cache. Throws NotControllerError when this node cannot write.
   */
  commit(records: readonly MetadataRecord[]): Promise<void>;
}

export interface OpResult {
  errorCode: number;
  errorMessage: string | null;
}

const OK: OpResult = { errorCode: ErrorCode.NONE, errorMessage: null };

function fail(errorCode: number, errorMessage: string): OpResult {
  return { errorCode, errorMessage };
}

export interface CreateTopicSpec {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: ReadonlyArray<{ partitionIndex: number; brokerIds: readonly number[] }>;
  configs: ReadonlyMap<string, string | null>;
}

export interface CreateTopicOutcome extends OpResult {
  name: string;
  topicId: string | null;
  numPartitions: number;
  replicationFactor: number;
}

export interface ControllerDefaults {
  numPartitions: number;
  defaultReplicationFactor: number;
  deleteTopicEnable: boolean;
}

/** Validates topic-level configs; returns Kafka-style problems (empty when valid). */
export type TopicConfigValidator = (configs: ReadonlyMap<string, string | null>) => string[];

export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A random Kafka Uuid in base64url; like Kafka, never the zero id and never starting with '-'. */
export function randomTopicId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (id !== ZERO_UUID && !id.startsWith('-')) return id;
  }
}

export class QuorumController {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cluster: ClusterControlManager;

  constructor(
    private readonly cache: MetadataCache,
    private readonly log: MetadataLog,
    private readonly defaults: ControllerDefaults,
    private readonly validateTopicConfigs: TopicConfigValidator,
    private readonly logger: Logger,
    cluster: ClusterControlOptions = { clusterId: '', brokerSessionTimeoutMs: 9000, uncleanLeaderElectionEnable: false },
    now: () => number = Date.now,
  ) {
    this.cluster = new ClusterControlManager(cluster, now, logger);
  }

  /** This node just became the active controller: brokers get fresh sessions. */
  becameActive(): void {
    this.cluster.becameActive(this.cache.image);
  }

  registerBroker(req: BrokerRegistrationRequest): Promise<BrokerRegistrationResponse> {
    return this.run((image) => this.cluster.register(image, req, this.log.nextOffset()));
  }

  brokerHeartbeat(req: BrokerHeartbeatRequest): Promise<BrokerHeartbeatResponse> {
    return this.run((image) => this.cluster.heartbeat(image, req));
  }

  /** Fences brokers whose heartbeats stopped; resolves with their ids. */
  fenceStaleBrokers(): Promise<number[]> {
    return this.run((image) => this.cluster.fenceStale(image));
  }

  /** Auto leader rebalance: leaderships back to preferred replicas; resolves with how many moved. */
  rebalanceLeaders(imbalancePercentage: number): Promise<number> {
    return this.run((image) => this.cluster.rebalanceLeaders(image, imbalancePercentage));
  }

  /** AlterPartitionReassignments: one answer per partition, in request order. */
  reassignPartitions(
    specs: ReadonlyArray<{ topic: string; partition: number; replicas: readonly number[] | null }>,
  ): Promise<ReassignmentResult[]> {
    return this.run((image) => {
      const records: MetadataRecord[] = [];
      const results = specs.map((spec) => {
        // Each partition is judged on the image with the earlier ones of this request applied.
        const step = reassignPartition(imageWithRecords(image, records), spec.topic, spec.partition, spec.replicas);
        records.push(...step.records);
        return step.result;
      });
      return { records, result: results };
    });
  }

  /** ElectLeaders (preferred or unclean) for the named partitions, or all when null. */
  electLeaders(electionType: number, partitions: ReadonlyArray<{ topic: string; partition: number }> | null): Promise<ElectionResult[]> {
    return this.run((image) => this.cluster.electLeaders(image, electionType, partitions));
  }

  /** A partition leader's ISR change. */
  alterPartition(req: AlterPartitionRequest): Promise<AlterPartitionResponse> {
    return this.run((image) => alterPartition(image, req));
  }

  /** A block of producer ids for a broker, committed as a ProducerIdsRecord before it is handed out. */
  allocateProducerIds(req: AllocateProducerIdsRequest): Promise<AllocateProducerIdsResponse> {
    return this.run((image) => {
      const answer = (errorCode: number, start = -1n, length = 0): { records: MetadataRecord[]; result: AllocateProducerIdsResponse } => ({
        records: [],
        result: { throttleTimeMs: 0, errorCode, producerIdStart: start, producerIdLen: length },
      });
      const broker = image.brokers.get(req.brokerId);
      if (!broker) return answer(ErrorCode.BROKER_ID_NOT_REGISTERED);
      if (broker.epoch !== req.brokerEpoch) return answer(ErrorCode.STALE_BROKER_EPOCH);
      const start = image.nextProducerId;
      const next = start + BigInt(PRODUCER_ID_BLOCK_SIZE);
      if (next > BigInt(Number.MAX_SAFE_INTEGER)) return answer(ErrorCode.UNKNOWN_SERVER_ERROR);
      return {
        records: [{ kind: 'ProducerIdsRecord', data: { brokerId: req.brokerId, brokerEpoch: req.brokerEpoch, nextProducerId: next } }],
        result: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerIdStart: start, producerIdLen: PRODUCER_ID_BLOCK_SIZE },
      };
    });
  }

  get image(): MetadataImage {
    return this.cache.image;
  }

  /** True when this node is the active controller. */
  get isActive(): boolean {
    return this.log.isActive();
  }

  /**
   * Runs `op` after every earlier operation, on the image the previous operation committed;
   * `op` returns the records to commit and the result. Throws NotControllerError when inactive.
   */
  private run<T>(op: (image: MetadataImage) => { records: MetadataRecord[]; result: T }): Promise<T> {
    const next = this.queue.then(async () => {
      if (!this.log.isActive()) throw new NotControllerError(this.log.leaderId());
      const { records, result } = op(this.cache.image);
      if (records.length > 0) await this.log.commit(records);
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Commits records prepared elsewhere (broker registration, bootstrap features). */
  commitRecords(records: MetadataRecord[]): Promise<void> {
    return this.run(() => ({ records, result: undefined }));
  }

  createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicOutcome[]> {
    return this.run((image) => {
      const records: MetadataRecord[] = [];
      const results: CreateTopicOutcome[] = [];
      const seen = new Set<string>();
      const collisions = new Map<string, string>();
      for (const t of image.topicsByName.keys()) collisions.set(collisionKey(t), t);
      for (const spec of specs) {
        const outcome = (r: OpResult, extra?: Partial<CreateTopicOutcome>): void => {
          results.push({ ...r, name: spec.name, topicId: null, numPartitions: -1, replicationFactor: -1, ...extra });
        };
        if (seen.has(spec.name)) {
          outcome(fail(ErrorCode.INVALID_REQUEST, `Create topics request from client has multiple entries for topic ${spec.name}.`));
          continue;
        }
        seen.add(spec.name);
        const bad = invalidTopicNameReason(spec.name);
        if (bad) {
          outcome(fail(ErrorCode.INVALID_TOPIC_EXCEPTION, bad));
          continue;
        }
        if (image.topicsByName.has(spec.name)) {
          outcome(fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`));
          continue;
        }
        const clash = collisions.get(collisionKey(spec.name));
        if (clash !== undefined) {
          outcome(fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic '${spec.name}' collides with existing topic: ${clash}`));
          continue;
        }
        const problems = this.validateTopicConfigs(spec.configs);
        if (problems.length > 0) {
          outcome(fail(ErrorCode.INVALID_CONFIG, problems.join('; ')));
          continue;
        }
        const placed = this.placeNewTopic(image, spec);
        if ('errorCode' in placed) {
          outcome(placed);
          continue;
        }
        const topicId = randomTopicId();
        const rf = placed[0]?.length ?? 0;
        results.push({ ...OK, name: spec.name, topicId, numPartitions: placed.length, replicationFactor: rf });
        collisions.set(collisionKey(spec.name), spec.name);
        if (validateOnly) continue;
        records.push({ kind: 'TopicRecord', data: { name: spec.name, topicId } });
        for (const [name, value] of spec.configs) {
          if (value === null) continue;
          records.push({ kind: 'ConfigRecord', data: { resourceType: ConfigResourceType.TOPIC, resourceName: spec.name, name, value } });
        }
        placed.forEach((replicas, partitionId) => records.push(partitionRecord(topicId, partitionId, replicas)));
        this.logger.info({ topic: spec.name, topicId, partitions: placed.length, replicationFactor: rf }, 'creating topic');
      }
      return { records, result: results };
    });
  }

  private placeNewTopic(image: MetadataImage, spec: CreateTopicSpec): number[][] | OpResult {
    if (spec.assignments.length > 0) {
      if (spec.numPartitions !== -1 || spec.replicationFactor !== -1) {
        return fail(ErrorCode.INVALID_REQUEST, 'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.');
      }
      const sorted = [...spec.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex);
      for (let i = 0; i < sorted.length; i++) {
        const a = sorted[i];
        if (a.partitionIndex !== i) {
          return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'Partitions should be a consecutive 0-based integer sequence');
        }
        if (a.brokerIds.length === 0 || new Set(a.brokerIds).size !== a.brokerIds.length) {
          return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Duplicate or empty replica assignment for partition ${i}`);
        }
        const unknown = a.brokerIds.find((b) => !image.brokers.has(b));
        if (unknown !== undefined) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unknown broker id ${unknown} in the assignment`);
      }
      return sorted.map((a) => [...a.brokerIds]);
    }
    const numPartitions = spec.numPartitions === -1 ? this.defaults.numPartitions : spec.numPartitions;
    const rf = spec.replicationFactor === -1 ? this.defaults.defaultReplicationFactor : spec.replicationFactor;
    if (numPartitions <= 0) return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.');
    if (rf <= 0) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0, or -1 to use the default value.');
    try {
      return placeReplicas(image.liveBrokers(), numPartitions, rf);
    } catch (err) {
      if (err instanceof ReplicaPlacementError) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, err.message);
      throw err;
    }
  }

  deleteTopics(refs: ReadonlyArray<{ name: string | null; topicId: string | null }>): Promise<Array<OpResult & { name: string | null; topicId: string }>> {
    return this.run((image) => {
      const records: MetadataRecord[] = [];
      const results: Array<OpResult & { name: string | null; topicId: string }> = [];
      const deleting = new Set<string>();
      for (const ref of refs) {
        const topic = ref.topicId !== null && ref.topicId !== ZERO_UUID ? image.topicsById.get(ref.topicId) : ref.name !== null ? image.topicsByName.get(ref.name) : undefined;
        const base = { name: topic?.name ?? ref.name, topicId: topic?.id ?? ref.topicId ?? ZERO_UUID };
        if (!this.defaults.deleteTopicEnable) {
          results.push({ ...base, ...fail(ErrorCode.TOPIC_DELETION_DISABLED, 'Topic deletion is disabled.') });
        } else if (!topic) {
          const byId = ref.topicId !== null && ref.topicId !== ZERO_UUID;
          results.push({
            ...base,
            ...(byId
              ? fail(ErrorCode.UNKNOWN_TOPIC_ID, 'This server does not host this topic ID.')
              : fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.')),
          });
        } else {
          results.push({ ...base, ...OK });
          if (!deleting.has(topic.id)) {
            deleting.add(topic.id);
            records.push({ kind: 'RemoveTopicRecord', data: { topicId: topic.id } });
            this.logger.info({ topic: topic.name, topicId: topic.id }, 'deleting topic');
          }
        }
      }
      return { records, result: results };
    });
  }

  createPartitions(
    specs: ReadonlyArray<{ name: string; count: number; assignments: ReadonlyArray<readonly number[]> | null }>,
    validateOnly: boolean,
  ): Promise<Array<OpResult & { name: string }>> {
    return this.run((image) => {
      const records: MetadataRecord[] = [];
      const results: Array<OpResult & { name: string }> = [];
      for (const spec of specs) {
        const topic = image.topicsByName.get(spec.name);
        const push = (r: OpResult): void => void results.push({ ...r, name: spec.name });
        if (!topic) {
          push(fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.'));
          continue;
        }
        const current = topic.partitions.size;
        if (spec.count < current) {
          push(fail(ErrorCode.INVALID_PARTITIONS, `Topic currently has ${current} partitions, which is higher than the requested ${spec.count}.`));
          continue;
        }
        if (spec.count === current) {
          push(fail(ErrorCode.INVALID_PARTITIONS, `Topic already has ${current} partitions.`));
          continue;
        }
        const rf = topic.partitions.get(0)?.replicas.length ?? 1;
        const added = spec.count - current;
        let placed: number[][];
        if (spec.assignments) {
          if (spec.assignments.length !== added) {
            push(fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Attempted to add ${added} additional partition(s), but only ${spec.assignments.length} assignment(s) were specified.`));
            continue;
          }
          placed = spec.assignments.map((a) => [...a]);
        } else {
          try {
            placed = placeReplicas(image.liveBrokers(), added, rf, current);
          } catch (err) {
            if (!(err instanceof ReplicaPlacementError)) throw err;
            push(fail(ErrorCode.INVALID_REPLICATION_FACTOR, err.message));
            continue;
          }
        }
        push(OK);
        if (validateOnly) continue;
        placed.forEach((replicas, i) => records.push(partitionRecord(topic.id, current + i, replicas)));
      }
      return { records, result: results };
    });
  }

  /**
   * Sets (value) or removes (null) configs of one resource. Validation is the caller's: it knows
   * the broker and topic config tables.
   */
  alterConfigs(changes: ReadonlyArray<{ resourceType: number; resourceName: string; configs: ReadonlyMap<string, string | null> }>): Promise<void> {
    return this.run(() => {
      const records: MetadataRecord[] = [];
      for (const c of changes) {
        for (const [name, value] of c.configs) {
          records.push({ kind: 'ConfigRecord', data: { resourceType: c.resourceType, resourceName: c.resourceName, name, value } });
        }
      }
      return { records, result: undefined };
    });
  }
}

function partitionRecord(topicId: string, partitionId: number, replicas: number[]): MetadataRecord {
  return {
    kind: 'PartitionRecord',
    data: {
      partitionId,
      topicId,
      replicas,
      isr: [...replicas],
      removingReplicas: [],
      addingReplicas: [],
      leader: replicas[0],
      leaderRecoveryState: 0,
      leaderEpoch: 0,
      partitionEpoch: 0,
      directories: [],
    },
  };
}
