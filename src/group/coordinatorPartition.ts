// Which __consumer_offsets partition (and so which broker) coordinates a group. Kafka hashes the
// group id with Java's String.hashCode and its Utils.abs, so Runnel does the same: a client that
// computes placement itself, or a mixed cluster, must agree with Kafka to the partition.

/** Java's String.hashCode: 31-polynomial over UTF-16 code units with 32-bit overflow. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's Utils.abs: Integer.MIN_VALUE maps to 0 rather than staying negative. */
function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

export function coordinatorPartitionFor(groupId: string, offsetsTopicPartitions: number): number {
  return kafkaAbs(javaStringHashCode(groupId)) % offsetsTopicPartitions;
}
