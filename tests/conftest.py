"""Shared fixtures: the real embedding model loaded once per session, and a built sample index."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_ARTICLE = "seed/000_188e1db4a0c344de.txt"


@pytest.fixture(scope="session")
def embedder():
    """The real offline all-MiniLM-L6-v2, loaded once."""
    from index.embedder import Embedder

    return Embedder("", "cpu", 32)


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory) -> Path:
    """A copy of the seed article, so tests never touch the project's corpus."""
    folder = tmp_path_factory.mktemp("seed-corpus")
    (folder / "seed").mkdir()
    shutil.copy(CORPUS / SEED_ARTICLE, folder / SEED_ARTICLE)
    return folder


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, seed_corpus, embedder) -> Path:
    """An index of the seed article, built once for read-only tests."""
    from index.builder import build_index

    index_dir = tmp_path_factory.mktemp("seed-index")
    build_index(seed_corpus, index_dir, embedder)
    return index_dir


@pytest.fixture(scope="session")
def seed_searcher(seed_index, embedder):
    from index.search import Searcher

    return Searcher(seed_index, embedder)
