"""Plumbing shared by the long-running python group consumers (see test/helpers/groupClients.ts).

Options arrive as one JSON object in argv[1]. Events leave as JSON lines on stdout; commands
arrive as JSON lines on stdin: {"cmd": "commit"} commits what was processed, {"cmd": "stop"}
closes the consumer cleanly (leaving the group). The end of stdin means stop, so a member never
outlives the test that started it.
"""
import json
import queue
import sys
import threading
import traceback

_stdout_lock = threading.Lock()


def emit(event, **fields):
    line = json.dumps(dict(fields, event=event))
    with _stdout_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def options():
    return json.loads(sys.argv[1])


def command_queue():
    commands = queue.Queue()

    def read():
        for line in sys.stdin:
            if line.strip():
                commands.put(json.loads(line))
        commands.put({"cmd": "stop"})

    threading.Thread(target=read, name="stdin-commands", daemon=True).start()
    return commands


def serve_command(commands, commit):
    """Carries out the next command, if one is waiting; False once the member should stop."""
    try:
        command = commands.get_nowait()
    except queue.Empty:
        return True
    if command["cmd"] == "commit":
        commit()
    return command["cmd"] != "stop"


def text(data):
    return None if data is None else data.decode("utf-8", "replace")


def partition_ref(topic, partition):
    return {"topic": topic, "partition": partition}


class Membership:
    """The member's current assignment and the next offset to commit for each partition it processed.

    Eager protocols revoke everything and then assign the whole new set; cooperative ones revoke and
    assign only what moves. Removing what is revoked and adding what is assigned covers both.
    """

    def __init__(self):
        self.assignment = set()
        self.next_offsets = {}
        self.last_error = None

    def assigned(self, pairs, **fields):
        self.assignment.update(pairs)
        emit("assigned", partitions=self._refs(pairs), assignment=self._refs(self.assignment), **fields)

    def revoked(self, pairs, event="revoked"):
        self.assignment.difference_update(pairs)
        for pair in pairs:
            self.next_offsets.pop(pair, None)
        emit(event, partitions=self._refs(pairs), assignment=self._refs(self.assignment))

    def processed(self, topic, partition, offset, key, value):
        self.next_offsets[(topic, partition)] = offset + 1
        emit("record", topic=topic, partition=partition, offset=offset, key=text(key), value=text(value))

    def pending_commit(self):
        return sorted((pair, offset) for pair, offset in self.next_offsets.items() if pair in self.assignment)

    def committed(self, offsets, error=None):
        emit("committed", offsets=[dict(partition_ref(t, p), offset=o) for (t, p), o in offsets], error=error)

    def error(self, code, message, fatal=False):
        # A client in a bad state repeats one error on every poll: report each distinct error once in a row.
        if (code, message) == self.last_error:
            return
        self.last_error = (code, message)
        emit("error", code=code, message=message, fatal=fatal)

    @staticmethod
    def _refs(pairs):
        return [partition_ref(t, p) for t, p in sorted(pairs)]


def run(main):
    """Runs the member; a failure becomes a fatal error event and exit status 1, never a silent death."""
    try:
        main()
    except Exception as err:  # the harness reads every failure from stdout
        emit("error", code=type(err).__name__, message=str(err), fatal=True, trace=traceback.format_exc())
        sys.exit(1)
