// Generated from records/SubscriptionInfoData.json by src/protocol/generator: do not edit, regenerate.
import { ProtocolDecodeError } from '../../decodeError.js';
import { UnsupportedVersionError } from '../../kafkaErrors.js';
import type { Reader } from '../../reader.js';
import type { Writer } from '../../writer.js';

const EMPTY_BYTES = Buffer.alloc(0);

/** SubscriptionInfoData (data), versions 1-11. */
export interface SubscriptionInfoData {
  /** Versions 1+. */
  version: number;
  /** Versions 3+. */
  latestSupportedVersion: number;
  /** Versions 1+. */
  processId: string;
  /** Versions 1-6. */
  prevTasks: SubscriptionInfoDataTaskId[];
  /** Versions 1-6. */
  standbyTasks: SubscriptionInfoDataTaskId[];
  /** Versions 2+. */
  userEndPoint: Buffer;
  /** Versions 7+. */
  taskOffsetSums: SubscriptionInfoDataTaskOffsetSum[];
  /** Versions 8+. */
  uniqueField: number;
  /** Versions 9+. */
  errorCode: number;
  /** Versions 11+. */
  clientTags: SubscriptionInfoDataClientTag[];
}

export interface SubscriptionInfoDataTaskId {
  /** Versions 1-6. */
  topicGroupId: number;
  /** Versions 1-6. */
  partition: number;
}

export interface SubscriptionInfoDataTaskOffsetSum {
  /** Versions 7+. */
  topicGroupId: number;
  /** Versions 10+. */
  partition: number;
  /** Versions 10+. */
  offsetSum: bigint;
  /** Versions 10+, nullable in 10+. */
  namedTopology: string | null;
  /** Versions 7-9. */
  partitionToOffsetSum: SubscriptionInfoDataPartitionToOffsetSum[];
}

export interface SubscriptionInfoDataPartitionToOffsetSum {
  /** Versions 7-9. */
  partition: number;
  /** Versions 7-9. */
  offsetSum: bigint;
}

export interface SubscriptionInfoDataClientTag {
  /** Versions 11+. */
  key: Buffer;
  /** Versions 11+. */
  value: Buffer;
}

export function decodeSubscriptionInfoData(r: Reader, version: number): SubscriptionInfoData {
  if (!(version >= 1 && version <= 11)) {
    throw new ProtocolDecodeError(`unsupported version ${version} (valid: 1-11)`, { api: 'SubscriptionInfoData', version });
  }
  try {
    return readSubscriptionInfoData(r, version);
  } catch (e) {
    throw ProtocolDecodeError.inMessage(e, 'SubscriptionInfoData', version);
  }
}

export function encodeSubscriptionInfoData(w: Writer, v: SubscriptionInfoData, version: number): void {
  if (!(version >= 1 && version <= 11)) {
    throw new UnsupportedVersionError(`SubscriptionInfoData has no version ${version} (valid: 1-11)`);
  }
  writeSubscriptionInfoData(w, v, version);
}

