// The replica fetchers of this broker (Kafka's ReplicaFetcherManager): one fetch loop per leader
// broker, fed with the partitions this broker follows on it, as the metadata image says. A leader
// that moved or re-registered at another address gets a new loop; a leader with nothing to fetch
// loses its loop.
import type { Partition } from '../log/partition.js';
import type { MetadataImage } from '../metadata/metadataImage.js';
import { ReplicaFetcher, type LeaderEndpoint, type ReplicaFetcherSettings } from './replicaFetcher.js';

export class ReplicaFetcherManager {
  private readonly fetchers = new Map<number, ReplicaFetcher>();

  constructor(
    private readonly settings: ReplicaFetcherSettings,
    /** inter.broker.listener.name: the leader listener followers fetch from (null: the leader's first). */
    private readonly listenerName: string | null,
    private readonly isHosted: (partition: Partition) => boolean,
  ) {}

  /** Fetches exactly `followers` (this broker's non-leader replicas) from their leaders. */
  follow(followers: readonly Partition[], image: MetadataImage): void {
    const byLeader = new Map<number, Partition[]>();
    for (const p of followers) {
      if (p.leaderId < 0) continue;
      let list = byLeader.get(p.leaderId);
      if (!list) byLeader.set(p.leaderId, (list = []));
      list.push(p);
    }
    for (const [leaderId, fetcher] of this.fetchers) {
      const endpoint = this.endpointOf(image, leaderId);
      if (byLeader.has(leaderId) && endpoint !== null && sameEndpoint(endpoint, fetcher.endpoint)) continue;
      this.fetchers.delete(leaderId);
      void fetcher.close();
    }
    for (const [leaderId, partitions] of byLeader) {
      let fetcher = this.fetchers.get(leaderId);
      if (!fetcher) {
        const endpoint = this.endpointOf(image, leaderId);
        if (endpoint === null) {
          this.settings.logger.warn({ leader: leaderId, partitions: partitions.length }, 'leader has no reachable listener in the metadata; not fetching from it');
          continue;
        }
        fetcher = new ReplicaFetcher(leaderId, endpoint, { ...this.settings, logger: this.settings.logger.child({ leader: leaderId }) }, this.isHosted);
        this.fetchers.set(leaderId, fetcher);
      }
      fetcher.assign(partitions);
    }
  }

  private endpointOf(image: MetadataImage, brokerId: number): LeaderEndpoint | null {
    const endpoints = image.brokers.get(brokerId)?.endpoints ?? [];
    const chosen = this.listenerName === null ? endpoints[0] : endpoints.find((e) => e.name === this.listenerName);
    return chosen ? { host: chosen.host, port: chosen.port } : null;
  }

  close(): void {
    for (const fetcher of this.fetchers.values()) void fetcher.close();
    this.fetchers.clear();
  }
}

function sameEndpoint(a: LeaderEndpoint, b: LeaderEndpoint): boolean {
  return a.host === b.host && a.port === b.port;
}
