// Generated from messages/DescribeClusterResponse.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

/** DescribeClusterResponse (response), versions 0-1. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0+. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error Versions 0+. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0+, nullable in 0+. */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. Versions 1+. */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. Versions 0+. */
  clusterId: string;
  /** The ID of the controller broker. Versions 0+. */
  controllerId: number;
  /** Each broker in the response. Versions 0+. */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions 0+. */
  clusterAuthorizedOperations: number;
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. Versions 0+. */
  brokerId: number;
  /** The broker hostname. Versions 0+. */
  host: string;
  /** The broker port. Versions 0+. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions 0+, nullable in 0+. */
  rack: string | null;
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'DescribeClusterResponse', version });
  }
  try {
    return readDescribeClusterResponse(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'DescribeClusterResponse', version);
  }
}

export function encodeDescribeClusterResponse(w: Writer, v: DescribeClusterResponse, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`DescribeClusterResponse has no version ${version} (valid: 0-1)`);
  }
  writeDescribeClusterResponse(w, v, version);
}

function readDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  let f = 'throttleTimeMs';
  try {
    const throttleTimeMs: number = r.int32();
    f = 'errorCode';
    const errorCode: number = r.int16();
    f = 'errorMessage';
    const errorMessage: string | null = r.compactNullableString();
    f = 'endpointType';
    let endpointType: number = 1;
    if (version >= 1) {
      endpointType = r.int8();
    }
    f = 'clusterId';
    const clusterId: string = r.compactString();
    f = 'controllerId';
    const controllerId: number = r.int32();
    f = 'brokers';
    let brokers: DescribeClusterResponseDescribeClusterBroker[];
    {
      const n = r.arrayLength(true);
      if (n < 0) {
        throw new ProtocolDecodeError('null in a non-nullable array');
      } else {
        const a: DescribeClusterResponseDescribeClusterBroker[] = [];
        for (let i = 0; i < n; i++) a.push(readDescribeClusterResponseDescribeClusterBroker(r, version));
        brokers = a;
      }
    }
    f = 'clusterAuthorizedOperations';
    const clusterAuthorizedOperations: number = r.int32();
    r.skipTaggedFields();
    return { throttleTimeMs, errorCode, errorMessage, endpointType, clusterId, controllerId, brokers, clusterAuthorizedOperations };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, version: number): DescribeClusterResponseDescribeClusterBroker {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'host';
    const host: string = r.compactString();
    f = 'port';
    const port: number = r.int32();
    f = 'rack';
    const rack: string | null = r.compactNullableString();
    r.skipTaggedFields();
    return { brokerId, host, port, rack };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeDescribeClusterResponse(w: Writer, v: DescribeClusterResponse, version: number): void {
  w.int32(v.throttleTimeMs);
  w.int16(v.errorCode);
  w.compactNullableString(v.errorMessage);
  if (version >= 1) {
    w.int8(v.endpointType);
  }
  if (!(version >= 1) && !(v.endpointType === 1)) throw new UnsupportedVersionError(`DescribeClusterResponse v${version} cannot express a non-default value in field endpointType`);
  w.compactString(v.clusterId);
  w.int32(v.controllerId);
  {
    w.arrayLength(v.brokers.length, true);
    for (const e of v.brokers) writeDescribeClusterResponseDescribeClusterBroker(w, e, version);
  }
  w.int32(v.clusterAuthorizedOperations);
  w.uvarint(0);
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, v: DescribeClusterResponseDescribeClusterBroker, version: number): void {
  w.int32(v.brokerId);
  w.compactString(v.host);
  w.int32(v.port);
  w.compactNullableString(v.rack);
  w.uvarint(0);
}
