// A broker-listener handler that forwards the whole request to the active controller and relays
// its answer (Kafka's ForwardingManager, without the Envelope: there is no principal to carry yet).
// A controller that cannot be reached in time answers every entry with the channel's error.
import type { ClientApi } from '../client/clientApis.js';
import { ErrorCode, KafkaError } from '../protocol/kafkaErrors.js';
import type { ControllerChannel } from './controllerChannel.js';
import { defineHandler, type ApiHandler } from './handler.js';

export function forwardingHandler<Req, Res>(
  api: ClientApi<Req, Res>,
  channel: ControllerChannel,
  errorResponse: (req: Req, errorCode: number) => Res,
  /** Runs before the answer goes out, e.g. to wait until this broker's image shows the change. */
  afterForward?: (response: Res) => Promise<void>,
): ApiHandler {
  return defineHandler<Req, Res>({
    apiKey: api.apiKey,
    async handle(ctx, req) {
      try {
        const response = await channel.send(api, req, ctx.apiVersion);
        await afterForward?.(response);
        return response;
      } catch (err) {
        if (err instanceof KafkaError) return errorResponse(req, err.code === ErrorCode.NETWORK_EXCEPTION ? ErrorCode.REQUEST_TIMED_OUT : err.code);
        throw err;
      }
    },
    errorResponse: (_ctx, req, errorCode) => errorResponse(req, errorCode),
  });
}
