/**
 * Runs a RaftClient on real time (Kafka's KafkaRaftClientDriver): polls it when the time it asked
 * for has passed and right after every message handed in, one poll at a time. A transport hands
 * messages to the driver rather than to the client so the client reacts at once.
 */
import { pino, type Logger } from 'pino';
import type { RaftClient } from './raftClient.js';
import type { RaftRequest, RaftResponse } from './raftMessage.js';

/** The wait before polling again after a poll threw. */
const ERROR_BACKOFF_MS = 100;

export class RaftClientDriver {
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** A wake-up arrived while polling: poll again as soon as this poll ends. */
  private again = false;
  private running = false;
  private readonly logger: Logger;

  constructor(
    readonly client: RaftClient,
    logger?: Logger,
  ) {
    this.logger = logger ?? pino({ level: 'silent' });
  }

  /** Initializes the client and starts polling it. */
  async start(): Promise<void> {
    await this.client.initialize();
    this.running = true;
    this.wakeup();
  }

  /** Stops polling; in-flight work finishes on its own. */
  stop(): void {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Polls as soon as possible. */
  wakeup(): void {
    if (!this.running) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  handleRequest(source: number, request: RaftRequest): Promise<RaftResponse> {
    const answer = this.client.handleRequest(source, request);
    this.wakeup();
    return answer;
  }

  async handleResponse(source: number, correlationId: number, response: RaftResponse): Promise<void> {
    try {
      await this.client.handleResponse(source, correlationId, response);
    } finally {
      this.wakeup();
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
  }

  private async poll(): Promise<void> {
    this.timer = null;
    if (!this.running) return;
    this.polling = true;
    this.again = false;
    let wait: number;
    try {
      wait = await this.client.poll();
    } catch (err) {
      this.logger.error({ err, nodeId: this.client.nodeId }, 'raft poll failed');
      wait = ERROR_BACKOFF_MS;
    } finally {
      this.polling = false;
    }
    if (!this.running) return;
    // setTimeout takes at most 2^31 - 1 ms; the client wakes up earlier when a message comes.
    this.schedule(this.again ? 0 : Math.min(wait, 0x7fffffff));
  }
}
