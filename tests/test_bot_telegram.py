"""End to end: the real python-telegram-bot Application, over HTTP, against the fake Bot API server.

The index is real (seed article + a hostile article, real embedding model); attribution results
are not asserted, only that quotes are verbatim paragraphs with citations.
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.app import build_application
from bot.handlers import SORRY
from bot.logs import quiet_noisy_loggers
from bot.reindex import SharedEmbedder
from index.builder import build_index
from index.search import Searcher
from tests.support.bot_fixtures import (HOSTILE_QUOTE, assert_telegram_html, blockquotes, bot_corpus,  # noqa: F401
                                        bot_index, bot_searcher, bot_settings, fake, running, seed_paragraphs,
                                        shared_embedder, write_corpus)
from tests.support.fake_telegram import DEFAULT_GROUP_CHAT_ID, FakeTelegram, SentMessage

ADMIN, MEMBER, STRANGER = 1, 2, 666
GROUP = DEFAULT_GROUP_CHAT_ID
SEED = set(seed_paragraphs())
NEW_ARTICLE = """\
title: Stortinget vedtok klimaloven
published: 2024-11-20

Stortinget vedtok torsdag en ny klimalov med bred støtte fra nesten alle partiene.

– Dette er en historisk dag for klimaet, sier statsminister Ola Testmann.
"""


@pytest_asyncio.fixture
async def bot(fake: FakeTelegram, bot_corpus: Path, bot_index: Path, bot_searcher: Searcher,
              ) -> AsyncIterator[FakeTelegram]:
    """The bot with ADMIN and MEMBER allowed, the test group allowed, ADMIN as admin."""
    settings = bot_settings(fake, bot_corpus, bot_index, ALLOWED_USER_IDS=f"{ADMIN},{MEMBER}",
                            ALLOWED_CHAT_IDS=str(GROUP), ADMIN_USER_IDS=str(ADMIN))
    async with running(build_application(settings, bot_searcher)):
        yield fake


async def exchange(fake: FakeTelegram, text: str, user_id: int = ADMIN, chat_id: int | None = None,
                   **kwargs: Any) -> list[SentMessage]:
    """Send a message and return what the bot sent back to that chat."""
    chat = chat_id if chat_id is not None else (user_id if kwargs.get("chat_type", "private") == "private" else GROUP)
    before = len(fake.sent_messages(chat))
    fake.send_text(text, user_id=user_id, chat_id=chat_id, **kwargs)
    await fake.wait_for_messages(chat, before + 1, timeout=20)
    await asyncio.sleep(0.1)  # a long answer comes in several messages
    return fake.sent_messages(chat)[before:]


async def press(fake: FakeTelegram, data: str, message_id: int, chat_id: int = ADMIN,
                user_id: int = ADMIN) -> list[SentMessage]:
    before = len(fake.sent_messages(chat_id))
    fake.press_button(data, message_id, user_id=user_id, chat_id=chat_id)
    await fake.wait_for_messages(chat_id, before + 1, timeout=20)
    await asyncio.sleep(0.1)
    return fake.sent_messages(chat_id)[before:]


def buttons(message: SentMessage) -> dict[str, str]:
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


def paragraph_numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"¶(\d+)", text)]


# -- commands ----------------------------------------------------------------------------------------------

async def test_commands_menu_start_and_help(bot: FakeTelegram) -> None:
    assert {c["command"] for c in bot.commands} == {"start", "help", "ask", "who", "source", "stats", "reindex"}
    assert len(bot.calls_of("setMyCommands")) == 1
    (start,) = await exchange(bot, "/start")
    assert "who said what" in start.text and start.parse_mode == "HTML"
    (help_,) = await exchange(bot, "/help")
    assert "Hva sa Peskov?" in help_.text and "What did Dmitry Peskov say" in help_.text  # nb and en
    assert "/who &lt;name&gt;" in help_.text  # escaped for HTML
    assert_telegram_html(help_.text)


async def test_ask_in_norwegian(bot: FakeTelegram) -> None:
    (answer,) = await exchange(bot, "/ask Hvor mye er Elon Musk verdt ifølge Forbes?")
    assert answer.parse_mode == "HTML"
    assert_telegram_html(answer.text)
    forbes = next(q for q in blockquotes(answer.text) if "271 milliarder dollar" in q)
    assert forbes in SEED  # verbatim
    assert 15 in paragraph_numbers(answer.text)  # 0-based paragraph 14, shown as ¶15
    methods = [c.method for c in bot.calls if c.method in ("sendChatAction", "sendMessage")]
    assert methods[-2:] == ["sendChatAction", "sendMessage"]  # typing while searching
    assert bot.calls_of("sendChatAction")[-1].params["action"] == "typing"
    data = buttons(answer)
    assert set(data) == {"Context", "More"} and all(len(d.encode()) < 64 for d in data.values())


async def test_plain_message_in_english(bot: FakeTelegram) -> None:
    (answer,) = await exchange(bot, "What happened with Starlink in Ukraine?")
    quotes = blockquotes(answer.text)
    assert quotes and any("Starlink" in q for q in quotes)
    assert all(q in SEED or q.startswith(("Kommunestyret", "–", "Opposisjonen")) for q in quotes)
    assert len(paragraph_numbers(answer.text)) == len(quotes)  # every quote has its ¶ citation


async def test_who_and_a_follow_up_with_a_pronoun(bot: FakeTelegram) -> None:
    (first,) = await exchange(bot, "/who Peskov")
    assert "Peskov" in first.text
    assert all(q in SEED for q in blockquotes(first.text))
    (follow_up,) = await exchange(bot, "og hva sa han om Trump?")
    assert "Who is «han»" not in follow_up.text  # "han" resolved to the speaker asked about before
    assert "Peskov" in follow_up.text
    assert all(q in SEED for q in blockquotes(follow_up.text))
    (other_chat,) = await exchange(bot, "og hva sa han om Trump?", user_id=MEMBER)
    assert "Who is «han»" in other_chat.text  # the memory is per chat


async def test_source_of_a_claim(bot: FakeTelegram) -> None:
    (answer,) = await exchange(bot, "/source Musk er verdt 271 milliarder")
    assert any("ifølge magasinet Forbes" in q for q in blockquotes(answer.text))
    assert_telegram_html(answer.text)


async def test_usage_when_a_command_lacks_its_argument(bot: FakeTelegram) -> None:
    (reply,) = await exchange(bot, "/who")
    assert reply.text == "Usage: /who Peskov"
    assert not bot.calls_of("sendChatAction")


async def test_stats(bot: FakeTelegram) -> None:
    (stats,) = await exchange(bot, "/stats")
    assert "Articles: 2" in stats.text and re.search(r"Paragraphs: \d+", stats.text)
    assert "Speakers:" in stats.text and re.search(r"Built: \d{4}-\d\d-\d\dT", stats.text)


async def test_unknown_command(bot: FakeTelegram) -> None:
    (reply,) = await exchange(bot, "/frobnicate")
    assert "/help" in reply.text


# -- buttons -----------------------------------------------------------------------------------------------

async def test_context_and_more_buttons(bot: FakeTelegram) -> None:
    (answer,) = await exchange(bot, "What happened with Starlink in Ukraine?")
    data = buttons(answer)
    first = paragraph_numbers(answer.text)[0]

    (context,) = await press(bot, data["Context"], answer.message_id)
    assert context.text.startswith("<b>Context</b>")
    assert f"<b>¶{first}</b>\n<blockquote>" in context.text
    assert f"¶{first - 1} " in context.text and f"¶{first + 1} " in context.text
    assert_telegram_html(context.text)
    assert bot.calls_of("answerCallbackQuery")

    (more,) = await press(bot, data["More"], answer.message_id)
    assert more.text.startswith("More for <i>«What happened with Starlink in Ukraine?»</i>")
    shown, extra = set(paragraph_numbers(answer.text)), paragraph_numbers(more.text)
    assert extra and not shown & set(extra)  # only passages beyond those already shown
    (again,) = await press(bot, data["More"], answer.message_id)
    assert not set(paragraph_numbers(again.text)) & (shown | set(extra))


async def test_expired_button(bot: FakeTelegram) -> None:
    sent = await exchange(bot, "/start")
    (reply,) = await press(bot, "more:999", sent[0].message_id)
    assert "ask again" in reply.text


# -- escaping, groups ----------------------------------------------------------------------------------------

async def test_hostile_article_text_is_escaped(bot: FakeTelegram) -> None:
    (answer,) = await exchange(bot, "/ask skriver ikke under pwned script alert")
    assert_telegram_html(answer.text)
    assert HOSTILE_QUOTE in blockquotes(answer.text)
    assert "<script>" not in answer.text and "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in answer.text
    assert "&lt;b&gt;ikke&lt;/b&gt;" in answer.text
    assert 'href="https://example.org/nyheter?id=7&amp;ref=&lt;b&gt;&quot;x&quot;"' in answer.text
    assert "Kommunestyret &amp; &lt;b&gt;budsjettet&lt;/b&gt;" in answer.text


async def test_group_answers_commands_mentions_and_replies_only(bot: FakeTelegram) -> None:
    fake = bot
    fake.send_text("Hva sa Peskov?", user_id=MEMBER, chat_type="group")  # chatter, not for the bot
    mention = await exchange(fake, "@newsroom_test_bot Hva sa Peskov?", user_id=MEMBER, chat_type="group")
    assert len(mention) == 1 and "Peskov" in mention[0].text
    assert len(fake.sent_messages(GROUP)) == 1  # the chatter got no answer
    command = await exchange(fake, "/ask@newsroom_test_bot Starlink Ukraina", user_id=MEMBER, chat_type="group")
    assert blockquotes(command[0].text)
    reply = await exchange(fake, "og hva sa han om Trump?", user_id=MEMBER, chat_type="group",
                           reply_to_bot_message_id=mention[0].message_id)
    assert "Peskov" in reply[0].text
    fake.send_text("/ask@some_other_bot Starlink", user_id=MEMBER, chat_type="group")
    await asyncio.sleep(0.5)
    assert len(fake.sent_messages(GROUP)) == 3


# -- access, limits, flood control ---------------------------------------------------------------------------

async def test_stranger_gets_a_refusal_naming_the_user_id_and_nothing_else(
        fake: FakeTelegram, bot_corpus: Path, bot_index: Path, bot_searcher: Searcher) -> None:
    settings = bot_settings(fake, bot_corpus, bot_index, ALLOWED_USER_IDS=str(ADMIN))
    async with running(build_application(settings, bot_searcher)):
        before = len(fake.calls)
        (refusal,) = await exchange(fake, "Hva sa Peskov?", user_id=STRANGER)
        assert str(STRANGER) in refusal.text and "blockquote" not in refusal.text
        fake.send_text("/stats", user_id=STRANGER)
        await fake.wait_for_messages(STRANGER, 2)
        fake.send_text("Hva sa Peskov?", user_id=STRANGER, chat_type="group")  # not addressed: silence
        fake.press_button("more:1", message_id=refusal.message_id, user_id=STRANGER, chat_id=STRANGER)
        alert = await fake.wait_for(lambda calls: [c for c in calls if c.method == "answerCallbackQuery"])
        await asyncio.sleep(0.5)
        sent = [c.method for c in fake.calls[before:]]
        assert sent == ["sendMessage", "sendMessage", "answerCallbackQuery"]  # no typing, no answer
        assert str(STRANGER) in alert[0].params["text"] and alert[0].params["show_alert"] is True
        assert len(fake.sent_messages(GROUP)) == 0


async def test_open_bot_warns_at_start_up(fake: FakeTelegram, bot_corpus: Path, bot_index: Path,
                                          bot_searcher: Searcher, caplog: pytest.LogCaptureFixture) -> None:
    settings = bot_settings(fake, bot_corpus, bot_index)
    with caplog.at_level(logging.WARNING, logger="bot"):
        async with running(build_application(settings, bot_searcher)):
            (reply,) = await exchange(fake, "/start", user_id=STRANGER)
    assert "who said what" in reply.text
    assert any("answers anyone" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


async def test_rate_limit_per_user(fake: FakeTelegram, bot_corpus: Path, bot_index: Path,
                                   bot_searcher: Searcher) -> None:
    settings = bot_settings(fake, bot_corpus, bot_index, rate_limit_per_minute=2)
    async with running(build_application(settings, bot_searcher)):
        for _ in range(2):
            (answer,) = await exchange(fake, "Starlink Ukraina")
            assert blockquotes(answer.text)
        typing = len(fake.calls_of("sendChatAction"))
        (limited,) = await exchange(fake, "Starlink Ukraina")
        assert "2 questions in the last minute" in limited.text and "wait" in limited.text
        assert len(fake.calls_of("sendChatAction")) == typing  # no search was started
        (other,) = await exchange(fake, "Starlink Ukraina", user_id=MEMBER)
        assert blockquotes(other.text)


async def test_flood_limit_on_send_message_is_retried_once(bot: FakeTelegram) -> None:
    bot.fail_next("sendMessage", retry_after=1)
    (reply,) = await exchange(bot, "/start")
    assert "who said what" in reply.text
    statuses = [c.status for c in bot.calls_of("sendMessage")]
    assert statuses == [429, 200]


# -- rebuilds ------------------------------------------------------------------------------------------------

@pytest.fixture
def own_index(tmp_path: Path, bot_corpus: Path, bot_index: Path) -> tuple[Path, Path]:
    """A copy of the module's corpus and index that this test may change."""
    corpus, index_dir = tmp_path / "articles", tmp_path / "index"
    shutil.copytree(bot_corpus, corpus)
    shutil.copytree(bot_index, index_dir, ignore=shutil.ignore_patterns("*.lock"))
    return corpus, index_dir


