"""Bot settings from the environment, the access rules, the rate limit and command-to-question mapping."""

from __future__ import annotations

import logging

import pytest

from bot.access import Access, RateLimiter
from bot.conversation import ChatMemory, source_question, who_question
from bot.logs import RedactingFormatter
from bot.settings import TELEGRAM_API, BotSettings
from index.answers import Answer


def test_the_five_telegram_names_are_read_unprefixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:secret")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")
    monkeypatch.setenv("ALLOWED_USER_IDS", "1,2, 3")
    monkeypatch.setenv("ALLOWED_CHAT_IDS", "-100123")
    monkeypatch.setenv("ADMIN_USER_IDS", "")
    monkeypatch.setenv("NEWSROOM_RATE_LIMIT_PER_MINUTE", "7")
    monkeypatch.setenv("NEWSROOM_WEBHOOK_URL", "https://bot.example.org/hook")
    settings = BotSettings(_env_file=None)
    assert settings.token == "42:secret"
    assert settings.telegram_api_base_url == "http://127.0.0.1:9/bot"
    assert settings.base_file_url == "http://127.0.0.1:9/file/bot"
    assert settings.allowed_user_ids == {1, 2, 3}
    assert settings.allowed_chat_ids == {-100123}
    assert settings.admin_user_ids == frozenset()
    assert settings.rate_limit_per_minute == 7 and settings.webhook_url == "https://bot.example.org/hook"
    assert "42:secret" not in repr(settings) and "42:secret" not in str(settings)


def test_defaults_and_prefixed_names_are_not_the_telegram_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "ALLOWED_USER_IDS", "ALLOWED_CHAT_IDS",
                 "ADMIN_USER_IDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSROOM_TELEGRAM_BOT_TOKEN", "wrong-name")
    settings = BotSettings(_env_file=None)
    assert settings.token == "" and settings.telegram_api_base_url == TELEGRAM_API
    assert settings.allowed_user_ids == settings.allowed_chat_ids == settings.admin_user_ids == frozenset()


def test_ids_must_be_integers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_USER_IDS", "1,bob")
    with pytest.raises(ValueError):
        BotSettings(_env_file=None)


def test_access_rules() -> None:
    open_bot = Access()
    assert open_bot.is_open and open_bot.allows(99, 99)
    access = Access(allowed_users=frozenset({1}), allowed_chats=frozenset({-5}), admins=frozenset({1}))
    assert access.allows(1, 1) and access.allows(2, -5)  # a user on the list, or anyone in a listed chat
    assert not access.allows(2, 2) and not access.allows(None, None)
    assert access.is_admin(1) and not access.is_admin(2) and not access.is_admin(None)


def test_rate_limit_is_a_sliding_window_per_user() -> None:
    limiter = RateLimiter(per_minute=2)
    assert limiter.allow(1, now=0) and limiter.allow(1, now=10)
    assert not limiter.allow(1, now=20) and limiter.retry_in(1, now=20) == 40
    assert limiter.allow(2, now=20)  # another user is not affected
    assert limiter.allow(1, now=60.5)  # the first question left the window
    assert RateLimiter(per_minute=0).allow(1, now=0)


def test_commands_become_questions() -> None:
    assert who_question("Peskov") == "Hva sa Peskov?"
    assert who_question("Peskov om Trump?") == "Hva sa Peskov om Trump?"
    assert source_question("Musk er verdt 271 milliarder") == "Hvem sier at Musk er verdt 271 milliarder?"
    assert source_question("at Musk snakket med Putin?") == "Hvem sier at Musk snakket med Putin?"


def test_chat_memory_keeps_the_last_speaker_for_pronouns() -> None:
    memory = ChatMemory({})
    memory.note_speaker("Hva sa Peskov?", Answer("Hva sa Peskov?", "speaker_quotes", None, False))
    assert memory.last_speaker == "Peskov"  # remembered even when the index has no quote yet
    memory.note_speaker("og hva sa han om Trump?", Answer("hva sa han om Trump?", "speaker_quotes", None, False))
    assert memory.last_speaker == "Peskov"
    memory.note_speaker("Hva sa Peskov?", Answer("Hva sa Peskov?", "speaker_quotes", "Dmitrij Peskov", True))
    assert memory.last_speaker == "Dmitrij Peskov"  # the index's resolved name wins


def test_chat_memory_keys_fit_in_callback_data() -> None:
    from bot.conversation import REMEMBERED_ANSWERS, AskedQuestion

    memory = ChatMemory({})
    keys = [memory.remember(AskedQuestion("q" * 500, None)) for _ in range(REMEMBERED_ANSWERS + 5)]
    assert all(len(f"more:{k}".encode()) < 64 for k in keys)
    assert memory.recall(keys[0]) is None and memory.recall(keys[-1]) is not None
    assert memory.last_key == keys[-1]


def test_log_formatter_masks_the_token() -> None:
    formatter = RedactingFormatter("%(message)s", ["123:ABC"])
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "POST https://x/bot123:ABC/getMe", (), None)
    assert formatter.format(record) == "POST https://x/bot[REDACTED]/getMe"


def test_env_example_lists_every_setting() -> None:
    """A new setting that .env.example does not mention is one nobody will find."""
    from pathlib import Path
    listed = {line.split("=", 1)[0] for line in (Path(__file__).parent.parent / ".env.example").read_text().splitlines()
              if "=" in line and not line.startswith("#")}
    for name, field in BotSettings.model_fields.items():
        alias = field.validation_alias
        names = set(getattr(alias, "choices", [alias] if isinstance(alias, str) else []))
        assert names & listed or f"NEWSROOM_{name.upper()}" in listed, name
