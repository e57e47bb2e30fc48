"""bot/observability: the Prometheus text format and the JSON log lines."""
from __future__ import annotations

import json
import logging

from bot.observability.logs import JsonFormatter
from bot.observability.metrics import Counter, Gauge, Histogram, Registry


def test_the_text_format_of_counters_gauges_and_histograms() -> None:
    registry = Registry()
    received = registry.add(Counter("helder_messages_received_total", "Messages.", ["channel"]))
    latency = registry.add(Histogram("helder_reply_seconds", "Latency.", ["channel"], buckets=(0.1, 1.0)))
    registry.add(Gauge("helder_outbox_size", "Outbox.", ["channel"], read=lambda: {("whatsapp",): 3}))
    received.inc("whatsapp")
    received.inc("whatsapp")
    received.inc("te\"legram")
    latency.observe(0.05, "whatsapp")
    latency.observe(0.5, "whatsapp")
    assert registry.render().splitlines() == [
        "# HELP helder_messages_received_total Messages.",
        "# TYPE helder_messages_received_total counter",
        'helder_messages_received_total{channel="te\\"legram"} 1',
        'helder_messages_received_total{channel="whatsapp"} 2',
        "# HELP helder_reply_seconds Latency.",
        "# TYPE helder_reply_seconds histogram",
        'helder_reply_seconds_bucket{channel="whatsapp",le="0.1"} 1',
        'helder_reply_seconds_bucket{channel="whatsapp",le="1"} 2',
        'helder_reply_seconds_bucket{channel="whatsapp",le="+Inf"} 2',
        'helder_reply_seconds_sum{channel="whatsapp"} 0.55',
        'helder_reply_seconds_count{channel="whatsapp"} 2',
        "# HELP helder_outbox_size Outbox.",
        "# TYPE helder_outbox_size gauge",
        'helder_outbox_size{channel="whatsapp"} 3',
    ]


def test_a_gauge_whose_source_is_down_is_left_out() -> None:
    def broken():
        raise ConnectionError("database away")

    registry = Registry()
    registry.add(Counter("a_total", "A."))
    assert registry.render([Gauge("b", "B.", read=broken)]) == "# HELP a_total A.\n# TYPE a_total counter\na_total 0\n"


def test_json_log_lines_hold_the_message_and_only_the_exception_type() -> None:
    formatter = JsonFormatter(process_name="rasa-1")
    try:
        raise ValueError("the resident wrote: mijn BSN is 123456789")
    except ValueError:
        import sys

        record = logging.LogRecord("bot.channels", logging.ERROR, __file__, 1, "a message could not be handled (%s)",
                                   ("ValueError",), sys.exc_info())
    line = json.loads(formatter.format(record))
    assert set(line) == {"time", "level", "logger", "process", "pid", "message", "exception"}
    assert (line["level"], line["logger"], line["process"], line["exception"]) == (
        "ERROR", "bot.channels", "rasa-1", "ValueError")
    assert line["message"] == "a message could not be handled (ValueError)"
    assert "123456789" not in formatter.format(record)
