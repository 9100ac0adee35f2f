// Generated from messages/ListTransactionsResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** ListTransactionsResponse (response), versions 0-1. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** Versions 0+. */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator Versions 0+. */
  unknownStateFilters: string[];
  /** Versions 0+. */
  transactionStates: ListTransactionsResponseTransactionState[];
}

export interface ListTransactionsResponseTransactionState {
  /** Versions 0+. */
  transactionalId: string;
  /** Versions 0+. */
  producerId: bigint;
  /** The current transaction state of the producer Versions 0+. */
  transactionState: string;
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'ListTransactionsResponse', version });
  }
  try {
    return readListTransactionsResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'ListTransactionsResponse', version);
  }
}

export function encodeListTransactionsResponse(w: Writer, v: ListTransactionsResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`ListTransactionsResponse has no version ${version} (valid: 0-1)`);
  }
  writeListTransactionsResponse(w, v, version);
}

function readListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'unknownStateFilters';
    let unknownStateFilters: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        unknownStateFilters = a;
      }
    }
    f = 'transactionStates';
    let transactionStates: ListTransactionsResponseTransactionState[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: ListTransactionsResponseTransactionState[] = [];
        for (let i = 0; i < n; i++) a.push(readListTransactionsResponseTransactionState(r, version));
        transactionStates = a;
      }
    }
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, unknownStateFilters, transactionStates };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readListTransactionsResponseTransactionState(r: Reader, version: number): ListTransactionsResponseTransactionState {
  let f = 'transactionalId';
  try {
    const transactionalId: string = r.compactString();
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'transactionState';
    const transactionState: string = r.compactString();
    r.skipTaggedFields();
    return { transactionalId, producerId, transactionState };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeListTransactionsResponse(w: Writer, v: ListTransactionsResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  {
    w.arrayLength(v.unknownStateFilters.length, true);
    for (const e of v.unknownStateFilters) w.compactString(e);
  }
  {
    w.arrayLength(v.transactionStates.length, true);
    for (const e of v.transactionStates) writeListTransactionsResponseTransactionState(w, e, version);
  }
  w.uvarint(0);
}

function writeListTransactionsResponseTransactionState(w: Writer, v: ListTransactionsResponseTransactionState, version: number): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.compactString(v.transactionState);
  w.uvarint(0);
}
