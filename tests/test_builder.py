"""Building and publishing generations: incremental reuse, replaced and removed articles, model checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.builder import build_index
from index.embedder import ModelIdentity
from index.search import Searcher
from index.store import Generation, IndexError_, live_generation
from tests.conftest import CORPUS, SEED_ARTICLE

EXTRA = """title: Strømprisen stiger
url: https://example.org/strom
published: 2024-11-01
language: nb

Strømprisen i Sør-Norge stiger kraftig denne vinteren.

– Vi må forberede oss på en dyr vinter, sier energiminister Terje Aasland.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "seed").mkdir(parents=True)
    shutil.copy(CORPUS / SEED_ARTICLE, folder / SEED_ARTICLE)
    (folder / "strom.txt").write_text(EXTRA, "utf-8")
    return folder


def test_second_build_embeds_nothing_and_edit_embeds_only_changed(corpus: Path, tmp_path: Path, embedder) -> None:
    index_dir = tmp_path / "index"
    first = build_index(corpus, index_dir, embedder)
    assert (first.articles, first.paragraphs, first.embedded) == (2, 34, 34)
    second = build_index(corpus, index_dir, embedder)
    assert (second.embedded, second.reused, second.removed) == (0, 34, 0)

    path = corpus / "strom.txt"
    path.write_text(path.read_text("utf-8").replace("kraftig", "voldsomt"), "utf-8")
    third = build_index(corpus, index_dir, embedder)
    assert (third.embedded, third.reused, third.removed) == (1, 33, 1)
    answer = Searcher(index_dir, embedder).answer("Strømprisen stiger voldsomt i Sør-Norge", k=1)
    assert "voldsomt" in answer.passages[0].text


def _stored_attributions(index_dir: Path) -> list[tuple]:
    generation = Generation.open(index_dir)
    try:
        return [tuple(r) for r in generation.db.execute(
            "SELECT a.source, p.position, t.speaker, t.cue, t.kind, t.stance, t.start, t.\"end\" FROM attributions t "
            "JOIN paragraphs p ON p.id = t.paragraph JOIN articles a ON a.id = p.article ORDER BY 1, 2, 3, 4")]
    finally:
        generation.close()


def test_unchanged_articles_keep_their_attributions_and_an_edit_is_attributed_again(
        corpus: Path, tmp_path: Path, embedder) -> None:
    """An incremental build reuses the attributions of unchanged articles (no attribution work for a
    no-op build), and they are exactly what a full rebuild finds; an edited article is read again."""
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder)
    build_index(corpus, index_dir, embedder)
    reused = _stored_attributions(index_dir)
    build_index(corpus, index_dir, embedder, rebuild=True)
    assert reused == _stored_attributions(index_dir) and ("strom.txt", 1, "Terje Aasland") in {r[:3] for r in reused}

    path = corpus / "strom.txt"
    path.write_text(path.read_text("utf-8").replace("sier energiminister Terje Aasland", "sier Kari Berg"), "utf-8")
    build_index(corpus, index_dir, embedder)
    speakers = {r[2] for r in _stored_attributions(index_dir) if r[0] == "strom.txt"}
    assert speakers == {"Kari Berg"}


def test_new_rules_invalidate_cached_attributions(monkeypatch) -> None:
    from index import attribution
    from index.articles import parse_article

    article = parse_article(EXTRA, "strom.txt")
    before = attribution.attribution_key(article)
    monkeypatch.setattr(attribution, "RULES_VERSION", "another")
    assert attribution.attribution_key(article) != before


def test_removed_article_is_gone(corpus: Path, tmp_path: Path, embedder) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder)
    (corpus / "strom.txt").unlink()
    report = build_index(corpus, index_dir, embedder)
    assert (report.articles, report.removed) == (1, 2)
    answer = Searcher(index_dir, embedder).answer("strømprisen energiminister Aasland", k=5)
    assert all(p.source != "strom.txt" for p in answer.passages)


def test_broken_file_is_skipped_and_named(corpus: Path, tmp_path: Path, embedder) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00broken")
    report = build_index(corpus, tmp_path / "index", embedder)
    assert report.articles == 2
    assert [s.source for s in report.skipped] == ["broken.txt"]


def test_failed_build_leaves_live_generation(corpus: Path, tmp_path: Path, embedder, monkeypatch) -> None:
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir, embedder)
    live = live_generation(index_dir)

    def disk_full(*args, **kwargs):  # failure injection: the only way to make the writer fail mid-build
        raise OSError("No space left on device")

    monkeypatch.setattr("index.builder.write_generation", disk_full)
    (corpus / "strom.txt").unlink()
    with pytest.raises(OSError):
        build_index(corpus, index_dir, embedder)
    assert live_generation(index_dir) == live
    assert Searcher(index_dir, embedder).answer("energiminister Terje Aasland strømpris", k=1).passages[0].source == \
        "strom.txt"


def test_index_from_another_model_is_refused(seed_index: Path, embedder) -> None:
    other = ModelIdentity("intfloat/multilingual-e5-small", "0123456789abcdef", 384)
    with pytest.raises(IndexError_, match="rebuild"):
        Generation.open(seed_index, other)
    Generation.open(seed_index, embedder.identity).close()


def test_manifest_records_model_and_checksums(seed_index: Path, embedder) -> None:
    manifest = Generation.open(seed_index).manifest
    assert manifest.model == "sentence-transformers/all-MiniLM-L6-v2"
    assert "/" not in manifest.fingerprint and manifest.dimension == 384
    assert {"meta.sqlite", "vectors.npy", "vectors.faiss"} <= set(manifest.checksums)


def test_a_large_archive_is_served_by_ivf_and_finds_what_exact_search_finds(seed_index) -> None:
    """Above the exact limit `auto` picks IVF-Flat; it must still find each paragraph's nearest neighbours."""
    import faiss
    import numpy as np

    from index.builder import faiss_kind_for
    from index.store import ivf_nprobe, make_faiss_index

    assert faiss_kind_for("auto", 40_000, 50_000) == "flat"
    assert faiss_kind_for("auto", 60_000, 50_000) == "ivfflat"
    real = np.load(live_generation(seed_index) / "vectors.npy")
    rng = np.random.default_rng(0)  # an archive of near-copies of real paragraphs: the hard case for ANN
    copies = np.repeat(real, -(-12_000 // len(real)), axis=0)[:12_000]
    copies = copies + rng.normal(0, 0.025, copies.shape).astype(np.float32)
    copies /= np.linalg.norm(copies, axis=1, keepdims=True)
    approximate, exact = make_faiss_index(copies, "ivfflat"), make_faiss_index(copies, "flat")
    assert isinstance(approximate, faiss.IndexIVFFlat) and approximate.nprobe == ivf_nprobe(approximate.nlist) == 64
    _, truth = exact.search(real, 10)
    _, found = approximate.search(real, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, truth)])
    assert recall >= 0.95
