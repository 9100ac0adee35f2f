// DescribeCluster (key 60): the live brokers on the listener the request came in on, the cluster
// id and the controller. Only the broker endpoint type is served here (controllers answer on
// their own listener, which this broker does not expose to clients).
import type { DescribeClusterRequest } from '../../protocol/generated/messages/DescribeClusterRequest.js';
import type { DescribeClusterResponse } from '../../protocol/generated/messages/DescribeClusterResponse.js';
import { ErrorCode } from '../../protocol/kafkaErrors.js';
import { defineHandler } from '../handler.js';
import { listenerEndpoint } from '../../metadata/metadataImage.js';

const ENDPOINT_TYPE_BROKER = 1;
const ENDPOINT_TYPE_CONTROLLER = 2;
const ENDPOINT_TYPE_NAMES: Record<number, string> = { [ENDPOINT_TYPE_BROKER]: 'BROKER', [ENDPOINT_TYPE_CONTROLLER]: 'CONTROLLER' };
/** The schema default: "not computed". There is no authorizer yet to compute operations from. */
const AUTHORIZED_OPERATIONS_UNKNOWN = -2147483648;

export interface DescribeClusterDeps {
  clusterId: string;
  controllerId: number;
}

export function describeClusterHandler(deps: DescribeClusterDeps) {
  const failure = (errorCode: number, errorMessage: string | null): DescribeClusterResponse => ({
    throttleTimeMs: 0,
    errorCode,
    errorMessage,
    endpointType: ENDPOINT_TYPE_BROKER,
    clusterId: '',
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: AUTHORIZED_OPERATIONS_UNKNOWN,
  });
  return defineHandler<DescribeClusterRequest, DescribeClusterResponse>({
    apiKey: 60,
    handle(ctx, req) {
      // v0 has no EndpointType field and no endpoint-type error codes (Kafka answers INVALID_REQUEST).
      const v0 = ctx.apiVersion === 0;
      const wanted = ENDPOINT_TYPE_NAMES[req.endpointType];
      if (wanted === undefined) {
        return failure(v0 ? ErrorCode.INVALID_REQUEST : ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, `Unsupported endpoint type ${req.endpointType}`);
      }
      if (req.endpointType !== ENDPOINT_TYPE_BROKER) {
        return failure(
          v0 ? ErrorCode.INVALID_REQUEST : ErrorCode.MISMATCHED_ENDPOINT_TYPE,
          `The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type ${wanted}`,
        );
      }
      const brokers: DescribeClusterResponse['brokers'] = [];
      for (const b of ctx.image.liveBrokers()) {
        const ep = listenerEndpoint(b, ctx.connection.listenerName);
        if (ep) brokers.push({ brokerId: b.id, host: ep.host, port: ep.port, rack: b.rack });
      }
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        endpointType: ENDPOINT_TYPE_BROKER,
        clusterId: deps.clusterId,
        controllerId: deps.controllerId,
        brokers,
        clusterAuthorizedOperations: AUTHORIZED_OPERATIONS_UNKNOWN,
      };
    },
    errorResponse: (_ctx, _req, errorCode) => failure(errorCode, null),
  });
}
