"""The two database set-ups a Helder of its own can run on in the end-to-end tests:
"sqlite" (the embedded profile: files in its folder, locks in memory) and "postgresql"
(as in production: the tracker store and Helder's database on PostgreSQL, the
conversation locks in Redis)."""
from __future__ import annotations

import uuid
from typing import Any

BACKENDS = ("sqlite", "postgresql")


def backend_settings(request: Any, backend: str) -> dict[str, Any]:
    """The changes to isolated_settings() for `backend`. PostgreSQL and Redis are the test
    run's own servers (fixtures postgres_server and redis_server in tests/conftest.py),
    started only when a test asks for them; each Helder gets new databases on them."""
    if backend == "sqlite":
        return {}
    postgres = request.getfixturevalue("postgres_server")
    redis = request.getfixturevalue("redis_server")
    name = f"e2e_{uuid.uuid4().hex[:12]}"
    return {"database_url": postgres.create_database(f"{name}_tracker"),
            "app_database_url": postgres.create_database(f"{name}_app"),
            "redis_url": redis.url}
