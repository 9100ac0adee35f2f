// The console tools' text formats, checked against what Kafka's LineMessageReader,
// DefaultMessageFormatter and ConfigCommand do with the same input.
import t from 'tap';
import { formatRecord, formatterConfig } from '../../src/cli/consoleConsumer.js';
import { lineReaderConfig, LineFormatError, parseLine } from '../../src/cli/consoleProducer.js';
import { parseAddConfig } from '../../src/cli/configs.js';
import { UsageError } from '../../src/cli/args.js';
import type { ConsumerRecord } from '../../src/client/consumerRecord.js';

const props = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));
const text = (v: Buffer | string | null | undefined): string | null | undefined => (Buffer.isBuffer(v) ? v.toString() : v);

t.test('console-producer: plain lines are values without keys', async (t) => {
  const r = parseLine('hello world', 1, lineReaderConfig(props({})));
  t.equal(r.key, null);
  t.equal(text(r.value), 'hello world');
  t.equal(r.headers, undefined);
});

t.test('console-producer: parse.key splits at the first key.separator', async (t) => {
  const c = lineReaderConfig(props({ 'parse.key': 'true', 'key.separator': ':' }));
  const r = parseLine('user1:a:b', 1, c);
  t.equal(text(r.key), 'user1');
  t.equal(text(r.value), 'a:b');
  const empty = parseLine(':v', 2, c);
  t.equal(text(empty.key), '', 'an empty key is an empty key, not null');
  t.equal(text(parseLine('k\tv', 1, lineReaderConfig(props({ 'parse.key': 'TRUE' }))).key), 'k', 'the default separator is a tab');
});

t.test('console-producer: a line without the key separator is an error, unless ignore.error', async (t) => {
  const strict = lineReaderConfig(props({ 'parse.key': 'true', 'key.separator': ':' }));
  t.throws(() => parseLine('no separator', 7, strict), new LineFormatError("No key separator found on line number 7: 'no separator'"));
  const lenient = lineReaderConfig(props({ 'parse.key': 'true', 'key.separator': ':', 'ignore.error': 'true' }));
  const r = parseLine('no separator', 7, lenient);
  t.equal(r.key, null);
  t.equal(text(r.value), 'no separator');
});

t.test('console-producer: headers, then key, then value; null.marker makes nulls', async (t) => {
  const c = lineReaderConfig(props({ 'parse.headers': 'true', 'parse.key': 'true', 'null.marker': 'NULL' }));
  const r = parseLine('h1:v1,h2:NULL\tk\tvalue', 1, c);
  t.same(r.headers?.map((h) => [h.key, h.value?.toString() ?? null]), [['h1', 'v1'], ['h2', null]]);
  t.equal(text(r.key), 'k');
  t.equal(text(r.value), 'value');
  const nulls = parseLine('NULL\tNULL\tNULL', 2, c);
  t.equal(nulls.headers, undefined);
  t.equal(nulls.key, null);
  t.equal(nulls.value, null);
  t.throws(() => parseLine('broken\tk\tv', 3, c), /No header key separator found in pair 'broken' on line number 3/);
  t.throws(() => parseLine('NULL:x\tk\tv', 4, c), /Header keys should not be equal to the null marker/);
});

t.test('console-producer: separators that would be ambiguous are refused', async (t) => {
  t.throws(() => lineReaderConfig(props({ 'headers.delimiter': ',' })), UsageError);
  t.throws(() => lineReaderConfig(props({ 'key.separator': 'X', 'null.marker': 'X' })), /key\.separator and null\.marker may not be equal/);
});

const record = (over: Partial<ConsumerRecord> = {}): ConsumerRecord => ({
  topic: 't',
  partition: 2,
  offset: 41n,
  timestamp: 1700000000000n,
  timestampType: 'CreateTime',
  key: Buffer.from('k'),
  value: Buffer.from('v'),
  headers: [],
  ...over,
});

t.test('console-consumer: the value alone by default', async (t) => {
  t.equal(formatRecord(record(), formatterConfig(props({}))).toString(), 'v\n');
  t.equal(formatRecord(record({ value: null }), formatterConfig(props({}))).toString(), 'null\n');
});

t.test('console-consumer: every field in Kafka order, joined by key.separator', async (t) => {
  const c = formatterConfig(props({
    'print.timestamp': 'true', 'print.partition': 'true', 'print.offset': 'true', 'print.headers': 'true', 'print.key': 'true', 'key.separator': '|',
  }));
  const headers = [{ key: 'a', value: Buffer.from('1') }, { key: 'b', value: null }];
  t.equal(formatRecord(record({ headers }), c).toString(), 'CreateTime:1700000000000|Partition:2|Offset:41|a:1,b:null|k|v\n');
  t.equal(formatRecord(record({ key: null, timestampType: 'LogAppendTime' }), c).toString(), 'LogAppendTime:1700000000000|Partition:2|Offset:41|NO_HEADERS|null|v\n');
});

t.test('console-consumer: print.value=false ends the line after the last field', async (t) => {
  const c = formatterConfig(props({ 'print.key': 'true', 'print.value': 'false', 'null.literal': '<none>' }));
  t.equal(formatRecord(record(), c).toString(), 'k\n');
  t.equal(formatRecord(record({ key: null }), c).toString(), '<none>\n');
  t.equal(formatRecord(record(), formatterConfig(props({ 'print.value': 'false' }))).length, 0, 'nothing selected prints nothing');
});

t.test('console-consumer: binary values pass through byte for byte', async (t) => {
  const value = Buffer.from([0, 0xff, 0x80, 10]);
  t.same(formatRecord(record({ value }), formatterConfig(props({}))), Buffer.concat([value, Buffer.from('\n')]));
});

t.test('configs: --add-config pairs, with brackets grouping commas', async (t) => {
  t.same([...parseAddConfig('retention.ms=1000, cleanup.policy = compact')], [['retention.ms', '1000'], ['cleanup.policy', 'compact']]);
  t.same([...parseAddConfig('k=[a,b,c],x=')], [['k', 'a,b,c'], ['x', '']]);
  t.throws(() => parseAddConfig('novalue'), /all configs to be added must be in the format "key=val"/);
  t.throws(() => parseAddConfig('a=b=c'), /must be in the format/);
  t.throws(() => parseAddConfig('bad key=1'), /Invalid character found for config key: bad key/);
});
