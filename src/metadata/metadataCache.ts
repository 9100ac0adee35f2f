// Holds the current MetadataImage and tells subscribers (replica manager, coordinators) when a
// newer one is published. Handlers read `image` once per request, so a request sees one view.
import { MetadataDelta } from './metadataDelta.js';
import { MetadataImage } from './metadataImage.js';
import type { MetadataRecord } from './metadataRecord.js';

/** May return a promise: publish() resolves only once every listener has caught up. */
export type ImageListener = (next: MetadataImage, prev: MetadataImage) => void | Promise<void>;

export class MetadataCache {
  private current: MetadataImage;
  private readonly listeners: ImageListener[] = [];

  constructor(initial: MetadataImage = MetadataImage.EMPTY) {
    this.current = initial;
  }

  get image(): MetadataImage {
    return this.current;
  }

  subscribe(listener: ImageListener): void {
    this.listeners.push(listener);
  }

  /** Replays committed records (with the offset of each) and publishes the resulting image. */
  async publish(records: ReadonlyArray<{ record: MetadataRecord; offset: number }>): Promise<MetadataImage> {
    const delta = new MetadataDelta(this.current);
    for (const { record, offset } of records) delta.replay(record, offset);
    const prev = this.current;
    const next = delta.apply();
    this.current = next;
    for (const l of this.listeners) await l(next, prev);
    return next;
  }
}
