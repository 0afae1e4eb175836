"""Answers as chat messages: Telegram HTML (escaped, split under 4096 characters) or plain text.

Pure functions, no Telegram client: the same layout serves the bot (HTML) and the console (PLAIN),
so the two can never drift apart. Every piece of article text goes through `Markup.escape`; an
article containing `<b>`, `&` or `<script>` is shown as text, never as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from index.answers import Answer, Passage
from index.question import CLAIM_SOURCE, SPEAKER_QUOTES, TOPICAL
from index.store import ParagraphRow

TELEGRAM_LIMIT = 4096
# Telegram counts the text after entity parsing; the HTML source is always at least as long, so
# staying under the limit in source characters (UTF-16 units, as Telegram counts) is safe.
MESSAGE_LIMIT = 4000
BLOCK_SEPARATOR = "\n\n"
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+")
_INTENT_WORDS = {SPEAKER_QUOTES: "quotes by a speaker", CLAIM_SOURCE: "the source of a claim"}
_TIPS = {
    SPEAKER_QUOTES: "Try the full name or another spelling (Dmitrij / Dmitry), or ask about the topic: /ask <topic>.",
    CLAIM_SOURCE: "Try the claim's key words, e.g. /source Musk snakket med Putin, or a shorter question.",
    TOPICAL: "Try other words, a person's name (/who Peskov), or a shorter question.",
}


@dataclass(frozen=True)
class Markup:
    """How emphasis, quotes and links are written in one medium."""

    escape: Callable[[str], str]
    bold: Callable[[str], str]
    italic: Callable[[str], str]
    quote: Callable[[str], str]
    link: Callable[[str, str], str]  # (already escaped text, raw url)
    cite: Callable[[str], str] = lambda t: t  # the citation line under a quote


def _html_link(text: str, url: str) -> str:
    # Telegram accepts only web links here; anything else (javascript:, data:) stays plain text.
    if url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{text}</a>'
    return f"{text} ({html.escape(url)})"


HTML = Markup(escape=html.escape, bold=lambda t: f"<b>{t}</b>", italic=lambda t: f"<i>{t}</i>",
              quote=lambda t: f"<blockquote>{t}</blockquote>", link=_html_link)
PLAIN = Markup(escape=lambda t: t, bold=lambda t: t, italic=lambda t: t,
               quote=lambda t: "\n".join("  │ " + line for line in t.split("\n")),
               link=lambda t, url: f"{t} ({url})", cite=lambda t: f"  — {t}")


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def render_answer(answer: Answer, passages: Sequence[Passage] | None = None, *, heading: str | None = None,
                  markup: Markup = HTML, limit: int = MESSAGE_LIMIT) -> list[str]:
    """An answer as messages: a summary, then each quote with its speaker and citation.

    `passages` defaults to all of the answer's; "More" passes the next page and a `heading`.
    """
    shown = answer.passages if passages is None else tuple(passages)
    blocks = [heading if heading is not None else _summary(answer, markup)]
    for passage in shown:
        blocks.extend(_passage_blocks(passage, markup, limit))
    if not answer.found and heading is None:
        blocks.append(_nothing_found_hint(answer, markup))
    return pack(blocks, limit)


def render_more_heading(answer: Answer, markup: Markup = HTML) -> str:
    return f"More for {markup.italic(markup.escape('«' + answer.question + '»'))}:"


def render_no_more(answer: Answer, markup: Markup = HTML) -> str:
    return f"No more results for {markup.italic(markup.escape('«' + answer.question + '»'))}."


def render_context(rows: Sequence[ParagraphRow], focus: int, markup: Markup = HTML,
                   limit: int = MESSAGE_LIMIT) -> list[str]:
    """The paragraphs around a cited one; the cited paragraph is quoted, its neighbours are plain."""
    if not rows:
        return [markup.escape("That paragraph is no longer in the index; ask again.")]
    first = rows[0]
    title = _title(first.title, first.url, markup)
    date = f", {markup.escape(first.published)}" if first.published else ""
    blocks = [f"{markup.bold('Context')}: {title}{date}"]
    for row in rows:
        label = f"¶{row.position + 1}"
        if row.position == focus:
            blocks.extend(_quoted_text_blocks(row.text, markup.bold(label), "", markup, limit))
        else:
            blocks.extend(_plain_text_blocks(row.text, label, markup, limit))
    return pack(blocks, limit)


def render_stats(stats: dict, markup: Markup = HTML) -> str:
    """/stats: what the live index holds and when it was built."""
    e = markup.escape
    lines = [markup.bold("Index"),
             f"Articles: {e(str(stats.get('articles', '?')))}",
             f"Paragraphs: {e(str(stats.get('paragraphs', '?')))}",
             f"Speakers: {e(str(stats.get('speakers', '?')))}",
             f"Built: {e(str(stats.get('created', '?')))}",
             f"Model: {e(str(stats.get('model', '?')))}",
             f"Generation: {e(str(stats.get('generation', '?')))}"]
    return "\n".join(lines)


def render_text(text: str, markup: Markup = HTML) -> str:
    """Fixed bot texts (help, refusals) are plain; escape them for the medium."""
    return markup.escape(text)


def pack(blocks: Iterable[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join whole blocks into as few messages as fit under `limit`; a block is never cut here."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if not block:
            continue
        candidate = f"{current}{BLOCK_SEPARATOR}{block}" if current else block
        if telegram_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            messages.append(current)
        current = block
    if current:
        messages.append(current)
    return messages


def split_text(text: str, budget: int, measure: Callable[[str], int] = telegram_length) -> list[str]:
    """Cut `text` into pieces with measure(piece) <= budget: at sentences, else words, else characters."""
    if measure(text) <= budget:
        return [text]
    pieces: list[str] = []
    current = ""
    for unit in _units(text, budget, measure):
        candidate = f"{current} {unit}" if current else unit
        if measure(candidate) <= budget:
            current = candidate
        else:
            if current:
                pieces.append(current)
            current = unit
    if current:
        pieces.append(current)
    return pieces


def _units(text: str, budget: int, measure: Callable[[str], int]) -> Iterable[str]:
    """Sentences that fit; sentences that do not, as words; words that do not, as character runs."""
    for sentence in _SENTENCE_END.split(text.strip()):
        if measure(sentence) <= budget:
            yield sentence
            continue
        for word in sentence.split():
            if measure(word) <= budget:
                yield word
                continue
            run = ""
            for char in word:
                if run and measure(run + char) > budget:
                    yield run
                    run = ""
                run += char
            if run:
                yield run


def _summary(answer: Answer, markup: Markup) -> str:
    """The answer's first line (index/ writes it), with the speaker in bold."""
    text = answer.answer.split("\n", 1)[0] if answer.passages else answer.answer
    text = text.strip() or ("Answer:" if answer.found else "Nothing found.")
    speaker = answer.speaker
    if speaker and speaker in text:
        before, _, after = text.partition(speaker)
        return markup.escape(before) + markup.bold(markup.escape(speaker)) + markup.escape(after)
    return markup.escape(text)


