"""`python -m bot.action_server`: Rasa SDK's action server (same arguments as
`python -m rasa_sdk`) with Helder's readiness route: /health is the SDK's own
(alive), /ready answers 200 when the actions are loaded and Helder's database
answers, 503 otherwise."""
from __future__ import annotations

import asyncio
import sys


def _with_readiness(create_app):
    def create(*args, **kwargs):
        from sanic import response

        from bot.db import get_database
        from bot.observability.shared import database_reachable, readiness
        from bot.settings import get_settings

        app = create_app(*args, **kwargs)

        @app.get("/ready")
        async def ready(request):
            database = await asyncio.to_thread(database_reachable, get_database(get_settings().app_database_url))
            status, answer = readiness({"actions": True, "database": database})
            return response.json(answer, status=status)

        return app
    return create


def main() -> None:
    from rasa_sdk import __main__ as sdk_main
    from rasa_sdk import endpoint

    endpoint.create_app = _with_readiness(endpoint.create_app)
    sys.argv[0] = "rasa_sdk"
    sdk_main.main()


if __name__ == "__main__":
    main()
