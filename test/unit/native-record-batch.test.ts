import t, { type Test } from 'tap';
import {
  RecordBatchError,
  crc32c,
  scanBatches,
  validateAndAssignOffsets,
  type RecordBatchErrorCode,
  type ValidateOptions,
} from '../../bindings/index.js';
import { buildBatch, sealBatch, type BatchFields } from './native-batch-builder.js';

const opts: ValidateOptions = { baseOffset: 1000, partitionLeaderEpoch: 7, maxBatchBytes: 1 << 20 };

function crcIsValid(batch: Buffer): boolean {
  return batch.readUInt32BE(17) === crc32c(batch.subarray(21));
}

function expectRejected(
  t: Test,
  buf: Buffer,
  code: RecordBatchErrorCode,
  batchIndex: number,
  options: ValidateOptions = opts,
): void {
  const before = Buffer.from(buf);
  try {
    validateAndAssignOffsets(buf, options);
    t.fail(`expected ${code}`);
  } catch (err) {
    t.type(err, RecordBatchError);
    t.equal((err as RecordBatchError).kafkaError, code, (err as Error).message);
    t.equal((err as RecordBatchError).batchIndex, batchIndex);
  }
  t.ok(buf.equals(before), 'buffer untouched');
}

t.test('a single batch gets its offsets and epoch; the CRC still holds', async (t) => {
  const buf = buildBatch({ recordCount: 5, producerId: 42n, producerEpoch: 3, baseSequence: 10 });
  const [summary, ...rest] = validateAndAssignOffsets(buf, opts);
  t.equal(rest.length, 0);
  t.match(summary, {
    position: 0,
    sizeInBytes: buf.length,
    baseOffset: 1000,
    lastOffsetDelta: 4,
    lastOffset: 1004,
    partitionLeaderEpoch: 7,
    compression: 0,
    timestampType: 0,
    isTransactional: false,
    isControl: false,
    firstTimestamp: 1_700_000_000_000,
    maxTimestamp: 1_700_000_000_005,
    producerId: 42,
    producerEpoch: 3,
    baseSequence: 10,
    recordCount: 5,
  });
  t.equal(buf.readBigInt64BE(0), 1000n);
  t.equal(buf.readInt32BE(12), 7);
  t.ok(crcIsValid(buf), 'baseOffset and epoch are outside the CRC');
});

t.test('several batches get consecutive offsets', async (t) => {
  const parts = [buildBatch({ recordCount: 2 }), buildBatch({ recordCount: 1, attributes: 0x13 }), buildBatch({ recordCount: 10 })];
  const buf = Buffer.concat(parts);
  const summaries = validateAndAssignOffsets(buf, { ...opts, baseOffset: 0 });
  t.same(summaries.map((s) => [s.position, s.baseOffset, s.lastOffset]), [
    [0, 0, 1],
    [parts[0]!.length, 2, 2],
    [parts[0]!.length + parts[1]!.length, 3, 12],
  ]);
  t.equal(summaries[1]!.compression, 3);
  t.equal(summaries[1]!.isTransactional, true);
  let position = 0;
  for (const part of parts) {
    const patched = buf.subarray(position, position + part.length);
    t.equal(patched.readInt32BE(12), 7);
    t.ok(crcIsValid(patched));
    position += part.length;
  }
});

t.test('LogAppendTime sets the type bit and maxTimestamp, then re-seals the CRC', async (t) => {
  const buf = Buffer.concat([buildBatch(), buildBatch()]);
  const summaries = validateAndAssignOffsets(buf, { ...opts, logAppendTimeMs: 1_800_000_000_000 });
  for (const s of summaries) {
    const batch = buf.subarray(s.position, s.position + s.sizeInBytes);
    t.equal(s.timestampType, 1);
    t.equal(s.maxTimestamp, 1_800_000_000_000);
    t.equal(batch.readInt16BE(21) & 0x08, 0x08);
    t.equal(batch.readBigInt64BE(35), 1_800_000_000_000n);
    t.equal(s.firstTimestamp, 1_700_000_000_000, 'first timestamp kept');
    t.ok(crcIsValid(batch));
  }
  t.equal(scanBatches(buf, true).error, null, 'the re-sealed batches pass a CRC scan');
});

