// The gateway's partition feeds and the cache of chunks they share, bounded by
// gateway.fanout.cache.bytes: the least recently used chunks are dropped first.
import type { ReplicaManager } from '../../log/replicaManager.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { RecordBatchDecodeError } from '../../protocol/recordBatch.js';
import { decodeRead } from '../deliveredRecord.js';
import { PartitionFeed } from './partitionFeed.js';
import { RecordChunk, type Frame } from './recordChunk.js';
import type { Encoding } from '../ws/gatewayMessages.js';

export type ChunkRead =
  | { kind: 'chunk'; chunk: RecordChunk }
  | { kind: 'caught-up' }
  | { kind: 'error'; errorCode: number; logStartOffset: number; highWatermark: number };

export interface FeedRegistryOptions {
  /** Bytes of log read for one chunk. */
  fetchMaxBytes: number;
  /** Budget of all cached chunks. */
  cacheBytes: number;
}

export class FeedRegistry {
  private readonly feeds = new Map<string, PartitionFeed>();
  /** Every cached chunk with its feed, least recently used first. */
  private readonly lru = new Map<RecordChunk, PartitionFeed>();
  private cachedBytes = 0;

  constructor(
    private readonly replicaManager: ReplicaManager,
    private readonly opts: FeedRegistryOptions,
  ) {}

  feed(topic: string, partition: number): PartitionFeed {
    const key = `${topic}\u0000${partition}`;
    let feed = this.feeds.get(key);
    if (!feed) this.feeds.set(key, (feed = new PartitionFeed(topic, partition, this)));
    return feed;
  }

  /** A feed without cursors lets go of its chunks and its append watch. */
  release(feed: PartitionFeed): void {
    this.feeds.delete(`${feed.topic}\u0000${feed.partition}`);
    feed.stopWaiting();
    for (const chunk of feed.chunks.values()) this.forget(chunk);
    feed.chunks.clear();
  }

  get cacheBytes(): number {
    return this.cachedBytes;
  }

  get feedCount(): number {
    return this.feeds.size;
  }

  awaitAppend(feed: PartitionFeed, listener: () => void): () => void {
    return this.replicaManager.awaitAppend(feed.topic, feed.partition, listener);
  }

  /** The chunk starting at `offset`: from the cache, or read from the log now. */
  chunkAt(feed: PartitionFeed, offset: number): ChunkRead {
    const cached = feed.chunks.get(offset);
    if (cached) {
      this.lru.delete(cached);
      this.lru.set(cached, feed);
      return { kind: 'chunk', chunk: cached };
    }
    const p = this.replicaManager.getPartition(feed.topic, feed.partition);
    if (!p) return { kind: 'error', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, logStartOffset: -1, highWatermark: -1 };
    // Most cursors of a live feed sit at the high watermark: answer them without a read.
    if (offset === p.highWatermark) return { kind: 'caught-up' };
    const read = p.read(offset, this.opts.fetchMaxBytes, true);
    if (read.errorCode !== ErrorCode.NONE) return { kind: 'error', errorCode: read.errorCode, logStartOffset: read.logStartOffset, highWatermark: read.highWatermark };
    if (read.sizeInBytes === 0) return { kind: 'caught-up' };
    let decoded;
    try {
      decoded = decodeRead(read.records, offset);
    } catch (err) {
      if (!(err instanceof RecordBatchDecodeError)) throw err;
      return { kind: 'error', errorCode: ErrorCode.CORRUPT_MESSAGE, logStartOffset: read.logStartOffset, highWatermark: read.highWatermark };
    }
    const chunk = new RecordChunk(feed.topic, feed.partition, offset, decoded.nextOffset, read.highWatermark, decoded.records);
    feed.chunks.set(offset, chunk);
    this.lru.set(chunk, feed);
    this.cachedBytes += chunk.bytes;
    this.evict();
    return { kind: 'chunk', chunk };
  }

  /** The chunk's frame in this encoding, counting the bytes a new rendering adds to the cache. */
  frame(chunk: RecordChunk, encoding: Encoding): Frame {
    const before = chunk.bytes;
    const frame = chunk.frame(encoding);
    if (chunk.bytes !== before && this.lru.has(chunk)) {
      this.cachedBytes += chunk.bytes - before;
      this.evict();
    }
    return frame;
  }

  private forget(chunk: RecordChunk): void {
    if (this.lru.delete(chunk)) this.cachedBytes -= chunk.bytes;
  }

  private evict(): void {
    for (const [chunk, feed] of this.lru) {
      if (this.cachedBytes <= this.opts.cacheBytes) return;
      this.forget(chunk);
      feed.chunks.delete(chunk.startOffset);
    }
  }
}