function readSubscriptionInfoData(r: Reader, version: number): SubscriptionInfoData {
  let f = 'version';
  try {
    const version_: number = r.int32();
    f = 'latestSupportedVersion';
    let latestSupportedVersion: number = -1;
    if (version >= 3) {
      latestSupportedVersion = r.int32();
    }
    f = 'processId';
    const processId: string = r.uuid();
    f = 'prevTasks';
    let prevTasks: SubscriptionInfoDataTaskId[] = [];
    if (version <= 6) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: SubscriptionInfoDataTaskId[] = [];
          for (let i = 0; i < n; i++) a.push(readSubscriptionInfoDataTaskId(r, version));
          prevTasks = a;
        }
      }
    }
    f = 'standbyTasks';
    let standbyTasks: SubscriptionInfoDataTaskId[] = [];
    if (version <= 6) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: SubscriptionInfoDataTaskId[] = [];
          for (let i = 0; i < n; i++) a.push(readSubscriptionInfoDataTaskId(r, version));
          standbyTasks = a;
        }
      }
    }
    f = 'userEndPoint';
    let userEndPoint: Buffer = EMPTY_BYTES;
    if (version >= 2) {
      userEndPoint = r.bytes();
    }
    f = 'taskOffsetSums';
    let taskOffsetSums: SubscriptionInfoDataTaskOffsetSum[] = [];
    if (version >= 7) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: SubscriptionInfoDataTaskOffsetSum[] = [];
          for (let i = 0; i < n; i++) a.push(readSubscriptionInfoDataTaskOffsetSum(r, version));
          taskOffsetSums = a;
        }
      }
    }
    f = 'uniqueField';
    let uniqueField: number = 0;
    if (version >= 8) {
      uniqueField = r.int8();
    }
    f = 'errorCode';
    let errorCode: number = 0;
    if (version >= 9) {
      errorCode = r.int32();
    }
    f = 'clientTags';
    let clientTags: SubscriptionInfoDataClientTag[] = [];
    if (version >= 11) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: SubscriptionInfoDataClientTag[] = [];
          for (let i = 0; i < n; i++) a.push(readSubscriptionInfoDataClientTag(r, version));
          clientTags = a;
        }
      }
    }
    return { version: version_, latestSupportedVersion, processId, prevTasks, standbyTasks, userEndPoint, taskOffsetSums, uniqueField, errorCode, clientTags };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readSubscriptionInfoDataTaskId(r: Reader, version: number): SubscriptionInfoDataTaskId {
  let f = 'topicGroupId';
  try {
    const topicGroupId: number = r.int32();
    f = 'partition';
    const partition: number = r.int32();
    return { topicGroupId, partition };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readSubscriptionInfoDataTaskOffsetSum(r: Reader, version: number): SubscriptionInfoDataTaskOffsetSum {
  let f = 'topicGroupId';
  try {
    const topicGroupId: number = r.int32();
    f = 'partition';
    let partition: number = 0;
    if (version >= 10) {
      partition = r.int32();
    }
    f = 'offsetSum';
    let offsetSum: bigint = 0n;
    if (version >= 10) {
      offsetSum = r.int64();
    }
    f = 'namedTopology';
    let namedTopology: string | null = "";
    if (version >= 10) {
      namedTopology = r.nullableString();
    }
    f = 'partitionToOffsetSum';
    let partitionToOffsetSum: SubscriptionInfoDataPartitionToOffsetSum[] = [];
    if (version <= 9) {
      {
        const n = r.arrayLength(false);
        if (n < 0) {
          throw new ProtocolDecodeError('null in a non-nullable array');
        } else {
          const a: SubscriptionInfoDataPartitionToOffsetSum[] = [];
          for (let i = 0; i < n; i++) a.push(readSubscriptionInfoDataPartitionToOffsetSum(r, version));
          partitionToOffsetSum = a;
        }
      }
    }
    return { topicGroupId, partition, offsetSum, namedTopology, partitionToOffsetSum };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readSubscriptionInfoDataPartitionToOffsetSum(r: Reader, version: number): SubscriptionInfoDataPartitionToOffsetSum {
  let f = 'partition';
  try {
    const partition: number = r.int32();
    f = 'offsetSum';
    const offsetSum: bigint = r.int64();
    return { partition, offsetSum };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function readSubscriptionInfoDataClientTag(r: Reader, version: number): SubscriptionInfoDataClientTag {
  let f = 'key';
  try {
    const key: Buffer = r.bytes();
    f = 'value';
    const value: Buffer = r.bytes();
    return { key, value };
  } catch (e) {
    throw ProtocolDecodeError.inField(e, f);
  }
}

function writeSubscriptionInfoData(w: Writer, v: SubscriptionInfoData, version: number): void {
  w.int32(v.version);
  if (version >= 3) {
    w.int32(v.latestSupportedVersion);
  }
  if (!(version >= 3) && !(v.latestSupportedVersion === -1)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field latestSupportedVersion`);
  w.uuid(v.processId);
  if (version <= 6) {
    {
      w.arrayLength(v.prevTasks.length, false);
      for (const e of v.prevTasks) writeSubscriptionInfoDataTaskId(w, e, version);
    }
  }
  if (!(version <= 6) && !(v.prevTasks.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field prevTasks`);
  if (version <= 6) {
    {
      w.arrayLength(v.standbyTasks.length, false);
      for (const e of v.standbyTasks) writeSubscriptionInfoDataTaskId(w, e, version);
    }
  }
  if (!(version <= 6) && !(v.standbyTasks.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field standbyTasks`);
  if (version >= 2) {
    w.bytes(v.userEndPoint);
  }
  if (!(version >= 2) && !(v.userEndPoint.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field userEndPoint`);
  if (version >= 7) {
    {
      w.arrayLength(v.taskOffsetSums.length, false);
      for (const e of v.taskOffsetSums) writeSubscriptionInfoDataTaskOffsetSum(w, e, version);
    }
  }
  if (!(version >= 7) && !(v.taskOffsetSums.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field taskOffsetSums`);
  if (version >= 8) {
    w.int8(v.uniqueField);
  }
  if (!(version >= 8) && !(v.uniqueField === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field uniqueField`);
  if (version >= 9) {
    w.int32(v.errorCode);
  }
  if (!(version >= 9) && !(v.errorCode === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field errorCode`);
  if (version >= 11) {
    {
      w.arrayLength(v.clientTags.length, false);
      for (const e of v.clientTags) writeSubscriptionInfoDataClientTag(w, e, version);
    }
  }
  if (!(version >= 11) && !(v.clientTags.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field clientTags`);
}

function writeSubscriptionInfoDataTaskId(w: Writer, v: SubscriptionInfoDataTaskId, version: number): void {
  w.int32(v.topicGroupId);
  w.int32(v.partition);
}

function writeSubscriptionInfoDataTaskOffsetSum(w: Writer, v: SubscriptionInfoDataTaskOffsetSum, version: number): void {
  w.int32(v.topicGroupId);
  if (version >= 10) {
    w.int32(v.partition);
  }
  if (!(version >= 10) && !(v.partition === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field SubscriptionInfoDataTaskOffsetSum.partition`);
  if (version >= 10) {
    w.int64(v.offsetSum);
  }
  if (!(version >= 10) && !(v.offsetSum === 0n)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field SubscriptionInfoDataTaskOffsetSum.offsetSum`);
  if (version >= 10) {
    w.nullableString(v.namedTopology);
  }
  if (!(version >= 10) && !(v.namedTopology === "")) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field SubscriptionInfoDataTaskOffsetSum.namedTopology`);
  if (version <= 9) {
    {
      w.arrayLength(v.partitionToOffsetSum.length, false);
      for (const e of v.partitionToOffsetSum) writeSubscriptionInfoDataPartitionToOffsetSum(w, e, version);
    }
  }
  if (!(version <= 9) && !(v.partitionToOffsetSum.length === 0)) throw new UnsupportedVersionError(`SubscriptionInfoData v${version} cannot express a non-default value in field SubscriptionInfoDataTaskOffsetSum.partitionToOffsetSum`);
}

function writeSubscriptionInfoDataPartitionToOffsetSum(w: Writer, v: SubscriptionInfoDataPartitionToOffsetSum, version: number): void {
  w.int32(v.partition);
  w.int64(v.offsetSum);
}

function writeSubscriptionInfoDataClientTag(w: Writer, v: SubscriptionInfoDataClientTag, version: number): void {
  w.bytes(v.key);
  w.bytes(v.value);
}
