// The client's partitioner: keyed records land where every Java-compatible client puts them
// (kafkajs's default partitioner is the independent reference), unkeyed ones stick per call.
import t from 'tap';
import fc from 'fast-check';
import { Partitioner } from '../../src/client/partitioner.js';
import { parseHostPort } from '../../src/client/kafkaClient.js';
import { javaPartition as kafkajsPartition } from '../helpers/clients.js';

t.test('keyed records go where kafkajs (and Java) put them', async (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), fc.integer({ min: 1, max: 1000 }), (bytes, n) => {
      const key = Buffer.from(bytes);
      return Partitioner.forKey(key, n) === kafkajsPartition(key, n);
    }),
    { numRuns: 500 },
  );
  t.equal(Partitioner.forKey(Buffer.from('k1'), 3), kafkajsPartition(Buffer.from('k1'), 3));
});

t.test('unkeyed records rotate across calls among partitions with a leader', async (t) => {
  const p = new Partitioner();
  const picks = Array.from({ length: 6 }, () => p.stickyPartition('t', 4, [1, 3]));
  for (const x of picks) t.ok(x === 1 || x === 3, `picked ${x} with a leader`);
  for (let i = 1; i < picks.length; i++) t.not(picks[i], picks[i - 1], 'consecutive calls move on');
});

t.test('with no leader anywhere every partition is a candidate, and topics rotate independently', async (t) => {
  const p = new Partitioner();
  const picks = new Set(Array.from({ length: 3 }, () => p.stickyPartition('a', 3, [])));
  t.same([...picks].sort(), [0, 1, 2]);
  const b1 = p.stickyPartition('b', 2, [0, 1]);
  const b2 = p.stickyPartition('b', 2, [0, 1]);
  t.not(b1, b2);
});

t.test('bootstrap addresses', async (t) => {
  t.same(parseHostPort('127.0.0.1:9092'), { host: '127.0.0.1', port: 9092 });
  t.same(parseHostPort(' broker-1:19092 '), { host: 'broker-1', port: 19092 });
  t.same(parseHostPort('[::1]:9092'), { host: '::1', port: 9092 });
  for (const bad of ['localhost', ':9092', 'h:0', 'h:65536', 'h:port', '']) {
    t.throws(() => parseHostPort(bad), RangeError, `rejects '${bad}'`);
  }
});
