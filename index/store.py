"""One index generation on disk (SQLite + FAISS + BM25 + manifest), publishing and opening it.

Layout of an index folder:
    CURRENT                      name of the live generation (replaced atomically)
    generations/<name>/          manifest.json, meta.sqlite, vectors.npy, vectors.faiss, lexical/
A build writes a complete generation beside the live one, then swaps CURRENT by rename, so
readers keep answering from the old generation until they reopen, and a crash leaves it intact.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import faiss
import numpy as np

from index.attribution import ArticleAttributions, Entity, attribution_key
from index.articles import Article
from index.embedder import ModelIdentity
from index.lexical import LexicalIndex

log = logging.getLogger(__name__)

FORMAT = 1
CURRENT = "CURRENT"
GENERATIONS = "generations"
KEEP_GENERATIONS = 2

SCHEMA = """
CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT UNIQUE, article_id TEXT, title TEXT, url TEXT,
    published TEXT, language TEXT, author TEXT, section TEXT, checksum TEXT);
CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, article INTEGER REFERENCES articles(id), position INTEGER,
    kind TEXT, text TEXT, text_hash TEXT);
CREATE INDEX paragraphs_article ON paragraphs(article, position);
CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT UNIQUE, kind TEXT, aliases TEXT, roles TEXT);
CREATE TABLE attributions (id INTEGER PRIMARY KEY, paragraph INTEGER REFERENCES paragraphs(id),
    speaker TEXT, speaker_mention TEXT, cue TEXT, kind TEXT, stance TEXT, ambiguous INTEGER,
    candidates TEXT, start INTEGER, "end" INTEGER, source_outlet TEXT);
