// The image as it will be once `records` commit: how the controller judges the next step of one
// operation against the earlier steps it has not committed yet.
import { MetadataDelta } from './metadataDelta.js';
import type { MetadataImage } from './metadataImage.js';
import type { MetadataRecord } from './metadataRecord.js';

export function imageWithRecords(image: MetadataImage, records: readonly MetadataRecord[]): MetadataImage {
  if (records.length === 0) return image;
  const delta = new MetadataDelta(image);
  for (const r of records) delta.replay(r, image.offset);
  return delta.apply();
}
