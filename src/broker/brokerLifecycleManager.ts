// A broker's standing with the active controller (Kafka's BrokerLifecycleManager): it registers
// with a fresh incarnation id, heartbeats every broker.heartbeat.interval.ms with how far its
// metadata has caught up, learns when it is unfenced, re-registers when the controller no longer
// knows it (a stale epoch, a lost registration), and asks to shut down so its leaderships move
// before it stops.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { BrokerHeartbeat, BrokerRegistration } from '../client/clientApis.js';
import type { Listener } from '../config/listeners.js';
import { ErrorCode, errorName } from '../protocol/kafkaErrors.js';
import type { ControllerChannel } from './controllerChannel.js';

const SECURITY_PROTOCOL_IDS: Record<string, number> = { PLAINTEXT: 0, SSL: 1, SASL_PLAINTEXT: 2, SASL_SSL: 3 };
/** The metadata.version range this broker supports (Kafka 3.3's first KRaft level to 4.0's). */
const METADATA_VERSION_RANGE = { minSupportedVersion: 7, maxSupportedVersion: 22 };
/** How long a controlled shutdown may wait for the controller before the broker stops anyway. */
const CONTROLLED_SHUTDOWN_TIMEOUT_MS = 10_000;
const RETRY_BACKOFF_MS = 200;

export interface BrokerLifecycleOptions {
  readonly channel: ControllerChannel;
  readonly nodeId: number;
  readonly clusterId: string;
  readonly listeners: readonly Listener[];
  readonly rack: string | null;
  readonly heartbeatIntervalMs: number;
  /** The offset of the last metadata record this broker has replayed. */
  readonly currentMetadataOffset: () => number;
  readonly logger: Logger;
}

export class BrokerLifecycleManager {
  readonly incarnationId = randomBytes(16).toString('base64url');
  private epoch = -1n;
  private fenced = true;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private unfencedWaiters: Array<() => void> = [];

  constructor(private readonly opts: BrokerLifecycleOptions) {}

  get brokerEpoch(): bigint {
    return this.epoch;
  }

  get isFenced(): boolean {
    return this.fenced;
  }

  /** Registers (retrying until the controller accepts), then heartbeats in the background. */
  async start(): Promise<void> {
    await this.register();
    this.schedule(0);
  }

  waitUntilUnfenced(): Promise<void> {
    if (!this.fenced) return Promise.resolve();
    return new Promise((resolve) => this.unfencedWaiters.push(resolve));
  }

  /** Asks to shut down and waits until the controller has moved this broker's leaderships. */
  async controlledShutdown(): Promise<void> {
    this.stopHeartbeats();
    if (this.epoch < 0n) return;
    const deadline = Date.now() + CONTROLLED_SHUTDOWN_TIMEOUT_MS;
    while (Date.now() < deadline) {
      try {
        const response = await this.opts.channel.send(BrokerHeartbeat, this.heartbeatRequest(true));
        if (response.errorCode === ErrorCode.NONE && response.shouldShutDown) {
          this.opts.logger.info('controlled shutdown complete: the controller moved this broker\'s leaderships');
          return;
        }
        if (response.errorCode !== ErrorCode.NONE) break;
      } catch (err) {
        this.opts.logger.warn({ err }, 'controlled shutdown request failed');
        break;
      }
      await sleep(RETRY_BACKOFF_MS);
    }
    this.opts.logger.warn('controlled shutdown did not complete; stopping anyway');
  }

  close(): void {
    this.closed = true;
    this.stopHeartbeats();
  }

  private async register(): Promise<void> {
    for (;;) {
      if (this.closed) throw new Error('broker lifecycle closed before registration');
      try {
        const response = await this.opts.channel.send(BrokerRegistration, {
          brokerId: this.opts.nodeId,
          clusterId: this.opts.clusterId,
          incarnationId: this.incarnationId,
          listeners: this.opts.listeners.map((l) => ({ name: l.name, host: l.host, port: l.port, securityProtocol: SECURITY_PROTOCOL_IDS[l.securityProtocol] ?? 0 })),
          features: [{ name: 'metadata.version', ...METADATA_VERSION_RANGE }],
          rack: this.opts.rack,
          isMigratingZkBroker: false,
          logDirs: [],
          previousBrokerEpoch: this.epoch,
        });
        if (response.errorCode === ErrorCode.NONE) {
          this.epoch = response.brokerEpoch;
          this.setFenced(true);
          this.opts.logger.info({ brokerEpoch: String(this.epoch), incarnationId: this.incarnationId }, 'registered with the active controller');
          return;
        }
        if (response.errorCode === ErrorCode.INCONSISTENT_CLUSTER_ID) {
          throw new Error(`the controller belongs to another cluster than ${this.opts.clusterId} (INCONSISTENT_CLUSTER_ID): check controller.quorum.voters and the formatted cluster id`);
        }
        // DUPLICATE_BROKER_REGISTRATION: an earlier incarnation's session has not expired yet.
        this.opts.logger.info({ error: errorName(response.errorCode) }, 'registration refused; retrying');
      } catch (err) {
        if (err instanceof Error && err.message.includes('INCONSISTENT_CLUSTER_ID')) throw err;
        this.opts.logger.debug({ err }, 'registration failed; retrying');
      }
      await sleep(RETRY_BACKOFF_MS);
    }
  }

  private heartbeatRequest(wantShutDown: boolean) {
    return {
      brokerId: this.opts.nodeId,
      brokerEpoch: this.epoch,
      currentMetadataOffset: BigInt(this.opts.currentMetadataOffset()),
      wantFence: false,
      wantShutDown,
      offlineLogDirs: [],
    };
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.heartbeat(), delayMs);
  }

  private stopHeartbeats(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.closed = true;
  }

  private async heartbeat(): Promise<void> {
    this.timer = null;
    let next = this.opts.heartbeatIntervalMs;
    try {
      const response = await this.opts.channel.send(BrokerHeartbeat, this.heartbeatRequest(false));
      if (this.closed) return;
      if (response.errorCode === ErrorCode.STALE_BROKER_EPOCH || response.errorCode === ErrorCode.BROKER_ID_NOT_REGISTERED) {
        this.opts.logger.warn({ error: errorName(response.errorCode) }, 'the controller no longer knows this registration; registering again');
        await this.register();
        next = 0;
      } else if (response.errorCode === ErrorCode.NONE) {
        if (this.fenced !== response.isFenced) this.opts.logger.info({ fenced: response.isFenced }, response.isFenced ? 'this broker was fenced' : 'this broker is unfenced');
        this.setFenced(response.isFenced);
        // While fenced, heartbeat quickly: unfencing waits on the controller seeing it caught up.
        if (this.fenced) next = Math.min(next, RETRY_BACKOFF_MS);
      }
    } catch (err) {
      if (this.closed) return;
      this.opts.logger.warn({ err }, 'heartbeat to the controller failed');
      next = RETRY_BACKOFF_MS;
    }
    this.schedule(next);
  }

  private setFenced(fenced: boolean): void {
    this.fenced = fenced;
    if (!fenced) for (const w of this.unfencedWaiters.splice(0)) w();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
