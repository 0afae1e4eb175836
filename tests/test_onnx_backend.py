"""The onnx-int8 backend against the torch one, with the real model: same neighbours, cached export, own identity."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")

from index.articles import load_articles  # noqa: E402
from index.embedder import Embedder, ModelError  # noqa: E402
from index.onnx_backend import INT8_FILE, OnnxEncoder, _fuse, pooling_mode  # noqa: E402
from index.store import Generation, IndexError_  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Hva sa Peskov om oppslaget i The Wall Street Journal?",
    "Hvor mye er Elon Musk verdt ifølge Forbes?",
    "Hva avslørte Bob Woodward om Trump?",
    "Hvem ba Musk om ikke å aktivere Starlink over Taiwan?",
    "Hva mener Bowman at Putin prøver å oppnå med samtalene?",
]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def onnx_embedder(cache_dir):
    """Exported once for the module into a temporary cache (about half a minute)."""
    return Embedder("", "cpu", 32, backend="onnx-int8", onnx_cache=cache_dir)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    texts = [p.text for a in load_articles(ROOT / "corpus" / "seed").articles for p in a.paragraphs]
    chosen = [t for t in texts if len(t) > 60][:20]  # real paragraphs, not crossheads
    assert len(chosen) == 20
    return chosen


def test_vectors_close_to_torch(embedder, onnx_embedder, paragraphs):
    torch_vectors = embedder.embed_documents(paragraphs)
    onnx_vectors = onnx_embedder.embed_documents(paragraphs)
    assert onnx_vectors.dtype == np.float32 and onnx_vectors.shape == torch_vectors.shape
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    cosines = (torch_vectors * onnx_vectors).sum(axis=1)  # row by row: also checks the original order is kept
    assert cosines.mean() > 0.98, cosines


def test_prompt_is_prepended_as_torch_does(embedder, onnx_embedder, paragraphs):
    """e5 models get "passage: "; the ONNX path must encode the same text the torch path does."""
    torch_vectors = embedder.model.encode(paragraphs[:5], prompt="passage: ", normalize_embeddings=True)
    onnx_vectors = onnx_embedder.onnx.encode(paragraphs[:5], "passage: ")
    assert (torch_vectors * onnx_vectors).sum(axis=1).mean() > 0.98


def test_same_nearest_paragraph(embedder, onnx_embedder, paragraphs):
    torch_docs, onnx_docs = embedder.embed_documents(paragraphs), onnx_embedder.embed_documents(paragraphs)
    same = sum(int(np.argmax(torch_docs @ embedder.embed_query(q))) == int(np.argmax(onnx_docs @ onnx_embedder.embed_query(q)))
               for q in QUESTIONS)
    assert same >= 4, f"{same}/5 questions share their nearest paragraph"


def test_empty_input(onnx_embedder):
    assert onnx_embedder.embed_documents([]).shape == (0, onnx_embedder.identity.dimension)


def test_cache_is_reused(onnx_embedder, cache_dir, monkeypatch):
    folder = cache_dir / onnx_embedder.identity.fingerprint.removesuffix("-onnx-int8")
    files = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert folder / INT8_FILE in files
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".")], "temporary export folder left behind"

    def no_export(*args, **kwargs):
        raise AssertionError("the cached export should have been reused")

    monkeypatch.setattr("index.onnx_backend.export_int8", no_export)
    again = OnnxEncoder(onnx_embedder.model, folder.name, cache_dir=cache_dir)
    assert again.path == folder / INT8_FILE
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == files


def test_cache_holds_one_runnable_model(onnx_embedder):
    folder = onnx_embedder.onnx.path.parent
    assert sorted(p.name for p in folder.iterdir()) == ["model-int8.onnx", "model.onnx", "model.onnx.data"]


def test_failed_fusion_falls_back(tmp_path):
    """Fusion is an optimisation: when it fails, nothing is left behind and the caller keeps the unfused model."""
    assert _fuse(tmp_path / "missing.onnx", tmp_path / "fused.onnx", {}) is False
    assert not list(tmp_path.iterdir())


def test_identity_names_the_backend(embedder, onnx_embedder):
    assert onnx_embedder.identity.fingerprint == embedder.identity.fingerprint + "-onnx-int8"
    assert (onnx_embedder.identity.name, onnx_embedder.identity.dimension) == \
        (embedder.identity.name, embedder.identity.dimension)


def test_torch_index_refuses_onnx_identity(seed_index, embedder, onnx_embedder):
    Generation.open(seed_index, embedder.identity).close()
    with pytest.raises(IndexError_, match="rebuild"):
        Generation.open(seed_index, onnx_embedder.identity)


def test_missing_onnxruntime_says_what_to_install(onnx_embedder, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # makes `import onnxruntime` fail
    with pytest.raises(ModelError, match="pip install onnxruntime onnx onnxscript"):
        OnnxEncoder(onnx_embedder.model, "fingerprint", cache_dir=tmp_path)


def test_unknown_backend_refused():
    with pytest.raises(ModelError, match="onnx-int8"):
        Embedder("", "cpu", 32, backend="tensorrt")


def test_unsupported_layouts_refused():
    def module(kind: str, config: dict | None = None):
        return type(kind, (), {"get_config_dict": lambda self: config or {}})()

    with pytest.raises(ModelError, match="Dense"):
        pooling_mode([module("Transformer"), module("Pooling", {"pooling_mode": "mean"}), module("Dense")])
    with pytest.raises(ModelError, match="max"):
        pooling_mode([module("Transformer"), module("Pooling", {"pooling_mode": "max"})])
    legacy = {"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}
    assert pooling_mode([module("Transformer"), module("Pooling", legacy), module("Normalize")]) == ("cls", True)


def test_questions_by_onnx_float32_get_torchs_vectors_and_answers(embedder, onnx_embedder, cache_dir, seed_index):
    """The torch backend's question speed-up: the same float32 model under ONNX Runtime, same answers."""
    from index.search import Searcher

    fast = Embedder("", "cpu", 32, onnx_cache=cache_dir, query_backend="onnx")  # reuses the module's export
    assert fast.query_onnx is not None and fast.identity == embedder.identity  # the index needs no rebuild
    for question in QUESTIONS:
        assert float(fast.embed_query(question) @ embedder.embed_query(question)) > 0.9999
    plain, quick = Searcher(seed_index, embedder), Searcher(seed_index, fast)
    for question in QUESTIONS:
        assert [(p.source, p.paragraph, p.speaker) for p in quick.answer(question).passages] == \
               [(p.source, p.paragraph, p.speaker) for p in plain.answer(question).passages]


def test_query_backend_falls_back_to_torch_or_says_why(tmp_path, monkeypatch):
    """auto: a missing ONNX Runtime only costs speed; onnx asked for explicitly: a clear error."""
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if the onnx extra were not installed
    assert Embedder("", "cpu", 32, onnx_cache=tmp_path, query_backend="auto").query_onnx is None
    with pytest.raises(ModelError, match="ONNX Runtime"):
        Embedder("", "cpu", 32, onnx_cache=tmp_path, query_backend="onnx")
