"""Charts as plain SVG drawn by the templates (bot/dashboard/templates/dashboard/charts.html):
only shapes and text with their sizes as attributes, no script and no inline style, so the
inbox's Content-Security-Policy stays strict and the page works without JavaScript. This
module computes the geometry; every chart has a table with the same numbers next to it."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from bot.analytics.figures import Week
from bot.analytics.topics import TOPICS

GREEN = "#00811f"
# Okabe-Ito colours (readable with colour blindness), one per topic, in TOPICS order.
TOPIC_COLOURS = dict(zip(TOPICS, ("#0072B2", "#56B4E9", "#CC79A7", "#009E73", "#E69F00", "#F0E442", "#BBBBBB",
                                  "#D55E00", "#666666")))
LABEL_CHARACTERS = 34


def short(label: str, length: int = LABEL_CHARACTERS) -> str:
    return label if len(label) <= length else label[:length - 1].rstrip() + "…"


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    value: int
    y: float
    length: float


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one row per label."""
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int


def bar_chart(title: str, rows: Sequence[tuple[str, int]], width: int = 640, label_width: int = 250,
              row: int = 26) -> Optional[BarChart]:
    """None when there is nothing to draw."""
    largest = max((value for _, value in rows), default=0)
    if largest <= 0:
        return None
    room = width - label_width - 50  # space for the number after the bar
    bars = tuple(Bar(str(label), short(str(label)), value, index * row + 4, round(room * value / largest, 1))
                 for index, (label, value) in enumerate(rows))
    return BarChart(title, bars, width, len(bars) * row + 8, label_width, row - 8)


@dataclass(frozen=True)
class Segment:
    topic: str
    label: str
    colour: str
    value: int
    y: float
    height: float


@dataclass(frozen=True)
class Column:
    week: str
    label: str  # shown under the column ("" when there is no room)
    x: float
    width: float
    total: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str
    x: float
    y: float


@dataclass(frozen=True)
class WeekChart:
    """Messages per ISO week, stacked by topic."""
    title: str
    columns: tuple[Column, ...]
    legend: tuple[LegendItem, ...]
    gridlines: tuple[tuple[int, float], ...]  # (value, y)
    width: int
    height: int
    left: int
    top: int
    bottom: int  # y of the x axis


def _step(largest: int) -> int:
    """A round step for about four gridlines."""
    raw = max(1, largest / 4)
    power = 10 ** math.floor(math.log10(raw))
    return next(power * f for f in (1, 2, 5, 10) if power * f >= raw)


def week_chart(title: str, weeks: Sequence[Week], width: int = 720, plot_height: int = 220) -> Optional[WeekChart]:
    largest = max((week.total for week in weeks), default=0)
    if largest <= 0:
        return None
    left, top = 44, 10
    bottom = top + plot_height
    step = _step(largest)
    ceiling = step * math.ceil(largest / step)
    scale = plot_height / ceiling
    slot = (width - left - 10) / len(weeks)
    every = math.ceil(len(weeks) / 13)  # at most 13 labels under the axis
    columns = []
    for index, week in enumerate(weeks):
        y = float(bottom)
        segments = []
        for topic, value in week.topics.items():
            if value:
                height = round(value * scale, 2)
                y = round(y - height, 2)
                segments.append(Segment(topic, TOPICS[topic], TOPIC_COLOURS[topic], value, y, height))
        label = f"wk {int(week.week.split('-W')[1])}" if index % every == 0 else ""
        columns.append(Column(week.week, label, round(left + index * slot + slot * 0.15, 2), round(slot * 0.7, 2),
                              week.total, tuple(segments)))
    gridlines = tuple((value, round(bottom - value * scale, 2)) for value in range(0, ceiling + 1, step))
    legend_top = bottom + 34
    legend = tuple(LegendItem(label, TOPIC_COLOURS[topic], left + (index % 3) * 225, legend_top + (index // 3) * 20)
                   for index, (topic, label) in enumerate(TOPICS.items()))
    height = legend_top + math.ceil(len(TOPICS) / 3) * 20 + 4
    return WeekChart(title, tuple(columns), legend, gridlines, width, height, left, top, bottom)