def _nothing_found_hint(answer: Answer, markup: Markup) -> str:
    """What was searched, and how to ask differently."""
    what = _INTENT_WORDS.get(answer.intent, "paragraphs about the question")
    searched = f"Searched the indexed articles for {what}: {markup.italic(markup.escape('«' + answer.question + '»'))}."
    if "Try " in answer.answer:  # index/ already suggested a rephrasing
        return searched
    return f"{searched}\n{markup.escape(_TIPS.get(answer.intent, _TIPS[TOPICAL]))}"


def _title(title: str, url: str | None, markup: Markup) -> str:
    text = markup.escape(title or "Untitled article")
    return markup.link(text, url) if url else markup.italic(text)


def citation(passage: Passage, markup: Markup = HTML) -> str:
    """Article title linked to its URL, date, ¶N (1-based); the file name when there is no URL."""
    parts = [_title(passage.title, passage.url, markup)]
    if passage.published:
        parts.append(markup.escape(passage.published))
    parts.append(f"¶{passage.paragraph + 1}")
    if not passage.url:
        parts.append(markup.escape(passage.source))
    return ", ".join(parts)


def _speaker_line(passage: Passage, markup: Markup) -> str:
    if not passage.speaker:
        return ""
    line = markup.bold(markup.escape(passage.speaker))
    if passage.role:
        line += f", {markup.escape(passage.role)}"
    if passage.cue:
        line += f" ({markup.escape(passage.cue)})"
    return line + ":"


def _passage_blocks(passage: Passage, markup: Markup, limit: int) -> list[str]:
    return _quoted_text_blocks(passage.text, _speaker_line(passage, markup),
                               markup.cite(citation(passage, markup)), markup, limit)


def _quoted_text_blocks(text: str, head: str, tail: str, markup: Markup, limit: int) -> list[str]:
    """head / quote / tail; a quote too long for one message becomes several whole quotes."""
    whole = _lines(head, markup.quote(markup.escape(text)), tail)
    if telegram_length(whole) <= limit:
        return [whole]
    overhead = telegram_length(_lines(head, markup.quote(""), tail)) + 2
    pieces = split_text(text, limit - overhead, lambda s: telegram_length(markup.escape(s)))
    blocks = [markup.quote(markup.escape(piece)) for piece in pieces]
    blocks[0] = _lines(head, blocks[0])
    blocks[-1] = _lines(blocks[-1], tail)
    return blocks


def _plain_text_blocks(text: str, label: str, markup: Markup, limit: int) -> list[str]:
    budget = limit - telegram_length(label) - 2
    return [f"{label} {markup.escape(piece)}"
            for piece in split_text(text, budget, lambda s: telegram_length(markup.escape(s)))]


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)
