/**
 * The initial voters of a KIP-853 quorum, as `runnel storage format --standalone` or
 * `--initial-controllers` records them (Kafka's DynamicVoters and its bootstrap snapshot): the
 * checkpoint `__cluster_metadata-0/00000000000000000000-0000000000.checkpoint` in metadata.log.dir,
 * whose header batch carries a KRaftVersionRecord (kraft.version 1) and a VotersRecord. A node
 * whose controller.quorum.voters is empty takes its voters from there, or, once later snapshots
 * have replaced that checkpoint, from the newest snapshot that carries the voters (as Kafka's
 * snapshots all do).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ControlRecordType } from '../protocol/controlRecord.js';
import { encodeKRaftVersionRecord } from '../protocol/generated/messages/KRaftVersionRecord.js';
import { decodeVotersRecord, encodeVotersRecord, type VotersRecord } from '../protocol/generated/messages/VotersRecord.js';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { uuidProblem } from '../config/metaProperties.js';
import { replaceFileDurably } from '../raft/durableFile.js';
import type { OffsetAndEpoch } from '../raft/offsetAndEpoch.js';
import { BATCH_LOG_OVERHEAD, decodeSnapshotControlRecords, encodeSnapshot, headerBatchSize, type SnapshotControlRecord } from '../raft/raftSnapshot.js';
import { snapshotFileName } from '../raft/storageRaftLog.js';
import { CLUSTER_METADATA_TOPIC } from './metadataQuorum.js';

export interface BootstrapVoter {
  readonly id: number;
  /** The voter's metadata log directory id (its directory.id in meta.properties). */
  readonly directoryId: string;
  readonly host: string;
  readonly port: number;
}

/** Kafka's Snapshots.BOOTSTRAP_SNAPSHOT_ID: the checkpoint at offset 0, epoch 0. */
export const BOOTSTRAP_SNAPSHOT_ID: OffsetAndEpoch = { offset: 0, epoch: 0 };

/** kraft.version 1: the quorum's voters live in the log (KIP-853). */
const KRAFT_VERSION = 1;
/** The kraft.version range a Runnel voter announces, as Kafka's voters do. */
const SUPPORTED_KRAFT_VERSIONS = { minSupportedVersion: 0, maxSupportedVersion: 1 };

export class BootstrapVotersError extends Error {
  override readonly name = 'BootstrapVotersError';
}

/**
 * Parses one `id@host:port:directoryId` entry (IPv6 hosts in brackets), as Kafka's DynamicVoter
 * does; the error names the entry.
 */
export function parseBootstrapVoter(entry: string): BootstrapVoter {
  const fail = (problem: string): never => {
    throw new BootstrapVotersError(`invalid controller '${entry}': ${problem} (expected id@host:port:directoryId)`);
  };
  const text = entry.trim();
  const at = text.indexOf('@');
  if (at < 0) fail('no @ found');
  if (at === 0) fail('no node id before @');
  const idText = text.slice(0, at);
  if (!/^\d+$/.test(idText)) fail(`node id '${idText}' is not a non-negative integer`);
  const id = Number(idText);
  if (id > 0x7fffffff) fail(`node id ${idText} is out of range`);
  let rest = text.slice(at + 1);
  if (rest === '') fail('no hostname after the node id');
  let host: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) fail('the hostname begins with [ but has no ]');
    host = rest.slice(1, close);
    rest = rest.slice(close + 1);
  } else {
    const colon = rest.indexOf(':');
    if (colon < 0) fail('no colon after the hostname');
    host = rest.slice(0, colon);
    rest = rest.slice(colon);
  }
  if (host === '') fail('the hostname is empty');
  if (!rest.startsWith(':')) fail('the port must follow the hostname after a colon');
  rest = rest.slice(1);
  const colon = rest.indexOf(':');
  if (colon < 0) fail('no colon after the port');
  const portText = rest.slice(0, colon);
  if (!/^\d+$/.test(portText)) fail(`port '${portText}' is not a number`);
  const port = Number(portText);
  if (port > 65535) fail(`port ${port} is out of range [0, 65535]`);
  const directoryId = rest.slice(colon + 1);
  const idProblem = uuidProblem(directoryId);
  if (idProblem !== undefined) fail(`directory id '${directoryId}' is invalid: ${idProblem}`);
  return { id, directoryId, host, port };
}

/** Parses `--initial-controllers`: comma-separated entries, each node id and directory id once. */
export function parseBootstrapVoters(text: string): BootstrapVoter[] {
  const entries = text.split(',').filter((e) => e.trim() !== '');
  if (entries.length === 0) throw new BootstrapVotersError('no initial controllers given');
  const voters = entries.map(parseBootstrapVoter);
  const ids = new Set<number>();
  const directoryIds = new Set<string>();
  for (const v of voters) {
    if (ids.has(v.id)) throw new BootstrapVotersError(`node id ${v.id} was specified more than once`);
    if (directoryIds.has(v.directoryId)) throw new BootstrapVotersError(`directory id ${v.directoryId} was specified more than once`);
    ids.add(v.id);
    directoryIds.add(v.directoryId);
  }
  return voters;
}

