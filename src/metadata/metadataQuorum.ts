// This node's replica of the __cluster_metadata quorum (Kafka's KafkaRaftManager): the Raft log
// in the metadata log dir, the quorum-state file beside it, the Raft client that replays committed
// metadata into the MetadataCache through the MetadataLoader, the controller-listener network
// channel, and the driver that runs it all on real time. Voters replicate and vote; a broker-only
// node is an observer that fetches.
import path from 'node:path';
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/brokerConfig.js';
import type { DescribeQuorumResponse } from '../protocol/generated/messages/DescribeQuorumResponse.js';
import { systemClock } from '../raft/clock.js';
import { FileQuorumStateStore } from '../raft/fileQuorumStateStore.js';
import { KafkaNetworkChannel } from '../raft/kafkaNetworkChannel.js';
import { RaftClient } from '../raft/raftClient.js';
import { RaftClientDriver } from '../raft/raftClientDriver.js';
import type { RaftRequest, RaftResponse } from '../raft/raftMessage.js';
import { mathRandom } from '../raft/random.js';
import type { SnapshotControlRecord } from '../raft/raftSnapshot.js';
import { StorageRaftLog } from '../raft/storageRaftLog.js';
import type { MetadataCache } from './metadataCache.js';
import { MetadataLoader } from './metadataLoader.js';
import { readBootstrapVoters, voterControlRecords } from './bootstrapVoters.js';
import { metadataRaftConfig } from './metadataRaftConfig.js';

export const CLUSTER_METADATA_TOPIC = '__cluster_metadata';

/** How long a resigning leader keeps running so its EndQuorumEpoch requests go out. */
const RESIGN_GRACE_MS = 100;

/** How long a node waits to connect to another controller before the core retries. */
const CONNECT_TIMEOUT_MS = 2000;

/** Each voter's controller-listener address and, in a formatted (KIP-853) quorum, its metadata directory id. */
export type VoterEndpoints = ReadonlyMap<number, { readonly host: string; readonly port: number; readonly directoryId?: string }>;

/** The quorum's voters and the control records its snapshots carry to keep them. */
export interface QuorumVoters {
  readonly endpoints: VoterEndpoints;
  readonly snapshotControlRecords: readonly SnapshotControlRecord[];
}

/**
 * The voters and their controller-listener addresses: from controller.quorum.voters (a static
 * quorum), else from the newest checkpoint in metadata.log.dir that names them (a quorum formatted
 * with --standalone or --initial-controllers). Adding or removing voters (AddRaftVoter,
 * RemoveRaftVoter) is not supported, so a formatted voter set stays as it was formatted.
 */
export function quorumVoters(config: BrokerConfig): QuorumVoters {
  if (config.quorumVoters.length > 0) {
    return { endpoints: new Map(config.quorumVoters.map((v) => [v.id, { host: v.host, port: v.port }])), snapshotControlRecords: [] };
  }
  const formatted = readBootstrapVoters(config.metadataLogDir);
  if (formatted === null) {
    throw new Error(
      `controller.quorum.voters is empty and ${config.metadataLogDir} names no voters: set controller.quorum.voters, or format a controller with runnel storage format --standalone or --initial-controllers`,
    );
  }
  return {
    endpoints: new Map(formatted.map((v) => [v.id, { host: v.host, port: v.port, directoryId: v.directoryId }])),
    snapshotControlRecords: voterControlRecords(formatted, config.controllerListenerNames[0] ?? 'CONTROLLER'),
  };
}

export class MetadataQuorum {
  private constructor(
    readonly raft: RaftClient,
    readonly driver: RaftClientDriver,
    readonly loader: MetadataLoader,
    readonly voters: VoterEndpoints,
    private readonly channel: KafkaNetworkChannel,
    private readonly log: StorageRaftLog,
    private readonly clusterId: string,
    private readonly logger: Logger,
  ) {}

