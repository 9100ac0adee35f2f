// A metadata image written out as the records that rebuild it from nothing (what Kafka's
// snapshots hold): features first, then brokers, topics with their partitions, configs and the
// producer-id watermark. Replaying them onto the empty image gives back an equal image.
import type { MetadataImage } from './metadataImage.js';
import type { MetadataRecord } from './metadataRecord.js';

export function imageRecords(image: MetadataImage): MetadataRecord[] {
  const records: MetadataRecord[] = [];
  for (const [name, featureLevel] of image.features) records.push({ kind: 'FeatureLevelRecord', data: { name, featureLevel } });
  for (const b of image.brokers.values()) {
    records.push({
      kind: 'RegisterBrokerRecord',
      data: {
        brokerId: b.id,
        isMigratingZkBroker: false,
        incarnationId: b.incarnationId,
        brokerEpoch: b.epoch,
        endPoints: b.endpoints.map((e) => ({ name: e.name, host: e.host, port: e.port, securityProtocol: e.securityProtocol })),
        features: [],
        rack: b.rack,
        fenced: b.fenced,
        inControlledShutdown: b.inControlledShutdown,
        logDirs: [],
      },
    });
  }
  for (const t of image.topicsById.values()) {
    records.push({ kind: 'TopicRecord', data: { name: t.name, topicId: t.id } });
    for (const p of t.partitions.values()) {
      records.push({
        kind: 'PartitionRecord',
        data: {
          partitionId: p.partitionId,
          topicId: t.id,
          replicas: [...p.replicas],
          isr: [...p.isr],
          removingReplicas: [...p.removingReplicas],
          addingReplicas: [...p.addingReplicas],
          leader: p.leader,
          leaderRecoveryState: 0,
          leaderEpoch: p.leaderEpoch,
          partitionEpoch: p.partitionEpoch,
          directories: [],
        },
      });
    }
  }
  for (const [key, values] of image.configs) {
    const colon = key.indexOf(':');
    const resourceType = Number(key.slice(0, colon));
    const resourceName = key.slice(colon + 1);
    for (const [name, value] of values) records.push({ kind: 'ConfigRecord', data: { resourceType, resourceName, name, value } });
  }
  if (image.nextProducerId > 0n) records.push({ kind: 'ProducerIdsRecord', data: { brokerId: -1, brokerEpoch: -1n, nextProducerId: image.nextProducerId } });
  return records;
}
