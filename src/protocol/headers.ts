// Request and response headers. Which header version a request uses depends on its API and
// version (flexible versions use request header v2 / response header v1), with two exceptions
// Kafka keeps for compatibility: ControlledShutdown v0 has request header v0, and ApiVersions
// responses always use response header v0 so that a client can read the error code of a version
// the broker does not support.
import { ApiKey, apiKeyInfo } from './generated/apiKeys.js';
import { decodeRequestHeader as decodeHeaderFields, encodeRequestHeader as encodeHeaderFields } from './generated/messages/RequestHeader.js';
import { decodeResponseHeader as decodeResponseFields, encodeResponseHeader as encodeResponseFields } from './generated/messages/ResponseHeader.js';
import type { Reader } from './reader.js';
import type { Writer } from './writer.js';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** 0, 1 or 2: how the header was (or is to be) encoded. */
  headerVersion: number;
}

export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.ControlledShutdown && apiVersion === 0) return 0;
  const info = apiKeyInfo(apiKey);
  if (info === undefined) return 1;
  return apiVersion >= info.flexibleMin ? 2 : 1;
}

export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.ApiVersions) return 0;
  const info = apiKeyInfo(apiKey);
  if (info === undefined) return 0;
  return apiVersion >= info.responseFlexibleMin ? 1 : 0;
}

/**
 * Reads a request header, choosing its version from the API key and version it starts with. An
 * unknown API key is read as header v1 (key, version, correlation id, client id), which every
 * client sends for APIs it does not know to be flexible, so the caller can still answer with the
 * correlation id.
 */
export function decodeRequestHeader(r: Reader): RequestHeader {
  const start = r.offset;
  const apiKey = r.int16();
  const apiVersion = r.int16();
  r.offset = start;
  const headerVersion = requestHeaderVersion(apiKey, apiVersion);
  const h = decodeHeaderFields(r, headerVersion);
  return { apiKey, apiVersion, correlationId: h.correlationId, clientId: h.clientId, headerVersion };
}

/** Writes a request header (for the broker's own requests: replication, forwarding). */
export function encodeRequestHeader(w: Writer, h: Omit<RequestHeader, 'headerVersion'>): void {
  encodeHeaderFields(
    w,
    { requestApiKey: h.apiKey, requestApiVersion: h.apiVersion, correlationId: h.correlationId, clientId: h.clientId },
    requestHeaderVersion(h.apiKey, h.apiVersion),
  );
}

export function encodeResponseHeader(w: Writer, correlationId: number, headerVersion: number): void {
  encodeResponseFields(w, { correlationId }, headerVersion);
}

export function decodeResponseHeader(r: Reader, headerVersion: number): { correlationId: number } {
  return decodeResponseFields(r, headerVersion);
}
