// The state of one __consumer_offsets partition on its coordinator: the groups whose ids hash to it
// and their committed offsets. It is rebuilt by replaying the partition, keeping the latest value
// per key (a tombstone removes it), so it does not depend on compaction having run.
import type { Logger } from 'pino';
import { ClassicGroup } from './classicGroup.js';
import { OffsetStore } from './offsetStore.js';
import type { GroupRecord } from './groupRecord.js';
import type { Group } from './group.js';

export type ShardStatus = 'loading' | 'active' | 'unloaded';

export class GroupCoordinatorShard {
  status: ShardStatus = 'loading';
  readonly groups = new Map<string, Group>();
  readonly offsets = new OffsetStore();

  constructor(
    readonly partition: number,
    private readonly logger: Logger,
  ) {}

  replay(record: GroupRecord): void {
    switch (record.kind) {
      case 'OffsetCommit': {
        const { group, topic, partition } = record.key;
        if (record.value === null) this.offsets.delete(group, topic, partition);
        else {
          const v = record.value;
          this.offsets.put(group, topic, partition, {
            offset: v.offset,
            leaderEpoch: v.leaderEpoch,
            metadata: v.metadata,
            commitTimestampMs: Number(v.commitTimestamp),
            expireTimestampMs: v.expireTimestamp >= 0n ? Number(v.expireTimestamp) : null,
          });
        }
        return;
      }
      case 'GroupMetadata': {
        const id = record.key.group;
        if (record.value === null) this.groups.delete(id);
        else this.groups.set(id, ClassicGroup.fromRecord(id, record.value));
        return;
      }
      default:
        this.logger.warn({ kind: record.kind }, 'skipping a consumer-protocol (KIP-848) group record: this coordinator does not load them yet');
    }
  }

  /** After a load: a group known only by its committed offsets exists as an Empty classic group. */
  finishLoad(): void {
    for (const id of this.offsets.groupIds()) if (!this.groups.has(id)) this.groups.set(id, new ClassicGroup(id));
    this.status = 'active';
  }
}
