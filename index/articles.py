"""Load article files and exports into `Article`s made of numbered `Paragraph`s.

The paragraph numbering here is the one every tool, JSON output and evaluation file uses
(DESIGN.md): the 0-based position of a block in the body, header excluded, headings counted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

log = logging.getLogger(__name__)

HEADER_KEYS = frozenset({"title", "url", "published", "language", "author", "section"})
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".jsonl"})
NOT_ARTICLES = ("readme", "license", "licence", "sources")
_HEADER_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:(.*)$")
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
# a photo credit, an all-caps kicker opening a caption ("HUMØR ER HELSE: …", "ROMANIA: …"), or a teaser
# for another article ("LEST DENNE? …"): none of them part of the story's text
PHOTO_CREDIT = r"\b(?:Foto|FOTO|Photo|PHOTO|Illustrasjon|Illustration|Bilde)\s*:"
KICKER = r"^[«\"]?[A-ZÆØÅ][A-ZÆØÅ0-9 ,!?'-]{3,}[»\"]?:\s"
_CAPTION = re.compile(rf"{PHOTO_CREDIT}|{KICKER}|^(?:LEST DENNE|HAR DU LEST)\?\s")
# A dateline: a place in capitals, then two or more whole sentences of story ("SANDNES: …. …."); a caption's
# kicker has one sentence or ends with the photographer ("TYFON: …. Toru Hanai/AP/NTB scanpix")
_DATELINE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ-]{2,}(?:\s[A-ZÆØÅ-]{3,})?:\s[^:?]{20,}[.!»”]\s+[A-ZÆØÅ«–-][^:?]*[.!»”]$")
_CREDIT = re.compile(rf"{PHOTO_CREDIT}|scanpix|NTB|\(arkiv\)", re.IGNORECASE)
_SENTENCE_END = ('.', '!', '?', '»', '"', '”', '…')
# a few words wholly in quote marks with no sentence inside ("«Svært positivt»") head a section like any crosshead
_QUOTED_HEADING = re.compile(r"[«“\"][^«»“”\".!?…:;]+[»”\"]")

_NYNORSK = {"ikkje", "eg", "kva", "korleis", "meiner", "seier", "frå", "berre", "mykje", "noko", "vere", "kven"}
_BOKMAL = {"ikke", "jeg", "hva", "hvordan", "mener", "sier", "fra", "bare", "mye", "noe", "være", "hvem",
           "og", "er", "det", "som", "på", "til", "av", "med", "har", "en", "et", "å", "for", "at"}
_ENGLISH = {"the", "and", "is", "of", "to", "in", "that", "said", "was", "for", "with", "he", "she", "it"}


@dataclass(frozen=True)
class Paragraph:
    """One block of an article body; `text` is verbatim from the source."""

    position: int
    text: str
    kind: str  # lead | body | heading | caption


@dataclass(frozen=True)
class Article:
    """A news article as the index sees it; `source` is its path relative to the articles folder."""

    source: str
    article_id: str
    title: str
    url: str | None
    published: str | None
    language: str
    paragraphs: tuple[Paragraph, ...]
    author: str | None = None
    section: str | None = None
    checksum: str = ""


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as an article, with the reason shown to the user."""

    source: str
    reason: str


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class ArticleError(ValueError):
    """An article that cannot be used; the message says why."""


def is_article_file(path: Path) -> bool:
    """README, LICENSE, SOURCES and hidden files sit beside articles but are not articles."""
    name = path.name.lower()
    return (path.suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".")
            and not name.startswith(NOT_ARTICLES))


def load_articles(root: Path) -> LoadResult:
    """Walk `root` recursively; a file that cannot be read is skipped and named, never fatal."""
    result = LoadResult()
    root = Path(root)
    if not root.is_dir():
        raise ArticleError(f"articles folder not found: {root}")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not is_article_file(path):
            continue
        source = rel.as_posix()
        try:
            raw = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.skipped.append(Skipped(source, f"cannot read as UTF-8 text: {exc}"))
            continue
        if path.suffix.lower() == ".jsonl":
            for item in _parse_jsonl(raw, source):
                (result.articles if isinstance(item, Article) else result.skipped).append(item)
            continue
        try:
            result.articles.append(parse_article(raw, source, markdown=path.suffix.lower() != ".txt"))
        except ArticleError as exc:
            result.skipped.append(Skipped(source, str(exc)))
    for skipped in result.skipped:
        log.warning("skipped %s: %s", skipped.source, skipped.reason)
    return result


