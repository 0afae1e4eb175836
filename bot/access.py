"""Who may use the bot, who may rebuild the index, and how often one person may ask.

Pure policy objects: the Telegram gate in handlers.py and the tests use them without a network.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class Access:
    """The allowlists of DESIGN.md: a user or a chat on a list is let in; both lists empty = open bot."""

    allowed_users: frozenset[int] = frozenset()
    allowed_chats: frozenset[int] = frozenset()
    admins: frozenset[int] = frozenset()

    @property
    def is_open(self) -> bool:
        return not self.allowed_users and not self.allowed_chats

    def allows(self, user_id: int | None, chat_id: int | None) -> bool:
        if self.is_open:
            return True
        return (user_id is not None and user_id in self.allowed_users) or (
            chat_id is not None and chat_id in self.allowed_chats)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admins


@dataclass
class RateLimiter:
    """A sliding window per user: at most `per_minute` questions in any 60 seconds (0 = unlimited)."""

    per_minute: int
    window: float = WINDOW_SECONDS
    _asked: dict[int, deque[float]] = field(default_factory=dict)

    def allow(self, user_id: int, now: float | None = None) -> bool:
        """Record a question and say whether it is within the limit (a refused one is not recorded)."""
        if self.per_minute <= 0:
            return True
        now = time.monotonic() if now is None else now
        times = self._asked.setdefault(user_id, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        return True

    def retry_in(self, user_id: int, now: float | None = None) -> float:
        """Seconds until `user_id` may ask again (0 when allowed now)."""
        times = self._asked.get(user_id)
        if self.per_minute <= 0 or not times or len(times) < self.per_minute:
            return 0.0
        now = time.monotonic() if now is None else now
        return max(0.0, self.window - (now - times[0]))
