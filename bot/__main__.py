"""`python -m bot`: run the Telegram bot (long polling, or a webhook by setting), or --console.

Started with no index yet, it first builds one from the articles folder (progress in the log).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.logs import configure_logging, quiet_noisy_loggers
from bot.settings import BotSettings

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = BotSettings()
    if args.articles:
        settings.articles_dir = Path(args.articles)
    if args.index_dir:
        settings.index_dir = Path(args.index_dir)
    configure_logging(settings.log_level, secrets=(settings.token, settings.webhook_secret.get_secret_value()))
    if not args.console and not settings.token:
        print("error: TELEGRAM_BOT_TOKEN is not set (see .env.example); "
              "try the bot without one: python -m bot --console", file=sys.stderr)
        return 2
    if not args.console and settings.webhook_url and importlib.util.find_spec("tornado") is None:
        print("error: NEWSROOM_WEBHOOK_URL needs pip install 'python-telegram-bot[webhooks]'", file=sys.stderr)
        return 2
    try:
        return _run(settings, console=args.console)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a domain error is one line and a non-zero exit, not a traceback
        from index.errors import USER_ERRORS

        if isinstance(exc, USER_ERRORS):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


def _run(settings: BotSettings, console: bool) -> int:
    # Heavy imports (torch, FAISS, PTB) only once the arguments are known to be usable.
    from bot.conversation import Conversation
    from bot.reindex import Rebuilder, SharedEmbedder, build_first_index
    from index.embedder import Embedder
    from index.search import Searcher
    from index.store import live_generation

    quiet_noisy_loggers()  # again: bm25s sets its own logger to DEBUG when it is imported
    embedder = SharedEmbedder(Embedder.from_settings(settings))
    if live_generation(settings.index_dir) is None:
        build_first_index(settings, embedder)
    searcher = Searcher(settings.index_dir, embedder, settings.english_dense_weight, settings.dense_weight)
    if console:
        from bot.console import run_console

        return run_console(Conversation(searcher, settings.top_k), Rebuilder(settings, embedder))
    from bot.app import build_application, serve

    serve(build_application(settings, searcher, embedder), settings)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", help="articles folder (default from settings: NEWSROOM_ARTICLES_DIR)")
    parser.add_argument("--index-dir", help="index folder (default from settings: NEWSROOM_INDEX_DIR)")
    parser.add_argument("--console", action="store_true", help="talk to the bot in this terminal (no token needed)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
