// A topic's effective configuration as the log layer needs it: its overrides from the metadata
// image over the broker's settings. Computed once per image and topic, since produce consults it
// per partition.
import type { BrokerConfig } from '../config/brokerConfig.js';
import { toLogConfig, validateTopicConfigs, type TopicLogConfig } from '../config/topicConfig.js';
import type { MetadataImage } from '../metadata/metadataImage.js';

const cache = new WeakMap<MetadataImage, Map<string, TopicLogConfig>>();

export function topicLogConfig(config: BrokerConfig, image: MetadataImage, topic: string): TopicLogConfig {
  let perTopic = cache.get(image);
  if (!perTopic) cache.set(image, (perTopic = new Map()));
  let resolved = perTopic.get(topic);
  if (!resolved) perTopic.set(topic, (resolved = toLogConfig(image.topicConfigs(topic), config)));
  return resolved;
}

/** CreateTopics' config check: Kafka-worded problems, one per bad key (null values are ignored). */
export function validateTopicConfigOverrides(configs: ReadonlyMap<string, string | null>): string[] {
  const set = new Map([...configs].filter((e): e is [string, string] => e[1] !== null));
  return validateTopicConfigs(set).map((p) => p.message);
}
