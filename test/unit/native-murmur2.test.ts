import t from 'tap';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { murmur2, murmur2Partition, murmur2Partitions } from '../../bindings/index.js';

const require = createRequire(import.meta.url);
// kafkajs's Java-compatible partitioner hashes with this port of Kafka's Utils.murmur2.
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (key: Buffer) => number;

t.test("Kafka's own vectors", async (t) => {
  // apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
  const vectors: [string, number][] = [
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ];
  for (const [key, want] of vectors) t.equal(murmur2(Buffer.from(key)), want, key);
  // Same test, a binary key.
  t.equal(murmur2(Buffer.from([12, 42, 56, 24, 109, 111])), 274204207);
});

t.test('parity with kafkajs over 100,000 random keys', async (t) => {
  const keys: Buffer[] = [];
  for (let i = 0; i < 100_000; i++) keys.push(randomBytes(i % 97));
  let hashMismatches = 0;
  for (const key of keys) if (murmur2(key) !== kafkajsMurmur2(key)) hashMismatches++;
  t.equal(hashMismatches, 0, 'hashes');
  for (const n of [1, 3, 7, 12, 100]) {
    const batch = murmur2Partitions(keys, n);
    let mismatches = 0;
    for (let i = 0; i < keys.length; i++) {
      const want = (kafkajsMurmur2(keys[i]!) & 0x7fffffff) % n;
      if (batch[i] !== want || murmur2Partition(keys[i]!, n) !== want) mismatches++;
    }
    t.equal(mismatches, 0, `${n} partitions`);
  }
});

t.test('the sign bit is masked, not negated (Kafka toPositive)', async (t) => {
  const key = Buffer.from('21'); // hashes to -973932308
  t.equal(murmur2Partition(key, 2 ** 31 - 1), (-973932308 & 0x7fffffff) % (2 ** 31 - 1));
});

t.test('bad input', async (t) => {
  t.throws(() => murmur2('key' as unknown as Uint8Array), TypeError);
  t.throws(() => murmur2Partition(Buffer.from('k'), 0), RangeError);
  t.throws(() => murmur2Partition(Buffer.from('k'), 2 ** 31), RangeError);
  t.throws(() => murmur2Partition(Buffer.from('k'), 2.5), RangeError);
  t.throws(() => murmur2Partitions([Buffer.from('a'), null as unknown as Uint8Array], 3), TypeError);
  t.throws(() => murmur2Partitions('ab' as unknown as Uint8Array[], 3), TypeError);
  t.same(Array.from(murmur2Partitions([], 3)), []);
});
