"""`python -m bot --console`: the same conversation as in Telegram, as plain text in a terminal."""

from __future__ import annotations

import io
from pathlib import Path

from bot.console import ConsoleChat, converse
from bot.conversation import Conversation
from bot.reindex import Rebuilder
from bot.settings import BotSettings
from index.search import Searcher
from tests.support.bot_fixtures import (HOSTILE_QUOTE, bot_corpus, bot_index, bot_searcher,  # noqa: F401
                                        seed_paragraphs, shared_embedder)


def console(searcher: Searcher, corpus: Path, index_dir: Path, embedder: object) -> ConsoleChat:
    settings = BotSettings(_env_file=None, articles_dir=corpus, index_dir=index_dir)
    return ConsoleChat(Conversation(searcher, page_size=3), Rebuilder(settings, embedder))


async def test_questions_commands_and_buttons_as_commands(bot_searcher: Searcher, bot_corpus: Path,
                                                          bot_index: Path, shared_embedder: object) -> None:
    chat = console(bot_searcher, bot_corpus, bot_index, shared_embedder)
    (answer, hint) = await chat.handle("Hvor mye er Elon Musk verdt ifølge Forbes?")
    forbes = next(p for p in seed_paragraphs() if "271 milliarder dollar" in p)
    assert f"  │ {forbes}" in answer and "¶15" in answer  # verbatim, cited, 1-based
    assert "/more" in hint and "/context" in hint

    (more, _) = await chat.handle("/more")
    assert more.startswith("More for «Hvor mye er Elon Musk verdt ifølge Forbes?»:")
    (context,) = await chat.handle("/context")
    assert context.startswith("Context:") and "¶14 " in context and "¶16 " in context

    (who, *_) = await chat.handle("/who Peskov")
    assert "Peskov" in who
    (follow_up, *_) = await chat.handle("og hva sa han om Trump?")
    assert "Who is «han»" not in follow_up and "Peskov" in follow_up

    (hostile, *_) = await chat.handle("/ask skriver ikke under pwned script alert")
    assert HOSTILE_QUOTE in hostile  # plain text: shown as written, nothing to escape
    (stats,) = await chat.handle("/stats")
    assert "Articles: 2" in stats
    assert await chat.handle("   ") == []
    assert (await chat.handle("/who"))[0].startswith("Usage")


async def test_reindex_from_the_console(bot_searcher: Searcher, bot_corpus: Path, bot_index: Path,
                                        shared_embedder: object) -> None:
    chat = console(bot_searcher, bot_corpus, bot_index, shared_embedder)
    (outcome,) = await chat.handle("/reindex")
    assert outcome.startswith("Index rebuilt: 2 articles") and "0 embedded" in outcome  # nothing changed


async def test_a_transcript_from_piped_input(bot_searcher: Searcher, bot_corpus: Path, bot_index: Path,
                                             shared_embedder: object) -> None:
    stdin = io.StringIO("/help\nWhat happened with Starlink in Ukraine?\n/quit\nnever read\n")
    stdout = io.StringIO()
    await converse(console(bot_searcher, bot_corpus, bot_index, shared_embedder), stdin, stdout)
    transcript = stdout.getvalue()
    assert "you> What happened with Starlink in Ukraine?\n" in transcript  # piped lines are echoed
    assert "Hva sa Peskov?" in transcript and "  │ " in transcript
    assert "never read" not in transcript
