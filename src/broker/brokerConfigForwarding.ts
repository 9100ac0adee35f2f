// Config changes on the broker listener go to the active controller (Kafka's forwarding), with
// Kafka's rule for one broker's own configs: a BROKER resource named by id must be sent to that
// broker. A resource naming another broker is answered here with INVALID_REQUEST; the others are
// forwarded and the answers merged back in request order.
import type { ClientApi } from '../client/clientApis.js';
import { ConfigResourceType } from '../metadata/metadataImage.js';
import { ErrorCode } from '../protocol/kafkaErrors.js';
import { brokerIdOf } from './configService.js';
import type { ControllerChannel } from './controllerChannel.js';
import { forwardingHandler } from './forwardingHandler.js';
import { defineHandler, type ApiHandler } from './handler.js';

interface ResourceRef {
  resourceType: number;
  resourceName: string;
}

interface ResourceResult extends ResourceRef {
  errorCode: number;
  errorMessage: string | null;
}

export function brokerConfigForwardingHandler<R extends ResourceRef, Req extends { resources: R[] }, Res extends { responses: ResourceResult[] }>(
  api: ClientApi<Req, Res>,
  channel: ControllerChannel,
  errorResponse: (req: Req, errorCode: number) => Res,
  nodeId: number,
): ApiHandler {
  const forward = forwardingHandler(api, channel, errorResponse);
  const misdirected = (r: ResourceRef): boolean => {
    if (r.resourceType !== ConfigResourceType.BROKER || r.resourceName === '') return false;
    const id = brokerIdOf(r.resourceName);
    // A name that is no integer goes on, for the controller's own answer.
    return id !== null && id !== nodeId;
  };
  return defineHandler<Req, Res>({
    apiKey: api.apiKey,
    async handle(ctx, req) {
      if (!req.resources.some(misdirected)) return (await forward.handle(ctx, req)) as Res;
      const rest = req.resources.filter((r) => !misdirected(r));
      const forwarded = rest.length > 0 ? ((await forward.handle(ctx, { ...req, resources: rest })) as Res) : null;
      let next = 0;
      const responses = req.resources.map((r): ResourceResult =>
        misdirected(r)
          ? { resourceType: r.resourceType, resourceName: r.resourceName, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unexpected broker id, expected ${nodeId}, but received ${r.resourceName}` }
          : forwarded!.responses[next++]!,
      );
      return { ...(forwarded ?? errorResponse(req, ErrorCode.NONE)), responses };
    },
    errorResponse: (_ctx, req, errorCode) => errorResponse(req, errorCode),
  });
}
