import t from 'tap';
import { MetadataDelta } from '../../src/metadata/metadataDelta.js';
import { MetadataImage } from '../../src/metadata/metadataImage.js';
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from '../../src/metadata/metadataRecord.js';
import { imageRecords } from '../../src/metadata/metadataSnapshot.js';

function replay(records: readonly MetadataRecord[], base = MetadataImage.EMPTY): MetadataImage {
  const delta = new MetadataDelta(base);
  records.forEach((r, i) => delta.replay(r, base.offset + 1 + i));
  return delta.apply();
}

const broker = (id: number, fenced: boolean): MetadataRecord => ({
  kind: 'RegisterBrokerRecord',
  data: {
    brokerId: id,
    isMigratingZkBroker: false,
    incarnationId: `AAAAAAAAAAAAAAAAAAAA${['AQ', 'Ag', 'Aw'][id - 1]}`,
    brokerEpoch: BigInt(100 + id),
    endPoints: [{ name: 'PLAINTEXT', host: '127.0.0.1', port: 9090 + id, securityProtocol: 0 }],
    features: [],
    rack: id === 2 ? 'r2' : null,
    fenced,
    inControlledShutdown: false,
    logDirs: [],
  },
});

const partition = (topicId: string, partitionId: number, replicas: number[]): MetadataRecord => ({
  kind: 'PartitionRecord',
  data: { partitionId, topicId, replicas, isr: replicas, removingReplicas: [], addingReplicas: [], leader: replicas[0], leaderRecoveryState: 0, leaderEpoch: 0, partitionEpoch: 0, directories: [] },
});

t.test('the records of an image rebuild the same image from empty, through the wire format', async (t) => {
  const history: MetadataRecord[] = [
    { kind: 'FeatureLevelRecord', data: { name: 'metadata.version', featureLevel: 22 } },
    broker(1, false),
    broker(2, true),
    broker(3, false),
    { kind: 'TopicRecord', data: { name: 'orders', topicId: 'AAAAAAAAAAAAAAAAAAAAAg' } },
    partition('AAAAAAAAAAAAAAAAAAAAAg', 0, [1, 2]),
    partition('AAAAAAAAAAAAAAAAAAAAAg', 1, [2, 3]),
    { kind: 'PartitionChangeRecord', data: { partitionId: 1, topicId: 'AAAAAAAAAAAAAAAAAAAAAg', leader: 3, isr: [3] } } as MetadataRecord,
    { kind: 'TopicRecord', data: { name: 'gone', topicId: 'AAAAAAAAAAAAAAAAAAAAAw' } },
    partition('AAAAAAAAAAAAAAAAAAAAAw', 0, [1]),
    { kind: 'RemoveTopicRecord', data: { topicId: 'AAAAAAAAAAAAAAAAAAAAAw' } },
    { kind: 'ConfigRecord', data: { resourceType: 2, resourceName: 'orders', name: 'retention.ms', value: '1000' } },
    { kind: 'ConfigRecord', data: { resourceType: 4, resourceName: '', name: 'log.retention.ms', value: '5000' } },
    { kind: 'ProducerIdsRecord', data: { brokerId: 1, brokerEpoch: 101n, nextProducerId: 3000n } },
  ];
  const original = replay(history);
  const wire = imageRecords(original).map((r) => decodeMetadataRecord(encodeMetadataRecord(r)));
  const rebuilt = replay(wire);
  t.same([...rebuilt.topicsByName.keys()], ['orders']);
  t.same(rebuilt.topicsByName.get('orders'), original.topicsByName.get('orders'), 'partitions with their leader, ISR and epochs');
  t.same(rebuilt.brokers, original.brokers, 'brokers with their fencing state');
  t.same(rebuilt.configs, original.configs);
  t.equal(rebuilt.nextProducerId, 3000n);
  t.same(rebuilt.features, original.features);
});

t.test('an empty image has no records', async (t) => {
  t.same(imageRecords(MetadataImage.EMPTY), []);
});
