// MetadataImage: the immutable view of the cluster every handler serves from. A new image is
// built by replaying committed metadata records (src/metadata/metadataDelta.ts); readers holding
// the old image are never disturbed.

export interface PartitionImage {
  readonly partitionId: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly addingReplicas: readonly number[];
  readonly removingReplicas: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

export interface TopicImage {
  readonly name: string;
  /** Kafka Uuid in base64url form, as the generated codec represents uuids. */
  readonly id: string;
  readonly partitions: ReadonlyMap<number, PartitionImage>;
}

export interface BrokerEndpoint {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly securityProtocol: number;
}

export interface BrokerImage {
  readonly id: number;
  readonly epoch: bigint;
  readonly incarnationId: string;
  readonly endpoints: readonly BrokerEndpoint[];
  readonly rack: string | null;
  readonly fenced: boolean;
  readonly inControlledShutdown: boolean;
}

/** The broker's endpoint on the listener a client connected through (its first one when it has no such listener). */
export function listenerEndpoint(broker: BrokerImage, listenerName: string): BrokerEndpoint | undefined {
  return broker.endpoints.find((e) => e.name === listenerName) ?? broker.endpoints[0];
}

/** ConfigResource types as in the protocol (DescribeConfigs ResourceType). */
export const ConfigResourceType = { TOPIC: 2, BROKER: 4 } as const;

export function configKey(resourceType: number, resourceName: string): string {
  return `${resourceType}:${resourceName}`;
}

export class MetadataImage {
  static readonly EMPTY = new MetadataImage(-1, new Map(), new Map(), new Map(), new Map(), 0n, new Map());

  constructor(
    /** Offset of the last metadata record replayed into this image. */
    readonly offset: number,
    readonly topicsByName: ReadonlyMap<string, TopicImage>,
    readonly topicsById: ReadonlyMap<string, TopicImage>,
    readonly brokers: ReadonlyMap<number, BrokerImage>,
    /** configKey(type, name) -> config name -> value: only explicitly set (dynamic/topic) values. */
    readonly configs: ReadonlyMap<string, ReadonlyMap<string, string>>,
    readonly nextProducerId: bigint,
    readonly features: ReadonlyMap<string, number>,
  ) {}

  topic(name: string): TopicImage | undefined {
    return this.topicsByName.get(name);
  }

  topicConfigs(name: string): ReadonlyMap<string, string> {
    return this.configs.get(configKey(ConfigResourceType.TOPIC, name)) ?? new Map();
  }

  brokerConfigs(name: string): ReadonlyMap<string, string> {
    return this.configs.get(configKey(ConfigResourceType.BROKER, name)) ?? new Map();
  }

  liveBrokers(): BrokerImage[] {
    return [...this.brokers.values()].filter((b) => !b.fenced).sort((a, b) => a.id - b.id);
  }
}
