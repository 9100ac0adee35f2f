// Broker membership on the active controller (Kafka's ClusterControlManager and the broker half of
// ReplicationControlManager): registration, heartbeats, unfencing once caught up, fencing after
// the session timeout, controlled shutdown, and the leader elections each of those triggers.
// Every method works on the committed image and returns the records to commit with its answer;
// the quorum controller runs them one at a time.
import type { Logger } from 'pino';
import type { BrokerHeartbeatRequest } from '../protocol/generated/messages/BrokerHeartbeatRequest.js';
import type { BrokerHeartbeatResponse } from '../protocol/generated/messages/BrokerHeartbeatResponse.js';
import type { BrokerRegistrationRequest } from '../protocol/generated/messages/BrokerRegistrationRequest.js';
import type { BrokerRegistrationResponse } from '../protocol/generated/messages/BrokerRegistrationResponse.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { imageWithRecords } from '../metadata/imageWithRecords.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { MetadataRecord } from '../metadata/metadataRecord.js';
import { BrokerHeartbeatManager } from './brokerHeartbeatManager.js';
import { electLeaders, type ElectionResult } from './leaderElection.js';
import { partitionChanges, preferredLeaderChanges } from './partitionLeaderElection.js';

export interface ClusterControlOptions {
  readonly clusterId: string;
  readonly brokerSessionTimeoutMs: number;
  readonly uncleanLeaderElectionEnable: boolean;
}

export interface Step<T> {
  records: MetadataRecord[];
  result: T;
}

export class ClusterControlManager {
  private readonly heartbeats = new BrokerHeartbeatManager();
  /** Brokers heard from since this controller became active: only their sessions can block a re-registration. */
  private readonly heard = new Set<number>();

