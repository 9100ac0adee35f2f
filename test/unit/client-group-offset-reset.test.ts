// Each --reset-offsets scenario's arithmetic, as Kafka's GroupOffsetsResetter computes it:
// clamping into [log start, log end], the log-end fallback for timestamps past every record,
// and shift-by refusing a partition without a committed offset.
import t from 'tap';
import { resetOffset, ResetPlanError, type PartitionOffsets, type ResetSpec } from '../../src/client/offsetResetPlan.js';

const tp = { topic: 'orders', partition: 2 };
const log = (o: Partial<PartitionOffsets> = {}): PartitionOffsets => ({ logStart: 10n, logEnd: 50n, committed: 30n, atTimestamp: 20n, ...o });

t.test('earliest, latest and current', async (t) => {
  t.same(resetOffset(tp, { kind: 'earliest' }, log()), { offset: 10n });
  t.same(resetOffset(tp, { kind: 'latest' }, log()), { offset: 50n });
  t.same(resetOffset(tp, { kind: 'current' }, log()), { offset: 30n });
  t.same(resetOffset(tp, { kind: 'current' }, log({ committed: null })), { offset: 50n }, 'no commit: the log end');
});

t.test('to-offset and shift-by are clamped into the log, with the warning Kafka logs', async (t) => {
  t.same(resetOffset(tp, { kind: 'offset', offset: 40n }, log()), { offset: 40n });
  t.same(resetOffset(tp, { kind: 'offset', offset: 10n }, log()), { offset: 10n }, 'the log start itself is in range');
  t.same(resetOffset(tp, { kind: 'offset', offset: 50n }, log()), { offset: 50n }, 'the log end itself is in range');
  t.same(resetOffset(tp, { kind: 'offset', offset: 99n }, log()), {
    offset: 50n, warning: 'New offset (99) is higher than latest offset for topic partition orders-2. Value will be set to 50.',
  });
  t.same(resetOffset(tp, { kind: 'offset', offset: -5n }, log()), {
    offset: 10n, warning: 'New offset (-5) is lower than earliest offset for topic partition orders-2. Value will be set to 10.',
  });
  t.same(resetOffset(tp, { kind: 'shift', by: -5n }, log()), { offset: 25n });
  t.same(resetOffset(tp, { kind: 'shift', by: 100n }, log()).offset, 50n);
  t.same(resetOffset(tp, { kind: 'shift', by: -100n }, log()).offset, 10n);
});

t.test('shift-by needs a committed offset', async (t) => {
  t.throws(() => resetOffset(tp, { kind: 'shift', by: 1n }, log({ committed: null })), new ResetPlanError('Cannot shift offset for partition orders-2 since there is no current committed offset'));
});

t.test('a timestamp takes the first offset at or after it, else the log end with a notice', async (t) => {
  const spec: ResetSpec = { kind: 'timestamp', timestamp: 1_700_000_000_000n };
  t.same(resetOffset(tp, spec, log()), { offset: 20n });
  t.same(resetOffset(tp, spec, log({ atTimestamp: null })), { offset: 50n, notice: 'Warn: Partition 2 from topic orders is empty. Falling back to latest known offset.' });
});
