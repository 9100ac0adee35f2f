"""Produces numbered records with python3-confluent-kafka (librdkafka) until told to stop, for the
durability test: acks=all and idempotence on, long delivery timeout so records ride out failovers.

argv[1] is a JSON object: bootstrap, topic, partitions, rate (records a second), config (extra
librdkafka keys). Each delivery report is printed as one JSON line: seq, partition, offset, error.
A line "stop" on stdin (or its end) makes it flush and exit; the last line is {"done": true}.
"""
import json
import sys
import threading
import time

from confluent_kafka import Producer


def main():
    opts = json.loads(sys.argv[1])
    config = {
        "bootstrap.servers": opts["bootstrap"],
        "acks": "all",
        "enable.idempotence": True,
        "message.timeout.ms": 120000,
        "linger.ms": 5,
        "topic.metadata.refresh.interval.ms": 1000,
    }
    config.update(opts.get("config", {}))
    producer = Producer(config)
    stop = threading.Event()

    def watch_stdin():
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    def report(seq):
        def on_delivery(err, msg):
            print(json.dumps({
                "seq": seq,
                "partition": msg.partition(),
                "offset": msg.offset(),
                "error": None if err is None else str(err),
            }), flush=True)
        return on_delivery

    interval = 1.0 / opts["rate"]
    seq = 0
    next_at = time.monotonic()
    while not stop.is_set():
        partition = seq % opts["partitions"]
        try:
            producer.produce(opts["topic"], value=("r-%d" % seq).encode(), partition=partition, on_delivery=report(seq))
            seq += 1
        except BufferError:
            pass
        producer.poll(0)
        next_at += interval
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    remaining = producer.flush(150)
    print(json.dumps({"done": True, "produced": seq, "undelivered": remaining}), flush=True)


if __name__ == "__main__":
    main()
