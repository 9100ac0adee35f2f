// The controller's MetadataLog on the Raft quorum: records are proposed to the Raft leader and an
// operation completes only once they are committed by a majority and replayed into this node's
// image. Activity follows Raft leadership, gated on having applied every earlier epoch's records.
import type { RaftClient } from '../raft/raftClient.js';
import { NotLeaderError } from '../raft/raftErrors.js';
import type { MetadataLoader } from '../metadata/metadataLoader.js';
import { encodeMetadataRecord, type MetadataRecord } from '../metadata/metadataRecord.js';
import type { MetadataLog } from './quorumController.js';
import { NotControllerError } from './notControllerError.js';

export class RaftMetadataLog implements MetadataLog {
  constructor(
    private readonly raft: RaftClient,
    private readonly loader: MetadataLoader,
    /** How long an operation waits for its records to commit before answering NOT_CONTROLLER. */
    private readonly commitTimeoutMs: number,
    /** Polls the Raft client now, so followers hear of the new records without waiting. */
    private readonly wakeup: () => void,
  ) {}

  isActive(): boolean {
    return this.raft.isLeaderCaughtUp;
  }

  leaderId(): number {
    return this.raft.leaderId;
  }

  nextOffset(): number {
    return this.raft.logEndOffset;
  }

  async commit(records: readonly MetadataRecord[]): Promise<void> {
    let appended;
    try {
      appended = await this.raft.propose(records.map(encodeMetadataRecord));
    } catch (err) {
      if (err instanceof NotLeaderError) throw new NotControllerError(err.leaderId);
      throw err;
    }
    this.wakeup();
    await this.loader.waitForCommit(appended.offset, appended.epoch, this.commitTimeoutMs);
  }
}
