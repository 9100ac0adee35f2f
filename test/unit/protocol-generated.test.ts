// The committed generated tree is exactly what the generator makes from ../shared/kafka-protocol.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { UnsupportedVersionError } from '../../src/protocol/kafkaErrors.js';
import { encodeFetchResponse, decodeFetchResponse, encodeProduceRequest } from '../../src/protocol/generated/messages/index.js';
import { generate } from '../../src/protocol/generator/generate.js';
import { defaultSchemaDir, repoRoot } from '../../src/protocol/generator/main.js';
import { stripComments } from '../../src/protocol/generator/schema.js';
import { parseVersions, subtract } from '../../src/protocol/generator/versions.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

t.test('committed generated files equal a fresh generation', async (t) => {
  const outDir = join(repoRoot(), 'src', 'protocol', 'generated');
  const fresh = generate(defaultSchemaDir());
  const committed = listFiles(outDir).map((p) => relative(outDir, p)).sort();
  t.same(committed, [...fresh.keys()].sort(), 'same file set');
  for (const [rel, content] of fresh) {
    if (readFileSync(join(outDir, rel), 'utf8') !== content) t.fail(`${rel} differs: run npm run gen:protocol`);
  }
  t.ok(fresh.size > 250, `${fresh.size} files`);
});

t.test('schema language helpers', async (t) => {
  t.equal(stripComments('{ "a": "x // y", // gone\n "b": 1 /* gone */ }'), '{ "a": "x // y", \n "b": 1  }');
  t.same(parseVersions('3+', null, 'x'), { lo: 3, hi: Infinity });
  t.same(parseVersions('none', null, 'x'), { lo: 1, hi: 0 });
  t.same(parseVersions(undefined, { lo: 1, hi: 2 }, 'x'), { lo: 1, hi: 2 });
  t.throws(() => parseVersions('3-1', null, 'x'));
  t.throws(() => parseVersions('abc', null, 'x'));
  t.throws(() => parseVersions(undefined, null, 'x'));
  t.same(subtract({ lo: 0, hi: Infinity }, { lo: 12, hi: Infinity }, 'x'), { lo: 0, hi: 11 });
});

t.test('a field the version cannot carry: UnsupportedVersionError unless ignorable', async (t) => {
  const produce = { transactionalId: 'tx', acks: -1, timeoutMs: 1000, topicData: [] };
  const err = t.throws(() => encodeProduceRequest(new Writer(), produce, 2));
  t.ok(err instanceof UnsupportedVersionError, 'an UnsupportedVersionError');
  t.match((err as Error).message, /field transactionalId/);
  encodeProduceRequest(new Writer(), { ...produce, transactionalId: null }, 2);
  t.throws(() => encodeProduceRequest(new Writer(), produce, 12), /no version 12/);
  // FetchResponse's Topic is ignorable and absent from v13: dropped silently, read back as default.
  const partition = {
    partitionIndex: 0, errorCode: 0, highWatermark: 5n, lastStableOffset: 5n, logStartOffset: 0n,
    abortedTransactions: null, preferredReadReplica: -1, records: [Buffer.from('ab'), Buffer.from('cd')],
  };
  const v = { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [{ topic: 'orders', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [partition] }] };
  const w = new Writer();
  encodeFetchResponse(w, v, 13);
  const back = decodeFetchResponse(new Reader(Buffer.concat(w.finish())), 13);
  t.equal(back.responses[0]!.topic, '');
  t.same(back.responses[0]!.partitions[0]!.records, Buffer.from('abcd'));
  // SessionId (7+) is not ignorable: a non-zero one cannot go out as v4.
  t.throws(() => encodeFetchResponse(new Writer(), { ...v, sessionId: 9 }, 4), /field sessionId/);
});
