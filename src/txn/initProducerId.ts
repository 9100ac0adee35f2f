// The InitProducerId service behind the handler. Only idempotent producers (null transactional id)
// are served: Runnel has no transaction coordinator yet.
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { ProducerIdsExhaustedError, type ProducerIdManager } from './producerIdManager.js';
import { NO_PRODUCER_EPOCH } from './producerStateEntry.js';

const NO_PRODUCER_ID = -1;

export interface InitProducerIdInput {
  readonly transactionalId: string | null;
  readonly transactionTimeoutMs: number;
  /** -1 unless the client resumes after an error (request v3+, KIP-360). */
  readonly producerId: number;
  readonly producerEpoch: number;
}

export interface InitProducerIdResult {
  readonly errorCode: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  /** Why, for the broker's log line; not sent on the wire. */
  readonly errorMessage?: string;
}

function failed(errorCode: number, errorMessage: string): InitProducerIdResult {
  return { errorCode, producerId: NO_PRODUCER_ID, producerEpoch: NO_PRODUCER_EPOCH, errorMessage };
}

/**
 * Kafka's behaviour, case by case:
 * - producerId and producerEpoch must both be -1 or both be set, else INVALID_REQUEST;
 * - null transactional id: a fresh producer id at epoch 0, whatever producerId/epoch the client
 *   sent. Kafka ignores them for idempotent producers, which bump their epoch client-side and only
 *   come back here for a new id when the epoch would overflow;
 * - empty transactional id: INVALID_REQUEST;
 * - any other transactional id: COORDINATOR_NOT_AVAILABLE, what Kafka answers while no transaction
 *   coordinator can serve the id. Clients retry until their own timeout (Java's initTransactions
 *   fails after max.block.ms); nothing is allocated. Replace this once src/txn has a coordinator;
 * - the id block cannot be persisted yet: COORDINATOR_LOAD_IN_PROGRESS (retriable), as Kafka's
 *   RPCProducerIdManager answers while waiting for its next block; ids exhausted: UNKNOWN_SERVER_ERROR.
 */
export async function initProducerId(
  input: InitProducerIdInput,
  ids: ProducerIdManager,
): Promise<InitProducerIdResult> {
  const idGiven = input.producerId !== NO_PRODUCER_ID;
  const epochGiven = input.producerEpoch !== NO_PRODUCER_EPOCH;
  if (idGiven !== epochGiven) {
    return failed(ErrorCode.INVALID_REQUEST, 'producerId and producerEpoch must be given together');
  }
  if (input.transactionalId === '') {
    return failed(ErrorCode.INVALID_REQUEST, 'transactional id must not be empty');
  }
  if (input.transactionalId !== null) {
    return failed(
      ErrorCode.COORDINATOR_NOT_AVAILABLE,
      `no transaction coordinator for transactional id ${JSON.stringify(input.transactionalId)}: transactions are not supported yet`,
    );
  }
  try {
    return { errorCode: ErrorCode.NONE, producerId: await ids.nextProducerId(), producerEpoch: 0 };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof ProducerIdsExhaustedError) return failed(ErrorCode.UNKNOWN_SERVER_ERROR, message);
    return failed(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, `producer id block not persisted yet: ${message}`);
  }
}
