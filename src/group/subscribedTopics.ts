// What a consumer group subscribes to: each member's topic names plus, for a regex subscription
// (ConsumerGroupHeartbeat v1), every topic whose whole name matches, as Kafka's Pattern.matches.
// Kafka compiles regexes with RE2J; Runnel uses JavaScript's engine, which agrees on the patterns
// clients send (librdkafka's "^prefix.*", alternations, classes) but not on every construct.
// The subscription metadata is the part of the metadata image the assignment depends on: the
// subscribed topics that exist, with their ids and partition counts.
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import type { AssignmentTopicMetadata } from './assignor/partitionAssignor.js';
import { hasRegex, type ConsumerGroupMember } from './consumerGroupMember.js';

/** Compiles a subscription regex for whole-name matching; INVALID_REGULAR_EXPRESSION if it is not one. */
export function compileTopicRegex(regex: string): RegExp {
  try {
    return new RegExp(`^(?:${regex})$`);
  } catch (err) {
    throw new KafkaError(ErrorCode.INVALID_REGULAR_EXPRESSION, `SubscribedTopicRegex \`${regex}\` is not a valid regular expression: ${(err as Error).message}.`);
  }
}

/** The topic names a member subscribes to, its regex resolved against the image. */
export function subscribedTopicNames(m: ConsumerGroupMember, image: MetadataImage): Set<string> {
  const names = new Set(m.subscribedTopicNames);
  if (hasRegex(m)) {
    const re = compileTopicRegex(m.subscribedTopicRegex!);
    for (const name of image.topicsByName.keys()) if (re.test(name)) names.add(name);
  }
  return names;
}

/** The subscribed topics of these members that exist in the image. */
export function computeSubscriptionMetadata(members: Iterable<ConsumerGroupMember>, image: MetadataImage): Map<string, AssignmentTopicMetadata> {
  const out = new Map<string, AssignmentTopicMetadata>();
  for (const m of members) {
    for (const name of subscribedTopicNames(m, image)) {
      if (out.has(name)) continue;
      const topic = image.topicsByName.get(name);
      if (topic) out.set(name, { id: topic.id, name, numPartitions: topic.partitions.size });
    }
  }
  return out;
}

export function sameSubscriptionMetadata(a: ReadonlyMap<string, AssignmentTopicMetadata>, b: ReadonlyMap<string, AssignmentTopicMetadata>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, t] of a) {
    const o = b.get(name);
    if (!o || o.id !== t.id || o.numPartitions !== t.numPartitions) return false;
  }
  return true;
}