def parse_article(raw: str, source: str, markdown: bool = False) -> Article:
    """Parse one article file: an optional header or YAML front matter, then blank-line blocks."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    meta, body = split_header(text)
    blocks = body_blocks(body)
    headings: set[int] = set()
    if markdown:
        headings = {i for i, b in enumerate(blocks) if b.startswith("#")}
        blocks = [re.sub(r"^#{1,6}\s+", "", b) for b in blocks]
    if not blocks:
        raise ArticleError("no text in the article body")
    stem = Path(source).stem
    return make_article(source, str(meta.get("id") or stem), meta, blocks, raw, headings)


def make_article(source: str, article_id: str, meta: dict, blocks: list[str], raw: str,
                 headings: set[int] = frozenset()) -> Article:
    """Build the Article: kinds per block, title fallback, language when the header has none."""
    kinds = [paragraph_kind(b, i, i in headings) for i, b in enumerate(blocks)]
    opening = next((i for i, k in enumerate(kinds) if k not in ("caption", "heading")), len(kinds))
    for i in range(opening):  # "MOLDE: Mandag signerte …": the story's first paragraph opens with a dateline
        if kinds[i] == "caption" and _DATELINE.match(blocks[i]) and not _CREDIT.search(blocks[i]):
            kinds[i] = "lead" if i == 0 else "body"
            break
    paragraphs = tuple(Paragraph(i, b, k) for i, (b, k) in enumerate(zip(blocks, kinds)))
    title = _text(meta.get("title")) or _shorten(blocks[0]) or Path(source).stem
    language = (_text(meta.get("language")) or guess_language(" ".join(blocks[:6]))).lower()
    return Article(
        source=source, article_id=article_id, title=title, url=_text(meta.get("url")),
        published=_text(meta.get("published")), language=language, paragraphs=paragraphs,
        author=_text(meta.get("author")), section=_text(meta.get("section")),
        checksum=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )


def split_header(text: str) -> tuple[dict, str]:
    """Split a `key: value` header (known keys, ended by a blank line) or YAML front matter."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            try:
                meta = yaml.safe_load("\n".join(lines[1:end])) or {}
            except yaml.YAMLError as exc:
                raise ArticleError(f"broken YAML front matter: {exc.__class__.__name__}") from exc
            if not isinstance(meta, dict):
                raise ArticleError("YAML front matter is not a mapping")
            return {str(k).lower(): v for k, v in meta.items()}, "\n".join(lines[end + 1:])
    meta: dict = {}
    i = 0
    while i < len(lines):
        match = _HEADER_LINE.match(lines[i])
        if not match or match.group(1).lower() not in HEADER_KEYS:
            break
        meta[match.group(1).lower()] = match.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        return meta, "\n".join(lines[i:])
    return {}, text


def body_blocks(body: str) -> list[str]:
    """Paragraphs are blocks separated by one or more blank lines."""
    return [b.strip() for b in _BLOCK_SPLIT.split(body) if b.strip()]


def paragraph_kind(text: str, position: int, is_heading: bool = False) -> str:
    """Crossheads are short unpunctuated lines; captions carry a photo credit."""
    if _CAPTION.search(text):
        return "caption"
    lead_in = text.endswith(":") and bool(re.search(r"[.!?]\s", text))  # "Selv tar hun det med ro. Til NTB sier hun:"
    if is_heading or ("\n" not in text and len(text.split()) <= 10 and not lead_in and (
            not text.endswith(_SENTENCE_END) or (position > 0 and _QUOTED_HEADING.fullmatch(text)))):
        return "heading"
    return "lead" if position == 0 else "body"


def guess_language(text: str) -> str:
    """nb, nn or en from function words: enough to pick a stemmer and a cue list."""
    words = re.findall(r"[a-zæøåA-ZÆØÅ]+", text.lower())
    en = sum(w in _ENGLISH for w in words)
    nb = sum(w in _BOKMAL for w in words)
    nn = sum(w in _NYNORSK for w in words)
    if en > nb + nn:
        return "en"
    return "nn" if nn > 2 and nn * 3 > nb else "nb"


def _parse_jsonl(raw: str, source: str) -> Iterator[Article | Skipped]:
    """One article per line: id, title, url, published, language, and body or paragraphs."""
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ArticleError("line is not a JSON object")
            item = {str(k).lower(): v for k, v in item.items()}
            ident = _text(item.get("id"))
            item_source = f"{source}#{ident}" if ident else f"{source}#{lineno}"
            if isinstance(item.get("paragraphs"), list):
                blocks = [str(p).strip() for p in item["paragraphs"] if str(p).strip()]
            elif isinstance(item.get("body"), str):
                blocks = body_blocks(item["body"].replace("\r\n", "\n"))
            else:
                raise ArticleError("no 'body' or 'paragraphs'")
            if not blocks:
                raise ArticleError("no text in the article body")
            yield make_article(item_source, ident or f"{Path(source).stem}-{lineno}", item, blocks, line)
        except (json.JSONDecodeError, ArticleError) as exc:
            yield Skipped(f"{source}#{lineno}", f"broken JSONL line: {exc}")


def _shorten(text: str, limit: int = 100) -> str:
    """A first block used as title, cut at a word boundary so citations stay readable."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _text(value: object) -> str | None:
    """Header values may be empty (`published:`) or dates from YAML; both become str or None."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None