async def test_non_admin_cannot_reindex(bot: FakeTelegram) -> None:
    (reply,) = await exchange(bot, "/reindex", user_id=MEMBER)
    assert "Only admins" in reply.text and str(MEMBER) in reply.text


async def test_reindex_in_the_background_while_questions_are_answered(
        fake: FakeTelegram, own_index: tuple[Path, Path], shared_embedder: SharedEmbedder,
        caplog: pytest.LogCaptureFixture) -> None:
    corpus, index_dir = own_index
    (corpus / "stortinget.txt").write_text(NEW_ARTICLE, "utf-8")
    building, release = threading.Event(), threading.Event()

    def gated_build(*args: Any, progress: Any, **kwargs: Any) -> Any:
        """The real build, held at its first progress report until the test has asked its question."""
        def hold(stage: str, done: int, total: int) -> None:
            progress(stage, done, total)
            building.set()
            release.wait(30)
        return build_index(*args, progress=hold, **kwargs)

    settings = bot_settings(fake, corpus, index_dir, ADMIN_USER_IDS=str(ADMIN), reindex_progress_seconds=0.05)
    searcher = Searcher(index_dir, shared_embedder)
    caplog.set_level(logging.INFO, logger="bot")
    async with running(build_application(settings, searcher, build=gated_build)):
        (status,) = await exchange(fake, "/reindex")
        assert status.text.startswith("Rebuilding the index")
        await fake.wait_for(lambda _: building.is_set())
        await fake.wait_for(lambda _: fake.sent_messages(ADMIN)[0].edits)  # progress, by editing one message
        assert re.search(r"embedding \d+/\d+", fake.sent_messages(ADMIN)[0].text)

        (during,) = await exchange(fake, "Hva vedtok Stortinget om klimaloven?")  # answered from the old index
        assert not any("klimalov" in q for q in blockquotes(during.text))
        assert not fake.sent_messages(ADMIN)[0].text.startswith("Index rebuilt")

        release.set()
        await fake.wait_for(lambda _: fake.sent_messages(ADMIN)[0].text.startswith("Index rebuilt"), timeout=30)
        assert "3 articles" in fake.sent_messages(ADMIN)[0].text
        (after,) = await exchange(fake, "Hva vedtok Stortinget om klimaloven?")
        assert any("klimalov" in q for q in blockquotes(after.text))  # the new index was swapped in
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.reindex"]
    assert any("requested by Tester (id 1)" in m and "finished" in m and "'articles': 3" in m for m in logged)


