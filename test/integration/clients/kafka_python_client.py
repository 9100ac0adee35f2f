"""Drives python3-kafka (kafka-python, pure python) from a JSON command on stdin; see wire_json.py.

ops: produce, consume, admin (action: create_topics, delete_topics, create_partitions,
list_topics, describe_configs, alter_configs, describe_cluster, elect_leaders).

kafka-python 2.0.2 has no ElectLeaders; elect_leaders sends v1 through kafka-python's own protocol
layer, its layout transcribed from Kafka's ElectLeadersRequest/Response schemas, so the request
is encoded and the answer decoded by kafka-python, not by Runnel's codec.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic  # noqa: E402
from kafka.protocol.api import Request, Response  # noqa: E402
from kafka.protocol.types import Array, Int8, Int16, Int32, Schema, String  # noqa: E402

from wire_json import consumed, record_fields, run  # noqa: E402


class ElectLeadersResponseV1(Response):
    API_KEY = 43
    API_VERSION = 1
    SCHEMA = Schema(
        ("throttle_time_ms", Int32),
        ("error_code", Int16),
        ("replica_election_results", Array(
            ("topic", String("utf-8")),
            ("partition_result", Array(
                ("partition_id", Int32),
                ("error_code", Int16),
                ("error_message", String("utf-8")))))),
    )


class ElectLeadersRequestV1(Request):
    API_KEY = 43
    API_VERSION = 1
    RESPONSE_TYPE = ElectLeadersResponseV1
    SCHEMA = Schema(
        ("election_type", Int8),
        ("topic_partitions", Array(("topic", String("utf-8")), ("partitions", Array(Int32)))),
        ("timeout_ms", Int32),
    )


ELECTION_TYPES = {"preferred": 0, "unclean": 1}


def elect_leaders(client, command, timeout_ms):
    """{"election_type", "partitions": {topic: [ids]} or null for all} -> [error, {topic-p: [code, msg]}]."""
    partitions = command.get("partitions")
    request = ElectLeadersRequestV1(
        election_type=ELECTION_TYPES[command["election_type"]],
        topic_partitions=None if partitions is None else list(partitions.items()),
        timeout_ms=timeout_ms)
    # Any broker forwards it to the active controller.
    future = client._send_request_to_node(client._client.least_loaded_node(), request)
    client._wait_for_futures([future])
    response = future.value
    results = {}
    for topic, partition_results in response.replica_election_results:
        for partition_id, error_code, error_message in partition_results:
            results["%s-%d" % (topic, partition_id)] = [error_code, error_message]
    return [response.error_code, results]


def client_config(command):
    config = {"bootstrap_servers": command["bootstrap"]}
    config.update(command.get("config", {}))
    return config


def produce(command):
    producer = KafkaProducer(**client_config(command))
    timeout_s = command.get("timeout_s", 30)
    try:
        futures = []
        for record in command["records"]:
            key, value, headers = record_fields(record)
            futures.append(producer.send(command["topic"], value=value, key=key, headers=headers or None,
                                         partition=record.get("partition"),
                                         timestamp_ms=record.get("timestamp")))
        producer.flush(timeout_s)
        results = []
        for future in futures:
            try:
                meta = future.get(timeout=timeout_s)
                results.append({"partition": meta.partition, "offset": meta.offset, "error": None})
            except Exception as err:  # one failed record is a result, not a failed command
                results.append({"partition": None, "offset": None, "error": "%s: %s" % (type(err).__name__, err)})
        return results
    finally:
        producer.close(timeout_s)


def consume(command):
    topic = command["topic"]
    timeout_s = command.get("timeout_s", 30)
    config = {"enable_auto_commit": False, "auto_offset_reset": "earliest"}
    config.update(client_config(command))
    consumer = KafkaConsumer(**config)
    try:
        partitions = command.get("partitions")
        if partitions is None:
            deadline = time.monotonic() + timeout_s
            found = consumer.partitions_for_topic(topic)
            while not found and time.monotonic() < deadline:
                time.sleep(0.2)
                found = consumer.partitions_for_topic(topic)
            if not found:
                raise RuntimeError("no partitions known for topic %r" % topic)
            partitions = sorted(found)
        assignment = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(assignment)
        offset = command.get("offset")
        if offset in (None, "beginning"):
            consumer.seek_to_beginning(*assignment)
        elif offset == "end":
            consumer.seek_to_end(*assignment)
        else:
            for tp in assignment:
                consumer.seek(tp, int(offset))
        records = []
        deadline = time.monotonic() + timeout_s
        while len(records) < command["count"] and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                for msg in batch:
                    records.append(consumed(msg.topic, msg.partition, msg.offset, msg.timestamp,
                                            msg.key, msg.value, msg.headers))
        return records
    finally:
        consumer.close()


def resource_type(name):
    return {"topic": ConfigResourceType.TOPIC, "broker": ConfigResourceType.BROKER}[name]


def admin(command):
    client = KafkaAdminClient(**client_config(command))
    action = command["action"]
    timeout_ms = int(command.get("timeout_s", 30) * 1000)
    try:
        if action == "create_topics":
            topics = [NewTopic(t["name"], t.get("partitions", 1), t.get("replication_factor", 1),
                               topic_configs=t.get("config", {})) for t in command["topics"]]
            response = client.create_topics(topics, timeout_ms=timeout_ms)
            return [list(e) for e in response.topic_errors]
        if action == "delete_topics":
            response = client.delete_topics(command["topics"], timeout_ms=timeout_ms)
            return [list(e) for e in response.topic_error_codes]
        if action == "create_partitions":
            response = client.create_partitions({command["topic"]: NewPartitions(command["total"])},
                                                timeout_ms=timeout_ms)
            return [list(e) for e in response.topic_errors]
        if action == "list_topics":
            return sorted(client.list_topics())
        if action == "describe_cluster":
            return client.describe_cluster()
        if action == "describe_configs":
            (response,) = client.describe_configs(
                [ConfigResource(resource_type(command["resource_type"]), command["name"])])
            (resource,) = response.resources
            error_code, error_message, _type, _name, entries = resource[:5]
            if error_code:
                raise RuntimeError("describe_configs error %d: %s" % (error_code, error_message))
            return {e[0]: {"value": e[1], "is_read_only": e[2]} for e in entries}
        if action == "elect_leaders":
            return elect_leaders(client, command, timeout_ms)
        if action == "alter_configs":
            response = client.alter_configs(
                [ConfigResource(resource_type(command["resource_type"]), command["name"],
                                configs=command["configs"])])
            return [list(r) for r in response.resources]
        raise ValueError("unknown admin action %r" % action)
    finally:
        client.close()


if __name__ == "__main__":
    run({"produce": produce, "consume": consume, "admin": admin})
