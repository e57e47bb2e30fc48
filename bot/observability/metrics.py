"""Prometheus metrics in the text exposition format (version 0.0.4), written here:
counters, gauges and histograms with labels are all Helder needs, and the
`prometheus_client` package is not among the pinned dependencies.

Each process keeps its own figures (`REGISTRY`); `/metrics` renders them, plus the
shared figures that are read from Helder's database at scrape time (shared.py).
Labels never hold personal data: only channel names and the like.
"""
from __future__ import annotations

import math
import threading
from typing import Callable, Iterable, Optional, Sequence

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Reply latency buckets, in seconds: the target is p95 <= 0.3 s, and 1 s is the knee.
LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0, 30.0)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(names: Sequence[str], values: Sequence[str], extra: str = "") -> str:
    parts = [f'{name}="{_escape(str(value))}"' for name, value in zip(names, values)]
    if extra:
        parts.append(extra)
    return "{" + ",".join(parts) + "}" if parts else ""


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


class Metric:
    kind = "untyped"

    def __init__(self, name: str, documentation: str, labels: Sequence[str] = ()) -> None:
        self.name = name
        self.documentation = documentation
        self.label_names = tuple(labels)
        self._lock = threading.Lock()

    def header(self) -> list[str]:
        return [f"# HELP {self.name} {self.documentation}", f"# TYPE {self.name} {self.kind}"]

    def lines(self) -> list[str]:
        raise NotImplementedError


class Counter(Metric):
    kind = "counter"

    def __init__(self, name: str, documentation: str, labels: Sequence[str] = ()) -> None:
        super().__init__(name, documentation, labels)
        self._values: dict[tuple[str, ...], float] = {} if labels else {(): 0.0}

    def inc(self, *label_values: str, amount: float = 1.0) -> None:
        with self._lock:
            key = tuple(label_values)
            self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, *label_values: str) -> float:
        with self._lock:
            return self._values.get(tuple(label_values), 0.0)

    def lines(self) -> list[str]:
        with self._lock:
            items = sorted(self._values.items())
        return [f"{self.name}{_labels(self.label_names, key)} {_number(value)}" for key, value in items]


class Gauge(Metric):
    """A value read when scraped (`read` returns {label values: value})."""
    kind = "gauge"

    def __init__(self, name: str, documentation: str, labels: Sequence[str] = (),
                 read: Optional[Callable[[], dict[tuple[str, ...], float]]] = None) -> None:
        super().__init__(name, documentation, labels)
        self.read = read
        self._values: dict[tuple[str, ...], float] = {}

    def set(self, value: float, *label_values: str) -> None:
        with self._lock:
            self._values[tuple(label_values)] = value

    def lines(self) -> list[str]:
        values = self.read() if self.read else dict(self._values)
        return [f"{self.name}{_labels(self.label_names, key)} {_number(value)}" for key, value in sorted(values.items())]


class Histogram(Metric):
    kind = "histogram"

    def __init__(self, name: str, documentation: str, labels: Sequence[str] = (),
                 buckets: Iterable[float] = LATENCY_BUCKETS) -> None:
        super().__init__(name, documentation, labels)
        self.buckets = tuple(sorted(buckets))
        self._series: dict[tuple[str, ...], list] = {}  # key -> [bucket counts..., sum, count]

    def observe(self, value: float, *label_values: str) -> None:
        with self._lock:
            series = self._series.setdefault(tuple(label_values), [0] * len(self.buckets) + [0.0, 0])
            for index, bound in enumerate(self.buckets):
                if value <= bound:
                    series[index] += 1
            series[-2] += value
            series[-1] += 1

    def count(self, *label_values: str) -> int:
        with self._lock:
            series = self._series.get(tuple(label_values))
            return series[-1] if series else 0

    def lines(self) -> list[str]:
        with self._lock:
            items = sorted((key, list(series)) for key, series in self._series.items())
        lines = []
        for key, series in items:
            for bound, count in [*zip(self.buckets, series), (math.inf, series[-1])]:
                le = 'le="' + _number(bound) + '"'
                lines.append(f"{self.name}_bucket{_labels(self.label_names, key, le)} {count}")
            lines.append(f"{self.name}_sum{_labels(self.label_names, key)} {_number(series[-2])}")
            lines.append(f"{self.name}_count{_labels(self.label_names, key)} {series[-1]}")
        return lines


class Registry:
    def __init__(self) -> None:
        self._metrics: dict[str, Metric] = {}

    def add(self, metric: Metric) -> Metric:
        self._metrics.setdefault(metric.name, metric)
        return self._metrics[metric.name]

    def render(self, extra: Iterable[Metric] = ()) -> str:
        lines: list[str] = []
        for metric in [*self._metrics.values(), *extra]:
            try:
                body = metric.lines()
            except Exception:  # a gauge whose source is down (e.g. the database) is left out
                continue
            lines += metric.header() + body
        return "\n".join(lines) + "\n"


REGISTRY = Registry()

# The figures of one Rasa server (its channels and its event broker).
MESSAGES_RECEIVED = REGISTRY.add(Counter(
    "helder_messages_received_total", "Resident messages received (first deliveries), per channel.", ["channel"]))
REPLY_SECONDS = REGISTRY.add(Histogram(
    "helder_reply_seconds", "Seconds from receiving a resident's message to its replies being handed to the "
    "channel's API (WhatsApp, Telegram) or returned (REST).", ["channel"]))
FALLBACKS = REGISTRY.add(Counter(
    "helder_fallbacks_total", "Resident messages Helder did not understand (intent nlu_fallback)."))
APOLOGIES = REGISTRY.add(Counter(
    "helder_apologies_total", "Messages answered with the technical-problem apology (Rasa gave no answer), "
    "per channel.", ["channel"]))
RECOVERED = REGISTRY.add(Counter(
    "helder_messages_recovered_total", "Received messages this process handled again after a failure "
    "(a server that died, the database away), per channel.", ["channel"]))
