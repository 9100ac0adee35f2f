// A request or record that does not parse. The network layer turns it into a closed connection
// (Kafka closes on a malformed request) and a log line naming the API, version and field.
export class ProtocolDecodeError extends Error {
  override name = 'ProtocolDecodeError';
  /** The message being decoded, e.g. 'ProduceRequest'; undefined when a raw Reader call failed. */
  api: string | undefined;
  version: number | undefined;
  /** Dotted path of the field being read, e.g. 'topicData.partitionData.records'. */
  field: string | undefined;
  readonly detail: string;

  constructor(detail: string, options?: { api?: string; version?: number; field?: string; cause?: unknown }) {
    super(detail, options?.cause === undefined ? undefined : { cause: options.cause });
    this.detail = detail;
    this.api = options?.api;
    this.version = options?.version;
    this.field = options?.field;
    this.refreshMessage();
  }

  private refreshMessage(): void {
    const where: string[] = [];
    if (this.api !== undefined) where.push(this.version === undefined ? this.api : `${this.api} v${this.version}`);
    if (this.field !== undefined) where.push(`field ${this.field}`);
    this.message = where.length === 0 ? this.detail : `${where.join(', ')}: ${this.detail}`;
  }

  /** Called by generated decoders as the error unwinds through each enclosing struct. */
  static inField(err: unknown, field: string): ProtocolDecodeError {
    const e = ProtocolDecodeError.from(err);
    e.field = e.field === undefined ? field : `${field}.${e.field}`;
    e.refreshMessage();
    return e;
  }

  /** Called by a generated message decoder: attaches the API name and version. */
  static inMessage(err: unknown, api: string, version: number): ProtocolDecodeError {
    const e = ProtocolDecodeError.from(err);
    if (e.api === undefined) {
      e.api = api;
      e.version = version;
      e.refreshMessage();
    }
    return e;
  }

  // Anything else thrown while decoding (it should not happen: the Reader checks bounds itself)
  // still reaches the caller as a decode error, so one bad frame cannot escape as a crash.
  private static from(err: unknown): ProtocolDecodeError {
    if (err instanceof ProtocolDecodeError) return err;
    return new ProtocolDecodeError(err instanceof Error ? err.message : String(err), { cause: err });
  }
}
