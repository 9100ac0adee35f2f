// The V8 options a broker process starts with, as kafka-server-start.sh sets KAFKA_HEAP_OPTS.
// A broker's live heap is small (about 15 MB) while it allocates fast; V8 then derives an
// old-generation limit so low that it starts a full mark-compact as soon as the previous one ends
// (measured: about 16 per second at 50 MB/s, which put 20 ms on the end-to-end p99). A larger
// initial old space lets young-generation scavenges do the work. These options can only be given
// at launch: package.json's start script and the `runnel` shebang spell them out too.
export const BROKER_HEAP_OPTIONS: readonly string[] = ['--initial-old-space-size=128'];

/** True when this process was launched with the broker's heap options. */
export function hasBrokerHeapOptions(execArgv: readonly string[] = process.execArgv): boolean {
  return BROKER_HEAP_OPTIONS.every((opt) => execArgv.includes(opt));
}
