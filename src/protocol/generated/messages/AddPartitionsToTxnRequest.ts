// Generated from messages/AddPartitionsToTxnRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** AddPartitionsToTxnRequest (request), versions 0-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. Versions 4+. */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. Versions 0-3. */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. Versions 0-3. */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. Versions 0-3. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. Versions 0-3. */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. Versions 4+. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. Versions 4+. */
  producerId: bigint;
  /** Current epoch associated with the producer id. Versions 4+. */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. Versions 4+. */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. Versions 4+. */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. Versions 0+. */
  name: string;
  /** The partition indexes to add to the transaction Versions 0+. */
  partitions: number[];
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-5)`, { api: 'AddPartitionsToTxnRequest', version });
  }
  try {
    return readAddPartitionsToTxnRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'AddPartitionsToTxnRequest', version);
  }
}

export function encodeAddPartitionsToTxnRequest(w: Writer, v: AddPartitionsToTxnRequest, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new UnsupportedVersionError(`AddPartitionsToTxnRequest has no version ${version} (valid: 0-5)`);
  }
  writeAddPartitionsToTxnRequest(w, v, version);
}

function readAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  let f = 'transactions';
  try {
    let transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
    if (version >= 4) {
      {
        const n = r.arrayLength(true);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
          for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, version));
          transactions = a;
        }
      }
    }
    f = 'v3AndBelowTransactionalId';
    let v3AndBelowTransactionalId: string = "";
    if (version <= 3) {
      v3AndBelowTransactionalId = (version >= 3 ? r.compactString() : r.string());
    }
    f = 'v3AndBelowProducerId';
    let v3AndBelowProducerId: bigint = 0n;
    if (version <= 3) {
      v3AndBelowProducerId = r.int64();
    }
    f = 'v3AndBelowProducerEpoch';
    let v3AndBelowProducerEpoch: number = 0;
    if (version <= 3) {
      v3AndBelowProducerEpoch = r.int16();
    }
    f = 'v3AndBelowTopics';
    let v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
    if (version <= 3) {
      {
        const n = r.arrayLength(version >= 3);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
          for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
          v3AndBelowTopics = a;
        }
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { transactions, v3AndBelowTransactionalId, v3AndBelowProducerId, v3AndBelowProducerEpoch, v3AndBelowTopics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  let f = 'transactionalId';
  try {
    const transactionalId: string = r.compactString();
    f = 'producerId';
    const producerId: bigint = r.int64();
    f = 'producerEpoch';
    const producerEpoch: number = r.int16();
    f = 'verifyOnly';
    const verifyOnly: boolean = r.bool();
    f = 'topics';
    let topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, version));
        topics = a;
      }
    }
    r.skipTaggedFields();
    return { transactionalId, producerId, producerEpoch, verifyOnly, topics };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, version: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  let f = 'name';
  try {
    const name: string = (version >= 3 ? r.compactString() : r.string());
    f = 'partitions';
    let partitions: number[];
    {
      const n = r.arrayLength(version >= 3);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: number[] = [];
        for (let i = 0; i < n; i++) a.push(r.int32());
        partitions = a;
      }
    }
    if (version >= 3) {
      r.skipTaggedFields();
    }
    return { name, partitions };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeAddPartitionsToTxnRequest(w: Writer, v: AddPartitionsToTxnRequest, version: number): void {
  if (version >= 4) {
    {
      w.arrayLength(v.transactions.length, true);
      for (const e of v.transactions) writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, e, version);
    }
  }
  if (!(version >= 4) && !(v.transactions.length === 0)) throw new UnsupportedVersionError(`AddPartitionsToTxnRequest v${version} cannot express a non-default value in field transactions`);
  if (version <= 3) {
    if (version >= 3) w.compactString(v.v3AndBelowTransactionalId); else w.string(v.v3AndBelowTransactionalId);
  }
  if (!(version <= 3) && !(v.v3AndBelowTransactionalId === "")) throw new UnsupportedVersionError(`AddPartitionsToTxnRequest v${version} cannot express a non-default value in field v3AndBelowTransactionalId`);
  if (version <= 3) {
    w.int64(v.v3AndBelowProducerId);
  }
  if (!(version <= 3) && !(v.v3AndBelowProducerId === 0n)) throw new UnsupportedVersionError(`AddPartitionsToTxnRequest v${version} cannot express a non-default value in field v3AndBelowProducerId`);
  if (version <= 3) {
    w.int16(v.v3AndBelowProducerEpoch);
  }
  if (!(version <= 3) && !(v.v3AndBelowProducerEpoch === 0)) throw new UnsupportedVersionError(`AddPartitionsToTxnRequest v${version} cannot express a non-default value in field v3AndBelowProducerEpoch`);
  if (version <= 3) {
    {
      w.arrayLength(v.v3AndBelowTopics.length, version >= 3);
      for (const e of v.v3AndBelowTopics) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, e, version);
    }
  }
  if (!(version <= 3) && !(v.v3AndBelowTopics.length === 0)) throw new UnsupportedVersionError(`AddPartitionsToTxnRequest v${version} cannot express a non-default value in field v3AndBelowTopics`);
  if (version >= 3) {
    w.uvarint(0);
  }
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, version: number): void {
  w.compactString(v.transactionalId);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.bool(v.verifyOnly);
  {
    w.arrayLength(v.topics.length, true);
    for (const e of v.topics) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, e, version);
  }
  w.uvarint(0);
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, v: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, version: number): void {
  if (version >= 3) w.compactString(v.name); else w.string(v.name);
  {
    w.arrayLength(v.partitions.length, version >= 3);
    for (const e of v.partitions) w.int32(e);
  }
  if (version >= 3) {
    w.uvarint(0);
  }
}
