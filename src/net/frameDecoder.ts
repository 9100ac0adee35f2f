// Splits a TCP byte stream into Kafka's size-prefixed frames (int32 big-endian length, then the
// payload). Chunks are kept as received and only concatenated when a frame spans several of them,
// so a large produce request arriving in one read is handed on without a copy.

export class FrameTooLargeError extends Error {
  constructor(readonly size: number, readonly maxBytes: number) {
    super(size < 0 ? `invalid frame size ${size}` : `frame of ${size} bytes exceeds socket.request.max.bytes=${maxBytes}`);
  }
}

export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** Bytes received but not yet handed out as a frame. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Appends received bytes and returns every frame now complete. Throws FrameTooLargeError. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const size = this.peekSize();
      if (size < 0 || size > this.maxFrameBytes) throw new FrameTooLargeError(size, this.maxFrameBytes);
      if (this.buffered < 4 + size) break;
      frames.push(this.take(4 + size).subarray(4));
    }
    return frames;
  }

  private peekSize(): number {
    const first = this.chunks[0];
    if (first.length >= 4) return first.readInt32BE(0);
    const head = Buffer.alloc(4);
    let copied = 0;
    for (const c of this.chunks) {
      copied += c.copy(head, copied, 0, Math.min(c.length, 4 - copied));
      if (copied === 4) break;
    }
    return head.readInt32BE(0);
  }

  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0];
    if (first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0];
      const want = n - filled;
      if (c.length <= want) {
        c.copy(out, filled);
        filled += c.length;
        this.chunks.shift();
      } else {
        c.copy(out, filled, 0, want);
        filled += want;
        this.chunks[0] = c.subarray(want);
      }
    }
    return out;
  }
}
