// The gateway's binary WebSocket frames: a 4-byte big-endian length, that many bytes of JSON (the
// message, with byte lengths in place of payloads), then the payload bytes back to back in the
// order the JSON lists them. Raw bytes cross without base64's third more size or its encoding cost.

export class BinaryFrameError extends Error {
  override readonly name = 'BinaryFrameError';
}

export interface BinaryFrame {
  header: unknown;
  payload: Buffer;
}

export function readBinaryFrame(frame: Buffer): BinaryFrame {
  if (frame.length < 4) throw new BinaryFrameError('binary frame is shorter than its 4-byte header length');
  const headerLength = frame.readUInt32BE(0);
  if (headerLength > frame.length - 4) throw new BinaryFrameError(`binary frame header length ${headerLength} exceeds the frame (${frame.length - 4} bytes after it)`);
  let header: unknown;
  try {
    header = JSON.parse(frame.toString('utf8', 4, 4 + headerLength));
  } catch (err) {
    throw new BinaryFrameError(`binary frame header is not valid JSON: ${(err as Error).message}`);
  }
  return { header, payload: frame.subarray(4 + headerLength) };
}

/** Serializes `header` and appends the non-null parts; the header must say their lengths. */
export function writeBinaryFrame(header: unknown, parts: readonly (Uint8Array | null)[]): Uint8Array {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  let size = 4 + json.length;
  for (const p of parts) if (p !== null) size += p.length;
  const out = Buffer.allocUnsafe(size);
  out.writeUInt32BE(json.length, 0);
  json.copy(out, 4);
  let pos = 4 + json.length;
  for (const p of parts) {
    if (p === null) continue;
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
