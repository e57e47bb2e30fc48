"""bot/locks.py: Rasa's conversation locks in Redis, shared by servers; in memory without
Redis; a warning and per-server locks while Redis is unreachable, Redis again when back."""
from __future__ import annotations

import logging

import pytest

from bot import locks
from bot.locks import HelderLockStore
from bot.processes import free_port
from bot.services.redis import LocalRedis


@pytest.fixture
def redis_server(tmp_path):
    server = LocalRedis(tmp_path / "redis", free_port()).start()
    yield server
    server.stop()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_without_redis_the_locks_are_in_memory() -> None:
    store = HelderLockStore(redis_url=None)
    ticket = store.issue_ticket("conversation-1")
    assert store.get_lock("conversation-1").is_locked(ticket) is False
    assert store.memory.get_lock("conversation-1") is not None
    assert store.redis_reachable() is None


def test_two_servers_share_one_lock_in_redis(redis_server) -> None:
    first, second = HelderLockStore(redis_url=redis_server.url), HelderLockStore(redis_url=redis_server.url)
    serving = first.issue_ticket("conversation-1")
    waiting = second.issue_ticket("conversation-1")
    assert (serving, waiting) == (0, 1)
    assert second.get_lock("conversation-1").is_locked(waiting) is True  # the other server's ticket comes first
    first.cleanup("conversation-1", serving)
    assert second.get_lock("conversation-1").is_locked(waiting) is False
    assert first.memory.get_lock("conversation-1") is None and first.redis_reachable() is True


def test_redis_unreachable_falls_back_with_one_warning_and_comes_back(redis_server, caplog) -> None:
    clock = Clock()
    store = HelderLockStore(redis_url=redis_server.url, clock=clock)
    redis_server_port = redis_server.port
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="bot.locks"):
        tickets = [store.issue_ticket(f"conversation-{n}") for n in range(5)]
        clock.now += locks.RETRY_SECONDS + 1  # tried again: still down, no second warning
        store.issue_ticket("conversation-9")
    assert tickets == [0, 0, 0, 0, 0]
    assert store.memory.get_lock("conversation-3") is not None
    assert store.redis_reachable() is False and store.outages == 1
    unreachable = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(unreachable) == 1
    assert unreachable[0].getMessage().startswith("Lock store: Redis is unreachable (ConnectionError)")

    LocalRedis(redis_server.folder, redis_server_port).start()  # the same address again
    redis_server.process = None
    clock.now += locks.RETRY_SECONDS + 1
    with caplog.at_level(logging.WARNING, logger="bot.locks"):
        store.issue_ticket("conversation-after")
    assert store.using_redis is True
    assert HelderLockStore(redis_url=redis_server.url).get_lock("conversation-after") is not None
    assert any(r.getMessage().startswith("Lock store: Redis is back after") for r in caplog.records)
    import redis

    redis.Redis(port=redis_server_port).shutdown(nosave=True)


def test_rasa_loads_it_from_endpoints_yml(monkeypatch) -> None:
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import read_endpoint_config

    from bot.settings import PROJECT_ROOT, get_settings

    get_settings.cache_clear()
    monkeypatch.delenv("HELDER_REDIS_URL", raising=False)
    for name in ("HELDER_ACTION_URL", "HELDER_DATABASE_URL"):
        monkeypatch.setenv(name, "x")
    store = LockStore.create(read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "lock_store"))
    get_settings.cache_clear()
    assert isinstance(store, HelderLockStore) and store.redis_url is None
