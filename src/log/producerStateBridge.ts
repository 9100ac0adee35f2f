// Plugs a partition's ProducerStateManager into its Log through the storage engine's hooks: the
// log feeds every appended or replayed batch, and asks for a snapshot when a segment rolls or the
// log closes, so recovery replays only the batches after the newest snapshot.
//
// The hooks are synchronous (the log calls them inside an append or its open), so snapshots are
// written with synchronous temp-then-rename here; they are small (one entry per producer).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { BatchSummary } from '../../bindings/index.js';
import type { ProducerStateHooks } from '../storage/producerStateHooks.js';
import { CorruptSnapshotError, decodeProducerSnapshot, encodeProducerSnapshot } from '../txn/producerSnapshot.js';
import { ProducerStateManager } from '../txn/producerStateManager.js';

export class ProducerStateBridge implements ProducerStateHooks {
  readonly manager = new ProducerStateManager();

  constructor(private readonly logger: Logger) {}

  onBatches(batches: readonly BatchSummary[]): void {
    this.manager.onAppended(batches);
  }

  writeSnapshot(file: string, _offset: number): void {
    const temp = `${file}.tmp`;
    writeFileSync(temp, encodeProducerSnapshot(this.manager.activeProducers().values()), { flush: true });
    renameSync(temp, file);
  }

  loadSnapshot(file: string | null, offset: number): void {
    if (file === null) {
      this.manager.clear();
      return;
    }
    try {
      this.manager.restore(decodeProducerSnapshot(readFileSync(file)));
    } catch (err) {
      if (!(err instanceof CorruptSnapshotError)) throw err;
      // Producers then look new; KIP-360 accepts their next sequence, so nothing is refused.
      this.logger.warn({ file, offset, err: err.message }, 'ignoring corrupt producer snapshot');
      this.manager.clear();
    }
  }

  onLogStartOffsetIncremented(offset: number): void {
    this.manager.removeExpiredProducers(Date.now());
    this.logger.debug({ offset }, 'log start offset moved; expired producers dropped');
  }
}
