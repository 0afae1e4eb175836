"""What a search returns: typed passages with citations, and the plain-text form of an answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Passage:
    """A verbatim paragraph with its citation and the attribution that makes it relevant."""

    source: str
    article_id: str
    title: str
    url: str | None
    published: str | None
    paragraph: int
    text: str
    speaker: str | None
    cue: str | None
    kind: str | None
    stance: str | None
    score: float
    role: str | None = None  # the speaker's description in the article ("Kremls talsperson")


@dataclass(frozen=True)
class Answer:
    """An answer to one question; `answer` is the same content as plain text."""

    question: str
    intent: str
    speaker: str | None
    found: bool
    passages: tuple[Passage, ...] = ()
    answer: str = ""
    topic: str | None = None
    error: str | None = None

    def as_json(self) -> dict:
        data = {"question": self.question, "intent": self.intent, "speaker": self.speaker, "found": self.found,
                "passages": [_passage_json(p) for p in self.passages], "answer": self.answer}
        if self.error:
            data["error"] = self.error
        return data


def _passage_json(passage: Passage) -> dict:
    data = asdict(passage)
    data["score"] = round(float(passage.score), 4)
    return data


def citation(passage: Passage) -> str:
    """"Title, 2024-10-25, ¶10 (url)": paragraphs are shown 1-based, as people count them."""
    parts = [passage.title]
    if passage.published:
        parts.append(passage.published)
    parts.append(f"¶{passage.paragraph + 1}")
    text = ", ".join(parts)
    return f"{text} ({passage.url})" if passage.url else f"{text} [{passage.source}]"


def render_text(summary: str, passages: tuple[Passage, ...]) -> str:
    """The plain-text answer: a summary line, then each quote with its speaker and citation."""
    lines = [summary]
    for passage in passages:
        cue = f" ({passage.cue})" if passage.cue else ""  # a crosshead or a quote that goes on has none
        who = f"{passage.speaker}{cue}: " if passage.speaker else ""
        lines.append("")
        lines.append(f"{who}«{passage.text}»" if passage.speaker else passage.text)
        lines.append(f"  — {citation(passage)}")
    return "\n".join(lines)
