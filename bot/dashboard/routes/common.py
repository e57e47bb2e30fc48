"""What the dashboard's pages share: the role, reading the filters, the filter form's context."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from bot.analytics.labels import CHANNELS, LANGUAGES
from bot.dashboard import filters
from bot.inbox.auth import require_role

programme_only = require_role("programme")


def filter_context(request: Request) -> dict[str, Any]:
    """The page's filters, or the message why they cannot be used (then `filters` is None)."""
    try:
        chosen = filters.read_filters(request.query_params)
    except filters.FilterError as error:
        return {"filters": None, "error": str(error), "form": filters.form_of(request.query_params),
                "quick": [], "channel_names": CHANNELS, "language_names": LANGUAGES}
    return {"filters": chosen, "error": None, "form": chosen.form, "query": chosen.query,
            "period": filters.describe(chosen.selection), "quick": filters.month_links(chosen.selection),
            "channel_names": CHANNELS, "language_names": LANGUAGES, "dutch_date": filters.dutch_date}