CREATE INDEX attributions_speaker ON attributions(speaker);
CREATE INDEX attributions_paragraph ON attributions(paragraph);
CREATE TABLE mentions (paragraph INTEGER, entity TEXT);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE TABLE attribution_cache (article_key TEXT PRIMARY KEY, payload TEXT);
"""


class IndexError_(RuntimeError):
    """An index that cannot be opened; the message tells the user what to run."""


@dataclass(frozen=True)
class Manifest:
    """What a generation holds and which model made its vectors."""

    format: int
    model: str
    fingerprint: str
    dimension: int
    faiss_index: str
    created: str
    articles: int
    paragraphs: int
    speakers: int
    checksums: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, generation: Path) -> "Manifest":
        return cls(**json.loads((generation / "manifest.json").read_text("utf-8")))


@dataclass(frozen=True)
class ParagraphRow:
    """A stored paragraph with the citation fields of its article."""

    id: int
    source: str
    article_id: str
    title: str
    url: str | None
    published: str | None
    language: str
    position: int
    kind: str
    text: str


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def live_generation(index_dir: Path) -> Path | None:
    """The generation CURRENT points at, or None when nothing was published yet."""
    pointer = Path(index_dir) / CURRENT
    try:
        name = pointer.read_text("utf-8").strip()
    except FileNotFoundError:
        return None
    path = Path(index_dir) / GENERATIONS / name
    return path if (path / "manifest.json").is_file() else None


def new_generation_dir(index_dir: Path) -> Path:
    name = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    path = Path(index_dir) / GENERATIONS / name
    path.mkdir(parents=True)
    return path


def write_generation(path: Path, articles: Sequence[Article], vectors: np.ndarray,
                     model: ModelIdentity, found: Sequence[ArticleAttributions],
                     faiss_kind: str) -> Manifest:
    """Write every file of a generation into `path` (not yet live)."""
    _write_sqlite(path / "meta.sqlite", articles, found)
    np.save(path / "vectors.npy", vectors)
    faiss.write_index(make_faiss_index(vectors, faiss_kind), str(path / "vectors.faiss"))
    texts = [p.text for a in articles for p in a.paragraphs]
    languages = [a.language for a in articles for p in a.paragraphs]
    LexicalIndex.build(texts, languages).save(path / "lexical")
    speakers = len({a.speaker for f in found for a in f.attributions if a.speaker})
    manifest = Manifest(
        format=FORMAT, model=model.name, fingerprint=model.fingerprint, dimension=model.dimension,
        faiss_index=faiss_kind, created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        articles=len(articles), paragraphs=len(texts), speakers=speakers,
        checksums={f.relative_to(path).as_posix(): _file_sha256(f) for f in sorted(path.rglob("*")) if f.is_file()},
    )
    (path / "manifest.json").write_text(json.dumps(asdict(manifest), indent=2), "utf-8")
    return manifest


def publish(index_dir: Path, generation: Path) -> None:
    """Make `generation` live by atomically replacing CURRENT, then prune old generations."""
    pointer = Path(index_dir) / CURRENT
    tmp = pointer.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(generation.name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, pointer)
    _prune(Path(index_dir), keep=generation.name)


# Approximate search settings, chosen with `python -m index bench` (README, "Speed and memory").
HNSW_EF_SEARCH = 128


def ivf_lists(n: int) -> int:
    """Inverted lists of an IVF index over n vectors."""
    return int(4 * np.sqrt(n))


def ivf_nprobe(nlist: int) -> int:
    """Lists an IVF search scans: a tenth of them, between 64 and 128 (recall@10 0.97 at 100k and 0.995 at
    1M near-duplicate paragraphs in the bench, a few milliseconds)."""
    return min(128, max(64, nlist // 10))


def make_faiss_index(vectors: np.ndarray, kind: str) -> faiss.Index:
    """Exact inner product (= cosine on unit vectors), or an approximate index for large archives.

    ivfflat (the `auto` choice above the exact limit) scans the nearest tenth (64 to 128) of 4·√n clusters
    with exact distances; on news archives full of near-duplicates (wire copies, updates) it keeps recall where
    HNSW's graph loses its way among the copies (bench: 0.99 against 0.74 at 1M).
    """
    n, dimension = vectors.shape[0], (vectors.shape[1] if vectors.ndim == 2 else 0)
    if kind == "ivfflat" and n >= 10_000:
        nlist = ivf_lists(n)
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        index.train(vectors[np.random.default_rng(0).choice(n, min(n, 50 * nlist), replace=False)])
        index.nprobe = ivf_nprobe(nlist)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    elif kind == "ivfpq" and n >= 10_000:
        nlist = ivf_lists(n)
        index = faiss.IndexIVFPQ(faiss.IndexFlatIP(dimension), dimension, nlist, max(1, dimension // 8), 8,
                                 faiss.METRIC_INNER_PRODUCT)
        index.train(vectors[np.random.default_rng(0).choice(n, min(n, 100 * nlist), replace=False)])
        index.nprobe = 16
    else:
        index = faiss.IndexFlatIP(dimension)
    if n:
        index.add(vectors)
    return index


class Generation:
    """A published generation opened for reading: metadata, vectors and the lexical index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.manifest = Manifest.read(path)
        self.db = sqlite3.connect(f"file:{path / 'meta.sqlite'}?mode=ro", uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.faiss = faiss.read_index(str(path / "vectors.faiss"))
        if isinstance(self.faiss, faiss.IndexHNSWFlat):
            self.faiss.hnsw.efSearch = HNSW_EF_SEARCH
        elif isinstance(self.faiss, faiss.IndexIVFFlat):
            self.faiss.nprobe = ivf_nprobe(self.faiss.nlist)
        self.lexical = LexicalIndex.load(path / "lexical")

    @classmethod
    def open(cls, index_dir: Path, model: ModelIdentity | None = None) -> "Generation":
        """Open the live generation; refuse one made with a different model than configured."""
        path = live_generation(index_dir)
        if path is None:
            raise IndexError_(f"no index in {index_dir}: run `python -m index build --articles DIR` first")
        generation = cls(path)
        if model is not None:
            check_model(generation.manifest, model)
        return generation

    def close(self) -> None:
        self.db.close()

    def dense(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Paragraph ids and cosine scores of the `n` nearest paragraphs."""
        n = min(n, self.manifest.paragraphs)
        if n <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, ids = self.faiss.search(query.reshape(1, -1).astype(np.float32), n)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def paragraphs(self, ids: Iterable[int]) -> dict[int, ParagraphRow]:
        ids = [int(i) for i in ids]
        if not ids:
            return {}
        rows = self.db.execute(
            f"SELECT p.id, a.source, a.article_id, a.title, a.url, a.published, a.language, p.position, p.kind, p.text "
            f"FROM paragraphs p JOIN articles a ON a.id = p.article WHERE p.id IN ({','.join('?' * len(ids))})", ids)
        return {row["id"]: ParagraphRow(**dict(row)) for row in rows}

    def paragraph_at(self, source: str, position: int) -> ParagraphRow | None:
        row = self.db.execute("SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article "
                              "WHERE a.source = ? AND p.position = ?", (source, position)).fetchone()
        return self.paragraphs([row["id"]]).get(row["id"]) if row else None

    def reusable_vectors(self) -> tuple[dict[str, int], np.ndarray]:
        """text hash -> row in vectors.npy, for incremental builds (memory-mapped, not copied)."""
        rows = self.db.execute("SELECT text_hash, MIN(id) AS id FROM paragraphs GROUP BY text_hash")
        return {r["text_hash"]: r["id"] for r in rows}, np.load(self.path / "vectors.npy", mmap_mode="r")

    def cached_attributions(self) -> dict[str, ArticleAttributions]:
        """Attributions of the articles of this generation by `attribution_key`, for incremental builds."""
        try:
            rows = self.db.execute("SELECT article_key, payload FROM attribution_cache").fetchall()
        except sqlite3.OperationalError:  # a generation written before the cache existed
            return {}
        return {key: ArticleAttributions.from_json(payload) for key, payload in rows}

    def paragraph_keys(self) -> list[tuple[str, str]]:
        """(source, text hash) of every paragraph: what a new build compares against to count removals."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT a.source, p.text_hash FROM paragraphs p JOIN articles a ON a.id = p.article")]


