"""Spooled events of one sender, cut into turns: a resident message and what Helder
did until it listened again.

Rasa publishes a turn's events together when it stores the turn, ending with
`action_listen`; the broker may still write them in two batches, so a turn counts
as complete only when its `action_listen` (or the next message) is in the spool.
An incomplete turn waits, unless it is older than STALE_SECONDS (Rasa stopped
half-way): then it is logged as it is. Events before the first message of a batch
(a new session, carried-over slots, bot messages not answering a message, e.g.
ones sent by staff) only change the conversation's state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from bot.analytics.answers import TurnEvents
from bot.analytics.spool import ACTION, BOT, RESTART, SESSION_STARTED, SLOT, USER, SpooledEvent

STALE_SECONDS = 120.0


@dataclass
class Turn:
    user: SpooledEvent
    events: list[SpooledEvent] = field(default_factory=list)
    complete: bool = False

    @property
    def ids(self) -> list[int]:
        return [self.user.id] + [event.id for event in self.events]

    def summary(self) -> TurnEvents:
        summary = TurnEvents(intent=self.user.data.get("intent"))
        for event in self.events:
            if event.type == ACTION:
                summary.actions.append(event.data.get("name") or "")
            elif event.type == BOT:
                summary.responses.append(event.data.get("utter_action"))
            elif event.type == SLOT:
                name, value = event.data.get("name"), event.data.get("value")
                if value is not None or name not in summary.slots:  # an action resetting it keeps what was set
                    summary.slots[name] = value
        return summary

    def slot_values(self, name: str) -> list[Any]:
        return [e.data.get("value") for e in self.events if e.type == SLOT and e.data.get("name") == name]


@dataclass
class Preamble:
    """Events before a message: a new conversation starts (`new_conversation` holds the
    time), or slots change."""
    events: list[SpooledEvent] = field(default_factory=list)

    @property
    def new_conversation(self) -> Optional[float]:
        starts = [e.timestamp for e in self.events if e.type in (SESSION_STARTED, RESTART)]
        return starts[-1] if starts else None

    def slot_values(self, name: str) -> list[Any]:
        return [e.data.get("value") for e in self.events if e.type == SLOT and e.data.get("name") == name]


def cut(events: Iterable[SpooledEvent], now: float) -> list[Preamble | Turn]:
    """One sender's events (in spool order) as preambles and turns, in order."""
    parts: list[Preamble | Turn] = []
    current: Preamble | Turn = Preamble()
    for event in events:
        if event.type == USER:
            parts.append(current)
            current = Turn(event)
        elif event.type in (SESSION_STARTED, RESTART) and isinstance(current, Turn):
            current.complete = True
            parts.append(current)
            current = Preamble([event])
        else:
            current.events.append(event)
            if isinstance(current, Turn) and event.is_action("action_listen"):
                current.complete = True
                parts.append(current)
                current = Preamble()
    parts.append(current)
    for number, part in enumerate(parts[:-1]):
        if isinstance(part, Turn):
            part.complete = True  # a later message follows it
    last = parts[-1]
    if isinstance(last, Turn) and not last.complete and now - last.user.spooled > STALE_SECONDS:
        last.complete = True
    return [part for part in parts if isinstance(part, Turn) or part.events]
