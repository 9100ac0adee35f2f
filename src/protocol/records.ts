// The value of a `records` field on encode: one buffer, or several chunks (e.g. slices of segment
// files on the fetch path) that the Writer passes on by reference, never copying them.
export type Records = Buffer | readonly Buffer[];

export function recordsLength(records: Records): number {
  if (Buffer.isBuffer(records)) return records.length;
  let n = 0;
  for (const chunk of records as readonly Buffer[]) n += chunk.length;
  return n;
}
