"""Logging for `python -m bot`: one stderr handler, quiet HTTP libraries, secrets never written.

httpx logs every request URL at INFO, and Telegram URLs carry the bot token, so httpx and
httpcore are kept at WARNING; python-telegram-bot's Bot logs the same URL at DEBUG when it starts,
so its loggers stay at INFO. The formatter also masks the token in messages and tracebacks.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
NOISY = ("httpx", "httpcore", "sentence_transformers", "transformers", "faiss", "bm25s", "apscheduler")
TOKEN_AT_DEBUG = ("telegram.Bot", "telegram.ext.ExtBot")  # "Set Bot API URL: …/bot<token>"


class RedactingFormatter(logging.Formatter):
    """Replaces secrets (the bot token, the webhook secret) wherever they appear in a log line."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "[REDACTED]")
        return text


def quiet_noisy_loggers() -> None:
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in TOKEN_AT_DEBUG:
        logging.getLogger(name).setLevel(logging.INFO)


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(FORMAT, secrets))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    quiet_noisy_loggers()
