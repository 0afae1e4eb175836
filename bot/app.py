"""Assemble the python-telegram-bot Application: client, handlers, commands menu, flood handling.

`build_application` does no I/O; the network is touched only when the application runs.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import RetryAfter
from telegram.ext import (Application, ApplicationBuilder, BaseRateLimiter, CallbackQueryHandler, CommandHandler,
                          MessageHandler, TypeHandler, filters)

from bot import handlers
from bot.access import Access, RateLimiter
from bot.conversation import Conversation
from bot.reindex import BuildFunction, Rebuilder, SharedEmbedder
from bot.settings import BotSettings
from index.builder import build_index
from index.embedder import Embedder
from index.search import Searcher

log = logging.getLogger(__name__)

BOT_COMMANDS = [
    BotCommand("ask", "Ask a question: /ask Hva sa Peskov?"),
    BotCommand("who", "What a person said: /who Peskov"),
    BotCommand("source", "Who says it: /source <claim>"),
    BotCommand("stats", "What the index holds"),
    BotCommand("help", "Example questions and commands"),
    BotCommand("start", "What this bot does"),
    BotCommand("reindex", "Rebuild the index (admins)"),
]
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


class RetryOnceOnFlood(BaseRateLimiter[None]):
    """Telegram's flood limit: on RetryAfter wait as told and try once more (no extra package needed)."""

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            delay = retry_seconds(exc)
            log.warning("Telegram flood limit on %s: retrying once in %.1f s", endpoint, delay)
            await asyncio.sleep(delay)
            return await callback(*args, **kwargs)


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def build_application(settings: BotSettings, searcher: Searcher, embedder: Embedder | SharedEmbedder | None = None,
                      *, build: BuildFunction = build_index) -> Application:
    """The bot, wired to one searcher; `build` is the index build /reindex runs (a seam for tests)."""
    shared = _shared_embedder(searcher, embedder)
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(RetryOnceOnFlood())
        .post_init(post_init)
        .build()
    )
    application.bot_data["services"] = handlers.Services(
        settings=settings,
        conversation=Conversation(searcher, settings.top_k),
        rebuilder=Rebuilder(settings, shared, build),
        access=Access(settings.allowed_user_ids, settings.allowed_chat_ids, settings.admin_user_ids),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )
    add_handlers(application)
    return application


def _shared_embedder(searcher: Searcher, embedder: Embedder | SharedEmbedder | None) -> SharedEmbedder:
    """Searches and /reindex builds must go through one lock-guarded model (see SharedEmbedder)."""
    given = embedder if embedder is not None else searcher.embedder
    if isinstance(given, SharedEmbedder):
        return given
    shared = SharedEmbedder(given)
    if searcher.embedder is given:
        searcher.embedder = shared
    return shared


def add_handlers(application: Application) -> None:
    """Access first (group -1), then commands, questions and buttons; one error handler."""
    application.add_handler(TypeHandler(Update, handlers.check_access), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("ask", handlers.ask_command))
    application.add_handler(CommandHandler("who", handlers.who_command))
    application.add_handler(CommandHandler("source", handlers.source_command))
    application.add_handler(CommandHandler("stats", handlers.stats_command))
    application.add_handler(CommandHandler("reindex", handlers.reindex_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE,
                                           handlers.question_message))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.ChatType.GROUPS
                                           & handlers.AddressedToBot(), handlers.question_message))
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, handlers.unknown_command))
    application.add_handler(CallbackQueryHandler(handlers.button, pattern=r"^(ctx|more):"))
    application.add_error_handler(handlers.error_handler)


async def post_init(application: Application) -> None:
    """At start-up: publish the commands menu and say who may use the bot."""
    await application.bot.set_my_commands(BOT_COMMANDS)
    access: Access = application.bot_data["services"].access
    if access.is_open:
        log.warning("ALLOWED_USER_IDS and ALLOWED_CHAT_IDS are both empty: the bot answers anyone who finds it")
    else:
        log.info("access: %d user(s), %d chat(s) allowed", len(access.allowed_users), len(access.allowed_chats))
    if not access.admins:
        log.info("ADMIN_USER_IDS is empty: nobody can /reindex from the chat")
    log.info("serving as @%s", application.bot.username)


def serve(application: Application, settings: BotSettings) -> None:
    """Long polling by default; a webhook when NEWSROOM_WEBHOOK_URL is set (the public https URL)."""
    if not settings.webhook_url:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
        return
    path = urlsplit(settings.webhook_url).path.strip("/")
    application.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
                            webhook_url=settings.webhook_url,
                            secret_token=settings.webhook_secret.get_secret_value() or None,
                            allowed_updates=ALLOWED_UPDATES)
