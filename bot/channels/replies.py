"""What the WhatsApp and Telegram channels say themselves, and how replies are shaped.

Rasa never sees voice notes, photos, files, locations, stickers or contacts: the
channel answers them with a short, kind text (plain Dutch, B1). The only phone
number used is the city's, from data/content/facts.yml. Empty and very long text
messages do go to Rasa, whose triage gives them their own answers.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

from bot.matching.text import fold

# Kinds of input that are not text, and the answer each gets.
VOICE, IMAGE, VIDEO, STICKER, DOCUMENT, LOCATION, CONTACT, OTHER = (
    "voice", "image", "video", "sticker", "document", "location", "contact", "other",
)

ANSWERS = {
    VOICE: "Ik kan nog geen spraakberichten beluisteren. Typ je vraag, of bel 14 010.",
    IMAGE: "Ik kan nog geen foto's bekijken. Typ je vraag in woorden, of bel 14 010.",
    VIDEO: "Ik kan nog geen video's bekijken. Typ je vraag in woorden, of bel 14 010.",
    STICKER: "Leuke sticker! Ik kan alleen tekst lezen. Typ je vraag in woorden.",
    DOCUMENT: (
        "Ik kan nog geen bestanden openen. Stuur me geen papieren met je gegevens. "
        "Typ je vraag in woorden, of bel 14 010."
    ),
    LOCATION: "Ik heb je locatie niet nodig. Ik gebruik hem ook niet. Typ je vraag in woorden.",
    CONTACT: "Ik kan geen contacten gebruiken. Typ je vraag in woorden, of bel 14 010.",
    OTHER: "Ik kan alleen tekst lezen. Typ je vraag in woorden, of bel 14 010.",
}

# Longer than any question (triage answers more than 1,000 characters itself); what
# is beyond this is not passed on, so a pasted document does not end up in the tracker.
MAX_INBOUND_CHARACTERS = 4096


def clip(text: str) -> str:
    return text[:MAX_INBOUND_CHARACTERS]


def numbered(text: str, buttons: Iterable[dict[str, Any]], start: int = 1) -> str:
    """The text with the options as numbered lines; the resident types the number. A turn's
    options are numbered on across its messages (`start`), as triage counts them."""
    lines = [f"{number}. {button.get('title', '')}" for number, button in enumerate(buttons, start=start)]
    if not lines:
        return text
    return f"{text.rstrip()}\n\n" + "\n".join(lines) if text.strip() else "\n".join(lines)


# What a resident types to pick option 2: "2", "2.", "nr 2", "optie 2", "option 2".
OPTION_NUMBER = re.compile(r"^\s*(?:nr\.?|nummer|optie|keuze|number|option)?\s*(\d{1,2})\s*[.)]?\s*$", re.I)


def chosen_option(text: str, titles: list[str]) -> Optional[int]:
    """The 0-based index of the option picked by its number or its title, or None."""
    number = OPTION_NUMBER.match(text)
    if number:
        index = int(number.group(1)) - 1
        return index if 0 <= index < len(titles) else None
    wanted = fold(text)
    return next((i for i, title in enumerate(titles) if wanted and fold(title) == wanted), None)


def _hard_split(text: str, limit: int) -> list[str]:
    """Splits one too-long paragraph: on lines, then sentences, then words, then characters."""
    for pattern in (r"(?<=\n)", r"(?<=[.!?])\s+", r"\s+"):
        pieces = [p for p in re.split(pattern, text) if p]
        if len(pieces) > 1:
            return _pack(pieces, limit, "" if pattern == r"(?<=\n)" else " ")
    return [text[i:i + limit] for i in range(0, len(text), limit)]


def _pack(pieces: list[str], limit: int, joiner: str) -> list[str]:
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if len(piece) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.extend(_hard_split(piece, limit))
            continue
        candidate = f"{current}{joiner}{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def split_message(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` characters, cut between paragraphs where possible, in order."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    return _pack(text.split("\n\n"), limit, "\n\n")


def collector(channel: str):
    """An output channel that keeps each bot message whole (Rasa's own collector cuts
    texts at every blank line); the channel shapes and splits them itself."""
    from rasa.core.channels.channel import CollectingOutputChannel

    class ReplyCollector(CollectingOutputChannel):
        @classmethod
        def name(cls) -> str:
            return channel

        async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
            await self._persist_message(self._message(recipient_id, text=text))

    return ReplyCollector()
