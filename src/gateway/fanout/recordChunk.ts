// A run of one partition's records, read once from the log and delivered to every subscriber at
// that position. Each payload encoding is rendered once, on first use, and the same frame is sent
// to every socket that wants it: fan-out costs one read, one decode and one encode per chunk.
import type { DeliveredRecord } from '../deliveredRecord.js';
import type { Encoding } from '../ws/gatewayMessages.js';
import { writeBinaryFrame } from '../ws/binaryFrame.js';

export type Frame = { data: string; binary: false } | { data: Uint8Array; binary: true };

export class RecordChunk {
  private readonly frames = new Map<Encoding, Frame>();
  /** Bytes held: the records' payloads and the frames rendered so far. */
  bytes: number;

  constructor(
    readonly topic: string,
    readonly partition: number,
    /** The offset this chunk was read from. */
    readonly startOffset: number,
    /** Where the next chunk starts (past control batches too). */
    readonly nextOffset: number,
    readonly highWatermark: number,
    readonly records: readonly DeliveredRecord[],
  ) {
    this.bytes = records.reduce((n, r) => n + (r.key?.length ?? 0) + (r.value?.length ?? 0), 0);
  }

  frame(encoding: Encoding): Frame {
    let f = this.frames.get(encoding);
    if (f === undefined) {
      f = encoding === 'binary' ? this.binaryFrame() : { data: this.jsonFrame(encoding), binary: false };
      this.frames.set(encoding, f);
      this.bytes += f.binary ? f.data.length : f.data.length * 2;
    }
    return f;
  }

  private jsonFrame(encoding: 'text' | 'base64'): string {
    const render = (b: Buffer | null): string | null => (b === null ? null : b.toString(encoding === 'text' ? 'utf8' : 'base64'));
    return JSON.stringify({
      type: 'records',
      topic: this.topic,
      partition: this.partition,
      highWatermark: this.highWatermark,
      encoding,
      records: this.records.map((r) => ({
        offset: r.offset,
        timestamp: r.timestamp,
        key: render(r.key),
        value: render(r.value),
        headers: r.headers.map((h) => ({ key: h.key, value: render(h.value) })),
      })),
    });
  }

  private binaryFrame(): Frame {
    const parts: (Buffer | null)[] = [];
    const records = this.records.map((r) => {
      parts.push(r.key, r.value);
      for (const h of r.headers) parts.push(h.value);
      return {
        offset: r.offset,
        timestamp: r.timestamp,
        keyLength: r.key?.length ?? -1,
        valueLength: r.value?.length ?? -1,
        headers: r.headers.map((h) => ({ key: h.key, valueLength: h.value?.length ?? -1 })),
      };
    });
    const header = { type: 'records', topic: this.topic, partition: this.partition, highWatermark: this.highWatermark, encoding: 'binary', records };
    return { data: writeBinaryFrame(header, parts), binary: true };
  }
}
