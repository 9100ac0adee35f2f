/**
 * The `quorum-state` file (Kafka's FileQuorumStateStore): QuorumStateData as one line of JSON with a
 * `data_version` field, readable by Kafka and written the way Kafka writes it:
 *   {"leaderId":1,"leaderEpoch":5,"votedId":1,"votedDirectoryId":"AAAAAAAAAAAAAAAAAAAAAA","data_version":1}
 * Each write goes to `quorum-state.tmp` and is renamed over the file (replaceFileDurably): a crash
 * leaves the previous state or the new one. A leftover temp file is the remains of a write that
 * never completed and is ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { QuorumStateData } from '../protocol/generated/records/QuorumStateData.js';
import { replaceFileDurably } from './durableFile.js';
import type { ElectionState, QuorumStateStore } from './electionState.js';

export const QUORUM_STATE_FILE = 'quorum-state';
/** Version 1 (KIP-853) dropped the cluster id, applied offset and voter list of version 0. */
export const QUORUM_STATE_VERSION = 1;
/** Kafka's Uuid.ZERO_UUID: this implementation does not track directory ids yet. */
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';

const int32 = z.number().int().min(-1).max(0x7fffffff);

const quorumStateJson = z.discriminatedUnion('data_version', [
  z.object({
    data_version: z.literal(0),
    clusterId: z.string().optional(),
    leaderId: int32.default(-1),
    leaderEpoch: int32.default(-1),
    votedId: int32.default(-1),
    appliedOffset: z.number().int().optional(),
    currentVoters: z.array(z.object({ voterId: int32 })).nullable().optional(),
  }),
  z.object({
    data_version: z.literal(1),
    leaderId: int32.default(-1),
    leaderEpoch: int32.default(-1),
    votedId: int32.default(-1),
    votedDirectoryId: z.string().optional(),
  }),
]);

export class QuorumStateFileError extends Error {
  override readonly name = 'QuorumStateFileError';
}

export class FileQuorumStateStore implements QuorumStateStore {
  readonly path: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(dir: string) {
    this.path = path.join(dir, QUORUM_STATE_FILE);
  }

  async read(): Promise<ElectionState | null> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const line = text.split('\n', 1)[0]!;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new QuorumStateFileError(`${this.path}: not JSON: ${(err as Error).message}`);
    }
    const parsed = quorumStateJson.safeParse(json);
    if (!parsed.success) throw new QuorumStateFileError(`${this.path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
    // An epoch of -1 is what Kafka writes before the first election; it reads back as epoch 0.
    return { epoch: Math.max(0, parsed.data.leaderEpoch), leaderId: parsed.data.leaderId, votedId: parsed.data.votedId };
  }

  /** Writes are queued: each starts after the previous one is durable. */
  write(state: ElectionState): Promise<void> {
    const next = this.writing.then(() => this.replace(state));
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async replace(state: ElectionState): Promise<void> {
    const data: Pick<QuorumStateData, 'leaderId' | 'leaderEpoch' | 'votedId' | 'votedDirectoryId'> = {
      leaderId: state.leaderId,
      leaderEpoch: state.epoch,
      votedId: state.votedId,
      votedDirectoryId: ZERO_UUID,
    };
    await replaceFileDurably(this.path, `${this.path}.tmp`, JSON.stringify({ ...data, data_version: QUORUM_STATE_VERSION }));
  }
}
