"""A fake Telegram Bot API: /bot<token>/<method> for getMe, sendMessage,
answerCallbackQuery and setWebhook, with Telegram's {"ok": ...} answers."""
from __future__ import annotations

import itertools
import json
import re
import time
from typing import Any

from fakes.server import FakeServer, Received, Reply

METHOD = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>\w+)$")


class FakeTelegram(FakeServer):
    def __init__(self, token: str, retry_after: int = 1) -> None:
        super().__init__()
        self.token = token
        self.retry_after = retry_after
        self._ids = itertools.count(1000)
        self.webhook: dict[str, Any] = {}

    def calls(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every successful call of `method`, in order (reply_markup decoded)."""
        found = self.received(lambda r: r.path.endswith(f"/{method}") and r.answered == 200)
        return [_decoded(r.params) for r in found]

    def failure(self, status: int, received: Received) -> Reply:
        if status == 429:
            return Reply(429, {"ok": False, "error_code": 429,
                               "description": f"Too Many Requests: retry after {self.retry_after}",
                               "parameters": {"retry_after": self.retry_after}})
        return Reply(status, {"ok": False, "error_code": status, "description": "Internal Server Error"})

    def respond(self, received: Received) -> Reply:
        match = METHOD.match(received.path)
        if not match or match["token"] != self.token:
            return Reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        params = _decoded(received.params)
        method = match["method"]
        if method == "getMe":
            return _ok({"id": 7000001, "is_bot": True, "first_name": "Helder", "username": "helder_test_bot",
                        "can_join_groups": False, "can_read_all_group_messages": False,
                        "supports_inline_queries": False})
        if method == "sendMessage":
            if "chat_id" not in params or not params.get("text"):
                return Reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"})
            chat_id = int(params["chat_id"])
            result = {"message_id": next(self._ids), "date": int(time.time()),
                      "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                      "from": {"id": 7000001, "is_bot": True, "first_name": "Helder"}, "text": params["text"]}
            if "reply_markup" in params:
                result["reply_markup"] = params["reply_markup"]
            return _ok(result)
        if method == "answerCallbackQuery":
            return _ok(True)
        if method == "setWebhook":
            self.webhook = params
            return _ok(True, "Webhook was set")
        return Reply(404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})


def _ok(result: Any, description: str | None = None) -> Reply:
    body = {"ok": True, "result": result}
    if description:
        body["description"] = description
    return Reply(200, body)


def _decoded(params: dict[str, Any]) -> dict[str, Any]:
    """Telegram clients send objects (reply_markup, allowed_updates) as JSON strings in form data."""
    decoded = dict(params)
    for key in ("reply_markup", "allowed_updates"):
        if isinstance(decoded.get(key), str):
            decoded[key] = json.loads(decoded[key])
    return decoded
