// Holds the current MetadataImage and tells subscribers (replica manager, coordinators) when a
// newer one is published. Handlers read `image` once per request, so a request sees one view.
//
// The image itself moves synchronously (Raft applies committed batches synchronously and snapshots
// must see the state after the last one); listeners run one image at a time, in order, so a slow
// listener never sees images out of order or two at once.
import { MetadataDelta } from './metadataDelta.js';
import { MetadataImage } from './metadataImage.js';
import type { MetadataRecord } from './metadataRecord.js';

/** May return a promise: publish() resolves only once every listener has caught up. */
export type ImageListener = (next: MetadataImage, prev: MetadataImage) => void | Promise<void>;

export class MetadataCache {
  private current: MetadataImage;
  private readonly listeners: ImageListener[] = [];
  private notifying: Promise<unknown> = Promise.resolve();

  constructor(initial: MetadataImage = MetadataImage.EMPTY) {
    this.current = initial;
  }

  get image(): MetadataImage {
    return this.current;
  }

  subscribe(listener: ImageListener): void {
    this.listeners.push(listener);
  }

  /** Replays committed records (with the offset of each) onto the current image and publishes it. */
  publish(records: ReadonlyArray<{ record: MetadataRecord; offset: number }>): Promise<MetadataImage> {
    const delta = new MetadataDelta(this.current);
    for (const { record, offset } of records) delta.replay(record, offset);
    return this.install(delta.apply());
  }

  /** Replaces the whole image (a loaded snapshot) and publishes it. */
  install(next: MetadataImage): Promise<MetadataImage> {
    const prev = this.current;
    this.current = next;
    // The listeners of this moment: one subscribing later starts from the image it is given then,
    // and must never be handed an older image still waiting in the queue.
    const listeners = [...this.listeners];
    const done = this.notifying.then(async () => {
      for (const l of listeners) await l(next, prev);
      return next;
    });
    this.notifying = done.catch(() => undefined);
    return done;
  }
}
