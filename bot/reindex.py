"""Rebuilding the index while the bot keeps answering (/reindex, and the first start without an index).

The build runs in a worker thread and publishes a new generation; questions are answered from the
live one meanwhile, and the bot switches over with `Searcher.refresh()` when the build is done.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from index.builder import BuildError, BuildReport, build_index
from index.embedder import Embedder
from index.settings import IndexSettings

log = logging.getLogger(__name__)

BuildFunction = Callable[..., BuildReport]  # index.builder.build_index's signature
ProgressReport = Callable[[str], Awaitable[None]]


class SharedEmbedder:
    """One embedding model shared by searches and a background build, used by one thread at a time.

    A Hugging Face fast tokenizer is not safe to call from two threads at once ("Already
    borrowed"); a build embeds in chunks, so a question waits at most one chunk.
    """

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.identity = embedder.identity
        self._lock = threading.Lock()

    def embed_documents(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        with self._lock:
            return self.embedder.embed_documents(texts, progress)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return self.embedder.embed_query(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.embedder, name)


@dataclass(frozen=True)
class RebuildOutcome:
    """How a rebuild ended, in words for the chat; `report` is None when it failed."""

    report: BuildReport | None
    message: str


def describe(report: BuildReport) -> str:
    text = (f"Index rebuilt: {report.articles} articles, {report.paragraphs} paragraphs "
            f"({report.embedded} embedded, {report.reused} reused, {report.removed} removed) "
            f"in {report.seconds:.1f} s.")
    if report.skipped:
        text += f" Skipped {len(report.skipped)} unreadable file(s): " + ", ".join(s.source for s in report.skipped)
    return text


def progress_text(stage: str, done: int, total: int) -> str:
    return f"Rebuilding the index… {stage} {done}/{total}"


class Rebuilder:
    """Runs one incremental build at a time in the background and reports its progress."""

    def __init__(self, settings: IndexSettings, embedder: SharedEmbedder | Embedder,
                 build: BuildFunction = build_index) -> None:
        self.settings = settings
        self.embedder = embedder
        self._build = build
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    async def run(self, requested_by: str, on_progress: ProgressReport | None = None,
                  every: float = 2.0, after: Callable[[], Awaitable[Any]] | None = None) -> RebuildOutcome:
        """Build, report progress every `every` seconds, then call `after` (the searcher's refresh)."""
        if self._running:
            return RebuildOutcome(None, "A rebuild is already running; the current index keeps answering.")
        self._running = True
        asked_at = datetime.now(UTC).isoformat(timespec="seconds")
        log.info("rebuild of %s requested by %s at %s", self.settings.index_dir, requested_by, asked_at)
        latest: list[tuple[str, int, int]] = []  # written by the build thread, read here
        try:
            job = asyncio.ensure_future(asyncio.to_thread(self._build_now, latest.append))
            shown = ""
            while not job.done():
                await asyncio.wait({job}, timeout=every)
                if on_progress and latest and not job.done():
                    text = progress_text(*latest[-1])
                    if text != shown:
                        shown = text
                        await _quietly(on_progress(text))
            report = job.result()
            if after is not None:
                await after()
            outcome = RebuildOutcome(report, describe(report))
            log.info("rebuild requested by %s at %s finished: %s", requested_by, asked_at, report.as_json())
        except BuildError as exc:
            outcome = RebuildOutcome(None, f"Rebuild not done: {exc}")
            log.warning("rebuild requested by %s at %s not done: %s", requested_by, asked_at, exc)
        except Exception:
            log.exception("rebuild requested by %s at %s failed", requested_by, asked_at)
            outcome = RebuildOutcome(None, "The rebuild failed; the current index keeps answering. "
                                           "The log has the details.")
        finally:
            self._running = False
        return outcome

    def _build_now(self, progress: Callable[[tuple[str, int, int]], None]) -> BuildReport:
        return self._build(self.settings.articles_dir, self.settings.index_dir, self.embedder,
                           self.settings.faiss_index, rebuild=False,
                           progress=lambda stage, done, total: progress((stage, done, total)),
                           exact_limit=self.settings.exact_limit)


def build_first_index(settings: IndexSettings, embedder: SharedEmbedder | Embedder,
                      build: BuildFunction = build_index) -> BuildReport:
    """Started without an index: build one from the articles folder, progress in the log."""
    log.info("no index in %s yet: building one from %s", settings.index_dir, settings.articles_dir)
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        if time.monotonic() - last[0] >= 2.0 or done >= total:
            last[0] = time.monotonic()
            log.info("building the index: %s %d/%d", stage, done, total)

    report = build(settings.articles_dir, settings.index_dir, embedder, settings.faiss_index, rebuild=False,
                   progress=progress, exact_limit=settings.exact_limit)
    log.info("%s", describe(report))
    return report


async def _quietly(report: Awaitable[None]) -> None:
    """A progress message that cannot be edited must not stop the build."""
    try:
        await report
    except Exception as exc:
        log.warning("could not report rebuild progress: %s", exc)
