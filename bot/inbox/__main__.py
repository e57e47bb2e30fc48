"""`python -m bot.inbox`: serves the staff inbox with uvicorn (what `helder run` starts)."""
from __future__ import annotations


def main() -> None:
    import uvicorn

    from bot.inbox.app import create_app
    from bot.settings import get_settings

    settings = get_settings()
    from bot.observability.logs import configure

    configure(settings.log_level, settings.log_format)
    # No access log: it would only repeat the live-update polls. URLs hold no resident text.
    uvicorn.run(create_app(settings), host=settings.host, port=settings.inbox_port, log_level="warning",
                access_log=False, proxy_headers=True, timeout_graceful_shutdown=3,
                ws="none")  # no websockets needed; Rasa pins an older websockets than uvicorn's auto mode wants


if __name__ == "__main__":
    main()
