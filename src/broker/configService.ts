// Topic and broker configuration as the admin APIs see it: DescribeConfigs reads the image (topic
// overrides, dynamic broker layers) over the static config; AlterConfigs and
// IncrementalAlterConfigs validate each resource with the config registry and commit the changes
// as ConfigRecords through the quorum controller. Committed changes reach the logs when the
// ReplicaManager applies the new image (topicLogConfig reads the dynamic broker layers too).
import type { BrokerConfig } from '../config/brokerConfig.js';
import { ConfigSource, ConfigType } from '../config/configDef.js';
import {
  AlterConfigOp,
  describeBrokerConfigs,
  describeTopicConfigs,
  validateBrokerAlteration,
  validateTopicAlteration,
  type AlterConfigOpId,
  type AlterationResult,
  type ConfigAlteration,
  type DescribedConfig,
} from '../config/configRegistry.js';
import type { QuorumController } from '../controller/quorumController.js';
import { NotControllerError } from '../controller/notControllerError.js';
import { ConfigResourceType, type MetadataImage } from '../metadata/metadataImage.js';
import { invalidTopicNameReason } from '../metadata/topicName.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { dynamicBrokerConfig } from './topicConfigs.js';

export interface ConfigResourceRef {
  readonly resourceType: number;
  readonly resourceName: string;
}

export interface ConfigResourceResult extends ConfigResourceRef {
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

export interface DescribeConfigsResult extends ConfigResourceResult {
  readonly configs: readonly DescribedConfig[];
}

export interface DescribeConfigsSpec extends ConfigResourceRef {
  /** Null or empty: every key. */
  readonly configurationKeys: readonly string[] | null;
}

export interface IncrementalAlterSpec extends ConfigResourceRef {
  readonly configs: ReadonlyArray<{ name: string; configOperation: number; value: string | null }>;
}

export interface LegacyAlterSpec extends ConfigResourceRef {
  readonly configs: ReadonlyArray<{ name: string; value: string | null }>;
}

/** A resource-level failure: the error a resource's result carries. */
class ConfigResourceError extends Error {
  constructor(
    readonly errorCode: number,
    readonly errorMessage: string | null,
  ) {
    super(errorMessage ?? `error ${errorCode}`);
  }
}

const invalidRequest = (message: string): ConfigResourceError => new ConfigResourceError(ErrorCode.INVALID_REQUEST, message);

/** One resource of an alter request, reduced to what validation needs. */
interface AlterRequest {
  readonly ref: ConfigResourceRef;
  readonly names: readonly string[];
  /** Keys whose operation needs a value but carries null. */
  readonly nullValued: readonly string[];
  /** The operations, given the resource's current dynamic configs (legacy AlterConfigs deletes the keys it omits). */
  alterations(current: ReadonlyMap<string, string>): ConfigAlteration[];
}

export class ConfigService {
  /** Alterations run one at a time, so each validates against the image the previous one committed. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The static configuration; dynamic layers come from the metadata image. */
    private readonly config: BrokerConfig,
    /** Null on a broker-only node, whose config changes are forwarded to the active controller. */
    private readonly controller: Pick<QuorumController, 'alterConfigs'> | null,
    private readonly currentImage: () => MetadataImage,
  ) {}

  describeConfigs(image: MetadataImage, specs: readonly DescribeConfigsSpec[], includeSynonyms: boolean, includeDocumentation: boolean): DescribeConfigsResult[] {
    return specs.map((spec) => {
      const ref = { resourceType: spec.resourceType, resourceName: spec.resourceName };
      const keys = spec.configurationKeys === null || spec.configurationKeys.length === 0 ? null : spec.configurationKeys;
      try {
        const configs = this.describeResource(image, ref, keys).map((c) => ({
          ...c,
          synonyms: includeSynonyms ? c.synonyms : [],
          documentation: includeDocumentation ? c.documentation : null,
        }));
        return { ...ref, errorCode: ErrorCode.NONE, errorMessage: null, configs };
      } catch (err) {
        if (!(err instanceof ConfigResourceError)) throw err;
        return { ...ref, errorCode: err.errorCode, errorMessage: err.errorMessage, configs: [] };
      }
    });
  }

