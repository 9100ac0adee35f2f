// Generated from messages/DescribeTransactionsRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeTransactionsRequest (request), versions 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. Versions 0+. */
  transactionalIds: string[];
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0)`, { api: 'DescribeTransactionsRequest', version });
  }
  try {
    return readDescribeTransactionsRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeTransactionsRequest', version);
  }
}

export function encodeDescribeTransactionsRequest(w: Writer, v: DescribeTransactionsRequest, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new UnsupportedVersionError(`DescribeTransactionsRequest has no version ${version} (valid: 0)`);
  }
  writeDescribeTransactionsRequest(w, v, version);
}

function readDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  let f = 'transactionalIds';
  try {
    let transactionalIds: string[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: string[] = [];
        for (let i = 0; i < n; i++) a.push(r.compactString());
        transactionalIds = a;
      }
    }
    r.skipTaggedFields();
    return { transactionalIds };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeTransactionsRequest(w: Writer, v: DescribeTransactionsRequest, version: number): void {
  {
    w.arrayLength(v.transactionalIds.length, true);
    for (const e of v.transactionalIds) w.compactString(e);
  }
  w.uvarint(0);
}
