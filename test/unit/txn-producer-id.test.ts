import t from 'tap';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { initProducerId } from '../../src/txn/initProducerId.js';
import { PRODUCER_ID_BLOCK_SIZE, ProducerIdManager, ProducerIdsExhaustedError } from '../../src/txn/producerIdManager.js';

// Stands in for the active controller: consecutive blocks; an allocation can be held or made to fail.
class FakeController {
  nextStart = 0;
  allocations: number[] = [];
  failNext: Error | null = null;
  hold = false;
  private release: (() => void) | null = null;

  constructor(readonly blockSize = PRODUCER_ID_BLOCK_SIZE) {}

  allocate = async (): Promise<{ start: number; length: number }> => {
    if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failNext !== null) {
      const err = this.failNext;
      this.failNext = null;
      throw err;
    }
    const start = this.nextStart;
    this.nextStart += this.blockSize;
    this.allocations.push(start);
    return { start, length: this.blockSize };
  };

  letGo(): void {
    this.hold = false;
    this.release?.();
  }
}

t.test('ids come from the blocks the controller allocates, in order, one allocation per block', async (t) => {
  const controller = new FakeController();
  const ids = new ProducerIdManager(controller.allocate);
  const issued: number[] = [];
  for (let i = 0; i < 2500; i++) issued.push(await ids.nextProducerId());
  t.same(issued, Array.from({ length: 2500 }, (_, i) => i));
  t.same(controller.allocations, [0, 1000, 2000]);
});

t.test('two brokers sharing one controller never issue the same id', async (t) => {
  const controller = new FakeController(10);
  const a = new ProducerIdManager(controller.allocate);
  const b = new ProducerIdManager(controller.allocate);
  const seen = new Set<number>();
  for (let i = 0; i < 55; i++) {
    seen.add(await a.nextProducerId());
    seen.add(await b.nextProducerId());
  }
  t.equal(seen.size, 110);
});

t.test('a restarted broker starts on a new block, skipping the old one\'s unused ids', async (t) => {
  const controller = new FakeController(10);
  const before = new ProducerIdManager(controller.allocate);
  for (let i = 0; i < 3; i++) await before.nextProducerId();
  const after = new ProducerIdManager(controller.allocate);
  t.equal(await after.nextProducerId(), 10);
});

t.test('concurrent callers share one allocation and get distinct ids', async (t) => {
  const controller = new FakeController(4);
  controller.nextStart = 500;
  controller.hold = true;
  const ids = new ProducerIdManager(controller.allocate);
  const pending = Promise.all(Array.from({ length: 6 }, () => ids.nextProducerId()));
  await new Promise((r) => setImmediate(r));
  t.same(controller.allocations, [], 'nothing is handed out while the block is not allocated');
  controller.letGo();
  t.same((await pending).sort((x, y) => x - y), [500, 501, 502, 503, 504, 505]);
  t.same(controller.allocations, [500, 504]);
});

t.test('a failed allocation issues nothing; the next call tries again', async (t) => {
  const controller = new FakeController(2);
  const ids = new ProducerIdManager(controller.allocate);
  controller.failNext = new Error('no controller');
  await t.rejects(ids.nextProducerId(), { message: 'no controller' });
  t.equal(await ids.nextProducerId(), 0);
  const throwsAtOnce = new ProducerIdManager(() => {
    throw new Error('synchronous failure');
  });
  await t.rejects(throwsAtOnce.nextProducerId(), { message: 'synchronous failure' });
  await t.rejects(throwsAtOnce.nextProducerId(), { message: 'synchronous failure' }, 'not stuck on a stale promise');
});

t.test('an invalid block from the controller is refused', async (t) => {
  for (const block of [{ start: -1, length: 10 }, { start: 0, length: 0 }, { start: 0.5, length: 1 }]) {
    const ids = new ProducerIdManager(async () => block);
    await t.rejects(ids.nextProducerId(), RangeError);
  }
});

t.test('InitProducerId for idempotent producers', async (t) => {
  const ids = new ProducerIdManager(new FakeController().allocate);
  const fresh = { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 };
  t.same(await initProducerId(fresh, ids), { errorCode: ErrorCode.NONE, producerId: 0, producerEpoch: 0 });
  t.same(await initProducerId(fresh, ids), { errorCode: ErrorCode.NONE, producerId: 1, producerEpoch: 0 });

  // KIP-360 resume of an idempotent producer: Kafka hands out a new id at epoch 0.
  t.same(await initProducerId({ ...fresh, producerId: 1, producerEpoch: 5 }, ids), {
    errorCode: ErrorCode.NONE,
    producerId: 2,
    producerEpoch: 0,
  });

  for (const half of [{ producerId: 1 }, { producerEpoch: 0 }]) {
    t.match(await initProducerId({ ...fresh, ...half }, ids), {
      errorCode: ErrorCode.INVALID_REQUEST,
      producerId: -1,
      producerEpoch: -1,
    });
  }
  t.match(await initProducerId({ ...fresh, transactionalId: '' }, ids), { errorCode: ErrorCode.INVALID_REQUEST });
  t.match(await initProducerId({ ...fresh, transactionalId: 'orders-tx' }, ids), {
    errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE,
    producerId: -1,
    errorMessage: /transactions are not supported/,
  });
  t.equal(await ids.nextProducerId(), 3, 'refused requests allocate nothing');
});

t.test('InitProducerId maps id allocation failures to Kafka error codes', async (t) => {
  const controller = new FakeController();
  const request = { transactionalId: null, transactionTimeoutMs: 0, producerId: -1, producerEpoch: -1 };
  controller.failNext = new Error('not the controller');
  const ids = new ProducerIdManager(controller.allocate);
  t.match(await initProducerId(request, ids), {
    errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
    errorMessage: /not the controller/,
  });
  const exhausted = new ProducerIdManager(async () => {
    throw new ProducerIdsExhaustedError('producer ids exhausted');
  });
  t.match(await initProducerId(request, exhausted), { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
});
