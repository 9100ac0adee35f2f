// Group placement must match Kafka's to the partition: Java's String.hashCode over UTF-16 code
// units, Kafka's Utils.abs (MIN_VALUE → 0), modulo the offsets topic's partition count.
import t from 'tap';
import fc from 'fast-check';
import { coordinatorPartitionFor, javaStringHashCode } from '../../src/group/coordinatorPartition.js';

/** A slow reference: the polynomial in BigInt, reduced to a signed 32-bit int at the end. */
function referenceHash(s: string): number {
  let h = 0n;
  for (let i = 0; i < s.length; i++) h = (h * 31n + BigInt(s.charCodeAt(i))) % (1n << 32n);
  return Number(BigInt.asIntN(32, h));
}

t.test('known Java hash codes', async (t) => {
  t.equal(javaStringHashCode(''), 0);
  t.equal(javaStringHashCode('a'), 97);
  t.equal(javaStringHashCode('abc'), 96354);
  t.equal(javaStringHashCode('hello'), 99162322);
  t.equal(javaStringHashCode('Aa'), javaStringHashCode('BB'), 'the classic collision');
  t.equal(javaStringHashCode('polygenelubricants'), -2147483648, 'a string hashing to Integer.MIN_VALUE');
});

t.test('placement uses Kafka Utils.abs and the partition count', async (t) => {
  t.equal(coordinatorPartitionFor('polygenelubricants', 50), 0, 'MIN_VALUE maps to 0, not to a negative partition');
  t.equal(coordinatorPartitionFor('hello', 50), 99162322 % 50);
  const negative = 'my-group';
  t.ok(javaStringHashCode(negative) < 0, 'this id hashes negative');
  t.equal(coordinatorPartitionFor(negative, 50), Math.abs(javaStringHashCode(negative)) % 50);
});

t.test('matches the reference for any string, including surrogate pairs', async (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 64 }), fc.integer({ min: 1, max: 200 }), (s, n) => {
      const h = referenceHash(s);
      const expected = (h === -2147483648 ? 0 : Math.abs(h)) % n;
      return javaStringHashCode(s) === h && coordinatorPartitionFor(s, n) === expected;
    }),
    { numRuns: 2000 },
  );
  t.pass('2000 random strings agree');
});