function encodeRecord<T>(encode: (w: Writer, v: T, version: number) => void, value: T): Buffer {
  const w = new Writer(64);
  encode(w, value, 0);
  return Buffer.concat(w.finish());
}

/** The KIP-853 control records naming `voters`: KRaftVersion (1), then Voters. */
export function voterControlRecords(voters: readonly BootstrapVoter[], controllerListenerName: string): SnapshotControlRecord[] {
  const votersRecord: VotersRecord = {
    version: 0,
    voters: voters.map((v) => ({
      voterId: v.id,
      voterDirectoryId: v.directoryId,
      endpoints: [{ name: controllerListenerName, host: v.host, port: v.port }],
      kRaftVersionFeature: SUPPORTED_KRAFT_VERSIONS,
    })),
  };
  return [
    { type: ControlRecordType.KRaftVersion, value: encodeRecord(encodeKRaftVersionRecord, { version: 0, kRaftVersion: KRAFT_VERSION }) },
    { type: ControlRecordType.KRaftVoters, value: encodeRecord(encodeVotersRecord, votersRecord) },
  ];
}

/** The bootstrap checkpoint's bytes: SnapshotHeader, KRaftVersion and Voters, then SnapshotFooter. */
export function encodeBootstrapCheckpoint(voters: readonly BootstrapVoter[], controllerListenerName: string, now: number): Buffer {
  return encodeSnapshot(BOOTSTRAP_SNAPSHOT_ID, [], now, now, voterControlRecords(voters, controllerListenerName));
}

/** The voters a checkpoint's header batch names, or null when it names none. Needs only that first batch. */
export function decodeBootstrapVoters(checkpoint: Buffer): BootstrapVoter[] | null {
  const record = decodeSnapshotControlRecords(checkpoint).find((r) => r.type === ControlRecordType.KRaftVoters);
  if (record === undefined) return null;
  const { voters } = decodeVotersRecord(new Reader(record.value), 0);
  return voters.map((v) => {
    const endpoint = v.endpoints[0];
    if (endpoint === undefined) throw new BootstrapVotersError(`voter ${v.voterId} has no endpoint`);
    return { id: v.voterId, directoryId: v.voterDirectoryId, host: endpoint.host, port: endpoint.port };
  });
}

function partitionDir(metadataLogDir: string): string {
  return path.join(metadataLogDir, `${CLUSTER_METADATA_TOPIC}-0`);
}

/** Writes the bootstrap checkpoint durably (temporary `.part` file, fsync, rename), creating the partition directory. */
export async function writeBootstrapCheckpoint(metadataLogDir: string, voters: readonly BootstrapVoter[], controllerListenerName: string): Promise<string> {
  const file = path.join(partitionDir(metadataLogDir), snapshotFileName(BOOTSTRAP_SNAPSHOT_ID));
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  // The `.checkpoint.part` suffix is the one StorageRaftLog removes as an unfinished snapshot.
  await replaceFileDurably(file, `${file}.part`, encodeBootstrapCheckpoint(voters, controllerListenerName, Date.now()));
  return file;
}

/** A snapshot file's name, `<20-digit offset>-<10-digit epoch>.checkpoint`, as StorageRaftLog names them. */
const CHECKPOINT_NAME = /^\d{20}-\d{10}\.checkpoint$/;

/** The first record batch of a file: a snapshot's header batch, without reading the state behind it. */
function readFirstBatch(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(BATCH_LOG_OVERHEAD);
    const headRead = fs.readSync(fd, head, 0, BATCH_LOG_OVERHEAD, 0);
    // A corrupt length is capped by the file's size: the decode then reports the short batch.
    const batch = Buffer.alloc(Math.min(headerBatchSize(head.subarray(0, headRead)), fs.fstatSync(fd).size));
    const read = fs.readSync(fd, batch, 0, batch.length, 0);
    return batch.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The voters named by the newest checkpoint of metadata.log.dir's `__cluster_metadata-0` that
 * names any (the bootstrap checkpoint until a snapshot carrying voters replaces it); null when none
 * does (a node of a static quorum, controller.quorum.voters). Throws BootstrapVotersError naming
 * the file when a checkpoint cannot be read or decoded.
 */
export function readBootstrapVoters(metadataLogDir: string): BootstrapVoter[] | null {
  const dir = partitionDir(metadataLogDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new BootstrapVotersError(`cannot list ${dir}: ${(err as Error).message}`, { cause: err });
  }
  // Snapshot names are zero-padded offset-epoch: their order is the snapshots' order.
  const checkpoints = names.filter((n) => CHECKPOINT_NAME.test(n)).sort().reverse();
  for (const name of checkpoints) {
    const file = path.join(dir, name);
    let voters: BootstrapVoter[] | null;
    try {
      voters = decodeBootstrapVoters(readFirstBatch(file));
    } catch (err) {
      throw new BootstrapVotersError(`${file} holds no readable voters: ${(err as Error).message}`, { cause: err });
    }
    if (voters !== null) return voters;
  }
  return null;
}
