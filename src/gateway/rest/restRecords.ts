// Record payloads on the REST API, as Confluent REST Proxy v2 writes them: `json` values are JSON
// (stored as their JSON text), `binary` values are base64; `text` (Runnel's) is plain UTF-8.
import { z } from 'zod';
import type { DeliveredRecord } from '../deliveredRecord.js';
import { HttpError } from '../httpExchange.js';

export const RestFormat = z.enum(['json', 'binary', 'text']);
export type RestFormat = z.infer<typeof RestFormat>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A payload from a request body in `format`; a bad base64 string is a 400 naming `field`. */
export function payloadIn(value: unknown, format: RestFormat, field: string): Buffer | null {
  if (value === null || value === undefined) return null;
  if (format === 'json') return Buffer.from(JSON.stringify(value), 'utf8');
  if (typeof value !== 'string') throw new HttpError(400, 40002, `${field}: a ${format} value must be a string`, field);
  if (format === 'text') return Buffer.from(value, 'utf8');
  if (value.length % 4 !== 0 || !BASE64.test(value)) throw new HttpError(400, 40002, `${field}: not valid base64`, field);
  return Buffer.from(value, 'base64');
}

/** A stored payload for a response in `format`; a json value that is not JSON is returned as text. */
export function payloadOut(bytes: Buffer | null, format: RestFormat): unknown {
  if (bytes === null) return null;
  if (format === 'binary') return bytes.toString('base64');
  const text = bytes.toString('utf8');
  if (format === 'text') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function recordOut(topic: string, partition: number, r: DeliveredRecord, format: RestFormat): object {
  return {
    topic,
    partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: payloadOut(r.key, format),
    value: payloadOut(r.value, format),
    headers: r.headers.map((h) => ({ key: h.key, value: h.value === null ? null : h.value.toString('base64') })),
  };
}
