"""Who sees a resident's message while a handoff is open: the staff inbox, not Rasa.

The WhatsApp and Telegram channels (bot/channels/base.py) and the REST channel call
`HandoffRouter.intercept` before they ask Rasa. Without an open handoff it returns None
and the message goes to Rasa as usual. With one:
- "stop" / "terug naar de bot" / "back to the bot" leaves the queue, with a short
  confirmation; Rasa's conversation goes on where it was;
- a question the router asked itself is answered here: outside the help point's hours
  the choice between leaving a question and a call back, the consent to be called on
  the WhatsApp number, and the call-back number. So a phone number typed for a call back
  never reaches Rasa's tracker store, the logs or the question log; it is stored only
  encrypted (secrets.py), and not at all when it is not a valid number;
- any other message is added to the handoff for staff; Helder stays silent, except for
  one "I passed it on" for the first message while the resident waits (not after a
  call back was confirmed: that confirmation already said so);
- a voice note, photo, file and the like (`intercept_media`) cannot reach staff: they
  see that one came, and the resident is asked to type the message.
Nothing here is logged: it handles residents' words and numbers.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from bot.channels.replies import chosen_option
from bot.handoff import texts
from bot.handoff.hours import describe, hours_file
from bot.handoff.queue import WAITING, Handoff, HandoffService
from bot.handoff.secrets import NumberVault
from bot.matching.text import fold

LEAVE_WORDS = {"stop", "stoppen", "terug naar de bot", "terug naar bot", "terug naar helder",
               "back to the bot", "back to bot", "cancel"}
_PHONE = re.compile(r"^\+?\d{8,15}$")
CHOOSE, CONSENT, NUMBER = "choose", "callback_consent", "callback_number"
_YES = {"ja", "yes", "ja graag", "yes please", "oke", "ok", "goed"}
_NO = {"nee", "no", "ander nummer", "another number", "nee een ander nummer"}

_services: dict[str, HandoffService] = {}

# What staff see when the resident sent something other than text (bot/channels/replies.py kinds).
MEDIA_NOTES = {
    "voice": "[Spraakbericht: Helder kan het niet doorsturen. De inwoner is gevraagd te typen.]",
    "image": "[Foto: Helder kan hem niet doorsturen. De inwoner is gevraagd te typen.]",
    "video": "[Video: Helder kan hem niet doorsturen. De inwoner is gevraagd te typen.]",
    "sticker": "[Sticker]",
    "document": "[Bestand: Helder kan het niet doorsturen. De inwoner is gevraagd te typen.]",
    "location": "[Locatie: niet doorgestuurd.]",
    "contact": "[Contactkaart: niet doorgestuurd.]",
}
OTHER_MEDIA_NOTE = "[Een bericht dat geen tekst is: niet doorgestuurd.]"


def current_settings():
    from bot.settings import get_settings

    return get_settings()


def handoff_service(settings) -> HandoffService:
    """One HandoffService per database, per process."""
    from bot.db import get_database

    url = settings.app_database_url
    if url not in _services:
        _services[url] = HandoffService(get_database(url))
    return _services[url]


def outside_hours_options(settings) -> list[str]:
    """What a resident may choose outside the hours; a call back only with the encryption key."""
    return ["question", "callback", "stop"] if settings.inbox_encryption_key else ["question", "stop"]


def choice_step(options: list[str]) -> str:
    return f"{CHOOSE}:{','.join(options)}"


def choice_response(options: list[str]) -> str:
    return "utter_handoff_outside_hours_choice" if "callback" in options else "utter_handoff_outside_hours_choice_no_callback"


def is_leave(text: str) -> bool:
    return fold(text) in LEAVE_WORDS


def phone_number(text: str) -> Optional[str]:
    """A valid phone number (E.164, Dutch numbers without +31 too), or None."""
    import phonenumbers

    compact = re.sub(r"[\s().-]", "", text or "")
    if not _PHONE.match(compact):
        return None
    try:
        number = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class HandoffRouter:
    def __init__(self, service: HandoffService, settings: Any) -> None:
        self.service = service
        self.settings = settings
        self.vault = NumberVault(settings.inbox_encryption_key)

    @classmethod
    def from_settings(cls, settings: Any) -> "HandoffRouter":
        return cls(handoff_service(settings), settings)

    async def intercept(self, channel: str, sender: str, text: str,
                        address: Optional[str] = None) -> Optional[list[dict[str, Any]]]:
        """None: Rasa answers. Otherwise the handoff took the message; these are the replies
        (Rasa's message format, often none at all)."""
        handoff = await self.service.open_for(sender)
        if handoff is None:
            return None
        if is_leave(text):
            await self.service.leave(handoff.id)
            return [texts.response("utter_handoff_left", handoff.language)]
        step = (handoff.step or "").split(":")[0]
        if step == CHOOSE:
            return await self._choose(handoff, text, address)
        if step == CONSENT:
            return await self._consent(handoff, text, address)
        if step == NUMBER:
            return await self._number(handoff, text)
        return await self._pass_on(handoff, text)

    async def intercept_media(self, sender: str, kind: str) -> Optional[list[dict[str, Any]]]:
        """None without an open handoff (the channel answers as usual). Otherwise staff see
        that something came that Helder cannot pass on, and the resident is asked to type."""
        handoff = await self.service.open_for(sender)
        if handoff is None:
            return None
        await self.service.add_resident_message(handoff.id, MEDIA_NOTES.get(kind, OTHER_MEDIA_NOTE))
        return await self._say(handoff, "utter_handoff_media")

    async def _say(self, handoff: Handoff, name: str, **values: Any) -> list[dict[str, Any]]:
        """A reply from Helder during the handoff; staff see it in the chat too."""
        message = texts.response(name, handoff.language, **values)
        await self.service.add_system_message(handoff.id, message["text"])
        return [message]

    async def _pass_on(self, handoff: Handoff, text: str) -> list[dict[str, Any]]:
        await self.service.add_resident_message(handoff.id, text)
        if handoff.status != WAITING or handoff.request_kind == "callback":
            return []  # a colleague is in the chat, or the call back was just confirmed: Helder keeps quiet
        live = [m for m in await self.service.messages(handoff.id) if m.author == "resident" and not m.before_handoff]
        return await self._say(handoff, "utter_handoff_received") if len(live) == 1 else []

    def _opening(self, handoff: Handoff) -> str:
        hours = hours_file(self.settings.help_point_file).load()
        return describe(hours.next_opening(self.service.clock()), handoff.language)

    async def _choose(self, handoff: Handoff, text: str, address: Optional[str]) -> list[dict[str, Any]]:
        options = handoff.step.split(":", 1)[1].split(",")
        chosen = chosen_option(text, texts.button_titles(choice_response(options), handoff.language))
        if chosen is None:  # the resident just wrote the question: that is leaving a question
            await self.service.set_step(handoff.id, None, "question")
            return await self._pass_on(handoff, text)
        option = options[chosen]
        if option == "stop":
            await self.service.leave(handoff.id)
            return [texts.response("utter_handoff_left", handoff.language)]
        if option == "question":
            await self.service.set_step(handoff.id, None, "question")
            return await self._say(handoff, "utter_handoff_question_prompt")
        if handoff.channel == "whatsapp" and address:
            await self.service.set_step(handoff.id, CONSENT)
            return await self._say(handoff, "utter_handoff_callback_consent")
        await self.service.set_step(handoff.id, NUMBER)
        return await self._say(handoff, "utter_handoff_ask_number")

    async def _consent(self, handoff: Handoff, text: str, address: Optional[str]) -> list[dict[str, Any]]:
        chosen = chosen_option(text, texts.button_titles("utter_handoff_callback_consent", handoff.language))
        if chosen == 0 or fold(text) in _YES:
            number = phone_number((address or "").removeprefix("whatsapp:"))
            if number:
                return await self._plan_callback(handoff, number)
        if chosen in (0, 1) or fold(text) in _NO:
            await self.service.set_step(handoff.id, NUMBER)
            return await self._say(handoff, "utter_handoff_ask_number")
        return await self._say(handoff, "utter_handoff_callback_consent")

    async def _number(self, handoff: Handoff, text: str) -> list[dict[str, Any]]:
        number = phone_number(text)
        if number is None:  # not kept: it may be a mistyped number
            return await self._say(handoff, "utter_handoff_bad_number")
        return await self._plan_callback(handoff, number)

    async def _plan_callback(self, handoff: Handoff, number: str) -> list[dict[str, Any]]:
        await self.service.set_callback_number(handoff.id, self.vault.seal(number))
        return await self._say(handoff, "utter_handoff_callback_planned", opening=self._opening(handoff))
