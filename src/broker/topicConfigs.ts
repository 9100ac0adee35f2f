// A topic's effective configuration as the log layer needs it: its overrides from the metadata
// image over the broker's settings, including the dynamic broker configs the image holds (cluster
// default "" and this node's). Computed once per image and topic, since produce consults it per
// partition.
import type { BrokerConfig } from '../config/brokerConfig.js';
import { toLogConfig, validateTopicConfigs, type TopicLogConfig } from '../config/topicConfig.js';
import type { MetadataImage } from '../metadata/metadataImage.js';

const topicCache = new WeakMap<MetadataImage, Map<string, TopicLogConfig>>();
const brokerCache = new WeakMap<MetadataImage, BrokerConfig>();

/**
 * The static config with the image's dynamic broker layers applied. Dynamic values were validated
 * against the same rules before they were committed, so building them again cannot fail here.
 */
export function dynamicBrokerConfig(config: BrokerConfig, image: MetadataImage): BrokerConfig {
  let resolved = brokerCache.get(image);
  if (!resolved) {
    const clusterDefault = image.brokerConfigs('');
    const perBroker = image.brokerConfigs(String(config.nodeId));
    const unchanged = clusterDefault.size === 0 && perBroker.size === 0 && config.layers.dynamicDefault.size === 0 && config.layers.dynamicBroker.size === 0;
    resolved = unchanged ? config : config.withDynamic(clusterDefault, perBroker);
    brokerCache.set(image, resolved);
  }
  return resolved;
}

export function topicLogConfig(config: BrokerConfig, image: MetadataImage, topic: string): TopicLogConfig {
  let perTopic = topicCache.get(image);
  if (!perTopic) topicCache.set(image, (perTopic = new Map()));
  let resolved = perTopic.get(topic);
  if (!resolved) perTopic.set(topic, (resolved = toLogConfig(image.topicConfigs(topic), dynamicBrokerConfig(config, image))));
  return resolved;
}

/** CreateTopics' config check: Kafka-worded problems, one per bad key (null values are ignored). */
export function validateTopicConfigOverrides(configs: ReadonlyMap<string, string | null>): string[] {
  const set = new Map([...configs].filter((e): e is [string, string] => e[1] !== null));
  return validateTopicConfigs(set).map((p) => p.message);
}
