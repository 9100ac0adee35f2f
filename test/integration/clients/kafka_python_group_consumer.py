"""A long-running consumer-group member on python3-kafka (kafka-python); see group_consumer_io.py.

kafka-python keeps the generation in its coordinator (not public API); each assignment reports
the generation and member id that the JoinGroup response gave it.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition  # noqa: E402
from kafka.coordinator.assignors.range import RangePartitionAssignor  # noqa: E402
from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor  # noqa: E402
from kafka.coordinator.assignors.sticky.sticky_assignor import StickyPartitionAssignor  # noqa: E402
from kafka.errors import KafkaError  # noqa: E402
from kafka.structs import OffsetAndMetadata  # noqa: E402

from group_consumer_io import Membership, command_queue, emit, options, run, serve_command  # noqa: E402

ASSIGNORS = {"range": RangePartitionAssignor, "roundrobin": RoundRobinPartitionAssignor, "sticky": StickyPartitionAssignor}


def pairs_of(partitions):
    return [(tp.topic, tp.partition) for tp in partitions]


class Listener(ConsumerRebalanceListener):
    def __init__(self, membership):
        self.membership = membership
        self.consumer = None

    def on_partitions_revoked(self, revoked):
        self.membership.revoked(pairs_of(revoked))

    def on_partitions_assigned(self, assigned):
        generation = self.consumer._coordinator._generation
        self.membership.assigned(pairs_of(assigned), generation=generation.generation_id, memberId=generation.member_id)


def build_consumer(opts):
    if opts.get("groupProtocol", "classic") != "classic":
        raise ValueError("kafka-python speaks only the classic group protocol")
    if opts.get("groupInstanceId"):
        raise ValueError("kafka-python 2.0 has no static membership (group.instance.id)")
    config = {
        "bootstrap_servers": opts["bootstrap"],
        "group_id": opts["groupId"],
        "client_id": opts["clientId"],
        "session_timeout_ms": opts["sessionTimeoutMs"],
        "heartbeat_interval_ms": opts["heartbeatIntervalMs"],
        "auto_offset_reset": opts["autoOffsetReset"],
        "enable_auto_commit": opts["commit"] == "auto",
    }
    if opts.get("assignor"):
        config["partition_assignment_strategy"] = [ASSIGNORS[opts["assignor"]]]
    if opts.get("autoCommitIntervalMs"):
        config["auto_commit_interval_ms"] = opts["autoCommitIntervalMs"]
    return KafkaConsumer(**config)


def commit_sync(consumer, membership, offsets):
    if not offsets:
        membership.committed([])
        return
    try:
        consumer.commit({TopicPartition(t, p): OffsetAndMetadata(o, "") for (t, p), o in offsets})
    except KafkaError as err:
        membership.committed(offsets, type(err).__name__)
        return
    membership.committed(offsets)


def main():
    opts = options()
    membership = Membership()
    commands = command_queue()
    consumer = build_consumer(opts)
    listener = Listener(membership)
    listener.consumer = consumer
    consumer.subscribe(topics=opts["topics"], listener=listener)
    emit("started", client="kafka-python")
    while True:
        if not serve_command(commands, lambda: commit_sync(consumer, membership, membership.pending_commit())):
            break
        try:
            batches = consumer.poll(timeout_ms=100)
        except KafkaError as err:
            # kafka-python raises errors such as NoOffsetForPartitionError from poll and keeps going.
            membership.error(type(err).__name__, str(err))
            time.sleep(0.2)
            continue
        for records in batches.values():
            for msg in records:
                membership.processed(msg.topic, msg.partition, msg.offset, msg.key, msg.value)
                if opts["commit"] == "each-record":
                    commit_sync(consumer, membership, [((msg.topic, msg.partition), msg.offset + 1)])
    consumer.close(autocommit=opts["commit"] == "auto")
    emit("closed")


if __name__ == "__main__":
    run(main)
