/**
 * Kafka's text checkpoint format, shared by leader-epoch-checkpoint, log-start-offset-checkpoint,
 * recovery-point-offset-checkpoint and replication-offset-checkpoint:
 *   <version>\n<entry count>\n<entry>\n...
 * Writes go to `<file>.tmp`, are fsynced, renamed over the file, then the directory is fsynced, so a
 * crash leaves either the old or the new checkpoint, never a torn one. Writes are serialized and
 * coalesced: while one is on disk, only the newest requested content is written next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from '../../bindings/index.js';

export const CHECKPOINT_VERSION = 0;

export class MalformedCheckpointError extends Error {
  override readonly name = 'MalformedCheckpointError';
}

export class CheckpointFile {
  readonly path: string;
  private next: string | null = null;
  private draining: Promise<void> | null = null;

  constructor(filePath: string) {
    this.path = filePath;
  }

  /** The entries as lines split on spaces; [] when the file does not exist. Throws MalformedCheckpointError. */
  read(): string[][] {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const version = Number(lines[0]);
    if (lines.length < 2 || version !== CHECKPOINT_VERSION) {
      throw new MalformedCheckpointError(`${this.path}: unsupported version line ${JSON.stringify(lines[0] ?? '')}`);
    }
    const count = Number(lines[1]);
    if (!Number.isInteger(count) || count < 0 || count !== lines.length - 2) {
      throw new MalformedCheckpointError(`${this.path}: entry count ${lines[1]} does not match ${lines.length - 2} entries`);
    }
    return lines.slice(2).map((line) => line.split(' '));
  }

  /** Durably replaces the file with `entries` (each already formatted as one line). */
  write(entries: readonly string[]): Promise<void> {
    this.next = `${CHECKPOINT_VERSION}\n${entries.length}\n${entries.map((e) => e + '\n').join('')}`;
    this.draining ??= this.drain();
    return this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.next !== null) {
        const content = this.next;
        this.next = null;
        await this.replace(content);
      }
    } finally {
      this.draining = null;
    }
  }

  private async replace(content: string): Promise<void> {
    const tmp = this.path + '.tmp';
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, this.path);
    await fsyncDirectory(path.dirname(this.path));
  }
}

/** Parses one integer field of a checkpoint entry, rejecting anything else. */
export function checkpointInteger(file: string, field: string | undefined): number {
  const value = Number(field);
  if (field === undefined || field === '' || !Number.isSafeInteger(value)) {
    throw new MalformedCheckpointError(`${file}: ${JSON.stringify(field ?? '')} is not an integer`);
  }
  return value;
}
