"""JSON-over-stdio plumbing shared by the python client scripts.

A script reads one JSON command on stdin and prints one JSON answer on stdout. Keys, values
and header values travel as base64 so binary data survives; a missing or null field is a null
key/value. Failures print {"ok": false, "error": ...} and exit 1.
"""
import base64
import json
import sys
import traceback


def b64decode(text):
    return None if text is None else base64.b64decode(text)


def b64encode(data):
    if data is None:
        return None
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


def record_fields(record):
    """(key, value, headers as [(name, bytes)]) from a command record."""
    headers = [(name, b64decode(value)) for name, value in record.get("headers", [])]
    return b64decode(record.get("key")), b64decode(record.get("value")), headers


def consumed(topic, partition, offset, timestamp, key, value, headers):
    return {
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "timestamp": timestamp,
        "key": b64encode(key),
        "value": b64encode(value),
        "headers": [[name, b64encode(v)] for name, v in (headers or [])],
    }


def run(handlers):
    """Dispatches the stdin command to handlers[op] and prints its result as JSON."""
    try:
        command = json.load(sys.stdin)
        handler = handlers.get(command.get("op"))
        if handler is None:
            raise ValueError("unknown op %r; expected one of %s" % (command.get("op"), sorted(handlers)))
        result = handler(command)
    except Exception as err:  # the caller wants every failure as JSON, not a traceback
        print(json.dumps({"ok": False, "error": "%s: %s" % (type(err).__name__, err),
                          "trace": traceback.format_exc()}))
        sys.exit(1)
    print(json.dumps({"ok": True, "result": result}))
