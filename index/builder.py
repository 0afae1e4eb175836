"""Build a new index generation from an articles folder, reusing unchanged paragraphs' vectors."""

from __future__ import annotations

import logging
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from filelock import FileLock, Timeout
from tqdm import tqdm

from index.articles import Article, Skipped, load_articles
from index.attribution import ArticleAttributions, attribute_article, attribution_key
from index.embedder import Embedder
from index.settings import EXACT_LIMIT
from index.store import Generation, new_generation_dir, publish, text_hash, write_generation

log = logging.getLogger(__name__)

EMBED_CHUNK = 256
ProgressCallback = Callable[[str, int, int], None]  # (stage, done, total)


class BuildError(RuntimeError):
    """A build that could not finish; the live generation is untouched."""


@dataclass(frozen=True)
class BuildReport:
    """The counts `build --json` prints (DESIGN.md)."""

    articles: int
    paragraphs: int
    embedded: int
    reused: int
    removed: int
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict:
        return {"articles": self.articles, "paragraphs": self.paragraphs, "embedded": self.embedded,
                "reused": self.reused, "removed": self.removed,
                "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
                "seconds": round(self.seconds, 3)}


def build_index(articles_dir: Path, index_dir: Path, embedder: Embedder, faiss_kind: str = "auto",
                rebuild: bool = False, progress: ProgressCallback | None = None,
                exact_limit: int = EXACT_LIMIT) -> BuildReport:
    """Write and publish a new generation; a failure leaves the live one answering."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(index_dir / ".build.lock"), timeout=0):
            loaded = load_articles(Path(articles_dir))
            kind = faiss_kind_for(faiss_kind, sum(len(a.paragraphs) for a in loaded.articles), exact_limit)
            report = _build_locked(loaded.articles, index_dir, embedder, kind, rebuild, progress)
    except Timeout as exc:
        raise BuildError(f"another build of {index_dir} is running; try again when it has finished") from exc
    return BuildReport(report.articles, report.paragraphs, report.embedded, report.reused, report.removed,
                       loaded.skipped, time.perf_counter() - started)


def _build_locked(articles: list[Article], index_dir: Path, embedder: Embedder, faiss_kind: str,
                  rebuild: bool, progress: ProgressCallback | None) -> BuildReport:
    texts = [p.text for a in articles for p in a.paragraphs]
    previous = None if rebuild else _previous(index_dir, embedder)
    vectors, embedded = _vectors(texts, previous, embedder, progress)
    removed = _removed(previous, articles) if previous else 0
    cached = previous.cached_attributions() if previous else {}
    # an unchanged article under unchanged rules keeps its attributions: a no-op build does no attribution
    found = [cached.get(attribution_key(a)) or safe_attributions(a) for a in articles]
    if progress:
        progress("attribution", len(articles), len(articles))
    path = new_generation_dir(index_dir)
    try:
        write_generation(path, articles, vectors, embedder.identity, found, faiss_kind)
        publish(index_dir, path)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    finally:
        if previous:
            previous.close()
    log.info("published generation %s: %d articles, %d paragraphs, %d embedded",
             path.name, len(articles), len(texts), embedded)
    return BuildReport(len(articles), len(texts), embedded, len(texts) - embedded, removed)


def safe_attributions(article: Article) -> ArticleAttributions:
    """Attribution of one article; a bug on odd text costs that article its speakers, not the build."""
    try:
        return attribute_article(article)
    except Exception:  # noqa: BLE001 - the article is still indexed and searchable without speakers
        log.exception("attribution failed for %s; indexed without speakers", article.source)
        return ArticleAttributions()


def _previous(index_dir: Path, embedder: Embedder) -> Generation | None:
    """The live generation, if its vectors were made by the same model (else nothing is reusable)."""
    try:
        generation = Generation.open(index_dir)
    except Exception as exc:  # a missing or unreadable old index only means nothing is reused
        log.info("no reusable index in %s (%s)", index_dir, exc)
        return None
    identity = embedder.identity
    manifest = generation.manifest
    if (manifest.model, manifest.fingerprint, manifest.dimension) != (identity.name, identity.fingerprint,
                                                                      identity.dimension):
        log.info("the live index was made with %s; every paragraph is embedded again", manifest.model)
        generation.close()
        return None
    return generation


def _vectors(texts: list[str], previous: Generation | None, embedder: Embedder,
             progress: ProgressCallback | None) -> tuple[np.ndarray, int]:
    """Take stored vectors for known texts; embed the rest once each (duplicates share a vector)."""
    rows, stored = previous.reusable_vectors() if previous else ({}, None)
    vectors = np.zeros((len(texts), embedder.identity.dimension), dtype=np.float32)
    new_texts: dict[str, list[int]] = {}
    embedded = 0
    for i, text in enumerate(texts):
        row = rows.get(text_hash(text))
        if row is not None:
            vectors[i] = stored[row]
        else:
            new_texts.setdefault(text, []).append(i)
            embedded += 1
    unique = sorted(new_texts, key=len)  # similar lengths share a batch: less padding
    with tqdm(total=len(unique), desc="embedding", unit="para", disable=len(unique) < 500,
              file=sys.stderr) as bar:
        for start in range(0, len(unique), EMBED_CHUNK):
            batch = unique[start:start + EMBED_CHUNK]
            for text, vector in zip(batch, embedder.embed_documents(batch)):
                vectors[new_texts[text]] = vector
            bar.update(len(batch))
            if progress:
                progress("embedding", min(start + EMBED_CHUNK, len(unique)), len(unique))
    return vectors, embedded


def _removed(previous: Generation, articles: list[Article]) -> int:
    """Paragraphs of the old generation whose (article, text) is gone from the new one."""
    old = Counter(previous.paragraph_keys())
    new = Counter((a.source, text_hash(p.text)) for a in articles for p in a.paragraphs)
    return sum((old - new).values())


def faiss_kind_for(setting: str, paragraphs: int, exact_limit: int) -> str:
    """Exact search while it is fast enough; an inverted file with exact distances beyond (DESIGN.md, Scale)."""
    if setting != "auto":
        return setting
    return "flat" if paragraphs <= exact_limit else "ivfflat"
