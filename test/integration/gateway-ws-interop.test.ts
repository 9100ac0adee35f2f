// The gateway's WebSocket protocol against real Kafka clients on one broker: records produced over
// a socket (text, base64 and binary frames; keys, headers, explicit partitions, keyed placement)
// come back byte for byte through kcat and confluent-kafka, and land where kafkajs's and
// confluent's murmur2 partitioners put the same keys; records that kcat and kafkajs produce
// (lz4, zstd, gzip, snappy batches) reach assign-mode sockets in order with their offsets,
// timestamps and headers, from every kind of start position, through seek and pause/resume; and
// a group-mode socket shares a group with a kafkajs consumer, its commits shown by
// `runnel consumer-groups --describe`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { javaPartition, kafkajsProduce, kcatProduce, KCAT, pythonConsume, pythonProduce, runRunnel, type ConsumedRecord, type TestRecord } from '../helpers/clients.js';
import { GatewaySocket, type GatewayMessage, type GatewayRecord } from '../helpers/gatewaySocket.js';
import { createTopic, produceValues, startGroupMember, type PartitionRef } from '../helpers/groupClients.js';

const TIMEOUT_MS = 30_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Reads `count` records of `topic` with kcat, in a format that states key and value lengths, so
 * the bytes come back exactly (kcat -J prints raw bytes inside its JSON strings). kcat prints
 * headers as `name=value` joined by commas, with no lengths, and their values as C strings:
 * header values must hold no comma, '=', newline or NUL.
 */
function kcatExact(bootstrap: string, topic: string, count: number): Promise<ConsumedRecord[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(KCAT, ['-C', '-b', bootstrap, '-t', topic, '-o', 'beginning', '-c', String(count), '-e', '-f', '%p %o %T %K %S %h\n%k%s'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`kcat exited ${code}: ${stderr}`));
      const buf = Buffer.concat(out);
      const records: ConsumedRecord[] = [];
      for (let at = 0; at < buf.length;) {
        const eol = buf.indexOf(0x0a, at);
        // Five numbers, each ending in a space, then the headers up to the end of the line.
        let headersAt = at;
        for (let i = 0; i < 5; i++) headersAt = buf.indexOf(0x20, headersAt) + 1;
        const [partition, offset, timestamp, keyLength, valueLength] = buf.toString('latin1', at, headersAt - 1).split(' ').map(Number);
        const headerBytes = buf.subarray(headersAt, eol);
        at = eol + 1;
        const take = (length: number): Buffer | null => {
          if (length < 0) return null;
          at += length;
          return buf.subarray(at - length, at);
        };
        const key = take(keyLength!);
        const value = take(valueLength!);
        const headers: Array<[string, Buffer]> = [];
        for (let h = 0; h < headerBytes.length;) {
          const end = headerBytes.indexOf(0x2c, h) < 0 ? headerBytes.length : headerBytes.indexOf(0x2c, h);
          const eq = headerBytes.indexOf(0x3d, h);
          headers.push([headerBytes.toString('utf8', h, eq), headerBytes.subarray(eq + 1, end)]);
          h = end + 1;
        }
        records.push({ topic, partition: partition!, offset: offset!, timestamp: timestamp!, key, value, headers });
      }
      resolve(records);
    });
  });
}

type Header = [string, Buffer | null];
interface Comparable {
  partition: number;
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: Header[];
}

/** A record as hex strings, for t.same; `nullHeaderAs` maps null header values the way a client reports them. */
function canon(r: Comparable, nullHeaderAs: Buffer | null = null): object {
  const hex = (b: Buffer | null): string | null => (b === null ? null : b.toString('hex'));
  return { partition: r.partition, offset: r.offset, timestamp: r.timestamp, key: hex(r.key), value: hex(r.value), headers: r.headers.map(([k, v]) => [k, hex(v ?? nullHeaderAs)]) };
}

const byPosition = <T extends { partition: number; offset: number }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => a.partition - b.partition || a.offset - b.offset);

