"""The conversation, independent of Telegram: commands to questions, follow-ups, More and Context.

Both the Telegram handlers and the console call these functions, so the two behave the same.
Per-chat state lives in a plain dict (PTB's `context.chat_data`, or the console's own dict).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

from index.answers import Answer, Passage
from index.question import SPEAKER_QUOTES, parse_question
from index.search import PRONOUNS, Searcher
from index.store import ParagraphRow

log = logging.getLogger(__name__)

# Answers remembered per chat for the More/Context buttons; older buttons say "ask again".
REMEMBERED_ANSWERS = 50

START_TEXT = """\
Hi! I answer "who said what" from the newsroom's own articles, with verbatim quotes and a \
citation for each (article, date, paragraph). I never make a sentence up.

Just ask, e.g. "Hva sa Peskov?" or "Who says Putin asked Musk not to activate Starlink?". \
/help lists the commands."""

HELP_TEXT = """\
Ask a question in Norwegian or English, as a message (in groups: mention me or reply to me).

Examples:
  Hva sa Peskov?
  og hva sa han om Trump?   (follow-up: "han" is the last person asked about)
  Hvem sier at Putin ba Musk om ikke å aktivere Starlink over Taiwan?
  Hva er kilden til at Musk er verdt 271 milliarder?
  What did Dmitry Peskov say about the WSJ report?
  Who denied the report?
  What happened with Starlink in Ukraine?

Commands:
  /ask <question>  - ask a question (needed in groups)
  /who <name>      - what a person said ("Hva sa <name>?")
  /source <claim>  - who says it ("Hvem sier at <claim>?")
  /stats           - what the index holds and when it was built
  /reindex         - rebuild the index from the articles folder (admins)
Under an answer: "Context" shows the surrounding paragraphs, "More" the next results."""


def who_question(name: str) -> str:
    """/who Peskov -> "Hva sa Peskov?" (a topic may follow: /who Peskov om Trump)."""
    return f"Hva sa {name.strip().rstrip('?!. ')}?"


def source_question(claim: str) -> str:
    """/source <claim> -> "Hvem sier at <claim>?" (a leading "at"/"that" is not doubled)."""
    claim = claim.strip().rstrip("?!. ")
    for lead in ("at ", "that ", "om at "):
        if claim.lower().startswith(lead):
            claim = claim[len(lead):]
    return f"Hvem sier at {claim}?"


@dataclass
class AskedQuestion:
    """What the More and Context buttons need to repeat a question: kept in chat state, not in the button."""

    question: str
    previous_speaker: str | None
    shown: list[tuple[str, int]] = field(default_factory=list)  # (source, paragraph) already sent

    @property
    def first(self) -> tuple[str, int] | None:
        return self.shown[0] if self.shown else None


class ChatMemory:
    """One chat's state in a dict: the last speaker asked about and the recent answers by key."""

    def __init__(self, data: MutableMapping[str, Any]) -> None:
        self.data = data

    @property
    def last_speaker(self) -> str | None:
        return self.data.get("last_speaker")

    def note_speaker(self, question: str, answer: Answer) -> None:
        """Remember whom the chat is talking about, for "og hva sa han …?".

        The index's resolved name wins; a name the index does not know is still remembered, so
        the follow-up honestly answers that this person is not quoted instead of "who is han?".
        """
        speaker = answer.speaker
        if not speaker and answer.intent == SPEAKER_QUOTES:
            asked = parse_question(question).speaker
            if asked and asked.lower() not in PRONOUNS:  # a pronoun keeps the speaker as it was
                speaker = asked
        if speaker:
            self.data["last_speaker"] = speaker

    def remember(self, asked: AskedQuestion) -> str:
        """Store an answer for its buttons; the short key fits in callback_data (64 bytes)."""
        answers: dict[str, AskedQuestion] = self.data.setdefault("answers", {})
        key = str(self.data.get("next_key", 1))
        self.data["next_key"] = int(key) + 1
        answers[key] = asked
        for old in list(answers)[:-REMEMBERED_ANSWERS]:
            del answers[old]
        return key

    def recall(self, key: str) -> AskedQuestion | None:
        return self.data.get("answers", {}).get(key)

    @property
    def last_key(self) -> str | None:
        answers = self.data.get("answers") or {}
        return next(reversed(answers), None)


@dataclass(frozen=True)
class Reply:
    """An answer and the page of its passages to show; `key` is set when buttons make sense."""

    answer: Answer
    passages: tuple[Passage, ...]
    key: str | None
    has_more: bool
    first_page: bool = True


class Conversation:
    """Answers questions for chats, one search at a time.

    Searches run in a worker thread so the event loop keeps serving; the lock keeps a refresh
    (which closes the old index generation) from happening in the middle of a search.
    """

    def __init__(self, searcher: Searcher, page_size: int = 5) -> None:
        self.searcher = searcher
        self.page_size = page_size
        self._lock = asyncio.Lock()

    async def ask(self, question: str, memory: ChatMemory) -> Reply:
        """Answer a new question; follow-up pronouns resolve to the chat's last speaker."""
        previous = memory.last_speaker
        answer = await self._search(question, self.page_size, previous)
        memory.note_speaker(question, answer)
        if not answer.passages:
            return Reply(answer, (), None, False)
        asked = AskedQuestion(question, previous, [(p.source, p.paragraph) for p in answer.passages])
        key = memory.remember(asked)
        return Reply(answer, answer.passages, key, len(answer.passages) >= self.page_size)

    async def more(self, key: str, memory: ChatMemory) -> Reply | None:
        """The next page: ask again with a larger k and keep what was not shown yet."""
        asked = memory.recall(key)
        if asked is None:
            return None
        k = len(asked.shown) + self.page_size
        answer = await self._search(asked.question, k, asked.previous_speaker)
        seen = set(asked.shown)
        fresh = tuple(p for p in answer.passages if (p.source, p.paragraph) not in seen)[: self.page_size]
        asked.shown.extend((p.source, p.paragraph) for p in fresh)
        return Reply(answer, fresh, key, bool(fresh) and len(answer.passages) >= k, first_page=False)

    async def context(self, key: str, memory: ChatMemory, radius: int = 1) -> tuple[list[ParagraphRow], int] | None:
        """The paragraphs around the first passage of an answer, and that passage's position."""
        asked = memory.recall(key)
        if asked is None or asked.first is None:
            return None
        source, paragraph = asked.first
        async with self._lock:
            rows = await asyncio.to_thread(self._refreshed, self.searcher.context, source, paragraph, radius)
        return rows, paragraph

    async def stats(self) -> dict:
        async with self._lock:
            return await asyncio.to_thread(self._refreshed, self.searcher.stats)

    async def refresh(self) -> bool:
        """Switch to a newly published index generation (after /reindex or a command-line build)."""
        async with self._lock:
            return await asyncio.to_thread(self.searcher.refresh)

    async def _search(self, question: str, k: int, previous_speaker: str | None) -> Answer:
        async with self._lock:
            return await asyncio.to_thread(self._refreshed, self.searcher.answer, question, k, previous_speaker)

    def _refreshed(self, call: Any, *args: Any) -> Any:
        """Pick up a build published by the command line before answering (a cheap file read)."""
        try:
            self.searcher.refresh()
        except Exception:  # a half-readable new generation must not stop answers from the old one
            log.exception("could not switch to the new index generation; answering from the current one")
        return call(*args)