async def test_a_command_line_rebuild_is_picked_up_without_restart(
        fake: FakeTelegram, own_index: tuple[Path, Path], shared_embedder: SharedEmbedder, embedder: Any) -> None:
    corpus, index_dir = own_index
    settings = bot_settings(fake, corpus, index_dir)
    async with running(build_application(settings, Searcher(index_dir, shared_embedder))):
        (before,) = await exchange(fake, "Hva vedtok Stortinget om klimaloven?")
        assert not any("klimalov" in q for q in blockquotes(before.text))
        (corpus / "stortinget.txt").write_text(NEW_ARTICLE, "utf-8")
        await asyncio.to_thread(build_index, corpus, index_dir, embedder)  # as `python -m index build` would
        (after,) = await exchange(fake, "Hva vedtok Stortinget om klimaloven?")
        assert any("klimalov" in q for q in blockquotes(after.text))


# -- errors and logs -----------------------------------------------------------------------------------------

class BrokenSearcher:
    """A searcher whose answers fail with an internal detail that must not reach the chat."""

    def __init__(self, real: Searcher) -> None:
        self.real, self.embedder = real, real.embedder

    def refresh(self) -> bool:
        return False

    def answer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("sqlite file /srv/secret/index.sqlite is corrupt")


async def test_errors_are_logged_and_the_user_gets_a_polite_message(
        fake: FakeTelegram, bot_corpus: Path, bot_index: Path, bot_searcher: Searcher,
        caplog: pytest.LogCaptureFixture) -> None:
    settings = bot_settings(fake, bot_corpus, bot_index)
    with caplog.at_level(logging.ERROR):
        async with running(build_application(settings, BrokenSearcher(bot_searcher))):
            (reply,) = await exchange(fake, "Hva sa Peskov?")
    assert reply.text == SORRY and "secret" not in reply.text
    (record,) = [r for r in caplog.records if r.getMessage() == "Exception while handling an update:"]
    assert record.exc_info and "corrupt" in str(record.exc_info[1])