  private describeResource(image: MetadataImage, ref: ConfigResourceRef, keys: readonly string[] | null): DescribedConfig[] {
    const name = ref.resourceName;
    switch (ref.resourceType) {
      case ConfigResourceType.TOPIC: {
        const bad = invalidTopicNameReason(name);
        if (bad !== null) throw new ConfigResourceError(ErrorCode.INVALID_TOPIC_EXCEPTION, bad);
        // Kafka answers an unknown topic with the bare error code, no message.
        if (!image.topicsByName.has(name)) throw new ConfigResourceError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null);
        return describeTopicConfigs(image.topicConfigs(name), dynamicBrokerConfig(this.config, image), keys);
      }
      case ConfigResourceType.BROKER: {
        const broker = dynamicBrokerConfig(this.config, image);
        if (name === '') return describeClusterDefaults(broker, image.brokerConfigs(''), keys);
        const id = brokerIdOf(name);
        if (id === null) throw invalidRequest(`Broker id must be an integer, but it is: ${name}`);
        if (id !== this.config.nodeId) throw invalidRequest(`Unexpected broker id, expected ${this.config.nodeId} or empty string, but received ${name}`);
        const wanted = keys === null ? null : new Set(keys);
        const unknown = broker.unknownStaticKeys().filter((k) => wanted === null || wanted.has(k));
        return [...describeBrokerConfigs(broker, keys), ...unknown.map(describeUnknownStaticKey)];
      }
      default:
        throw invalidRequest(`Unsupported resource type: ${ref.resourceType}`);
    }
  }

  incrementalAlterConfigs(specs: readonly IncrementalAlterSpec[], validateOnly: boolean): Promise<ConfigResourceResult[]> {
    return this.alter(
      specs.map((spec) => ({
        ref: { resourceType: spec.resourceType, resourceName: spec.resourceName },
        names: spec.configs.map((c) => c.name),
        nullValued: spec.configs.filter((c) => c.configOperation !== AlterConfigOp.DELETE && c.value === null).map((c) => c.name),
        alterations: () => spec.configs.map((c) => ({ name: c.name, op: c.configOperation as AlterConfigOpId, value: c.value })),
      })),
      validateOnly,
    );
  }

  /** Legacy AlterConfigs: the given keys become the resource's whole dynamic set. */
  alterConfigs(specs: readonly LegacyAlterSpec[], validateOnly: boolean): Promise<ConfigResourceResult[]> {
    return this.alter(
      specs.map((spec) => ({
        ref: { resourceType: spec.resourceType, resourceName: spec.resourceName },
        names: spec.configs.map((c) => c.name),
        nullValued: spec.configs.filter((c) => c.value === null).map((c) => c.name),
        alterations: (current) => {
          const given = new Set(spec.configs.map((c) => c.name));
          return [
            ...spec.configs.map((c) => ({ name: c.name, op: AlterConfigOp.SET, value: c.value })),
            ...[...current.keys()].filter((k) => !given.has(k)).map((name) => ({ name, op: AlterConfigOp.DELETE, value: null })),
          ];
        },
      })),
      validateOnly,
    );
  }

  private alter(requests: readonly AlterRequest[], validateOnly: boolean): Promise<ConfigResourceResult[]> {
    const run = this.queue.then(async () => {
      const image = this.currentImage();
      const occurrences = new Map<string, number>();
      for (const r of requests) occurrences.set(refKey(r.ref), (occurrences.get(refKey(r.ref)) ?? 0) + 1);
      const changes: Array<ConfigResourceRef & { configs: Map<string, string | null> }> = [];
      const results = requests.map((r): ConfigResourceResult => {
        try {
          if (occurrences.get(refKey(r.ref))! > 1) throw invalidRequest('Each resource must appear at most once.');
          if (new Set(r.names).size !== r.names.length) throw invalidRequest('Error due to duplicate config keys');
          if (r.nullValued.length > 0) throw invalidRequest(`Null value not supported for : ${r.nullValued.join(', ')}`);
          const { current, validate } = this.alterTarget(image, r.ref);
          const outcome = validate(r.alterations(current));
          const first = outcome.problems[0];
          if (first !== undefined) throw new ConfigResourceError(first.errorCode, outcome.problems.map((p) => p.message).join('; '));
          changes.push({ ...r.ref, configs: changedKeys(current, outcome.dynamic) });
          return { ...r.ref, errorCode: ErrorCode.NONE, errorMessage: null };
        } catch (err) {
          if (!(err instanceof ConfigResourceError)) throw err;
          return { ...r.ref, errorCode: err.errorCode, errorMessage: err.errorMessage };
        }
      });
      const effective = changes.filter((c) => c.configs.size > 0);
      if (!validateOnly && effective.length > 0) {
        if (this.controller === null) throw new NotControllerError(-1, 'config changes are made by the active controller');
        await this.controller.alterConfigs(effective);
      }
      return results;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The resource's current dynamic configs and the registry check for it; throws for a bad resource. */
  private alterTarget(
    image: MetadataImage,
    ref: ConfigResourceRef,
  ): { current: ReadonlyMap<string, string>; validate: (alterations: ConfigAlteration[]) => AlterationResult } {
    const name = ref.resourceName;
    switch (ref.resourceType) {
      case ConfigResourceType.BROKER: {
        const perBroker = name !== '';
        // The broker the client sent this to has checked that it names itself (brokerConfigForwarding.ts).
        if (perBroker && brokerIdOf(name) === null) throw invalidRequest(`Node id must be an integer, but it is: ${name}`);
        const current = image.brokerConfigs(name);
        const broker = dynamicBrokerConfig(this.config, image);
        return { current, validate: (alterations) => validateBrokerAlteration(broker, alterations, perBroker, current) };
      }
      case ConfigResourceType.TOPIC: {
        if (name === '') throw invalidRequest('Default topic resources are not allowed.');
        const bad = invalidTopicNameReason(name);
        if (bad !== null) throw new ConfigResourceError(ErrorCode.INVALID_TOPIC_EXCEPTION, bad);
        if (!image.topicsByName.has(name)) throw new ConfigResourceError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${name}' does not exist.`);
        const current = image.topicConfigs(name);
        return { current, validate: (alterations) => validateTopicAlteration(alterations, current) };
      }
      default:
        throw invalidRequest(`Unknown resource type ${ref.resourceType}`);
    }
  }
}

/** A broker resource name as Java's Integer.parseInt reads it; null when it is not an integer. */
export function brokerIdOf(name: string): number | null {
  if (!/^[-+]?\d+$/.test(name)) return null;
  const id = Number(name);
  return id >= -(2 ** 31) && id < 2 ** 31 ? id : null;
}

function refKey(ref: ConfigResourceRef): string {
  return `${ref.resourceType}:${ref.resourceName}`;
}

/** What a ConfigRecord batch must say to turn `current` into `next`: new values, or null for removed keys. */
function changedKeys(current: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [k, v] of next) if (current.get(k) !== v) out.set(k, v);
  for (const k of current.keys()) if (!next.has(k)) out.set(k, null);
  return out;
}

/**
 * The cluster-wide default resource (broker ""): only the keys set dynamically for the cluster,
 * each with its dynamic default value and only the synonyms of that layer, as Kafka reports it.
 */
function describeClusterDefaults(broker: BrokerConfig, clusterDefault: ReadonlyMap<string, string>, keys: readonly string[] | null): DescribedConfig[] {
  const names = [...clusterDefault.keys()].filter((k) => keys === null || keys.includes(k));
  return describeBrokerConfigs(broker, names).map((c) => {
    const synonyms = c.synonyms.filter((s) => s.source === ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG);
    return {
      ...c,
      value: c.isSensitive ? null : (clusterDefault.get(c.name) ?? null),
      source: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
      synonyms,
    };
  });
}

/** A server.properties key Runnel does not know: Kafka reports it with no type, hence as sensitive. */
function describeUnknownStaticKey(name: string): DescribedConfig {
  return {
    name,
    value: null,
    readOnly: true,
    source: ConfigSource.STATIC_BROKER_CONFIG,
    isSensitive: true,
    configType: ConfigType.UNKNOWN,
    documentation: null,
    synonyms: [{ name, value: null, source: ConfigSource.STATIC_BROKER_CONFIG }],
  };
}