  constructor(
    private readonly options: ClusterControlOptions,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {}

  becameActive(image: MetadataImage): void {
    this.heartbeats.reset(image.brokers.keys(), this.now());
    this.heard.clear();
  }

  register(image: MetadataImage, req: BrokerRegistrationRequest, nextOffset: number): Step<BrokerRegistrationResponse> {
    const answer = (errorCode: number, brokerEpoch = -1n): Step<BrokerRegistrationResponse> => ({ records: [], result: { throttleTimeMs: 0, errorCode, brokerEpoch } });
    if (req.clusterId !== this.options.clusterId) return answer(ErrorCode.INCONSISTENT_CLUSTER_ID);
    const existing = image.brokers.get(req.brokerId);
    const now = this.now();
    if (existing && existing.incarnationId !== req.incarnationId && !existing.fenced && this.heard.has(req.brokerId) && !this.heartbeats.stale(now, this.options.brokerSessionTimeoutMs).includes(req.brokerId)) {
      return answer(ErrorCode.DUPLICATE_BROKER_REGISTRATION);
    }
    const brokerEpoch = BigInt(nextOffset);
    const records: MetadataRecord[] = [
      {
        kind: 'RegisterBrokerRecord',
        data: {
          brokerId: req.brokerId,
          isMigratingZkBroker: false,
          incarnationId: req.incarnationId,
          brokerEpoch,
          endPoints: req.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port, securityProtocol: l.securityProtocol })),
          features: [],
          rack: req.rack,
          fenced: true,
          inControlledShutdown: false,
          logDirs: [],
        },
      },
    ];
    // A new incarnation starts fenced: whatever the old one led moves now.
    records.push(...this.elections(imageWithRecords(image, records)));
    this.heartbeats.registered(req.brokerId, nextOffset, now);
    this.heard.add(req.brokerId);
    this.logger.info({ brokerId: req.brokerId, brokerEpoch: String(brokerEpoch), rack: req.rack }, 'registered broker');
    return { records, result: { throttleTimeMs: 0, errorCode: ErrorCode.NONE, brokerEpoch } };
  }

  heartbeat(image: MetadataImage, req: BrokerHeartbeatRequest): Step<BrokerHeartbeatResponse> {
    const answer = (errorCode: number, fields: Partial<BrokerHeartbeatResponse> = {}): BrokerHeartbeatResponse => ({
      throttleTimeMs: 0,
      errorCode,
      isCaughtUp: false,
      isFenced: true,
      shouldShutDown: false,
      ...fields,
    });
    const broker = image.brokers.get(req.brokerId);
    if (!broker) return { records: [], result: answer(ErrorCode.BROKER_ID_NOT_REGISTERED) };
    if (broker.epoch !== req.brokerEpoch) return { records: [], result: answer(ErrorCode.STALE_BROKER_EPOCH) };
    this.heartbeats.touch(req.brokerId, this.now());
    this.heard.add(req.brokerId);
    const isCaughtUp = this.heartbeats.isCaughtUp(req.brokerId, broker.epoch, req.currentMetadataOffset);

    if (req.wantShutDown) {
      // Controlled shutdown: leadership moves first, then the broker is fenced and may go.
      this.heartbeats.beginShutdown(req.brokerId);
      const records = this.elections(image);
      if (!broker.fenced) {
        const fence: MetadataRecord = { kind: 'FenceBrokerRecord', data: { id: broker.id, epoch: broker.epoch } };
        records.push(fence, ...this.elections(imageWithRecords(image, [...records, fence]), [broker.id]));
        this.logger.info({ brokerId: broker.id }, 'controlled shutdown: leadership moved, broker fenced');
      }
      return { records, result: answer(ErrorCode.NONE, { isCaughtUp, isFenced: true, shouldShutDown: true }) };
    }
    if (broker.fenced && isCaughtUp && !req.wantFence && !this.heartbeats.isShuttingDown(req.brokerId)) {
      const unfence: MetadataRecord = { kind: 'UnfenceBrokerRecord', data: { id: broker.id, epoch: broker.epoch } };
      this.logger.info({ brokerId: broker.id }, 'unfencing broker: it has caught up');
      return { records: [unfence, ...this.elections(imageWithRecords(image, [unfence]))], result: answer(ErrorCode.NONE, { isCaughtUp, isFenced: false }) };
    }
    return { records: [], result: answer(ErrorCode.NONE, { isCaughtUp, isFenced: broker.fenced }) };
  }

  /** Fences brokers whose session expired and moves their leaderships. */
  fenceStale(image: MetadataImage): Step<number[]> {
    const stale = this.heartbeats.stale(this.now(), this.options.brokerSessionTimeoutMs).filter((id) => image.brokers.get(id)?.fenced === false);
    if (stale.length === 0) return { records: [], result: [] };
    const records: MetadataRecord[] = stale.map((id) => ({ kind: 'FenceBrokerRecord', data: { id, epoch: image.brokers.get(id)!.epoch } }));
    records.push(...this.elections(imageWithRecords(image, records)));
    for (const id of stale) this.logger.warn({ brokerId: id, sessionTimeoutMs: this.options.brokerSessionTimeoutMs }, 'fencing broker: no heartbeat within the session timeout');
    return { records, result: stale };
  }

  /** Moves leaderships back to preferred replicas where brokers are too imbalanced; resolves with how many moved. */
  rebalanceLeaders(image: MetadataImage, imbalancePercentage: number): Step<number> {
    const records = preferredLeaderChanges(image, this.eligible(image), imbalancePercentage);
    if (records.length > 0) this.logger.info({ partitions: records.length }, 'moving leadership back to preferred replicas');
    return { records, result: records.length };
  }

  /** ElectLeaders: preferred or unclean elections among the eligible brokers. */
  electLeaders(image: MetadataImage, electionType: number, partitions: ReadonlyArray<{ topic: string; partition: number }> | null): Step<ElectionResult[]> {
    const step = electLeaders(image, electionType, partitions, this.eligible(image));
    if (step.records.length > 0) this.logger.info({ electionType, partitions: step.records.length }, 'leader election');
    return step;
  }

  /** Brokers that may lead: registered, unfenced and not shutting down. */
  private eligible(image: MetadataImage): Set<number> {
    const eligible = new Set<number>();
    for (const b of image.brokers.values()) if (!b.fenced && !this.heartbeats.isShuttingDown(b.id)) eligible.add(b.id);
    return eligible;
  }

  /** Leader and ISR changes for the image's brokers: fenced ones leave ISRs, leaders must be eligible. */
  private elections(image: MetadataImage, alsoRemove: readonly number[] = []): MetadataRecord[] {
    const removeFromIsr = new Set<number>(alsoRemove);
    for (const b of image.brokers.values()) if (b.fenced) removeFromIsr.add(b.id);
    return partitionChanges(image, { eligible: this.eligible(image), removeFromIsr, unclean: this.options.uncleanLeaderElectionEnable });
  }
}
