// Generated from messages/AddPartitionsToTxnResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AddPartitionsToTxnResponse (response), versions 0-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The response top level error code. Versions 4+. */
  errorCode: number;
  /** Results categorized by transactional ID. Versions 4+. */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. Versions 0-3. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. Versions 4+. */
  transactionalId: string;
  /** The results for each topic. Versions 4+. */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. Versions 0+. */
  name: string;
  /** The results for each partition Versions 0+. */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. Versions 0+. */
  partitionIndex: number;
  /** The response error code. Versions 0+. */
  partitionErrorCode: number;
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'AddPartitionsToTxnResponse', version });
  }
  try {
    return readAddPartitionsToTxnResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AddPartitionsToTxnResponse', version);
  }
}

export function encodeAddPartitionsToTxnResponse(w: Writer, v: AddPartitionsToTxnResponse, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`AddPartitionsToTxnResponse has no version ${version} (valid: 0-5)`);
  }
  writeAddPartitionsToTxnResponse(w, v, version);
}

function readAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 4) {
      errorCode = r.int16();
    }
    f = 'resultsByTransaction';
    let resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
          for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version));
          resultsByTransaction = a;
        }
      }
    }
    f = 'resultsByTopicV3AndBelow';
    let resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
    if (version <= 3) {
      {
        const n = r.arrayLength(version >= 3);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
          for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
          resultsByTopicV3AndBelow = a;
        }
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { throttleTimeMs, errorCode, resultsByTransaction, resultsByTopicV3AndBelow };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  let f = 'transactionalId';
  try {
    const transactionalId: string = r.compactString();
    f = 'topicResults';
    let topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
        topicResults = a;
      }
    }
    r.skipTaggedFields();
    return { transactionalId, topicResults };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  let f = 'name';
  try {
    const name: string = (version >= 3 ? r.compactString() : r.string());
    f = 'resultsByPartition';
    let resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version));
        resultsByPartition = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { name, resultsByPartition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  let f = 'partitionIndex';
  try {
    const partitionIndex: number = r.int32();
    f = 'partitionErrorCode';
    const partitionErrorCode: number = r.int16();
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { partitionIndex, partitionErrorCode };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAddPartitionsToTxnResponse(w: Writer, v: AddPartitionsToTxnResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  if (version >= 4) {
    w.int16(v.errorCode);
  }
  if (version >= 4) {
    {
      w.arrayLength(v.resultsByTransaction.length, true);
      for (const e of v.resultsByTransaction) writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, e, version);
    }
  }
  if (!(version >= 4) && !(v.resultsByTransaction.length === 0)) throw new UnsupportedVersionError(`AddPartitionsToTxnResponse v${version} cannot express a non-default value in field resultsByTransaction`);
  if (version <= 3) {
    {
      w.arrayLength(v.resultsByTopicV3AndBelow.length, version >= 3);
      for (const e of v.resultsByTopicV3AndBelow) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, e, version);
    }
  }
  if (!(version <= 3) && !(v.resultsByTopicV3AndBelow.length === 0)) throw new UnsupportedVersionError(`AddPartitionsToTxnResponse v${version} cannot express a non-default value in field resultsByTopicV3AndBelow`);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnResult, version: number): void {
  w.compactString(v.transactionalId);
  {
    w.arrayLength(v.topicResults.length, true);
    for (const e of v.topicResults) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, e, version);
  }
  w.uvarint(0);
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, version: number): void {
  if (version >= 3) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.resultsByPartition.length, version >= 3);
    for (const e of v.resultsByPartition) writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, e, version);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, v: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, version: number): void {
  w.int32(v.partitionIndex);
  w.int16(v.partitionErrorCode);
  if (version >= 3) {
    w.uvarint(0);
  }
}
