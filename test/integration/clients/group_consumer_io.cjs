'use strict';
// Plumbing shared by the node group consumers (kafkajs, node-rdkafka), the same protocol as
// group_consumer_io.py: options as one JSON object in argv[2], events as JSON lines on stdout,
// commands as JSON lines on stdin ({"cmd":"commit"}, {"cmd":"stop"}; the end of stdin means stop).
const readline = require('node:readline');

function emit(event, fields = {}) {
  process.stdout.write(JSON.stringify({ ...fields, event }) + '\n');
}

function options() {
  return JSON.parse(process.argv[2]);
}

/** Calls handler for each command; a stop (or the end of stdin) is delivered once. */
function onCommands(handler) {
  let stopping = false;
  const lines = readline.createInterface({ input: process.stdin });
  const deliver = (command) => {
    if (stopping) return;
    if (command.cmd === 'stop') {
      stopping = true;
      lines.close();
    }
    Promise.resolve(handler(command)).catch((e) => emit('error', { code: e.name ?? 'Error', message: String(e.message ?? e), fatal: false }));
  };
  lines.on('line', (line) => {
    if (line.trim() !== '') deliver(JSON.parse(line));
  });
  lines.on('close', () => deliver({ cmd: 'stop' }));
}

/** Emits the last event and exits once stdout has taken it. */
function finish(event, fields, exitCode) {
  process.stdout.write(JSON.stringify({ ...fields, event }) + '\n', () => process.exit(exitCode));
}

const keyOf = (topic, partition) => `${topic}\u0000${partition}`;
const text = (buffer) => (buffer == null ? null : buffer.toString('utf8'));

/**
 * The member's current assignment and the next offset to commit for each partition it processed.
 * Removing what is revoked and adding what is assigned covers eager and cooperative protocols.
 */
class Membership {
  constructor() {
    this.assignment = new Map();
    this.nextOffsets = new Map();
    this.lastError = null;
  }

  assigned(refs, fields = {}) {
    for (const r of refs) this.assignment.set(keyOf(r.topic, r.partition), { topic: r.topic, partition: r.partition });
    emit('assigned', { ...fields, partitions: sorted(refs), assignment: this.current() });
  }

  revoked(refs, event = 'revoked') {
    for (const r of refs) {
      this.assignment.delete(keyOf(r.topic, r.partition));
      this.nextOffsets.delete(keyOf(r.topic, r.partition));
    }
    emit(event, { partitions: sorted(refs), assignment: this.current() });
  }

  current() {
    return sorted([...this.assignment.values()]);
  }

  processed(topic, partition, offset, key, value) {
    this.nextOffsets.set(keyOf(topic, partition), { topic, partition, offset: offset + 1 });
    emit('record', { topic, partition, offset, key: text(key), value: text(value) });
  }

  /** [{topic, partition, offset}] of processed records on partitions still assigned. */
  pendingCommit() {
    return sorted([...this.nextOffsets.entries()].filter(([k]) => this.assignment.has(k)).map(([, v]) => v));
  }

  committed(offsets, error = null) {
    emit('committed', { offsets: sorted(offsets), error });
  }

  /** A client in a bad state repeats one error: report each distinct error once in a row. */
  error(code, message, fatal = false) {
    const key = `${code}\u0000${message}`;
    if (key === this.lastError) return;
    this.lastError = key;
    emit('error', { code, message, fatal });
  }
}

function sorted(refs) {
  return [...refs].sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
}

/** Runs the member; a failure becomes a fatal error event and exit status 1. */
async function run(main) {
  try {
    await main();
  } catch (e) {
    finish('error', { code: e.name ?? 'Error', message: String(e.message ?? e), fatal: true, trace: e.stack }, 1);
  }
}

module.exports = { emit, finish, Membership, onCommands, options, run };