def check_model(manifest: Manifest, model: ModelIdentity) -> None:
    if manifest.model != model.name or manifest.fingerprint != model.fingerprint:
        raise IndexError_(
            f"the index was built with model {manifest.model!r} ({manifest.fingerprint}) but the settings name "
            f"{model.name!r} ({model.fingerprint}): run `python -m index rebuild --articles DIR` to re-embed")


def _write_sqlite(path: Path, articles: Sequence[Article], found: Sequence[ArticleAttributions]) -> None:
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        paragraph_id = 0
        entities: dict[str, Entity] = {}
        for article_row, (article, attributions) in enumerate(zip(articles, found)):
            db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)", (
                article_row, article.source, article.article_id, article.title, article.url, article.published,
                article.language, article.author, article.section, article.checksum))
            first = paragraph_id
            for p in article.paragraphs:
                db.execute("INSERT INTO paragraphs VALUES (?,?,?,?,?,?)",
                           (paragraph_id, article_row, p.position, p.kind, p.text, text_hash(p.text)))
                paragraph_id += 1
            _insert_attributions(db, first, attributions)
            db.execute("INSERT OR REPLACE INTO attribution_cache VALUES (?,?)",
                       (attribution_key(article), attributions.to_json()))
            for entity in attributions.entities:
                entities[entity.name] = entity.merge(entities[entity.name]) if entity.name in entities else entity
        db.executemany("INSERT INTO entities (name, kind, aliases, roles) VALUES (?,?,?,?)",
                       [(e.name, e.kind, json.dumps(sorted(e.aliases), ensure_ascii=False),
                         json.dumps(sorted(e.roles), ensure_ascii=False)) for e in entities.values()])
        db.commit()
    finally:
        db.close()


def _insert_attributions(db: sqlite3.Connection, first: int, found: ArticleAttributions) -> None:
    db.executemany(
        'INSERT INTO attributions (paragraph, speaker, speaker_mention, cue, kind, stance, ambiguous, candidates, '
        'start, "end", source_outlet) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
        [(first + a.paragraph, a.speaker, a.speaker_mention, a.cue, a.kind, a.stance, int(a.ambiguous),
          json.dumps(list(a.candidates), ensure_ascii=False), a.start, a.end, a.outlet) for a in found.attributions])
    db.executemany("INSERT INTO mentions VALUES (?,?)", [(first + pos, name) for pos, name in found.mentions])


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _prune(index_dir: Path, keep: str) -> None:
    """Keep the live generation and the one before it (a reader may still be on it)."""
    root = index_dir / GENERATIONS
    names = sorted((p.name for p in root.iterdir() if p.is_dir()), reverse=True)
    stale = [n for n in names if n != keep][KEEP_GENERATIONS - 1:]
    for name in stale:
        shutil.rmtree(root / name, ignore_errors=True)
