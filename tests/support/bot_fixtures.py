"""Fixtures and helpers for the bot tests: a sample index with a hostile article, a running bot.

Import the fixtures you use into the test module (`from tests.support.bot_fixtures import ...`);
the real embedding model comes from the session-scoped `embedder` fixture in tests/conftest.py.
"""

from __future__ import annotations

import html
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from tests.support.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
SEED_SOURCE = "seed/000_188e1db4a0c344de.txt"
HOSTILE_SOURCE = "hostile/kommunestyret.txt"
# Quoted text with markup and entities: it must reach Telegram as text, never as tags.
HOSTILE_ARTICLE = """\
title: Kommunestyret & <b>budsjettet</b> <script>alert("tittel")</script>
url: https://example.org/nyheter?id=7&ref=<b>"x"
published: 2024-11-01

Kommunestyret vedtok budsjettet etter en lang debatt om skolene & sykehjemmene.

– Vi skriver <b>ikke</b> under på dette & <script>alert("pwned")</script> er ingen løsning, sier ordfører Kari Nordmann.

Opposisjonen mener budsjettet er et <i>skolebudsjett</i> uten dekning for eldreomsorgen.
"""
HOSTILE_QUOTE = ('– Vi skriver <b>ikke</b> under på dette & <script>alert("pwned")</script> er ingen løsning, '
                 'sier ordfører Kari Nordmann.')
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote",
                 "tg-spoiler", "span"}


def write_corpus(folder: Path) -> Path:
    """A copy of the seed article plus the hostile article, in `folder`."""
    (folder / "seed").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "corpus" / SEED_SOURCE, folder / SEED_SOURCE)
    (folder / "hostile").mkdir(exist_ok=True)
    (folder / HOSTILE_SOURCE).write_text(HOSTILE_ARTICLE, "utf-8")
    return folder


def seed_paragraphs() -> list[str]:
    """The seed article's paragraphs, numbered as the index numbers them (no header in that file)."""
    from index.articles import parse_article

    article = parse_article((ROOT / "corpus" / SEED_SOURCE).read_text("utf-8"), SEED_SOURCE)
    return [p.text for p in article.paragraphs]


@pytest.fixture(scope="module")
def bot_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("bot-corpus"))


@pytest.fixture(scope="module")
def bot_index(tmp_path_factory: pytest.TempPathFactory, bot_corpus: Path, embedder: Any) -> Path:
    """The test index, built once per module."""
    from index.builder import build_index

    index_dir = tmp_path_factory.mktemp("bot-index")
    build_index(bot_corpus, index_dir, embedder)
    return index_dir


@pytest.fixture(scope="module")
def shared_embedder(embedder: Any) -> Any:
    from bot.reindex import SharedEmbedder

    return SharedEmbedder(embedder)


@pytest.fixture(scope="module")
def bot_searcher(bot_index: Path, shared_embedder: Any) -> Any:
    from index.search import Searcher

    return Searcher(bot_index, shared_embedder)


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


def bot_settings(fake: FakeTelegram, corpus: Path, index_dir: Path, **values: Any) -> Any:
    """BotSettings for a bot talking to `fake`; `values` use the environment names or field names."""
    from bot.settings import BotSettings

    env = {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url}
    env.update(values)
    return BotSettings(_env_file=None, articles_dir=corpus, index_dir=index_dir, **env)


@asynccontextmanager
async def running(application: Application) -> AsyncIterator[Application]:
    """Run the bot as `run_polling` would (post_init included), on the test's event loop."""
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=timedelta(seconds=1))
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not Telegram HTML")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")


def assert_telegram_html(text: str) -> None:
    """Only Telegram's tags, all balanced; a bare < or & (unescaped article text) fails too."""
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    assert not checker.problems, checker.problems
    assert not checker.stack, f"unclosed tags {checker.stack}"
    stripped = _strip_tags_and_entities(text)
    assert "<" not in stripped and ">" not in stripped, f"bare angle bracket in {text!r}"


def _strip_tags_and_entities(text: str) -> str:
    import re

    names = "|".join(map(re.escape, TELEGRAM_TAGS))
    without_tags = re.sub(rf"</?(?:{names})(?:\s[^>]*)?>", "", text)
    return re.sub(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", "", without_tags, flags=re.IGNORECASE)


def blockquotes(text: str) -> list[str]:
    """The quoted paragraphs of a message, unescaped back to the article's text."""
    import re

    return [html.unescape(q) for q in re.findall(r"<blockquote>(.*?)</blockquote>", text, flags=re.DOTALL)]