t.test('a CreateTime topic clears a producer-set LogAppendTime bit and re-seals', async (t) => {
  const buf = buildBatch({ attributes: 0x08 });
  const [s] = validateAndAssignOffsets(buf, opts);
  t.equal(s!.timestampType, 0);
  t.equal(buf.readInt16BE(21) & 0x08, 0);
  t.ok(crcIsValid(buf));
});

t.test('corrupt input is CORRUPT_MESSAGE and leaves the buffer as it was', async (t) => {
  const flipped = buildBatch();
  flipped[70] = flipped[70]! ^ 1;
  expectRejected(t, flipped, 'CORRUPT_MESSAGE', 0);

  const second = Buffer.concat([buildBatch(), flipped]);
  expectRejected(t, second, 'CORRUPT_MESSAGE', 1);

  expectRejected(t, buildBatch().subarray(0, 50), 'CORRUPT_MESSAGE', 0);
  expectRejected(t, Buffer.concat([buildBatch(), Buffer.from([1, 2, 3])]), 'CORRUPT_MESSAGE', 1);
  expectRejected(t, Buffer.alloc(0), 'CORRUPT_MESSAGE', 0);

  const shortLength = buildBatch();
  shortLength.writeInt32BE(30, 8);
  expectRejected(t, shortLength, 'CORRUPT_MESSAGE', 0);

  const negativeLength = buildBatch();
  negativeLength.writeInt32BE(-5, 8);
  expectRejected(t, negativeLength, 'CORRUPT_MESSAGE', 0);

  const lengthPastEnd = buildBatch();
  lengthPastEnd.writeInt32BE(lengthPastEnd.length, 8);
  expectRejected(t, lengthPastEnd, 'CORRUPT_MESSAGE', 0);

  expectRejected(t, buildBatch({ magic: 3 }), 'CORRUPT_MESSAGE', 0);
  expectRejected(t, buildBatch({ magic: -1 }), 'CORRUPT_MESSAGE', 0);
  expectRejected(t, buildBatch({ firstTimestamp: 10n, maxTimestamp: 9n }), 'CORRUPT_MESSAGE', 0);
  expectRejected(t, buildBatch({ producerId: 2n ** 60n }), 'CORRUPT_MESSAGE', 0);
});

t.test('legacy magic is UNSUPPORTED_FOR_MESSAGE_FORMAT, even when shorter than a v2 header', async (t) => {
  expectRejected(t, buildBatch({ magic: 1 }), 'UNSUPPORTED_FOR_MESSAGE_FORMAT', 0);
  const v0 = Buffer.alloc(26); // a v0 message with empty key and value
  v0.writeInt32BE(14, 8);
  v0.writeInt8(0, 16);
  expectRejected(t, v0, 'UNSUPPORTED_FOR_MESSAGE_FORMAT', 0);
});

t.test('count and offset-range inconsistencies are INVALID_RECORD', async (t) => {
  expectRejected(t, buildBatch({ recordCount: 3, lastOffsetDelta: 1 }), 'INVALID_RECORD', 0);
  expectRejected(t, buildBatch({ recordCount: 0, lastOffsetDelta: -1 }), 'INVALID_RECORD', 0);
  expectRejected(t, buildBatch({ recordCount: 1, lastOffsetDelta: -1 }), 'INVALID_RECORD', 0);
});

t.test('oversize batches are MESSAGE_TOO_LARGE at the limit + 1', async (t) => {
  const buf = buildBatch({ recordsBytes: 939 }); // 1000 bytes
  expectRejected(t, buf, 'MESSAGE_TOO_LARGE', 0, { ...opts, maxBatchBytes: 999 });
  t.equal(validateAndAssignOffsets(buf, { ...opts, maxBatchBytes: 1000 }).length, 1);
});

