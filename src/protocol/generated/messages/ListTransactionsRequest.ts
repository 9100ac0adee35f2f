// Generated from messages/ListTransactionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListTransactionsRequest (request), versions 0-1. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned Versions 0+. */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned Versions 0+. */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned Versions 1+. */
  durationFilter: bigint;
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'ListTransactionsRequest', version });
  }
  try {
    return readListTransactionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListTransactionsRequest', version);
  }
}

export function encodeListTransactionsRequest(w: Writer, v: ListTransactionsRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`ListTransactionsRequest has no version ${version} (valid: 0-1)`);
  }
  writeListTransactionsRequest(w, v, version);
}

function readListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  let f = 'stateFilters';
  try {
    let stateFilters: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        stateFilters = a;
      }
    }
    f = 'producerIdFilters';
    let producerIdFilters: bigint[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: bigint[] = [];
        for (let i = 0; i < n; i++) a.push(r.int64());
        producerIdFilters = a;
      }
    }
    f = 'durationFilter';
    let durationFilter: bigint = -1n;
    if (version >= 1) {
      durationFilter = r.int64();
    }
    r.skipTaggedFields();
    return { stateFilters, producerIdFilters, durationFilter };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListTransactionsRequest(w: Writer, v: ListTransactionsRequest, version: number): void {
  {
    w.arrayLength(v.stateFilters.length, true);
    for (const e of v.stateFilters) w.compactString(e);
  }
  {
    w.arrayLength(v.producerIdFilters.length, true);
    for (const e of v.producerIdFilters) w.int64(e);
  }
  if (version >= 1) {
    w.int64(v.durationFilter);
  }
  if (!(version >= 1) && !(v.durationFilter === -1n)) throw new UnsupportedVersionError(`ListTransactionsRequest v${version} cannot express a non-default value in field durationFilter`);
  w.uvarint(0);
}
