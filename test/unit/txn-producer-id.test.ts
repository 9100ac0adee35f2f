import t from 'tap';
import { ErrorCode } from '../../src/protocol/kafkaErrors.js';
import { initProducerId } from '../../src/txn/initProducerId.js';
import { PRODUCER_ID_BLOCK_SIZE, ProducerIdManager, ProducerIdsExhaustedError } from '../../src/txn/producerIdManager.js';

// Stands in for the metadata log: what is persisted survives a "restart"; a write can be made to fail.
class FakeMetadataLog {
  persisted = 0;
  writes: number[] = [];
  failNext: Error | null = null;
  private release: (() => void) | null = null;
  hold = false;

  persist = async (nextProducerId: number): Promise<void> => {
    if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failNext !== null) {
      const err = this.failNext;
      this.failNext = null;
      throw err;
    }
    this.writes.push(nextProducerId);
    this.persisted = nextProducerId;
  };

  letGo(): void {
    this.hold = false;
    this.release?.();
  }
}

t.test('ids come from blocks of 1000, each persisted before its first id is issued', async (t) => {
  const log = new FakeMetadataLog();
  const ids = new ProducerIdManager({ nextProducerId: 0, persist: log.persist });
  t.equal(PRODUCER_ID_BLOCK_SIZE, 1000);
  const issued: number[] = [];
  const aheadOfPersisted: number[] = [];
  for (let i = 0; i < 2500; i++) {
    const id = await ids.nextProducerId();
    if (id >= log.persisted) aheadOfPersisted.push(id);
    issued.push(id);
  }
  t.same(aheadOfPersisted, [], 'no id is issued before its block is persisted');
  t.same(issued.slice(0, 3), [0, 1, 2]);
  t.equal(new Set(issued).size, 2500);
  t.equal(issued.at(-1), 2499);
  t.same(log.writes, [1000, 2000, 3000]);
});

t.test('ids are never reissued after a restart', async (t) => {
  const log = new FakeMetadataLog();
  const issued: number[] = [];
  for (let restart = 0; restart < 4; restart++) {
    const ids = new ProducerIdManager({ nextProducerId: log.persisted, persist: log.persist, blockSize: 10 });
    for (let i = 0; i < 7 * (restart + 1); i++) issued.push(await ids.nextProducerId());
  }
  t.equal(issued.length, 7 + 14 + 21 + 28);
  t.equal(new Set(issued).size, issued.length, 'every id is distinct across restarts');
  t.same(issued.slice(0, 8), [0, 1, 2, 3, 4, 5, 6, 10], 'a restart skips the rest of the block');
});

t.test('concurrent callers share one block persistence and get distinct ids', async (t) => {
  const log = new FakeMetadataLog();
  log.hold = true;
  const ids = new ProducerIdManager({ nextProducerId: 500, persist: log.persist, blockSize: 4 });
  const pending = Array.from({ length: 10 }, () => ids.nextProducerId());
  await new Promise((r) => setImmediate(r));
  t.same(log.writes, [], 'nothing is handed out while the block is not persisted');
  log.letGo();
  const got = await Promise.all(pending);
  t.same([...got].sort((a, b) => a - b), [500, 501, 502, 503, 504, 505, 506, 507, 508, 509]);
  t.same(log.writes, [504, 508, 512]);
});

t.test('a failed persistence issues nothing; the next call tries again', async (t) => {
  const log = new FakeMetadataLog();
  const ids = new ProducerIdManager({ nextProducerId: 0, persist: log.persist, blockSize: 2 });
  log.failNext = new Error('metadata log not writable');
  await t.rejects(ids.nextProducerId(), { message: 'metadata log not writable' });
  t.equal(await ids.nextProducerId(), 0);

  const throwsAtOnce = new ProducerIdManager({
    nextProducerId: 0,
    persist: () => {
      throw new Error('synchronous failure');
    },
  });
  await t.rejects(throwsAtOnce.nextProducerId(), { message: 'synchronous failure' });
  await t.rejects(throwsAtOnce.nextProducerId(), { message: 'synchronous failure' }, 'not stuck on a stale promise');
});

t.test('exhaustion and bad options', async (t) => {
  const log = new FakeMetadataLog();
  const ids = new ProducerIdManager({ nextProducerId: Number.MAX_SAFE_INTEGER - 1, persist: log.persist, blockSize: 1 });
  t.equal(await ids.nextProducerId(), Number.MAX_SAFE_INTEGER - 1);
  await t.rejects(ids.nextProducerId(), ProducerIdsExhaustedError);
  t.throws(() => new ProducerIdManager({ nextProducerId: -1, persist: log.persist }), RangeError);
  t.throws(() => new ProducerIdManager({ nextProducerId: 0.5, persist: log.persist }), RangeError);
  t.throws(() => new ProducerIdManager({ nextProducerId: 0, persist: log.persist, blockSize: 0 }), RangeError);
});

t.test('InitProducerId for idempotent producers', async (t) => {
  const log = new FakeMetadataLog();
  const ids = new ProducerIdManager({ nextProducerId: 0, persist: log.persist });
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
  const log = new FakeMetadataLog();
  const request = { transactionalId: null, transactionTimeoutMs: 0, producerId: -1, producerEpoch: -1 };
  log.failNext = new Error('not the controller');
  const ids = new ProducerIdManager({ nextProducerId: 0, persist: log.persist });
  t.match(await initProducerId(request, ids), {
    errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
    errorMessage: /not the controller/,
  });
  const exhausted = new ProducerIdManager({ nextProducerId: Number.MAX_SAFE_INTEGER, persist: log.persist });
  t.match(await initProducerId(request, exhausted), { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR });
});
