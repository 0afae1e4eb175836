"""`python -m index bench`: its small parts, and a quick run whose JSON must have every field, sane values."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from index.bench import (Timing, _percentile, add_command, edit_paragraphs, parse_size, prepare_corpus)
from index.settings import IndexSettings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, size", [("1000", 1000), ("10k", 10_000), ("1M", 1_000_000), ("1_000_000", 1_000_000),
                                        ("2.5k", 2500)])
def test_parse_size(text, size):
    assert parse_size(text) == size


def test_percentiles_interpolate_like_numpy():
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert _percentile(values, 50) == 3.0
    assert _percentile(values, 95) == pytest.approx(4.8)
    assert Timing((0.3, 0.1, 0.2)).median == 0.2


def test_prepare_corpus_copies_each_article_once(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b" / "a"
    (a / "x").mkdir(parents=True)
    b.mkdir(parents=True)
    (a / "x" / "one.txt").write_text("Første avsnitt.\n\nAndre avsnitt.\n", "utf-8")
    (a / "README.md").write_text("not an article", "utf-8")
    (b / "same.txt").write_text("Første avsnitt.\n\nAndre avsnitt.\n", "utf-8")  # the same bytes again
    (b / "other.txt").write_text("Noe annet.\n", "utf-8")
    dest = prepare_corpus([a, b], tmp_path / "dest")
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert files == ["a/x/one.txt", "a_/other.txt"]  # folders of the same name do not collide


def test_edit_paragraphs_changes_the_share_asked_and_gives_back_the_originals(tmp_path):
    from index.articles import load_articles

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "seed", corpus / "seed")
    before = load_articles(corpus).articles
    originals, edited = edit_paragraphs(corpus, before, 0.05, seed=1)
    after = load_articles(corpus).articles
    changed = [(p.text, q.text) for a, b in zip(before, after) for p, q in zip(a.paragraphs, b.paragraphs)
               if p.text != q.text]
    total = sum(len(a.paragraphs) for a in before)
    assert edited == round(total * 0.05) == len(changed)
    assert [len(a.paragraphs) for a in after] == [len(a.paragraphs) for a in before]  # no block split or merged
    for path, data in originals.items():
        path.write_bytes(data)
    assert load_articles(corpus).articles == before


def test_quick_bench_json(tmp_path, capsys):
    from index.articles import load_articles

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "seed", corpus / "seed")
    paragraphs = sum(len(a.paragraphs) for a in load_articles(corpus).articles)
    png = tmp_path / "bench.png"
    parser = argparse.ArgumentParser()
    add_command(parser.add_subparsers(required=True))
    args = parser.parse_args(["bench", "--quick", "--json", "--sizes", "1000", "--runs", "1", "--corpus", str(corpus),
                              "--plot", str(png)])
    # an exact limit below the index size: served approximately, and compared with exact search
    assert args.command(args, IndexSettings(exact_limit=500)) == 0
    report = json.loads(capsys.readouterr().out)  # stdout holds the JSON and nothing else

    assert report["runs"] == 1 and report["machine"]["cpus"] >= 1 and "--quick" in report["command"]
    build = report["build"]
    assert build["paragraphs"] == paragraphs and build["articles"] == 1
    assert build["full_rebuild"]["median_s"] > 0 and build["raw_encode"]["median_s"] > 0
    assert build["build_paragraphs_per_s"] > 0 and build["pipeline_overhead"] > -1
    assert build["changed_paragraphs"] == 1 and build["changed_embedded"] >= 1
    assert 0 < build["unchanged_share_of_full"] and 0 < build["changed_share_of_full"]
    assert build["index_disk_mb"] > 0

    [row] = report["latency"]
    assert row["paragraphs"] == 1000 and row["synthetic"] and row["copies"] == -(-1000 // paragraphs) - 1
    assert row["faiss"] == "ivfflat" and row["samples"] == 30
    assert 0 < row["p50_ms"] <= row["p95_ms"]
    assert row["embed_ms"] > 0 and row["dense_ms"] > 0 and row["lexical_ms"] > 0
    assert 0 < row["rss_model_mb"] <= row["peak_serving_mb"] and row["rss_serving_mb"] > 0
    assert row["peak_write_mb"] > 0 and row["disk_mb"] > 0
    assert {"meta.sqlite", "vectors.npy", "vectors.faiss", "lexical", "manifest.json"} <= set(row["disk_breakdown_mb"])
    [exact] = report["compared_latency"]
    assert exact["faiss"] == "flat" and exact["paragraphs"] == 1000 and exact["p95_ms"] > 0

    ann = report["ann"]
    assert {(a["vectors"], a["kind"]) for a in ann} == {(v, k) for v in ("real", "perturbed copies")
                                                        for k in ("flat", "ivfflat", "hnsw", "ivfpq")}
    for a in ann:
        assert 0.0 <= a["recall@10"] <= 1.0 and a["p50_ms"] <= a["p95_ms"] and a["queries"] > 0
        if a["index"] == "IndexFlatIP":
            assert a["recall@10"] == 1.0  # exact search against itself
    assert [t["paragraphs"] for t in report["targets"]] == [100_000, 1_000_000]
    assert any("synthetic" in note for note in report["notes"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