async def test_the_token_never_appears_in_the_logs(fake: FakeTelegram, bot_corpus: Path, bot_index: Path,
                                                   bot_searcher: Searcher,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    levels = {name: logging.getLogger(name).level
              for name in ("httpx", "httpcore", "telegram.Bot", "telegram.ext.ExtBot")}
    quiet_noisy_loggers()  # what main() does
    try:
        caplog.set_level(logging.DEBUG)
        settings = bot_settings(fake, bot_corpus, bot_index)
        async with running(build_application(settings, bot_searcher)):
            await exchange(fake, "Hva sa Peskov?")
            fake.fail_next("sendMessage", retry_after=1)
            await exchange(fake, "/start")
        assert any(r.name.startswith("telegram.ext") and r.levelno == logging.DEBUG
                   for r in caplog.records)  # PTB did log, at DEBUG
        assert fake.token not in caplog.text
        assert all(fake.token not in str(r.args) for r in caplog.records)
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


async def test_httpx_would_log_the_token_if_not_quietened(fake: FakeTelegram,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    """Why the test above matters: httpx logs each request URL, token included, at INFO."""
    from telegram import Bot

    level = logging.getLogger("httpx").level
    logging.getLogger("httpx").setLevel(logging.INFO)
    try:
        with caplog.at_level(logging.INFO):
            async with Bot(fake.token, base_url=fake.base_url) as bot:
                await bot.get_me()
        assert fake.token in caplog.text
    finally:
        logging.getLogger("httpx").setLevel(level)
