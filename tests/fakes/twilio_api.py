"""A fake Twilio REST API: POST /2010-04-01/Accounts/{AccountSid}/Messages.json.

Answers like Twilio (201 with a Message resource, or an error object), checks
HTTP Basic auth with the account SID and auth token, and records every request.
"""
from __future__ import annotations

import base64
import itertools
import re
from typing import Any

from fakes.server import FakeServer, Received, Reply

MESSAGES = re.compile(r"^/2010-04-01/Accounts/(?P<sid>AC\w+)/Messages\.json$")
ERRORS = {
    429: (20429, "Too Many Requests"),
    500: (20500, "Internal Server Error"),
    503: (20503, "Service Unavailable"),
    400: (21211, "The 'To' number is not a valid phone number."),
}


class FakeTwilio(FakeServer):
    def __init__(self, account_sid: str, auth_token: str) -> None:
        super().__init__()
        self.account_sid = account_sid
        self.auth_token = auth_token
        self._ids = itertools.count(1)

    def messages(self) -> list[dict[str, Any]]:
        """Form parameters of every message Twilio accepted, in order."""
        return [r.params for r in self.received(lambda r: r.answered == 201)]

    def _authorised(self, received: Received) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return received.headers.get("Authorization") == f"Basic {expected}"

    def failure(self, status: int, received: Received) -> Reply:
        code, message = ERRORS.get(status, (20500, "Error"))
        return Reply(status, {"code": code, "message": message,
                              "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status})

    def respond(self, received: Received) -> Reply:
        match = MESSAGES.match(received.path)
        if received.method != "POST" or not match:
            return Reply(404, {"code": 20404, "message": "The requested resource was not found", "status": 404})
        if match["sid"] != self.account_sid or not self._authorised(received):
            return Reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
        params = received.params
        if "To" not in params or not (params.get("Body") or params.get("ContentSid") or params.get("MediaUrl")):
            return self.failure(400, received)
        sid = f"SM{next(self._ids):032x}"
        return Reply(201, {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": params.get("Body", ""),
            "date_created": "Mon, 23 Nov 2026 01:00:00 +0000", "date_sent": None, "date_updated": None,
            "direction": "outbound-api", "error_code": None, "error_message": None,
            "from": params.get("From"), "messaging_service_sid": None, "num_media": "0", "num_segments": "1",
            "price": None, "price_unit": "USD", "sid": sid, "status": "queued", "subresource_uris": {},
            "to": params["To"], "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        })
