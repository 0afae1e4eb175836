"""bot/render.py: escaped Telegram HTML, citations, and splitting under Telegram's 4096 characters."""

from __future__ import annotations


from bot.render import (HTML, PLAIN, TELEGRAM_LIMIT, citation, pack, render_answer, render_context, split_text,
                        telegram_length)
from index.answers import Answer, Passage
from index.store import ParagraphRow
from tests.support.bot_fixtures import assert_telegram_html, blockquotes


def passage(text: str, paragraph: int = 9, **fields) -> Passage:
    values = dict(source="seed/a.txt", article_id="a", title="Musk og Putin", url="https://nrk.no/a",
                  published="2024-10-25", paragraph=paragraph, text=text, speaker=None, cue=None, kind=None,
                  stance=None, score=1.0)
    values.update(fields)
    return Passage(**values)


def answer(*passages: Passage, found: bool = True, speaker: str | None = None, summary: str = "Answer:",
           intent: str = "topical", question: str = "Hva sa Peskov?") -> Answer:
    return Answer(question, intent, speaker, found, tuple(passages), summary + "\n\nplain text of the passages")


def test_quote_speaker_role_and_citation() -> None:
    quoted = passage("– Etter dette har Musk ikke hatt noen kontakt med Putin, påstår Peskov.", paragraph=10,
                     speaker="Dmitrij Peskov", role="Kremls talsperson", cue="påstår")
    (message,) = render_answer(answer(quoted, speaker="Dmitrij Peskov",
                                      summary="Dmitrij Peskov is quoted in 1 paragraph(s):"))
    assert message.startswith("<b>Dmitrij Peskov</b> is quoted in 1 paragraph(s):")
    assert "<b>Dmitrij Peskov</b>, Kremls talsperson (påstår):" in message
    assert blockquotes(message) == [quoted.text]
    assert '<a href="https://nrk.no/a">Musk og Putin</a>, 2024-10-25, ¶11' in message  # 0-based 10 is ¶11
    assert_telegram_html(message)


def test_article_text_cannot_inject_markup() -> None:
    hostile = passage('– Vi skriver <b>ikke</b> under & <script>alert("x")</script>, sier ordføreren.',
                      speaker="Kari <i>Nordmann</i>", role="ordfører & leder", cue="sier",
                      title='Budsjett <b>&</b> "skole"', url='https://example.org/a?id=1&ref="<b>"')
    (message,) = render_answer(answer(hostile, summary="Answer with <b>summary</b> & more:"))
    assert_telegram_html(message)
    assert "<script>" not in message and "&lt;script&gt;" in message
    assert "&lt;b&gt;ikke&lt;/b&gt;" in message and "Kari &lt;i&gt;Nordmann&lt;/i&gt;" in message
    assert "Answer with &lt;b&gt;summary&lt;/b&gt; &amp; more:" in message
    assert 'href="https://example.org/a?id=1&amp;ref=&quot;&lt;b&gt;&quot;"' in message
    assert blockquotes(message) == [hostile.text]  # verbatim once unescaped


def test_only_web_links_are_linked() -> None:
    (message,) = render_answer(answer(passage("Tekst.", url="javascript:alert(1)")))
    assert "<a " not in message and "javascript:alert(1)" in message
    (message,) = render_answer(answer(passage("Tekst.", url=None)))
    assert "<i>Musk og Putin</i>, 2024-10-25, ¶10, seed/a.txt" in message


def test_ten_thousand_character_passage_is_split_with_balanced_tags() -> None:
    sentences = [f"Setning nummer {i} om <budsjett> & skoler i kommunen, sier ordføreren." for i in range(160)]
    text = " ".join(sentences)
    assert len(text) > 10_000
    messages = render_answer(answer(passage(text, speaker="Kari Nordmann", cue="sier")))
    assert len(messages) >= 3
    for message in messages:
        assert len(message) < TELEGRAM_LIMIT and telegram_length(message) < TELEGRAM_LIMIT
        assert_telegram_html(message)
    quoted = [q for m in messages for q in blockquotes(m)]
    assert " ".join(quoted) == text  # split only between sentences, nothing lost
    assert all(q.endswith("ordføreren.") for q in quoted)  # sentence boundaries
    assert "<b>Kari Nordmann</b>" in messages[0] and "¶10" in messages[-1]


def test_many_passages_split_at_passage_boundaries() -> None:
    passages = [passage(f"Avsnitt {i}: " + "ord " * 200, paragraph=i) for i in range(12)]
    messages = render_answer(answer(*passages))
    assert len(messages) > 1
    seen = []
    for message in messages:
        assert len(message) < TELEGRAM_LIMIT
        assert_telegram_html(message)
        seen += [int(q.split(":")[0].split()[1]) for q in blockquotes(message)]
        assert message.count("<blockquote>") == message.count("¶")  # every quote keeps its citation
    assert seen == list(range(12))


def test_unsplittable_word_is_cut_by_characters() -> None:
    word = "x" * 9000
    pieces = split_text(word, 4000)
    assert "".join(pieces) == word and all(len(p) <= 4000 for p in pieces)
    messages = render_answer(answer(passage("&" * 5000)))  # escaping grows it fivefold
    assert all(len(m) < TELEGRAM_LIMIT for m in messages)
    assert "".join(blockquotes("".join(messages))) == "&" * 5000


def test_nothing_found_says_what_was_searched_and_suggests_rephrasing() -> None:
    nothing = Answer("Hva sa Obama?", "speaker_quotes", None, False, (),
                     "Nothing in the indexed articles quotes or mentions Obama.")
    (message,) = render_answer(nothing)
    assert "Nothing in the indexed articles quotes or mentions Obama." in message
    assert "Searched the indexed articles for quotes by a speaker: <i>«Hva sa Obama?»</i>" in message
    assert "Try the full name or another spelling" in message
    assert_telegram_html(message)


def test_plain_text_for_the_console() -> None:
    (text,) = render_answer(answer(passage("A < B & C", speaker="Peskov", cue="sier")), markup=PLAIN)
    assert "  │ A < B & C" in text and "Peskov (sier):" in text
    assert "  — Musk og Putin (https://nrk.no/a), 2024-10-25, ¶10" in text


def test_context_marks_the_cited_paragraph() -> None:
    rows = [ParagraphRow(i, "seed/a.txt", "a", "Musk & Putin", "https://nrk.no/a", "2024-10-25", "nb", i, "body",
                         f"Avsnitt <{i}>") for i in (8, 9, 10)]
    (message,) = render_context(rows, focus=9)
    assert_telegram_html(message)
    assert "¶9 Avsnitt &lt;8&gt;" in message and "¶11 Avsnitt &lt;10&gt;" in message
    assert "<b>¶10</b>\n<blockquote>Avsnitt &lt;9&gt;</blockquote>" in message
    assert '<a href="https://nrk.no/a">Musk &amp; Putin</a>' in message


def test_pack_never_exceeds_the_limit() -> None:
    blocks = ["a" * 1500, "b" * 1500, "c" * 1500, "d" * 10]
    assert [len(m) for m in pack(blocks, 4000)] == [3002, 1512]


def test_citation_helper_is_one_based() -> None:
    assert citation(passage("x", paragraph=0), HTML).endswith("¶1")
    assert citation(passage("x", title="A & B", url=None), PLAIN) == "A & B, 2024-10-25, ¶10, seed/a.txt"
    assert citation(passage("x", title="A & B", url=None), HTML).startswith("<i>A &amp; B</i>")
