// InitProducerId (key 22): producer ids for idempotent producers; the rules live in src/txn.
import type { Logger } from 'pino';
import type { InitProducerIdRequest } from '../../protocol/generated/messages/InitProducerIdRequest.js';
import type { InitProducerIdResponse } from '../../protocol/generated/messages/InitProducerIdResponse.js';
import type { ProducerIdManager } from '../../txn/producerIdManager.js';
import { initProducerId } from '../../txn/initProducerId.js';
import { defineHandler } from '../handler.js';

const response = (errorCode: number, producerId = -1n, producerEpoch = -1): InitProducerIdResponse => ({
  throttleTimeMs: 0,
  errorCode,
  producerId,
  producerEpoch,
});

export function initProducerIdHandler(producerIds: ProducerIdManager, logger: Logger) {
  return defineHandler<InitProducerIdRequest, InitProducerIdResponse>({
    apiKey: 22,
    async handle(ctx, req) {
      const r = await initProducerId(
        { transactionalId: req.transactionalId, transactionTimeoutMs: req.transactionTimeoutMs, producerId: Number(req.producerId), producerEpoch: req.producerEpoch },
        producerIds,
      );
      if (r.errorMessage) logger.info({ client: ctx.header.clientId, errorCode: r.errorCode }, r.errorMessage);
      return response(r.errorCode, BigInt(r.producerId), r.producerEpoch);
    },
    errorResponse: (_ctx, _req, errorCode) => response(errorCode),
  });
}
