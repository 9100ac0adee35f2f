// Apache Kafka 4.0 removed old request versions (KIP-896). The schemas in ../shared predate that
// removal (they still list version 0 and mark the old versions "deprecatedVersions", which the final
// KIP relaxed for several APIs), so the versions Kafka 4.0 actually keeps are recorded here, checked
// against the 4.0 schema comments ("Version N was removed in Apache Kafka 4.0, Version M is the new
// baseline"). APIs not listed keep every version of their schema.
export const KAFKA_40_MIN_VERSIONS: Readonly<Record<string, number>> = {
  Produce: 3,
  Fetch: 4,
  ListOffsets: 1,
  OffsetCommit: 2,
  OffsetFetch: 1,
  OffsetForLeaderEpoch: 2,
  CreateTopics: 2,
  DeleteTopics: 1,
  CreateAcls: 1,
  DescribeAcls: 1,
  DeleteAcls: 1,
  DescribeConfigs: 1,
  AlterReplicaLogDirs: 1,
  DescribeLogDirs: 1,
  CreateDelegationToken: 1,
  RenewDelegationToken: 1,
  ExpireDelegationToken: 1,
  DescribeDelegationToken: 1,
};

// KAFKA-18659: librdkafka turns compression off unless ApiVersions lists Produce from version 0, so
// Kafka 4.0 advertises 0 there while rejecting versions 0-2 when they arrive.
export const KAFKA_40_ADVERTISED_MIN_VERSIONS: Readonly<Record<string, number>> = {
  Produce: 0,
};
