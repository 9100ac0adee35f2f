// Produce (key 0): appends each partition's record batches through the replica manager. Batches
// stay opaque bytes: the native validator checks and stamps them. acks=0 gets no response; acks=all
// is answered once the ISR has the records (or the request's timeout passes).
import type { ProduceRequest } from '../../protocol/generated/messages/ProduceRequest.js';
import type { ProduceResponse } from '../../protocol/generated/messages/ProduceResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import type { AcksWait, ReplicaManager } from '../../log/replicaManager.js';
import type { MetadataImage } from '../../metadata/metadataImage.js';
import { CloseConnection } from '../../net/connection.js';
import { CurrentLeaders, PRODUCE_LEADER_ERRORS } from '../currentLeader.js';
import { defineHandler } from '../handler.js';

type PartitionResponse = ProduceResponse['responses'][number]['partitionResponses'][number];

function partitionResponse(index: number, errorCode: number, errorMessage: string | null = null): PartitionResponse {
  return {
    index,
    errorCode,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage,
  };
}

export function produceHandler(replicaManager: ReplicaManager, currentImage: () => MetadataImage) {
  return defineHandler<ProduceRequest<Buffer>, ProduceResponse>({
    apiKey: 0,
    async handle(ctx, req) {
      if (req.transactionalId !== null) {
        // Transactions are not implemented yet: refuse them plainly instead of appending.
        const r = this.errorResponse(ctx, req, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
        return req.acks === 0 ? null : r;
      }
      if (req.acks !== 0 && req.acks !== 1 && req.acks !== -1) return this.errorResponse(ctx, req, ErrorCode.INVALID_REQUIRED_ACKS);
      const waits: Array<{ response: PartitionResponse; wait: AcksWait }> = [];
      const responses = req.topicData.map((topic) => ({
        name: topic.name,
        partitionResponses: topic.partitionData.map((pd): PartitionResponse => {
          if (pd.records === null || pd.records.length === 0) return partitionResponse(pd.index, ErrorCode.CORRUPT_MESSAGE, 'empty records');
          const r = replicaManager.appendRecords(topic.name, pd.index, pd.records, req.acks, ctx.image);
          const response = {
            index: pd.index,
            errorCode: r.errorCode,
            baseOffset: BigInt(r.baseOffset),
            logAppendTimeMs: BigInt(r.logAppendTimeMs),
            logStartOffset: BigInt(r.logStartOffset),
            recordErrors: r.batchIndex >= 0 ? [{ batchIndex: r.batchIndex, batchIndexErrorMessage: r.errorMessage }] : [],
            errorMessage: r.errorMessage,
          };
          if (req.acks === -1 && r.errorCode === ErrorCode.NONE) waits.push({ response, wait: { topic: topic.name, partition: pd.index, nextOffset: r.nextOffset } });
          return response;
        }),
      }));
      if (req.acks === 0) {
        // With no response to carry it, Kafka signals a failed acks=0 produce by closing the connection.
        const failed = responses.some((t) => t.partitionResponses.some((p) => p.errorCode !== ErrorCode.NONE));
        if (failed) throw new CloseConnection('acks=0 produce failed; closing so the client refreshes metadata');
        return null;
      }
      if (waits.length > 0) {
        const codes = await replicaManager.waitForAcks(
          waits.map((w) => w.wait),
          req.timeoutMs,
          ctx.image,
        );
        codes.forEach((code, i) => {
          waits[i]!.response.errorCode = code;
        });
      }
      if (ctx.apiVersion < 10) return { responses, throttleTimeMs: 0 };
      // The image now, not at arrival: an acks=all wait can end because leadership moved.
      const leaders = new CurrentLeaders(currentImage, ctx.connection.listenerName, PRODUCE_LEADER_ERRORS);
      for (const t of responses) {
        for (const p of t.partitionResponses) {
          const leader = leaders.forError(t.name, p.index, p.errorCode);
          if (leader) p.currentLeader = leader;
        }
      }
      return { responses, throttleTimeMs: 0, nodeEndpoints: leaders.nodeEndpoints() };
    },
    errorResponse(_ctx, req, errorCode) {
      return {
        responses: req.topicData.map((t) => ({ name: t.name, partitionResponses: t.partitionData.map((p) => partitionResponse(p.index, errorCode)) })),
        throttleTimeMs: 0,
      };
    },
  });
}
