import t from 'tap';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUuid, readMetaProperties, uuidProblem, writeMetaProperties } from '../../src/config/metaProperties.js';

t.test('randomUuid gives valid, distinct 22-char base64url ids never starting with a dash', async (t) => {
  const ids = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const id = randomUuid();
    t.equal(uuidProblem(id), undefined);
    t.notOk(id.startsWith('-'));
    ids.add(id);
  }
  t.equal(ids.size, 2000);
});

t.test('uuidProblem rejects bad ids', async (t) => {
  t.ok(uuidProblem('abc'));
  t.ok(uuidProblem('AAAAAAAAAAAAAAAAAAAAAA'));
  t.ok(uuidProblem('m_swnoiFRpuhuMlM8Ymo3R'), 'non-canonical last character');
  t.equal(uuidProblem('m_swnoiFRpuhuMlM8Ymo3Q'), undefined);
});

t.test('meta.properties round trip in Kafka layout', async (t) => {
  const dir = t.testdir();
  t.equal(readMetaProperties(dir), undefined, 'absent file = unformatted');
  const meta = { version: 1 as const, nodeId: 3, clusterId: randomUuid(), directoryId: randomUuid() };
  writeMetaProperties(dir, meta);
  t.same(readMetaProperties(dir), meta);
  const lines = readFileSync(`${dir}/meta.properties`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  t.same(lines, [`cluster.id=${meta.clusterId}`, `directory.id=${meta.directoryId}`, 'node.id=3', 'version=1']);
});

t.test('invalid meta.properties is a ConfigError listing each problem', async (t) => {
  const dir = t.testdir({ 'meta.properties': 'version=0\nnode.id=x\n' });
  t.throws(() => readMetaProperties(dir), { name: 'ConfigError', problems: [/version=0/, /node\.id/, /cluster\.id is missing/] });
  writeFileSync(`${dir}/meta.properties`, 'version=1\nnode.id=1\ncluster.id=abc\ndirectory.id=bad\n');
  t.throws(() => readMetaProperties(dir), /directory\.id 'bad' is invalid/);
});
