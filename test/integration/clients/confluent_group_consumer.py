"""A long-running consumer-group member on python3-confluent-kafka (librdkafka); see group_consumer_io.py.

librdkafka does not expose the group generation, so it is read from its cgrp debug log: the
JoinGroup response line names the generation and this member's id.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition, libversion  # noqa: E402

from group_consumer_io import Membership, command_queue, emit, options, run, serve_command  # noqa: E402

# A failed join answers GenerationId -1, which this does not match.
JOIN_RESPONSE = re.compile(r"JoinGroup response: GenerationId (\d+), Protocol (\S*), LeaderId (\S*?)( \(me\))?, "
                           r"my MemberId ([^,]*),")

AUTO_OFFSET_RESET = {"earliest": "earliest", "latest": "latest", "none": "error"}


class JoinLog:
    """Receives librdkafka's log lines (the binding calls logger.log(level, fmt, *args))."""

    def __init__(self, membership):
        self.membership = membership

    def log(self, _level, _fmt, _facility, _name, line):
        match = JOIN_RESPONSE.search(line)
        if match:
            emit("generation", generation=int(match.group(1)), protocol=match.group(2),
                 leader=match.group(4) is not None, memberId=match.group(5))


def error_name(err):
    """The error's name; for a fatal error, the name of the broker error behind it.

    confluent-kafka 1.7 reports fatal errors as _FATAL with no way to ask for the underlying code,
    but the text carries that error's description (such as FENCED_INSTANCE_ID's).
    """
    if err.code() != KafkaError._FATAL:
        return err.name()
    described = [KafkaError(c) for n, c in vars(KafkaError).items() if isinstance(c, int) and c > 0 and not n.startswith("_")]
    named = [e for e in described if e.str() in err.str()]
    # One description may contain a shorter one: the longest match is the error itself.
    return max(named, key=lambda e: len(e.str())).name() if named else err.name()


def report(membership, err):
    # error_cb hands over a fatal error as _FATAL with fatal() false.
    membership.error(error_name(err), err.str(), err.fatal() or err.code() == KafkaError._FATAL)


def pairs_of(partitions):
    return [(p.topic, p.partition) for p in partitions]


def build_consumer(opts, membership):
    if opts.get("groupProtocol", "classic") != "classic":
        raise ValueError("librdkafka %s predates KIP-848's group.protocol" % libversion()[0])
    config = {
        "bootstrap.servers": opts["bootstrap"],
        "group.id": opts["groupId"],
        "client.id": opts["clientId"],
        "session.timeout.ms": opts["sessionTimeoutMs"],
        "heartbeat.interval.ms": opts["heartbeatIntervalMs"],
        "auto.offset.reset": AUTO_OFFSET_RESET[opts["autoOffsetReset"]],
        "enable.auto.commit": opts["commit"] == "auto",
        "debug": "cgrp",
        "logger": JoinLog(membership),
        "error_cb": lambda err: report(membership, err),
    }
    if opts["commit"] == "auto":
        config["on_commit"] = lambda err, partitions: membership.committed(
            [((p.topic, p.partition), p.offset) for p in partitions], None if err is None else err.name())
    if opts.get("assignor"):
        config["partition.assignment.strategy"] = opts["assignor"]
    if opts.get("groupInstanceId"):
        config["group.instance.id"] = opts["groupInstanceId"]
    if opts.get("autoCommitIntervalMs"):
        config["auto.commit.interval.ms"] = opts["autoCommitIntervalMs"]
    return Consumer(config)


def commit_sync(consumer, membership, offsets):
    if not offsets:
        membership.committed([])
        return
    try:
        results = consumer.commit(offsets=[TopicPartition(t, p, o) for (t, p), o in offsets], asynchronous=False)
    except KafkaException as err:
        membership.committed(offsets, err.args[0].name())
        return
    failed = [r.error.name() for r in results if r.error is not None]
    membership.committed([((r.topic, r.partition), r.offset) for r in results], failed[0] if failed else None)


def main():
    opts = options()
    membership = Membership()
    commands = command_queue()
    consumer = build_consumer(opts, membership)
    consumer.subscribe(
        opts["topics"],
        on_assign=lambda _c, partitions: membership.assigned(pairs_of(partitions)),
        on_revoke=lambda _c, partitions: membership.revoked(pairs_of(partitions)),
        on_lost=lambda _c, partitions: membership.revoked(pairs_of(partitions), event="lost"),
    )
    emit("started", client="confluent")
    while True:
        if not serve_command(commands, lambda: commit_sync(consumer, membership, membership.pending_commit())):
            break
        msg = consumer.poll(0.1)
        if msg is None:
            continue
        if msg.error():
            report(membership, msg.error())
            continue
        membership.processed(msg.topic(), msg.partition(), msg.offset(), msg.key(), msg.value())
        if opts["commit"] == "each-record":
            commit_sync(consumer, membership, [((msg.topic(), msg.partition()), msg.offset() + 1)])
    consumer.close()
    emit("closed")


if __name__ == "__main__":
    run(main)
