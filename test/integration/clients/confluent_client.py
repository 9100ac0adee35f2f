"""Drives python3-confluent-kafka (librdkafka) from a JSON command on stdin; see wire_json.py.

ops: produce, consume, consume_reporting_brokers, admin (action: create_topics, delete_topics, create_partitions,
list_topics, describe_configs, alter_configs).
"""
import json
import os
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from confluent_kafka import Consumer, KafkaException, OFFSET_BEGINNING, OFFSET_END, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource, NewPartitions, NewTopic  # noqa: E402

from wire_json import consumed, record_fields, run  # noqa: E402


def client_config(command, extra=None):
    config = {"bootstrap.servers": command["bootstrap"]}
    config.update(extra or {})
    config.update(command.get("config", {}))
    return config


def produce(command):
    producer = Producer(client_config(command))
    results = [None] * len(command["records"])

    def reporter(index):
        def on_delivery(err, msg):
            results[index] = {
                "partition": msg.partition(),
                "offset": msg.offset(),
                "error": None if err is None else str(err),
            }
        return on_delivery

    for index, record in enumerate(command["records"]):
        key, value, headers = record_fields(record)
        kwargs = {"key": key, "value": value, "on_delivery": reporter(index)}
        if headers:
            kwargs["headers"] = headers
        if record.get("partition") is not None:
            kwargs["partition"] = record["partition"]
        if record.get("timestamp") is not None:
            kwargs["timestamp"] = record["timestamp"]
        producer.produce(command["topic"], **kwargs)
        producer.poll(0)
    remaining = producer.flush(command.get("timeout_s", 30))
    if remaining:
        raise RuntimeError("%d records still undelivered after flush" % remaining)
    return results


def start_offset(offset):
    if offset in (None, "beginning"):
        return OFFSET_BEGINNING
    if offset == "end":
        return OFFSET_END
    return int(offset)


def consume(command, extra=None, linger_s=0):
    # librdkafka insists on a group.id even for manual assignment; a random one commits nothing.
    config = {
        "group.id": "runnel-test-" + uuid.uuid4().hex,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
    }
    config.update(extra or {})
    consumer = Consumer(client_config(command, config))
    topic = command["topic"]
    timeout_s = command.get("timeout_s", 30)
    try:
        if command.get("group_subscribe"):
            consumer.subscribe([topic])
        else:
            partitions = command.get("partitions")
            if partitions is None:
                metadata = consumer.list_topics(topic, timeout=timeout_s)
                partitions = sorted(metadata.topics[topic].partitions)
            offset = start_offset(command.get("offset"))
            consumer.assign([TopicPartition(topic, p, offset) for p in partitions])
        records = []
        deadline = time.monotonic() + timeout_s
        while len(records) < command["count"] and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                raise KafkaException(msg.error())
            records.append(consumed(msg.topic(), msg.partition(), msg.offset(), msg.timestamp()[1],
                                    msg.key(), msg.value(), msg.headers()))
        linger_until = time.monotonic() + linger_s
        while time.monotonic() < linger_until:
            consumer.poll(0.1)
        return records
    finally:
        consumer.close()


def consume_reporting_brokers(command):
    """consume, plus the brokers librdkafka's statistics say each partition was fetched from."""
    brokers = {}

    def on_stats(text):
        stats = json.loads(text)
        for name, partition in stats.get("topics", {}).get(command["topic"], {}).get("partitions", {}).items():
            if int(name) >= 0 and partition.get("broker", -1) >= 0:
                brokers.setdefault(name, set()).add(partition["broker"])

    records = consume(command, {"statistics.interval.ms": 100, "stats_cb": on_stats}, linger_s=1.0)
    return {"records": records, "brokers": {p: sorted(ids) for p, ids in brokers.items()}}


def wait_all(futures, timeout_s):
    return {str(k): f.result(timeout=timeout_s) for k, f in futures.items()}


def admin(command):
    client = AdminClient(client_config(command))
    action = command["action"]
    timeout_s = command.get("timeout_s", 30)
    if action == "create_topics":
        topics = [NewTopic(t["name"], t.get("partitions", 1), t.get("replication_factor", 1),
                           config=t.get("config", {})) for t in command["topics"]]
        wait_all(client.create_topics(topics, operation_timeout=timeout_s), timeout_s)
        return [t["name"] for t in command["topics"]]
    if action == "delete_topics":
        wait_all(client.delete_topics(command["topics"], operation_timeout=timeout_s), timeout_s)
        return command["topics"]
    if action == "create_partitions":
        wait_all(client.create_partitions([NewPartitions(command["topic"], command["total"])],
                                          validate_only=command.get("validate_only", False)), timeout_s)
        return command["total"]
    if action == "list_topics":
        metadata = client.list_topics(timeout=timeout_s)
        return {
            "brokers": sorted(b.id for b in metadata.brokers.values()),
            "topics": {
                name: {
                    "error": None if t.error is None else str(t.error),
                    "partitions": {
                        str(p.id): {"leader": p.leader, "replicas": list(p.replicas), "isrs": list(p.isrs)}
                        for p in t.partitions.values()
                    },
                }
                for name, t in metadata.topics.items()
            },
        }
    if action == "describe_configs":
        resource = ConfigResource(command["resource_type"], command["name"])
        (entries,) = wait_all(client.describe_configs([resource]), timeout_s).values()
        return {name: {"value": e.value, "is_default": e.is_default, "is_read_only": e.is_read_only,
                       "is_sensitive": e.is_sensitive, "source": ConfigSource(e.source).name,
                       "synonyms": [[s.name, s.value, ConfigSource(s.source).name] for s in e.synonyms.values()]}
                for name, e in entries.items()}
    if action == "alter_configs":
        resource = ConfigResource(command["resource_type"], command["name"], set_config=command["configs"])
        wait_all(client.alter_configs([resource], validate_only=command.get("validate_only", False)), timeout_s)
        return command["configs"]
    raise ValueError("unknown admin action %r" % action)


if __name__ == "__main__":
    run({"produce": produce, "consume": consume, "consume_reporting_brokers": consume_reporting_brokers, "admin": admin})
