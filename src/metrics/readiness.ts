// Whether the broker is ready for traffic, as /readyz reports it: a list of named checks, each
// saying what is not ready yet, or null when its part is.
import type { MetadataImage } from '../metadata/metadataImage.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';

export type ReadinessCheck = () => string | null;

export class Readiness {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  /** What is not ready, in the order the checks were added; empty when ready. */
  reasons(): string[] {
    const out: string[] = [];
    for (const check of this.checks) {
      let reason: string | null;
      try {
        reason = check();
      } catch (err) {
        reason = `readiness check failed: ${(err as Error).message}`;
      }
      if (reason !== null) out.push(reason);
    }
    return out;
  }
}

/** The metadata is loaded once this broker's own registration is in the image, unfenced. */
export function metadataLoaded(nodeId: number, image: () => MetadataImage): ReadinessCheck {
  return () => {
    const broker = image().brokers.get(nodeId);
    if (broker === undefined) return `metadata: broker ${nodeId} is not registered in the metadata image yet`;
    if (broker.fenced) return `metadata: broker ${nodeId} is fenced`;
    return null;
  };
}

export function kafkaListenersBound(listeners: { readonly listening: boolean }): ReadinessCheck {
  return () => (listeners.listening ? null : 'listeners: the Kafka listeners are not bound');
}

/**
 * The group coordinator reports a shard still loading as COORDINATOR_LOAD_IN_PROGRESS on
 * ListGroups, as Kafka does; that is the one public signal of it.
 */
export function offsetsShardsLoaded(groups: { listGroups(states: readonly string[], types: readonly string[]): { errorCode: number } }): ReadinessCheck {
  return () =>
    groups.listGroups([], []).errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS ? 'group coordinator: __consumer_offsets partitions are still loading' : null;
}