t.test('client appends: control batches, non-zero baseOffset, bad sequences', async (t) => {
  const client: ValidateOptions = { ...opts, fromClient: true };
  expectRejected(t, buildBatch({ attributes: 0x20 }), 'INVALID_RECORD', 0, client);
  expectRejected(t, buildBatch({ baseOffset: 5n }), 'INVALID_RECORD', 0, client);
  expectRejected(t, buildBatch({ producerId: 9n, baseSequence: -1 }), 'INVALID_RECORD', 0, client);
  t.equal(validateAndAssignOffsets(buildBatch({ attributes: 0x20 }), opts)[0]!.isControl, true, 'the broker itself may');
  t.equal(validateAndAssignOffsets(buildBatch({ producerId: 9n, baseSequence: 0 }), client).length, 1);
});

t.test('bad options are TypeError/RangeError', async (t) => {
  const buf = buildBatch();
  t.throws(() => validateAndAssignOffsets(buf, { ...opts, baseOffset: -1 }), RangeError);
  t.throws(() => validateAndAssignOffsets(buf, { ...opts, baseOffset: 2 ** 53 }), RangeError);
  t.throws(() => validateAndAssignOffsets(buf, { ...opts, partitionLeaderEpoch: 2 ** 31 }), RangeError);
  t.throws(() => validateAndAssignOffsets(buf, { ...opts, maxBatchBytes: Number.NaN }), RangeError);
  t.throws(() => validateAndAssignOffsets(buf, {} as ValidateOptions), TypeError);
  t.throws(() => validateAndAssignOffsets('x' as unknown as Buffer, opts), TypeError);
  t.ok(crcIsValid(buf) && buf.readBigInt64BE(0) === 0n, 'untouched');
});

t.test('scanBatches reports every whole batch', async (t) => {
  const parts = [buildBatch({ baseOffset: 0n, recordCount: 2 }), buildBatch({ baseOffset: 2n, recordCount: 5, maxTimestamp: 1_700_000_000_009n })];
  const buf = Buffer.concat(parts);
  const scan = scanBatches(buf, true);
  t.equal(scan.error, null);
  t.equal(scan.validBytes, buf.length);
  t.equal(scan.batchCount, 2);
  t.same(Array.from(scan.batches), [0, 0, 1, 1_700_000_000_005, parts[0]!.length, 2, 6, 1_700_000_000_009]);
  t.same(scanBatches(Buffer.alloc(0), true), { validBytes: 0, batchCount: 0, error: null, batches: new Float64Array(0) });
});

t.test('scanBatches stops at a torn tail without an error', async (t) => {
  const whole = Buffer.concat([buildBatch(), buildBatch()]);
  const first = buildBatch().length;
  for (const cut of [first + 1, first + 11, first + 12, first + 60, whole.length - 1]) {
    const scan = scanBatches(whole.subarray(0, cut), true);
    t.equal(scan.validBytes, first, `cut at ${cut}`);
    t.equal(scan.batchCount, 1);
    t.equal(scan.error, null);
  }
});

t.test('scanBatches stops at a corrupt batch with a reason', async (t) => {
  const good = buildBatch();
  const bad = buildBatch();
  bad[bad.length - 1] = bad[bad.length - 1]! ^ 0xff;
  const buf = Buffer.concat([good, bad, buildBatch()]);
  const checked = scanBatches(buf, true);
  t.equal(checked.validBytes, good.length);
  t.equal(checked.batchCount, 1);
  t.match(checked.error, /crc/);
  t.equal(scanBatches(buf, false).validBytes, buf.length, 'without CRC checks the damage is invisible');

  const badMagic = Buffer.concat([good, buildBatch({ magic: 1 })]);
  t.match(scanBatches(badMagic, false), { validBytes: good.length, error: /magic/ });
  const badLength = Buffer.concat([good, Buffer.alloc(20)]);
  t.match(scanBatches(badLength, false), { validBytes: good.length, error: /length/ });
  const resealed = sealBatch(buildBatch({ lastOffsetDelta: -4 } as BatchFields));
  t.match(scanBatches(Buffer.concat([good, resealed]), true), { validBytes: good.length, error: /offset/ });
});
