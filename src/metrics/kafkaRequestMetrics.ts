// Kafka requests per API and version, their latency per API and the requests that failed, kept as
// one preallocated tally per API key so that the dispatcher's report costs a few additions.
import { API_KEYS, ApiKey, apiKeyInfo } from '../protocol/generated/apiKeys.js';
import type { ProduceRequest } from '../protocol/generated/messages/ProduceRequest.js';
import type { ProduceResponse } from '../protocol/generated/messages/ProduceResponse.js';
import type { FetchResponse } from '../protocol/generated/messages/FetchResponse.js';
import type { RequestObserver } from '../broker/requestDispatcher.js';
import { LatencyHistogram, REQUEST_LATENCY_BUCKETS } from './latencyHistogram.js';
import { SnapshotMetric, type Sample } from './snapshotMetric.js';
import type { TopicTraffic } from './topicTraffic.js';

interface ApiTally {
  readonly name: string;
  /** Requests per version, indexed by version. */
  readonly requests: Float64Array;
  readonly latency: LatencyHistogram;
}

interface ErrorTally {
  readonly api: string;
  readonly error: string;
  count: number;
}

/** The api label of a request whose API is unknown or could not be read. */
const UNKNOWN_API = 'unknown';

export class KafkaRequestMetrics implements RequestObserver {
  /** Indexed by API key; a sparse array reads faster than a Map on this path. */
  private readonly apis: ApiTally[] = [];
  private readonly errors = new Map<string, ErrorTally>();

  constructor(private readonly traffic: TopicTraffic) {
    for (const info of API_KEYS) {
      this.apis[info.apiKey] = { name: info.name, requests: new Float64Array(info.maxVersion + 1), latency: new LatencyHistogram(REQUEST_LATENCY_BUCKETS) };
    }
  }

  requestCompleted(apiKey: number, apiVersion: number, seconds: number, request: unknown, response: unknown): void {
    const api = this.apis[apiKey];
    if (api === undefined) return;
    // ApiVersions answers versions newer than it knows (with UNSUPPORTED_VERSION): no slot for those.
    if (apiVersion >= 0 && apiVersion < api.requests.length) api.requests[apiVersion]!++;
    api.latency.observe(seconds);
    if (apiKey === ApiKey.Produce) this.traffic.produced(request as ProduceRequest<Buffer>, response as ProduceResponse | null);
    else if (apiKey === ApiKey.Fetch && response !== null) this.traffic.fetched(response as FetchResponse);
  }

  requestFailed(apiKey: number | null, error: string): void {
    const api = (apiKey === null ? undefined : apiKeyInfo(apiKey)?.name) ?? UNKNOWN_API;
    const key = `${api}\0${error}`;
    const tally = this.errors.get(key);
    if (tally) tally.count++;
    else this.errors.set(key, { api, error, count: 1 });
  }

  metrics(): SnapshotMetric[] {
    return [
      new SnapshotMetric('runnel_kafka_requests_total', 'Kafka requests answered (or completed without an answer, as Produce with acks=0), by API and version.', 'counter', () => {
        const out: Sample[] = [];
        for (const api of this.apis) {
          if (api === undefined) continue;
          api.requests.forEach((n, version) => {
            if (n > 0) out.push({ labels: { api: api.name, version }, value: n });
          });
        }
        return out;
      }),
      new SnapshotMetric('runnel_kafka_request_duration_seconds', 'Time from the start of decoding a Kafka request to its response being ready to queue, by API.', 'histogram', () =>
        this.apis.flatMap((api) => (api !== undefined && api.latency.observations > 0 ? api.latency.samples('runnel_kafka_request_duration_seconds', { api: api.name }) : [])),
      ),
      new SnapshotMetric(
        'runnel_kafka_request_errors_total',
        'Kafka requests that failed as a whole: answered with UNSUPPORTED_VERSION, or the connection was closed (INVALID_REQUEST: unreadable or unknown API; CONNECTION_CLOSED: the handler chose to close, as a failed acks=0 Produce; UNKNOWN_SERVER_ERROR: the handler failed).',
        'counter',
        () => [...this.errors.values()].map((e) => ({ labels: { api: e.api, error: e.error }, value: e.count })),
      ),
    ];
  }
}
