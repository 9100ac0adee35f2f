// The quickstart's console session against a real broker: produce keyed lines with
// console-producer, read them back with console-consumer --from-beginning, and cross-check both
// tools with independent clients (kcat, confluent-kafka, kafkajs's Java-compatible partitioner).
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { javaPartition as expectedPartition, kcatConsume, pythonProduce, runRunnel } from '../helpers/clients.js';

t.test('console-producer and console-consumer', async (t) => {
  const broker = await withBroker(t);
  const bs = ['--bootstrap-server', broker.bootstrap];
  const created = await runRunnel(['topics', ...bs, '--create', '--topic', 'quickstart-events', '--partitions', '3']);
  t.equal(created.code, 0, created.stdout + created.stderr);

  const lines = ['user1:first event', 'user2:second event', 'user1:third event', 'user3:fourth event', 'user2:fifth: with a colon'];

  await t.test('console-producer sends one keyed record per line', async (t) => {
    const res = await runRunnel(['console-producer', ...bs, '--topic', 'quickstart-events', '--property', 'parse.key=true', '--property', 'key.separator=:'], `${lines.join('\n')}\n`);
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, '', 'no prompt when stdin is not a terminal');
  });

  await t.test('console-consumer --from-beginning prints them back', async (t) => {
    const res = await runRunnel(['console-consumer', ...bs, '--topic', 'quickstart-events', '--from-beginning', '--max-messages', '5',
      '--property', 'print.key=true', '--property', 'key.separator=:', '--property', 'print.partition=true']);
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stderr, 'Processed a total of 5 messages\n');
    const printed = res.stdout.trimEnd().split('\n').map((l) => {
      const m = /^Partition:(\d+):([^:]+):(.*)$/.exec(l);
      if (m === null) throw new Error(`unexpected line ${JSON.stringify(l)}`);
      return { partition: Number(m[1]), line: `${m[2]}:${m[3]}`, key: m[2] };
    });
    t.same(printed.map((p) => p.line).sort(), [...lines].sort(), 'every line once, keys and values intact');
    for (const p of printed) t.equal(p.partition, expectedPartition(p.key, 3), `${p.key} is where Java's partitioner puts it`);
    const user1 = printed.filter((p) => p.key === 'user1').map((p) => p.line);
    t.same(user1, ['user1:first event', 'user1:third event'], 'order kept within a key');
  });

  await t.test('kcat reads the same records', async (t) => {
    const records = await kcatConsume(broker.bootstrap, 'quickstart-events', { count: 5 });
    t.same(records.map((r) => `${r.key?.toString()}:${r.value?.toString()}`).sort(), [...lines].sort());
    for (const r of records) t.equal(r.partition, expectedPartition(r.key!.toString(), 3));
  });

  await t.test('one partition from an offset, with offsets, timestamps and headers printed', async (t) => {
    const p = expectedPartition('user1', 3);
    const res = await runRunnel(['console-consumer', ...bs, '--topic', 'quickstart-events', '--partition', String(p), '--offset', '1', '--timeout-ms', '1500',
      '--property', 'print.offset=true', '--property', 'print.timestamp=true', '--property', 'print.headers=true']);
    t.equal(res.code, 0, res.stderr);
    const out = res.stdout.trimEnd().split('\n');
    t.ok(out.length >= 1, res.stdout);
    t.match(out[0], /^CreateTime:\d{13}\tOffset:1\tNO_HEADERS\t.+$/);
    t.match(res.stderr, new RegExp(`^Processed a total of ${out.length} messages\\n$`));
  });

  await t.test('records from confluent-kafka, with headers and a null value', async (t) => {
    await runRunnel(['topics', ...bs, '--create', '--topic', 'from-python', '--partitions', '1']);
    const reports = await pythonProduce('confluent', broker.bootstrap, 'from-python', [
      { key: 'k', value: 'v1', headers: { trace: 'abc', who: 'py' } },
      { key: 'k', value: null },
    ]);
    t.same(reports.map((r) => r.error), [null, null]);
    const res = await runRunnel(['console-consumer', ...bs, '--topic', 'from-python', '--from-beginning', '--max-messages', '2',
      '--property', 'print.headers=true', '--property', 'print.key=true']);
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, 'trace:abc,who:py\tk\tv1\nNO_HEADERS\tk\tnull\n');
  });

  await t.test('every compression codec round-trips through kcat', async (t) => {
    await runRunnel(['topics', ...bs, '--create', '--topic', 'compressed', '--partitions', '1']);
    const codecs = ['gzip', 'snappy', 'lz4', 'zstd'];
    for (const codec of codecs) {
      const res = await runRunnel(['console-producer', ...bs, '--topic', 'compressed', '--compression-codec', codec, '--producer-property', 'acks=all'], `${codec} line a\n${codec} line b\n`);
      t.equal(res.code, 0, `${codec}: ${res.stderr}`);
    }
    const records = await kcatConsume(broker.bootstrap, 'compressed', { count: 8 });
    t.same(records.map((r) => r.value?.toString()), codecs.flatMap((c) => [`${c} line a`, `${c} line b`]));
    t.same(records.map((r) => r.offset), [0, 1, 2, 3, 4, 5, 6, 7]);
  });

  await t.test('a line without the key separator stops the producer after the lines before it', async (t) => {
    await runRunnel(['topics', ...bs, '--create', '--topic', 'strict', '--partitions', '1']);
    const res = await runRunnel(['console-producer', ...bs, '--topic', 'strict', '--property', 'parse.key=true', '--property', 'key.separator=:'], 'a:1\nb:2\nno separator here\nc:3\n');
    t.equal(res.code, 1);
    t.equal(res.stderr, "ERROR No key separator found on line number 3: 'no separator here'\n");
    const records = await kcatConsume(broker.bootstrap, 'strict', { count: 10 });
    t.same(records.map((r) => `${r.key?.toString()}:${r.value?.toString()}`), ['a:1', 'b:2']);
  });

  await t.test('mistakes are refused with one clear line', async (t) => {
    const consumer = (...args: string[]) => runRunnel(['console-consumer', ...bs, ...args]);
    const cases: [Promise<{ code: number; stdout: string; stderr: string }>, RegExp][] = [
      [consumer('--topic', 'quickstart-events', '--offset', '3'), /The partition is required when offset is specified\./],
      [consumer('--topic', 'quickstart-events', '--partition', '0', '--offset', '3', '--from-beginning'), /from-beginning and offset cannot be specified together/],
      [consumer('--topic', 'quickstart-events', '--partition', '0', '--offset', 'soon'), /The provided offset value is incorrect/],
      [consumer('--topic', 'quickstart-events', '--group', 'g1', '--partition', '0'), /Options group and partition cannot be specified together\./],
      [runRunnel(['console-producer', ...bs, '--topic', 'strict', '--compression-codec', 'brotli'], 'x\n'), /compression must be one of/],
      [runRunnel(['console-producer', ...bs]), /Missing required argument "\[topic\]"/],
    ];
    for (const [pending, expected] of cases) {
      const res = await pending;
      t.equal(res.code, 1);
      t.match(res.stderr, expected);
      t.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
    }
    const unknown = await consumer('--topic', 'no-such-topic', '--timeout-ms', '500');
    t.equal(unknown.code, 1);
    t.match(unknown.stderr, /UNKNOWN_TOPIC_OR_PARTITION/);
    t.match(unknown.stderr, /Processed a total of 0 messages\n$/);
  });
});
