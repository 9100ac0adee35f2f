// Generated from messages/BrokerHeartbeatRequest.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import { Writer } from '../../writer.js';

/** BrokerHeartbeatRequest (request), versions 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. Versions 0+. */
  brokerId: number;
  /** The broker epoch. Versions 0+. */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. Versions 0+. */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. Versions 0+. */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. Versions 0+. */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. Versions 1+, tagged (tag 0) in 1+. */
  offlineLogDirs?: string[];
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 0-1)`, { api: 'BrokerHeartbeatRequest', version });
  }
  try {
    return readBrokerHeartbeatRequest(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'BrokerHeartbeatRequest', version);
  }
}

export function encodeBrokerHeartbeatRequest(w: Writer, v: BrokerHeartbeatRequest, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new UnsupportedVersionError(`BrokerHeartbeatRequest has no version ${version} (valid: 0-1)`);
  }
  writeBrokerHeartbeatRequest(w, v, version);
}

function readBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  let f = 'brokerId';
  try {
    const brokerId: number = r.int32();
    f = 'brokerEpoch';
    const brokerEpoch: bigint = r.int64();
    f = 'currentMetadataOffset';
    const currentMetadataOffset: bigint = r.int64();
    f = 'wantFence';
    const wantFence: boolean = r.bool();
    f = 'wantShutDown';
    const wantShutDown: boolean = r.bool();
    let offlineLogDirs: string[] = [];
    const count = r.uvarint();
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.taggedFieldEnd(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            f = 'offlineLogDirs';
            {
              const n = r.arrayLength(true);
              if (n < 0) {
                throw new ProtocolDecodeError('null in a non-nullable array');
              } else {
                const a: string[] = [];
                for (let i = 0; i < n; i++) a.push(r.uuid());
                offlineLogDirs = a;
              }
            }
            r.endTaggedField(tag, end);
            break;
          }
          r.skip(size);
          break;
        default:
          r.skip(size);
      }
    }
    return { brokerId, brokerEpoch, currentMetadataOffset, wantFence, wantShutDown, offlineLogDirs };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeBrokerHeartbeatRequest(w: Writer, v: BrokerHeartbeatRequest, version: number): void {
  w.int32(v.brokerId);
  w.int64(v.brokerEpoch);
  w.int64(v.currentMetadataOffset);
  w.bool(v.wantFence);
  w.bool(v.wantShutDown);
  if (!(version >= 1) && !((v.offlineLogDirs === undefined || v.offlineLogDirs.length === 0))) throw new UnsupportedVersionError(`BrokerHeartbeatRequest v${version} cannot express a non-default value in field offlineLogDirs`);
  const tag0 = version >= 1 && !(v.offlineLogDirs === undefined || v.offlineLogDirs.length === 0);
  w.uvarint((tag0 ? 1 : 0));
  if (tag0) {
    const t = new Writer(64);
    {
      t.arrayLength(v.offlineLogDirs!.length, true);
      for (const e of v.offlineLogDirs!) t.uuid(e);
    }
    w.taggedField(0, t);
  }
}
