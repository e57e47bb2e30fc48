"""Rasa's lock store for Helder (endpoints.yml: `lock_store: type: bot.locks.HelderLockStore`).

Rasa handles one conversation's messages one at a time, in order, with a ticket lock
per conversation. With several Rasa servers the locks must be shared: they live in
Redis (HELDER_REDIS_URL). Without HELDER_REDIS_URL (the embedded profile: one server)
they live in memory, as Rasa's default.

When Redis is unreachable Helder keeps answering: each server falls back to its own
in-memory locks and logs one warning per outage; it tries Redis again every
RETRY_SECONDS and logs when it is back. During the outage two servers could work on
one conversation at the same time only if the resident's messages reach both servers
at once; a repeated delivery is still answered once (the delivered-ids table,
bot/channels/store.py), and each resident's replies are still sent in order (send
leases). This is documented in docs/deploy.md ("Redis").

Rasa 3.6 calls the lock store synchronously on its event loop; the Redis client has
short time-outs (a local Redis answers in well under a millisecond), so an unreachable
Redis costs at most SOCKET_TIMEOUT_SECONDS once per RETRY_SECONDS.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable, Optional

from rasa.core.lock import TicketLock
from rasa.core.lock_store import DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX, InMemoryLockStore, LockStore

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
SOCKET_TIMEOUT_SECONDS = 0.5
KEY_PREFIX = "helder:" + DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX


class HelderLockStore(LockStore):
    def __init__(self, endpoint_config: Any = None, redis_url: Optional[str] = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if redis_url is None and endpoint_config is not None:
            from bot.settings import get_settings

            redis_url = (getattr(endpoint_config, "url", None) or get_settings().redis_url)
        self.redis_url = redis_url
        self.memory = InMemoryLockStore()
        self.clock = clock
        self._red = None
        self._down_since: Optional[float] = None
        self._next_try = 0.0
        self._state_lock = threading.Lock()
        self.outages = 0
        if redis_url:
            import redis

            self._red = redis.Redis.from_url(redis_url, socket_timeout=SOCKET_TIMEOUT_SECONDS,
                                             socket_connect_timeout=SOCKET_TIMEOUT_SECONDS)
            logger.info("Lock store: Redis")
        else:
            logger.info("Lock store: in memory (HELDER_REDIS_URL not set; one Rasa server only)")
        super().__init__()

    @property
    def using_redis(self) -> bool:
        return self._red is not None and self._down_since is None

    def redis_reachable(self) -> Optional[bool]:
        """For /ready: None without Redis, else whether it answers a PING now."""
        if self._red is None:
            return None
        try:
            return bool(self._red.ping())
        except Exception:
            return False

    # the three storage calls Rasa's LockStore builds on ------------------------------

    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        import json

        def from_redis() -> Optional[TicketLock]:
            serialised = self._red.get(KEY_PREFIX + conversation_id)
            return TicketLock.from_dict(json.loads(serialised)) if serialised else None

        return self._either(from_redis, lambda: self.memory.get_lock(conversation_id))

    def delete_lock(self, conversation_id: str) -> None:
        self._either(lambda: self._red.delete(KEY_PREFIX + conversation_id),
                     lambda: self.memory.delete_lock(conversation_id))

    def save_lock(self, lock: TicketLock) -> None:
        self._either(lambda: self._red.set(KEY_PREFIX + lock.conversation_id, lock.dumps()),
                     lambda: self.memory.save_lock(lock))

    # Redis, or the in-memory fallback while it is unreachable --------------------------

    def _either(self, in_redis: Callable[[], Any], in_memory: Callable[[], Any]) -> Any:
        if self._red is None or not self._redis_worth_trying():
            return in_memory()
        import redis

        try:
            result = in_redis()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as error:
            self._went_down(error)
            return in_memory()
        self._came_back()
        return result

    def _redis_worth_trying(self) -> bool:
        with self._state_lock:
            return self._down_since is None or self.clock() >= self._next_try

    def _went_down(self, error: Exception) -> None:
        with self._state_lock:
            self._next_try = self.clock() + RETRY_SECONDS
            if self._down_since is None:
                self._down_since = self.clock()
                self.outages += 1
                logger.warning("Lock store: Redis is unreachable (%s); this server uses its own locks until it "
                               "is back (trying again every %.0f s)", type(error).__name__, RETRY_SECONDS)

    def _came_back(self) -> None:
        with self._state_lock:
            if self._down_since is None:
                return
            seconds = self.clock() - self._down_since
            self._down_since = None
        logger.warning("Lock store: Redis is back after %.0f s; locks are shared again", seconds)
