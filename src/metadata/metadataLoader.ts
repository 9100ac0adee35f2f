// The metadata state machine on top of Raft (Kafka's MetadataLoader): every committed batch of
// __cluster_metadata is decoded and replayed into the MetadataCache, on every node, leader and
// followers alike; snapshots are the image written out as records and read back.
import type { Logger } from 'pino';
import type { CommittedBatch } from '../raft/raftBatches.js';
import type { OffsetAndEpoch } from '../raft/offsetAndEpoch.js';
import type { RaftStateMachine } from '../raft/raftStateMachine.js';
import { NotControllerError } from '../controller/notControllerError.js';
import type { MetadataCache } from './metadataCache.js';
import { MetadataDelta } from './metadataDelta.js';
import { MetadataImage } from './metadataImage.js';
import { decodeMetadataRecord, encodeMetadataRecord, type MetadataRecord } from './metadataRecord.js';
import { imageRecords } from './metadataSnapshot.js';

interface CommitWaiter {
  readonly offset: number;
  readonly epoch: number;
  resolve(): void;
  reject(err: Error): void;
}

export class MetadataLoader implements RaftStateMachine {
  private waiters: CommitWaiter[] = [];
  /** Settles once every image installed so far has reached the cache's listeners. */
  private lastPublished: Promise<unknown> = Promise.resolve();
  private leader = { leaderId: -1, epoch: -1 };

  constructor(
    private readonly cache: MetadataCache,
    private readonly logger: Logger,
  ) {}

  /** The leader this node last heard of (-1 while none is known). */
  get leaderId(): number {
    return this.leader.leaderId;
  }

  apply(batch: CommittedBatch): void {
    const records: Array<{ record: MetadataRecord; offset: number }> = [];
    batch.records.forEach((value, i) => {
      const offset = batch.baseOffset + i;
      try {
        records.push({ record: decodeMetadataRecord(value), offset });
      } catch (err) {
        // Every node skips the same committed record, so images stay identical; a newer Runnel or
        // Kafka wrote a record this version cannot read.
        this.logger.error({ err, offset }, 'skipping a metadata record this node cannot decode');
      }
    });
    const published = this.cache.publish(records);
    this.lastPublished = published;
    this.settle(batch.lastOffset, (w) => (w.epoch === batch.epoch || w.offset < batch.baseOffset ? 'committed' : 'lost'), published);
  }

  takeSnapshot(): Buffer[] {
    return imageRecords(this.cache.image).map(encodeMetadataRecord);
  }

  loadSnapshot(id: OffsetAndEpoch, values: readonly Buffer[]): void {
    const delta = new MetadataDelta(MetadataImage.EMPTY);
    for (const value of values) delta.replay(decodeMetadataRecord(value), id.offset - 1);
    const published = this.cache.install(delta.apply());
    this.lastPublished = published;
    this.logger.info({ offset: id.offset, epoch: id.epoch, records: values.length }, 'loaded a metadata snapshot');
    // A snapshot holds only committed records: whatever a waiter proposed below it was committed.
    this.settle(id.offset - 1, () => 'committed', published);
  }

  onLeaderChange(leaderId: number, epoch: number): void {
    this.leader = { leaderId, epoch };
    this.logger.info({ leaderId, epoch }, 'metadata quorum leader changed');
  }

  /**
   * Resolves once the batch proposed at `offset` in `epoch` is committed and replayed into the
   * cache; rejects with NotControllerError when another epoch's batch took its place, or when it
   * is not known to be committed after `timeoutMs`.
   */
  waitForCommit(offset: number, epoch: number, timeoutMs: number): Promise<void> {
    // Already replayed (a one-voter quorum commits within propose): wait for the listeners only.
    if (this.cache.image.offset >= offset) return this.lastPublished.then(() => undefined);
    return new Promise((resolve, reject) => {
      const waiter: CommitWaiter = {
        offset,
        epoch,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.reject(new NotControllerError(this.leader.leaderId, `metadata records at offset ${offset} were not committed within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private settle(upTo: number, outcome: (w: CommitWaiter) => 'committed' | 'lost', published: Promise<unknown>): void {
    const due = this.waiters.filter((w) => w.offset <= upTo);
    if (due.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.offset > upTo);
    for (const w of due) {
      if (outcome(w) === 'lost') {
        w.reject(new NotControllerError(this.leader.leaderId, `metadata records at offset ${w.offset} were replaced by another leader's`));
        continue;
      }
      published.then(w.resolve, w.reject);
    }
  }
}
