// Emits generated/apiKeys.ts: one row per API, joining each request schema with its response.
import { KAFKA_40_ADVERTISED_MIN_VERSIONS, KAFKA_40_MIN_VERSIONS } from './kafka40.js';
import type { MessageSpec } from './schema.js';

export function emitApiKeys(specs: readonly MessageSpec[]): string {
  const requests = specs.filter((m) => m.type === 'request').sort((a, b) => a.apiKey! - b.apiKey!);
  const byName = new Map(specs.map((m) => [m.name, m]));
  const rows: string[] = [];
  const imports: string[] = [];
  const names: string[] = [];
  for (const req of requests) {
    const api = req.name.replace(/Request$/, '');
    const res = byName.get(`${api}Response`);
    if (!res) throw new Error(`${req.name} has no response schema`);
    if (res.apiKey !== req.apiKey) throw new Error(`${api}: request and response api keys differ`);
    if (res.validVersions.lo !== req.validVersions.lo || res.validVersions.hi !== req.validVersions.hi) {
      throw new Error(`${api}: request and response valid versions differ`);
    }
    const min = Math.max(req.validVersions.lo, KAFKA_40_MIN_VERSIONS[api] ?? req.validVersions.lo);
    const advertisedMin = KAFKA_40_ADVERTISED_MIN_VERSIONS[api] ?? min;
    const flexible = (m: MessageSpec): string => (m.flexibleVersions.lo > m.flexibleVersions.hi ? 'Infinity' : String(m.flexibleVersions.lo));
    imports.push(`import { decode${req.name}, encode${req.name} } from './messages/${req.name}.js';`);
    imports.push(`import { decode${res.name}, encode${res.name} } from './messages/${res.name}.js';`);
    names.push(`  ${api}: ${req.apiKey},`);
    rows.push(
      [
        '  {',
        `    apiKey: ${req.apiKey},`,
        `    name: '${api}',`,
        `    minVersion: ${min},`,
        `    maxVersion: ${req.validVersions.hi},`,
        `    advertisedMinVersion: ${advertisedMin},`,
        `    schemaMinVersion: ${req.validVersions.lo},`,
        `    flexibleMin: ${flexible(req)},`,
        `    responseFlexibleMin: ${flexible(res)},`,
        `    latestVersionUnstable: ${req.latestVersionUnstable},`,
        `    listeners: [${req.listeners.map((l) => `'${l}'`).join(', ')}],`,
        `    decodeRequest: decode${req.name},`,
        `    encodeRequest: encode${req.name},`,
        `    decodeResponse: decode${res.name},`,
        `    encodeResponse: encode${res.name},`,
        '  },',
      ].join('\n'),
    );
  }
  return [
    '// Generated from messages/*Request.json and *Response.json by src/protocol/generator: do not edit, regenerate.',
    `import type { Reader } from '../reader.js';`,
    `import type { Writer } from '../writer.js';`,
    ...imports,
    '',
    'export interface ApiKeyInfo {',
    '  apiKey: number;',
    "  /** Kafka's name for the API, e.g. 'Produce'. */",
    '  name: string;',
    '  /** The oldest version Kafka 4.0 accepts (KIP-896). */',
    '  minVersion: number;',
    '  /** The newest version in the schema. */',
    '  maxVersion: number;',
    '  /** The minimum to put in an ApiVersions response: differs from minVersion only for Produce (KAFKA-18659). */',
    '  advertisedMinVersion: number;',
    '  /** The oldest version the schema (and so this codec) can still decode. */',
    '  schemaMinVersion: number;',
    '  /** The first flexible request version (request header v2 from there on), or Infinity. */',
    '  flexibleMin: number;',
    '  /** The first flexible response version (response header v1 from there on), or Infinity. */',
    '  responseFlexibleMin: number;',
    '  /** The newest version is still in development: Kafka does not advertise it by default. */',
    '  latestVersionUnstable: boolean;',
    "  /** Where Kafka serves the API: 'broker', 'controller', 'zkBroker'. */",
    '  listeners: readonly string[];',
    '  decodeRequest(r: Reader, version: number): unknown;',
    '  encodeRequest(w: Writer, v: unknown, version: number): void;',
    '  decodeResponse(r: Reader, version: number): unknown;',
    '  encodeResponse(w: Writer, v: unknown, version: number): void;',
    '}',
    '',
    'export const ApiKey = {',
    ...names,
    '} as const;',
    '',
    'export const API_KEYS: readonly ApiKeyInfo[] = [',
    ...rows,
    '];',
    '',
    'const BY_KEY = new Map<number, ApiKeyInfo>(API_KEYS.map((a) => [a.apiKey, a]));',
    '',
    'export function apiKeyInfo(apiKey: number): ApiKeyInfo | undefined {',
    '  return BY_KEY.get(apiKey);',
    '}',
    '',
  ].join('\n');
}