/** Offsets of one partition, in the order they arrived. */
const arrivalOffsets = (records: readonly GatewayRecord[], partition: number): number[] => records.filter((r) => r.partition === partition).map((r) => r.offset);
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** A socket's partitions in group mode, from its assigned and revoked events. */
function groupAssignment(socket: GatewaySocket): PartitionRef[] {
  let owned: PartitionRef[] = [];
  for (const e of socket.events) {
    const partitions = (e['partitions'] ?? []) as PartitionRef[];
    if (e.type === 'assigned') owned = [...owned, ...partitions.map(({ topic, partition }) => ({ topic, partition }))];
    if (e.type === 'revoked') owned = owned.filter((o) => !partitions.some((p) => p.topic === o.topic && p.partition === o.partition));
  }
  return owned.sort((a, b) => a.partition - b.partition);
}

t.test('WebSocket sessions interoperate with Kafka clients', async (t) => {
  const gatewayPort = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}` } });
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  const open = (clientId: string): Promise<GatewaySocket> => GatewaySocket.open(gateway, { clientId, teardown: t });

  await t.test('records produced over a socket come back exactly through kcat and confluent-kafka', async (t) => {
    const topic = 'ws-produced';
    // Not a power of two: a partitioner masking bits instead of taking a modulo would disagree.
    const partitions = 5;
    await createTopic(broker, topic, partitions);
    const socket = await open('interop-producer');

    interface Sent { answer: Promise<GatewayMessage>; key: Buffer | null; value: Buffer | null; headers: Header[]; partition?: number; timestamp?: number }
    const sent: Sent[] = [];
    const text = (s: string): Buffer => Buffer.from(s, 'utf8');
    const b64 = (b: Buffer): string => b.toString('base64');
    // Bytes that are not UTF-8, with the delimiters kcat and JSON care about.
    const binary = (n: number): Buffer => Buffer.concat([Buffer.from([0x00, 0xff, 0xc3, 0x28, 0x0a, 0x22, 0x5c]), randomBytes(n)]);

    sent.push({
      answer: socket.request({ op: 'produce', topic, partition: 2, key: 'clé-1', value: 'grüße ✓ {"x":1}\n', headers: { source: 'web', trace: 't-1' }, timestamp: 1_700_000_000_000 }),
      key: text('clé-1'), value: text('grüße ✓ {"x":1}\n'), headers: [['source', text('web')], ['trace', text('t-1')]], partition: 2, timestamp: 1_700_000_000_000,
    });
    sent.push({
      answer: socket.request({ op: 'produce', topic, partition: 1, key: null, value: 'keyless', headers: [{ key: 'dup', value: 'a' }, { key: 'dup', value: 'b' }] }),
      key: null, value: text('keyless'), headers: [['dup', text('a')], ['dup', text('b')]], partition: 1,
    });
    // kcat prints header values unframed, between ',' and '=' (see kcatExact).
    const h3 = Buffer.concat([Buffer.from([0xff, 0xc3, 0x28]), randomBytes(16).filter((b) => ![0x00, 0x0a, 0x2c, 0x3d].includes(b))]);
    const [k3, v3] = [binary(16), binary(300)];
    sent.push({
      answer: socket.request({ op: 'produce', topic, partition: 0, encoding: 'base64', key: b64(k3), value: b64(v3), headers: { raw: b64(h3) } }),
      key: k3, value: v3, headers: [['raw', h3]], partition: 0,
    });
    const [k4, v4] = [binary(20), binary(1000)];
    sent.push({ answer: socket.produceBinary({ topic, partition: 3, headers: { frame: 'binary' } }, k4, v4), key: k4, value: v4, headers: [['frame', text('binary')]], partition: 3 });
    sent.push({ answer: socket.produceBinary({ topic, partition: 3 }, text('tomb'), null), key: text('tomb'), value: null, headers: [], partition: 3 });
    sent.push({ answer: socket.produceBinary({ topic, partition: 4 }, Buffer.alloc(0), Buffer.alloc(0)), key: Buffer.alloc(0), value: Buffer.alloc(0), headers: [], partition: 4 });
    // Keyed records without a partition, in all three encodings.
    const keyed: Buffer[] = [];
    for (let i = 0; i < 30; i++) {
      const key = text(`user-${i}`);
      keyed.push(key);
      sent.push({ answer: socket.request({ op: 'produce', topic, key: `user-${i}`, value: `keyed ${i}` }), key, value: text(`keyed ${i}`), headers: [] });
    }
    for (let i = 0; i < 8; i++) {
      const [key, value] = [binary(12), binary(40)];
      keyed.push(key);
      sent.push({ answer: socket.produceBinary({ topic }, key, value), key, value, headers: [] });
      const [key64, value64] = [binary(9), binary(33)];
      keyed.push(key64);
      sent.push({ answer: socket.request({ op: 'produce', topic, encoding: 'base64', key: b64(key64), value: b64(value64) }), key: key64, value: value64, headers: [] });
    }

    const acks = await Promise.all(sent.map((s) => s.answer));
    t.same(acks.filter((a) => a.type !== 'ack'), [], 'every produce is acknowledged');
    t.same(sent.filter((s) => s.partition !== undefined).map((s, i) => acks[i]!['partition']), sent.filter((s) => s.partition !== undefined).map((s) => s.partition), 'explicit partitions are kept');
    const placed = sent.map((s, i) => ({ ...s, ack: acks[i]! })).filter((s) => s.partition === undefined);
    t.same(placed.map((s) => s.ack['partition']), placed.map((s) => javaPartition(s.key!, partitions)), "keyed records land where Java's and kafkajs's murmur2 partitioner puts them");
    const perPartition = new Map<number, number[]>();
    for (const a of acks) perPartition.set(a['partition'] as number, [...(perPartition.get(a['partition'] as number) ?? []), a['offset'] as number]);
    for (const [p, offsets] of perPartition) t.same([...offsets].sort((a, b) => a - b), range(0, offsets.length), `partition ${p}: offsets from 0 without gaps`);

    // The same keys through confluent-kafka's murmur2 partitioner, to a topic of the same size.
    await createTopic(broker, 'ws-placement', partitions);
    const confluent = await pythonProduce('confluent', broker.bootstrap, 'ws-placement', keyed.map((key): TestRecord => ({ key, value: 'x' })), { config: { partitioner: 'murmur2_random' } });
    t.same(placed.map((s) => s.ack['partition']), confluent.map((r) => r.partition), 'confluent-kafka (murmur2_random) places every key on the same partition');

    const expected = byPosition(sent.map((s, i) => ({ partition: acks[i]!['partition'] as number, offset: acks[i]!['offset'] as number, timestamp: acks[i]!['timestamp'] as number, key: s.key, value: s.value, headers: s.headers })));
    t.equal(acks[0]!['timestamp'], 1_700_000_000_000, 'an explicit timestamp is kept');

    const viaKcat = byPosition(await kcatExact(broker.bootstrap, topic, sent.length));
    t.same(viaKcat.map((r) => canon(r)), expected.map((r) => canon(r)), 'kcat reads every key, value, header and timestamp back exactly');
    const viaConfluent = byPosition(await pythonConsume('confluent', broker.bootstrap, topic, { count: sent.length }));
    t.same(viaConfluent.map((r) => canon(r)), expected.map((r) => canon(r)), 'confluent-kafka reads them back exactly too');
    await socket.close();
  });

  // Written by kcat and kafkajs below, read by every socket after.
  const readTopic = 'ws-read';
  const readPartitions = 3;
  const future = Date.now() + 3_600_000;
  let written: ConsumedRecord[] = [];
  const writtenIn = (p: number): ConsumedRecord[] => written.filter((r) => r.partition === p);
  const kafkajsRecord = (seq: number): ConsumedRecord => written.find((r) => r.headers.some(([k, v]) => k === 'seq' && v.toString() === String(seq)))!;

  await t.test('records from kcat and kafkajs, compressed, reach an assign-mode socket in order', async (t) => {
    await createTopic(broker, readTopic, readPartitions);
    const socket = await open('interop-reader');
    const subscribed = await socket.request({ op: 'subscribe', topics: [readTopic], encoding: 'base64' });
    t.same(subscribed['partitions'], range(0, readPartitions).map((partition) => ({ topic: readTopic, partition, offset: 0 })), 'every partition, from the (empty) end');

    const batch = (codec: string, partition: number): TestRecord[] => range(0, 15).map((i) => ({ partition, key: `${codec}-${i}`, value: `${codec} record ${i} ${'~'.repeat(i * 7)}`, headers: { codec, n: String(i) } }));
    await kcatProduce(broker.bootstrap, readTopic, batch('lz4', 0), { compression: 'lz4' });
    await kcatProduce(broker.bootstrap, readTopic, batch('zstd', 1), { compression: 'zstd' });
    await kcatProduce(broker.bootstrap, readTopic, batch('gzip', 2), { compression: 'gzip' });
    await kcatProduce(broker.bootstrap, readTopic, batch('snappy', 0), { compression: 'snappy' });
    // kafkajs sets each record's timestamp: an hour ahead, so that timestamp lookups below land on them.
    await kafkajsProduce(broker.bootstrap, readTopic, range(0, 12).map((i) => ({ partition: i % readPartitions, key: `kjs-${i}`, value: `kafkajs ${i}`, headers: { from: 'kafkajs', seq: String(i) }, timestamp: future + i * 1000 })), { compression: 'gzip' });
    const total = 4 * 15 + 12;

    const delivered = await socket.waitForRecords(total, TIMEOUT_MS);
    written = byPosition(await kcatExact(broker.bootstrap, readTopic, total));
    t.equal(written.length, total, 'kcat reads everything that was produced');
    t.same(byPosition(delivered).map((r) => canon(r)), written.map((r) => canon(r)), 'the socket got every record with kcat\'s offsets, timestamps, keys, values and headers');
    for (let p = 0; p < readPartitions; p++) t.same(arrivalOffsets(delivered, p), range(0, writtenIn(p).length), `partition ${p} arrived in offset order`);
    t.same(range(0, 12).map((i) => kafkajsRecord(i).timestamp), range(0, 12).map((i) => future + i * 1000), "kafkajs's timestamps are delivered");
    await sleep(200);
    t.equal(socket.delivered, total, 'nothing is delivered twice');
    await socket.close();
  });

  await t.test('start positions: earliest, latest, an offset, a timestamp', async (t) => {
    const hw = range(0, readPartitions).map((p) => writtenIn(p).length);

    const earliest = await open('from-earliest');
    const answer = await earliest.request({ op: 'subscribe', topics: [readTopic], from: 'earliest', encoding: 'binary' });
    t.same(answer['partitions'], range(0, readPartitions).map((partition) => ({ topic: readTopic, partition, offset: 0 })), 'earliest: offset 0 everywhere');
    t.same(byPosition(await earliest.waitForRecords(written.length)).map((r) => canon(r)), written.map((r) => canon(r)), 'earliest: everything, in binary frames');

    const fromOffset = await open('from-offset');
    t.same((await fromOffset.request({ op: 'subscribe', topics: [readTopic], partitions: [1], from: { offset: 5 } }))['partitions'], [{ topic: readTopic, partition: 1, offset: 5 }], 'one partition, at the offset given');
    t.same(arrivalOffsets(await fromOffset.waitForRecords(hw[1]! - 5), 1), range(5, hw[1]!), 'an offset: partition 1 from offset 5 only');

    // Partition 2 holds kafkajs's records 2, 5, 8 and 11, at future + seq seconds.
    const at = kafkajsRecord(5);
    const fromTime = await open('from-timestamp');
    t.same((await fromTime.request({ op: 'subscribe', topics: [readTopic], partitions: [2], from: { timestamp: future + 4_500 } }))['partitions'], [{ topic: readTopic, partition: 2, offset: at.offset }], 'a timestamp: the first record at or after it');
    t.same(arrivalOffsets(await fromTime.waitForRecords(hw[2]! - at.offset), 2), range(at.offset, hw[2]!));

    const pastEnd = await open('from-future');
    t.same((await pastEnd.request({ op: 'subscribe', topics: [readTopic], partitions: [2], from: { timestamp: future + 3_600_000 } }))['partitions'], [{ topic: readTopic, partition: 2, offset: hw[2] }], 'a timestamp after every record: the end');

    const latest = await open('from-latest');
    t.same((await latest.request({ op: 'subscribe', topics: [readTopic], from: 'latest' }))['partitions'], range(0, readPartitions).map((partition) => ({ topic: readTopic, partition, offset: hw[partition] })), 'latest: the high watermarks');
    const ack = await latest.request({ op: 'produce', topic: readTopic, partition: 2, key: 'late', value: 'after the subscribe' });
    const [late] = await latest.waitForRecords(1);
    t.match(late, { partition: 2, offset: ack['offset'], value: Buffer.from('after the subscribe') }, 'latest: only what is produced after');
    const [lateForPastEnd] = await pastEnd.waitForRecords(1);
    t.equal(lateForPastEnd!.offset, ack['offset'], 'the socket that started past every timestamp gets it too');
    written = byPosition(await kcatExact(broker.bootstrap, readTopic, written.length + 1));
    await sleep(200);
    t.equal(latest.delivered, 1, 'and nothing older');
    for (const s of [earliest, fromOffset, fromTime, pastEnd, latest]) await s.close();
  });

  await t.test('seek moves a partition to an offset, the earliest record or a timestamp', async (t) => {
    const socket = await open('seeker');
    const sub = (await socket.request({ op: 'subscribe', topics: [readTopic], from: 'earliest' }))['subscription'];
    await socket.waitForRecords(written.length);
    const seek = async (partition: number, to: unknown, expectedOffset: number): Promise<void> => {
      const before = socket.records.length;
      const answer = await socket.request({ op: 'seek', subscription: sub, topic: readTopic, partition, to });
      t.match(answer, { type: 'sought', subscription: sub, topic: readTopic, partition, offset: expectedOffset }, `seek ${JSON.stringify(to)} on partition ${partition}`);
      const again = writtenIn(partition).length - expectedOffset;
      await socket.waitForRecords(before + again);
      t.same(arrivalOffsets(socket.records.slice(before), partition), range(expectedOffset, writtenIn(partition).length), 'the partition is read again from there, in order');
    };
    await seek(0, { offset: 20 }, 20);
    await seek(1, 'earliest', 0);
    await seek(2, { timestamp: future + 7_500 }, kafkajsRecord(8).offset);
    const before = socket.delivered;
    t.match(await socket.request({ op: 'seek', subscription: sub, topic: readTopic, partition: 0, to: 'latest' }), { type: 'sought', offset: writtenIn(0).length }, 'latest: the high watermark');
    await sleep(200);
    t.equal(socket.delivered, before, 'seeking to the end delivers nothing');
    await socket.close();
  });

  await t.test('pause and resume stop and restart delivery', async (t) => {
    const socket = await open('pauser');
    const sub = (await socket.request({ op: 'subscribe', topics: [readTopic] }))['subscription'];
    const produce = (partition: number, value: string): Promise<GatewayMessage> => socket.request({ op: 'produce', topic: readTopic, partition, value });

    t.match(await socket.request({ op: 'pause', subscription: sub, partitions: [{ topic: readTopic, partition: 0 }] }), { type: 'paused', subscription: sub });
    await produce(0, 'while paused');
    await produce(1, 'not paused');
    const [first] = await socket.waitForRecords(1);
    t.match(first, { partition: 1, value: Buffer.from('not paused') }, 'the partition still running delivers');
    await sleep(300);
    t.equal(socket.delivered, 1, 'the paused partition holds its record');
    t.match(await socket.request({ op: 'resume', subscription: sub, partitions: [{ topic: readTopic, partition: 0 }] }), { type: 'resumed', subscription: sub });
    t.match((await socket.waitForRecords(2))[1], { partition: 0, value: Buffer.from('while paused') }, 'resume delivers what waited');

    await socket.request({ op: 'pause', subscription: sub });
    for (let p = 0; p < readPartitions; p++) await produce(p, `all paused ${p}`);
    await sleep(300);
    t.equal(socket.delivered, 2, 'pause without partitions pauses them all');
    await socket.request({ op: 'resume', subscription: sub });
    const resumed = (await socket.waitForRecords(2 + readPartitions)).slice(2);
    t.same(resumed.map((r) => r.value!.toString()).sort(), range(0, readPartitions).map((p) => `all paused ${p}`), 'resume without partitions resumes them all');
    written = byPosition(await kcatExact(broker.bootstrap, readTopic, written.length + 2 + readPartitions));
    await socket.close();
  });

  await t.test('a group-mode socket and a kafkajs consumer share a group; the socket\'s commits show in consumer-groups --describe', async (t) => {
    const topic = 'ws-group';
    const partitions = 4;
    const group = 'ws-mixed';
    await createTopic(broker, topic, partitions);
    const socket = await open('ws-group-socket');
    const sub = (await socket.request({ op: 'subscribe', topics: [topic], group, autoOffsetReset: 'earliest' }))['subscription'];
    await socket.event('assigned', undefined, TIMEOUT_MS);
    t.equal(groupAssignment(socket).length, partitions, 'alone, the socket reads every partition');

    const member = await startGroupMember(t, 'kafkajs', 'kjs-member', { bootstrap: broker.bootstrap, groupId: group, topics: [topic], autoOffsetReset: 'earliest', commit: 'manual' });
    const split = await socket.waitFor('the partitions split between the socket and kafkajs', () => {
      const mine = groupAssignment(socket);
      const theirs = member.assignment;
      const all = [...mine, ...theirs].map((p) => p.partition).sort();
      return mine.length === 2 && theirs.length === 2 && JSON.stringify(all) === JSON.stringify(range(0, partitions)) && { mine, theirs };
    }, TIMEOUT_MS).catch((err: Error) => { throw new Error(`${err.message}\n${member.describe()}`); });
    const minePartitions = split.mine.map((p) => p.partition);

    const values = await produceValues(broker.bootstrap, topic, 'g', 40);
    await member.waitFor('the records of its partitions', () => socket.records.length + member.records.length >= values.length && true, TIMEOUT_MS);
    t.same([...socket.records.map((r) => r.value!.toString()), ...member.records.map((r) => r.value!)].sort(), [...values].sort(), 'each record reached exactly one of them');
    t.ok(socket.records.every((r) => minePartitions.includes(r.partition)), 'the socket read only its partitions');
    t.ok(member.records.every((r) => !minePartitions.includes(r.partition)), 'kafkajs read only its own');

    const ends = new Map(minePartitions.map((p) => [p, Math.max(...socket.records.filter((r) => r.partition === p).map((r) => r.offset)) + 1]));
    const committed = await socket.request({ op: 'commit', subscription: sub });
    t.same(committed['offsets'], minePartitions.map((partition) => ({ topic, partition, offset: ends.get(partition) })), 'commit without offsets commits the delivered positions');

    const describe = async (): Promise<string[][]> => {
      const res = await runRunnel(['consumer-groups', '--bootstrap-server', broker.bootstrap, '--describe', '--group', group]);
      t.equal(res.code, 0, `consumer-groups --describe ran: ${res.stderr}`);
      return res.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((c) => c[0] === group);
    };
    const rowsOf = (rows: string[][], p: number): string[] => rows.find((c) => c[1] === topic && c[2] === String(p))!;
    let rows = await describe();
    for (const p of minePartitions) {
      const row = rowsOf(rows, p);
      t.same([row[3], row[4], row[5]], [String(ends.get(p)), String(ends.get(p)), '0'], `partition ${p}: the socket's commit, no lag`);
      t.equal(row.at(-1), 'ws-group-socket', `partition ${p} is owned by the socket's client id`);
    }
    for (const { partition } of split.theirs) t.equal(rowsOf(rows, partition)[3], '-', `partition ${partition}: kafkajs has not committed`);

    const [explicit] = minePartitions;
    t.same((await socket.request({ op: 'commit', subscription: sub, offsets: [{ topic, partition: explicit, offset: 1 }] }))['offsets'], [{ topic, partition: explicit, offset: 1 }], 'an explicit offset is committed as given');
    rows = await describe();
    t.same([rowsOf(rows, explicit!)[3], rowsOf(rows, explicit!)[5]], ['1', String(ends.get(explicit!)! - 1)], 'describe shows it with its lag');

    await socket.close();
    await member.waitFor('every partition once the socket left', () => member.assignment.length === partitions, TIMEOUT_MS);
    t.pass('closing the socket left the group: kafkajs took every partition');
    await member.stop();
  });
});
