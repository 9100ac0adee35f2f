// Replays metadata records onto an image. Maps are copied once per delta, not per record, so a
// CreateTopics with many partitions builds one new image.
import { MetadataImage, configKey, type BrokerImage, type PartitionImage, type TopicImage } from './metadataImage.js';
import type { MetadataRecord } from './metadataRecord.js';

/** PartitionChangeRecord uses -2 for "leader unchanged" and -1 for "no leader". */
const LEADER_UNCHANGED = -2;

export class MetadataDelta {
  private readonly topicsById: Map<string, TopicImage>;
  private readonly brokers: Map<number, BrokerImage>;
  private readonly configs: Map<string, ReadonlyMap<string, string>>;
  private readonly features: Map<string, number>;
  private nextProducerId: bigint;
  private offset: number;

  constructor(private readonly base: MetadataImage) {
    this.topicsById = new Map(base.topicsById);
    this.brokers = new Map(base.brokers);
    this.configs = new Map(base.configs);
    this.features = new Map(base.features);
    this.nextProducerId = base.nextProducerId;
    this.offset = base.offset;
  }

  replay(rec: MetadataRecord, offset: number): void {
    this.offset = offset;
    switch (rec.kind) {
      case 'TopicRecord':
        this.topicsById.set(rec.data.topicId, { name: rec.data.name, id: rec.data.topicId, partitions: new Map() });
        break;
      case 'PartitionRecord': {
        const d = rec.data;
        this.putPartition(d.topicId, {
          partitionId: d.partitionId,
          replicas: d.replicas,
          isr: d.isr,
          addingReplicas: d.addingReplicas,
          removingReplicas: d.removingReplicas,
          leader: d.leader,
          leaderEpoch: d.leaderEpoch,
          partitionEpoch: d.partitionEpoch,
        });
        break;
      }
      case 'PartitionChangeRecord': {
        const d = rec.data;
        const prev = this.topicsById.get(d.topicId)?.partitions.get(d.partitionId);
        if (!prev) break;
        const leaderChanged = d.leader !== undefined && d.leader !== LEADER_UNCHANGED;
        this.putPartition(d.topicId, {
          ...prev,
          isr: d.isr ?? prev.isr,
          replicas: d.replicas ?? prev.replicas,
          addingReplicas: d.addingReplicas ?? prev.addingReplicas,
          removingReplicas: d.removingReplicas ?? prev.removingReplicas,
          leader: leaderChanged ? d.leader! : prev.leader,
          leaderEpoch: leaderChanged ? prev.leaderEpoch + 1 : prev.leaderEpoch,
          partitionEpoch: prev.partitionEpoch + 1,
        });
        break;
      }
      case 'RemoveTopicRecord': {
        const t = this.topicsById.get(rec.data.topicId);
        if (t) {
          this.topicsById.delete(t.id);
          this.configs.delete(configKey(2, t.name));
        }
        break;
      }
      case 'ConfigRecord': {
        const key = configKey(rec.data.resourceType, rec.data.resourceName);
        const next = new Map(this.configs.get(key) ?? []);
        if (rec.data.value === null) next.delete(rec.data.name);
        else next.set(rec.data.name, rec.data.value);
        if (next.size === 0) this.configs.delete(key);
        else this.configs.set(key, next);
        break;
      }
      case 'RegisterBrokerRecord': {
        const d = rec.data;
        this.brokers.set(d.brokerId, {
          id: d.brokerId,
          epoch: d.brokerEpoch,
          incarnationId: d.incarnationId,
          endpoints: d.endPoints.map((e) => ({ name: e.name, host: e.host, port: e.port, securityProtocol: e.securityProtocol })),
          rack: d.rack,
          fenced: d.fenced,
          inControlledShutdown: d.inControlledShutdown,
        });
        break;
      }
      case 'UnfenceBrokerRecord':
      case 'FenceBrokerRecord': {
        const b = this.brokers.get(rec.data.id);
        if (b) this.brokers.set(b.id, { ...b, fenced: rec.kind === 'FenceBrokerRecord' });
        break;
      }
      case 'ProducerIdsRecord':
        this.nextProducerId = rec.data.nextProducerId;
        break;
      case 'FeatureLevelRecord':
        this.features.set(rec.data.name, rec.data.featureLevel);
        break;
      case 'NoOpRecord':
        break;
    }
  }

  private putPartition(topicId: string, p: PartitionImage): void {
    const t = this.topicsById.get(topicId);
    if (!t) return;
    const partitions = new Map(t.partitions);
    partitions.set(p.partitionId, p);
    this.topicsById.set(topicId, { ...t, partitions });
  }

  apply(): MetadataImage {
    const byName = new Map<string, TopicImage>();
    for (const t of this.topicsById.values()) byName.set(t.name, t);
    return new MetadataImage(this.offset, byName, this.topicsById, this.brokers, this.configs, this.nextProducerId, this.features);
  }
}