  static async open(config: BrokerConfig, clusterId: string, cache: MetadataCache, logger: Logger): Promise<MetadataQuorum> {
    const { endpoints: voters, snapshotControlRecords } = quorumVoters(config);
    const dir = path.join(config.metadataLogDir, `${CLUSTER_METADATA_TOPIC}-0`);
    const log = await StorageRaftLog.open(dir, { logger: logger.child({ component: 'metadata-log' }) });
    const loader = new MetadataLoader(cache, logger.child({ component: 'metadata-loader' }));
    const raftConfig = { ...metadataRaftConfig(config, clusterId), snapshotControlRecords };
    // The driver exists only once the client does, and the channel hands it the answers.
    let driver: RaftClientDriver | null = null;
    const channel = new KafkaNetworkChannel({
      nodeId: config.nodeId,
      clusterId,
      endpoints: voters,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      requestTimeoutMs: raftConfig.requestTimeoutMs,
      logger: logger.child({ component: 'raft-channel' }),
      deliver: (source, correlationId, response) => void driver?.handleResponse(source, correlationId, response),
    });
    const raftLogger = logger.child({ component: 'raft' });
    const raft = new RaftClient({
      nodeId: config.nodeId,
      voters: [...voters.keys()],
      config: raftConfig,
      log,
      store: new FileQuorumStateStore(dir),
      stateMachine: loader,
      transport: channel,
      clock: systemClock,
      random: mathRandom,
      logger: raftLogger,
    });
    driver = new RaftClientDriver(raft, raftLogger);
    return new MetadataQuorum(raft, driver, loader, voters, channel, log, clusterId, logger);
  }

  get isVoter(): boolean {
    return this.voters.has(this.raft.nodeId);
  }

  start(): Promise<void> {
    return this.driver.start();
  }

  /** A replica request that arrived on the controller listener. */
  handleRequest(source: number, request: RaftRequest): Promise<RaftResponse> {
    return this.driver.handleRequest(source, request);
  }

  /**
   * Resolves once a leader is known and this node has applied everything committed when it asked
   * (Kafka brokers catch up like this before registering).
   */
  async waitForCatchUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let target: number | null = null;
    for (;;) {
      const hw = this.raft.highWatermark;
      if (target === null && this.raft.leaderId >= 0 && hw !== null) target = hw;
      if (target !== null && this.raft.appliedOffset >= target) return;
      const other = this.channel.inconsistentClusterFrom;
      if (other !== null) {
        throw new Error(
          `node ${other} refused this node with INCONSISTENT_CLUSTER_ID: its storage was formatted for another cluster than ${this.clusterId}; format every node with the same \`runnel storage format -t <cluster-id>\``,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(`the metadata quorum did not answer within ${timeoutMs} ms (leader ${this.raft.leaderId}, high watermark ${hw ?? 'unknown'}): are the controllers in controller.quorum.voters running?`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** DescribeQuorum as this node's Raft client answers it, with the voters' controller endpoints and directory ids. */
  async describeQuorum(controllerListenerName: string): Promise<DescribeQuorumResponse> {
    const response = await this.raft.describeQuorum();
    for (const voter of response.topics[0]?.partitions[0]?.currentVoters ?? []) {
      const directoryId = this.voters.get(voter.replicaId)?.directoryId;
      if (directoryId !== undefined) voter.replicaDirectoryId = directoryId;
    }
    response.nodes = [...this.voters].map(([nodeId, e]) => ({ nodeId, listeners: [{ name: controllerListenerName, host: e.host, port: e.port }] }));
    return response;
  }

  /** Hands leadership over (EndQuorumEpoch) when leading, then stops. */
  async close(): Promise<void> {
    if (this.raft.stateName === 'leader' && this.voters.size > 1) {
      try {
        await this.raft.resign();
        this.driver.wakeup();
        // One poll sends EndQuorumEpoch to the others so they elect at once, not after a timeout.
        await new Promise((r) => setTimeout(r, RESIGN_GRACE_MS));
        this.logger.info('resigned metadata quorum leadership for shutdown');
      } catch (err) {
        this.logger.warn({ err }, 'could not resign metadata quorum leadership');
      }
    }
    this.driver.stop();
    this.channel.close();
    await this.log.close();
  }
}
