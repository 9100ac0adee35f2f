/**
 * Topic-level log settings, Kafka's names in camelCase (segment.bytes -> segmentBytes). The config
 * layer validates properties and maps them here; inside storage the values are trusted.
 * "Never" (Kafka's Long.MAX_VALUE) is Infinity; "unlimited" retention is -1, as Kafka writes it.
 */
export interface LogConfig {
  /** segment.bytes: roll when the active segment would grow past this. */
  segmentBytes: number;
  /** segment.ms: roll when the active segment's first batch is older than this (by record time). */
  segmentMs: number;
  /** segment.jitter.ms: subtracted from segment.ms so partitions do not all roll at once. */
  segmentJitterMs: number;
  /** segment.index.bytes: maximum size of an offset or time index; a full index rolls the segment. */
  segmentIndexBytes: number;
  /** index.interval.bytes: bytes of log between two index entries. */
  indexIntervalBytes: number;
  /** retention.ms: delete segments whose newest record is older than this; -1 keeps forever. */
  retentionMs: number;
  /** retention.bytes: delete oldest segments while the log is bigger than this; -1 is unlimited. */
  retentionBytes: number;
  /** max.message.bytes: largest record batch accepted. */
  maxMessageBytes: number;
  /** flush.messages: fsync after this many appended records (Infinity: leave it to the page cache). */
  flushMessages: number;
  /** flush.ms: fsync when unflushed data is this old (Infinity: never force). */
  flushMs: number;
  /** message.timestamp.type: CreateTime keeps producer timestamps, LogAppendTime overwrites them. */
  messageTimestampType: 'CreateTime' | 'LogAppendTime';
  /** file.delete.delay.ms: how long a deleted segment's files linger so in-flight reads finish. */
  fileDeleteDelayMs: number;
}

/** Kafka's defaults (LogConfig / ServerLogConfigs). */
export const defaultLogConfig: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  segmentJitterMs: 0,
  segmentIndexBytes: 10 * 1024 * 1024,
  indexIntervalBytes: 4096,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  retentionBytes: -1,
  maxMessageBytes: 1024 * 1024 + 12,
  flushMessages: Infinity,
  flushMs: Infinity,
  messageTimestampType: 'CreateTime',
  fileDeleteDelayMs: 60_000,
});

export function logConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return { ...defaultLogConfig, ...overrides };
}
