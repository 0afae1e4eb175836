"""Who says what: quotes, reported speech and sources in news paragraphs (pure, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from index.articles import Article


@dataclass(frozen=True)
class Entity:
    """A person, organisation or outlet, with the other names and roles the articles give it."""

    name: str
    kind: str  # person | organisation | outlet
    aliases: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()

    def merge(self, other: "Entity") -> "Entity":
        return Entity(self.name, self.kind, self.aliases | other.aliases, self.roles | other.roles)


@dataclass(frozen=True)
class Attribution:
    """One paragraph's words credited to one speaker; `start`/`end` delimit the words in the paragraph."""

    paragraph: int
    speaker: str | None
    speaker_mention: str
    cue: str
    kind: str  # direct | indirect | according_to
    stance: str  # asserts | confirms | denies | declines
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    outlet: str | None = None  # "sier X til AP": AP


@dataclass(frozen=True)
class ArticleAttributions:
    """What attribution found in one article, ready to store."""

    entities: Sequence[Entity] = ()
    attributions: Sequence[Attribution] = ()
    mentions: Sequence[tuple[int, str]] = field(default_factory=tuple)  # (paragraph, entity name)


def attribute_article(article: Article) -> ArticleAttributions:
    """Find the attributions of one article."""
    return ArticleAttributions()
