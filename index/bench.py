"""Speed and memory: builds, question latency from 1k to 1M paragraphs, exact against approximate FAISS.

`python -m index bench` measures on this machine, medians of `--runs` runs:

- build: a full rebuild of the benchmark corpus against raw `model.encode` of the same texts (the
  pipeline's overhead), and incremental builds with nothing changed and with 1 % of the paragraphs
  edited, as a share of the full rebuild;
- latency: `Searcher.answer` on a fixed list of mixed questions (model warm) over indexes of each size,
  with the serving process's memory and the index's size on disk;
- ann: recall@10 against exact search, and latency, of the IVF-Flat, HNSW and IVF-PQ indexes the store makes.

Indexes larger than the real corpus are synthetic, and the output says so: the real paragraphs repeated,
each copy with its copy number appended to the text, and as vectors the real embeddings of those
paragraphs plus small Gaussian noise, renormalised (embedded once, never re-encoded per copy).
Attributions of the real articles are repeated with them. Each size is written and served in a fresh
process so that its memory is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    from index.settings import IndexSettings

log = logging.getLogger(__name__)

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
PARTS = ("build", "latency", "ann")
SHARED_NORQUAD = Path("../shared/corpus/norquad")  # the 372 NorQuAD passages beside the project (DESIGN.md)
NOISE_SIGMA = 0.025  # per dimension; a copy keeps a cosine of about 0.9 with its original
CHANGED_SHARE = 0.01
ANN_FROM = 100_000  # sizes from which approximate indexes are compared (and always the largest size)
HOLDOUT_SHARE = 0.1  # real NorQuAD paragraphs kept out of the index and used as queries
HNSW_EF_SEARCH = (128, 256, 512, 1024)
IVF_NPROBE = (16, 32, 64, 128)  # plus the nprobe the store itself sets, so the served setting is measured
RECALL_AT = 10
TARGET_P95_MS = {100_000: 30.0, 1_000_000: 100.0}
TARGET_RECALL = 0.95

# A fixed mix of what journalists ask: speaker quotes, claim sources, topics, and questions the
# corpus cannot answer. Not taken from the labelled sets: these only have to be realistic work.
QUESTIONS = (
    "Hva sa Peskov?",
    "What did Elon Musk say about Ukraine?",
    "Hva sa Erna Solberg om Høyre i distriktene?",
    "Hva mener Trond Giske om bompenger?",
    "What did António Guterres say about the climate?",
    "Hva sa Haaland etter kampen?",
    "Hva sier Anniken Hauglie om Nav-direktøren?",
    "What did Sadiq Khan say about Trump?",
    "Hva sa Kjell Ingolf Ropstad om seksuell reorientering?",
    "Hva sa paven om mobiltelefonen?",
    "Hva sa Magnus Carlsen etter seieren?",
    "What did Ryan Giggs say about Solskjær?",
    "Hvem sier at Musk har hatt jevnlig kontakt med Putin?",
    "Who reported that 39 people were found dead in a lorry in Essex?",
    "Hva er kilden til at Olav Thon skal gifte seg?",
    "Who says the White House is preparing a state of emergency?",
    "Hvem avviser anklagene mot politimannen i Nordland?",
    "Who confirmed that the strike starts on 1 April?",
    "Hvem påstår at Resett er blokkert av Google?",
    "Hva er kilden til at Russland og Kina øker etterretningstrusselen?",
    "Hva skjedde med Teslas elektriske pickup?",
    "Hvilke nye skatteregler innføres i 2020?",
    "What happened to the Brexit deal in the House of Commons?",
    "Hvorfor ble rakfisken tilbakekalt?",
    "Why do people in Japan die from overwork?",
    "Hva skjedde ved eksplosjonen i Stockholm?",
    "What happened with the rail strike?",
    "Hva sa Angela Merkel om Starlink?",
    "What did Taylor Swift say about the election?",
    "Hvem sier at månen er laget av ost?",
)


# -- measuring ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """Seconds of repeated runs of one thing."""

    samples: tuple[float, ...]

    def percentile(self, q: float) -> float:
        return _percentile(self.samples, q)

    @property
    def median(self) -> float:
        return self.percentile(50)

    def as_json(self) -> dict:
        return {"median_s": _r(self.median), "p95_s": _r(self.percentile(95)), "runs": len(self.samples)}


def timed(fn: Callable, *args, **kwargs) -> tuple[Any, float]:
    """(result, seconds) of one call: the small timer of bm25s' benchmarks, without the bookkeeping."""
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def _proc_status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status in MB, or None where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak)."""
    now = _proc_status_mb("VmRSS")
    return now if now is not None else peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far.

    Linux's VmHWM, not getrusage: ru_maxrss survives exec, so a spawned child would report its parent's peak.
    """
    peak = _proc_status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def disk_mb(path: Path) -> dict[str, float]:
    """Size on disk of a generation, in total and per file or folder."""
    sizes: dict[str, float] = {}
    for entry in sorted(Path(path).iterdir()):
        files = [entry] if entry.is_file() else [f for f in entry.rglob("*") if f.is_file()]
        sizes[entry.name] = sum(f.stat().st_size for f in files) / 2**20
    sizes["total"] = sum(sizes.values())
    return {k: round(v, 2) for k, v in sizes.items()}


# -- results ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildBench:
    """Full, unchanged and 1 %-changed builds of the real corpus, and raw encoding of its texts."""

    articles: int
    paragraphs: int
    distinct: int  # distinct paragraph texts: what the builder and raw encoding embed
    full: Timing
    encode: Timing
    unchanged: Timing
    changed: Timing
    changed_paragraphs: int  # paragraphs edited per run
    changed_embedded: int  # paragraphs the 1 % build embedded (median)
    disk_mb: float

    @property
    def build_rate(self) -> float:
        return self.paragraphs / self.full.median

    @property
    def encode_rate(self) -> float:
        return self.distinct / self.encode.median

    @property
    def overhead(self) -> float:
        """How much longer a full rebuild takes than encoding alone: 0.10 = 10 % longer."""
        return self.full.median / self.encode.median - 1

    def as_json(self) -> dict:
        return {"articles": self.articles, "paragraphs": self.paragraphs, "distinct_texts": self.distinct,
                "full_rebuild": self.full.as_json(), "raw_encode": self.encode.as_json(),
                "build_paragraphs_per_s": _r(self.build_rate, 1), "encode_paragraphs_per_s": _r(self.encode_rate, 1),
                "pipeline_overhead": _r(self.overhead), "unchanged_build": self.unchanged.as_json(),
                "unchanged_share_of_full": _r(self.unchanged.median / self.full.median),
                "changed_build": self.changed.as_json(),
                "changed_share_of_full": _r(self.changed.median / self.full.median),
                "changed_paragraphs": self.changed_paragraphs, "changed_embedded": self.changed_embedded,
                "index_disk_mb": self.disk_mb}


@dataclass(frozen=True)
class LatencyBench:
    """Question latency and memory of one index size, as served by `Searcher`."""

    paragraphs: int
    synthetic: bool
    copies: int  # perturbed copies of the real corpus (0: real paragraphs only)
    faiss: str
    answer: Timing  # Searcher.answer, every question `runs` times
    embed: Timing  # embed_query alone
    dense: Timing  # FAISS search for the 100 nearest alone
    lexical: Timing  # BM25 scores of every paragraph alone
    open_s: float
    # Memory of the serving process: with the model loaded, before the index; with the index open, after
    # answering; and its peak. None for the HNSW rows, whose process also holds the exact index.
    rss_model_mb: float | None
    rss_serving_mb: float | None
    peak_serving_mb: float | None
    peak_write_mb: float  # the process that wrote the generation
    write_s: float
    disk: dict[str, float] = field(default_factory=dict)

    @property
    def target_ms(self) -> float | None:
        return TARGET_P95_MS.get(self.paragraphs)

    def as_json(self) -> dict:
        data = {"paragraphs": self.paragraphs, "synthetic": self.synthetic, "copies": self.copies,
                "faiss": self.faiss, "p50_ms": _ms(self.answer.percentile(50)),
                "p95_ms": _ms(self.answer.percentile(95)), "samples": len(self.answer.samples),
                "embed_ms": _ms(self.embed.median), "dense_ms": _ms(self.dense.median),
                "lexical_ms": _ms(self.lexical.median), "open_s": _r(self.open_s, 2),
                "rss_model_mb": _r(self.rss_model_mb, 1), "rss_serving_mb": _r(self.rss_serving_mb, 1),
                "peak_serving_mb": _r(self.peak_serving_mb, 1), "peak_write_mb": _r(self.peak_write_mb, 1),
                "write_s": _r(self.write_s, 2), "disk_mb": self.disk.get("total"), "disk_breakdown_mb": self.disk,
                "target_p95_ms": self.target_ms}
        data["meets_target"] = None if self.target_ms is None else data["p95_ms"] <= self.target_ms
        return data


@dataclass(frozen=True)
class AnnBench:
    """One FAISS index at one setting: recall@10 against exact search, single-query latency."""

    vectors: str  # "real" or "perturbed copies"
    n: int
    kind: str  # what was asked of store.make_faiss_index
    index: str  # the FAISS class it made (ivfpq below 10,000 vectors is exact)
    setting: str
    build_s: float
    recall: float
    search: Timing
    size_mb: float
    queries: int

    def as_json(self) -> dict:
        return {"vectors": self.vectors, "n": self.n, "kind": self.kind, "index": self.index,
                "setting": self.setting, "build_s": _r(self.build_s, 2), f"recall@{RECALL_AT}": _r(self.recall),
                "p50_ms": _ms(self.search.percentile(50)), "p95_ms": _ms(self.search.percentile(95)),
                "size_mb": _r(self.size_mb, 1), "queries": self.queries}


@dataclass(frozen=True)
class BenchReport:
    command: str
    machine: dict
    model: str
    runs: int
    corpus: list[str]
    build: BuildBench | None
    latency: tuple[LatencyBench, ...]
    compared_latency: tuple[LatencyBench, ...]  # the same generations answered through exact search
    ann: tuple[AnnBench, ...]
    sigma: float

    def notes(self) -> list[str]:
        notes = [
            "Sizes above the real corpus are synthetic: the real paragraphs repeated, each copy with its copy "
            f"number appended; their vectors are the real embeddings plus Gaussian noise (sigma {self.sigma} per "
            "dimension), renormalised, embedded once and never re-encoded per copy. Attributions of the real "
            "articles are repeated with the copies, so a quoted person is quoted once per copy.",
            "Latency is Searcher.answer (question embedding, retrieval, attribution lookup, answer assembly) with "
            f"the model warm: {len(QUESTIONS)} mixed questions x {self.runs} runs, percentiles over all answers.",
            f"Approximate recall@{RECALL_AT} is measured against exact (flat) search on the same vectors; queries are "
            "the benchmark and labelled questions embedded as queries, plus held-out real paragraphs for the "
            "real vectors. On perturbed copies the ten nearest are near-ties among copies of the same few "
            "paragraphs, which is harder for an approximate index than real data.",
        ]
        if self.compared_latency:
            notes.append("Generations above the exact limit are served through the approximate index `auto` picks "
                         "(IVF-Flat over 4·√n lists, a tenth of them probed, 64 to 128, as store.Generation sets "
                         "it); their 'flat' rows swap in "
                         "an exact index on the same vectors, everything else unchanged.")
        if any(a.kind == "ivfpq" and "IVF" not in a.index for a in self.ann):
            notes.append("store.make_faiss_index makes an exact index when asked for ivfpq below 10,000 vectors.")
        load = self.machine.get("load_average")
        if load:
            notes.append(f"Load average (1 min) at start {load['start']}, at end {load['end']} on {self.machine['cpus']} "
                         "CPUs: other work on the machine shows up in the tail latencies.")
        if self.build:
            notes.append("Build throughput is paragraphs per second of a full rebuild (load, embed distinct texts, "
                         "attribute, write SQLite, FAISS, BM25, checksums); raw encode is the embedding backend "
                         "called directly on the distinct "
                         "texts; overhead is how much longer the rebuild takes than the raw encode.")
        return notes

    def targets(self) -> list[dict]:
        """Per target size: p95 as served (and its FAISS kind), p95 with exact search, the served kind's recall."""
        rows = []
        for size, limit in TARGET_P95_MS.items():
            served = next((r for r in self.latency if r.paragraphs == size), None)
            exact = next((r for r in (*self.latency, *self.compared_latency)
                          if r.paragraphs == size and r.faiss == "flat"), None)
            recall = next((a.recall for a in self.ann if served and a.n == size and a.kind == served.faiss
                           and a.setting == reader_setting(served.faiss, size)), None)
            rows.append({"paragraphs": size, "target_p95_ms": limit, "served_faiss": served.faiss if served else None,
                         "served_p95_ms": _ms(served.answer.percentile(95)) if served else None,
                         "exact_p95_ms": _ms(exact.answer.percentile(95)) if exact else None,
                         f"served_recall@{RECALL_AT}": _r(recall) if recall is not None else None,
                         "target_recall": TARGET_RECALL if size == 1_000_000 else None})
        return rows

    def as_json(self) -> dict:
        return {"command": self.command, "machine": self.machine, "model": self.model, "runs": self.runs,
                "corpus": self.corpus, "build": self.build.as_json() if self.build else None,
                "latency": [r.as_json() for r in self.latency],
                "compared_latency": [r.as_json() for r in self.compared_latency],
                "ann": [a.as_json() for a in self.ann], "targets": self.targets(), "notes": self.notes()}

    def as_markdown(self) -> str:
        m = self.machine
        lines = ["## Benchmark", "", f"`{self.command}`", "",
                 f"{m['cpu']}, {m['cpus']} CPUs, {m['memory_gb']} GB RAM; Python {m['python']}, torch {m['torch']}, "
                 f"faiss {m['faiss']}, sentence-transformers {m['sentence_transformers']}; model {self.model} on "
                 f"{m['device']} (backend {m.get('backend', 'torch')}, questions {m.get('query_backend', 'torch')}); {self.runs} runs per measurement, medians; "
                 f"{m['date']}.", ""]
        if self.build:
            b = self.build
            lines += [f"### Build: {b.articles} articles, {b.paragraphs:,} paragraphs ({b.distinct:,} distinct texts)", "",
                      "| build | seconds | paragraphs/s | share of full rebuild |", "| --- | ---: | ---: | ---: |",
                      f"| full rebuild | {b.full.median:.1f} | {b.build_rate:.0f} | 100% |",
                      f"| raw encode (the backend's encoder), same texts | {b.encode.median:.1f} | {b.encode_rate:.0f} | "
                      f"{b.encode.median / b.full.median:.0%} |",
                      f"| incremental, nothing changed | {b.unchanged.median:.2f} | – | "
                      f"{b.unchanged.median / b.full.median:.1%} |",
                      f"| incremental, 1 % changed ({b.changed_paragraphs} edited, {b.changed_embedded} embedded) | "
                      f"{b.changed.median:.2f} | – | {b.changed.median / b.full.median:.1%} |", "",
                      f"Pipeline overhead over raw encoding: {b.overhead:+.1%}. Index on disk: {b.disk_mb:.1f} MB.", ""]
        if self.latency:
            lines += ["### Question latency and memory by index size", "",
                      "| paragraphs | vectors | FAISS | p50 ms | p95 ms | target p95 | embed ms | dense ms | BM25 ms "
                      "| RSS model → serving MB | peak write MB | disk MB |",
                      "| ---: | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
            for r in sorted(self.latency + self.compared_latency, key=lambda r: (r.paragraphs, r.faiss != "flat")):
                target = "–" if r.target_ms is None else (
                    f"≤ {r.target_ms:.0f} {'✓' if _ms(r.answer.percentile(95)) <= r.target_ms else '✗'}")
                vectors = f"real + {r.copies} perturbed copies" if r.synthetic else "real"
                memory = "–" if r.rss_serving_mb is None else f"{r.rss_model_mb:.0f} → {r.rss_serving_mb:.0f}"
                lines.append(
                    f"| {r.paragraphs:,} | {vectors} | {r.faiss} | {_ms(r.answer.percentile(50)):.1f} | "
                    f"{_ms(r.answer.percentile(95)):.1f} | {target} | {_ms(r.embed.median):.1f} | "
                    f"{_ms(r.dense.median):.1f} | {_ms(r.lexical.median):.1f} | "
                    f"{memory} | {r.peak_write_mb:.0f} | "
                    f"{r.disk.get('total', 0.0):.0f} |")
            lines.append("")
        if self.ann:
            lines += [f"### FAISS: exact against approximate (recall@{RECALL_AT} vs exact search, one query at a time)", "",
                      "| vectors | n | kind | FAISS index | setting | build s | recall@10 | p50 ms | p95 ms | size MB |",
                      "| --- | ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"]
            for a in self.ann:
                lines.append(f"| {a.vectors} | {a.n:,} | {a.kind} | {a.index} | {a.setting} | {a.build_s:.1f} | "
                             f"{a.recall:.3f} | {_ms(a.search.percentile(50)):.2f} | {_ms(a.search.percentile(95)):.2f} | "
                             f"{a.size_mb:.1f} |")
            lines.append("")
        targets = [t for t in self.targets() if t["served_p95_ms"] is not None]
        if targets:
            lines += ["### Targets", ""] + [_target_line(t) for t in targets] + [""]
        lines += ["Notes:", ""] + [f"- {n}" for n in self.notes()]
        return "\n".join(lines)


def reader_setting(kind: str, n: int) -> str | None:
    """The search setting store.Generation gives an opened index of this kind over `n` vectors."""
    from index.store import HNSW_EF_SEARCH as reader_ef, ivf_lists, ivf_nprobe

    return {"ivfflat": f"nprobe={ivf_nprobe(ivf_lists(n))}", "hnsw": f"efSearch={reader_ef}"}.get(kind)


def _target_line(t: dict) -> str:
    ok = t["served_p95_ms"] <= t["target_p95_ms"]
    line = (f"- p95 ≤ {t['target_p95_ms']:.0f} ms at {t['paragraphs']:,} paragraphs: as served ({t['served_faiss']}) "
            f"{t['served_p95_ms']:.1f} ms {'✓' if ok else '✗'}")
    recall = t[f"served_recall@{RECALL_AT}"]
    if recall is not None:
        line += f" at recall@{RECALL_AT} {recall:.3f}"
        if t["target_recall"] is not None:
            line += f" (target ≥ {t['target_recall']}: {'✓' if recall >= t['target_recall'] else '✗'})"
    if t["exact_p95_ms"] is not None and t["served_faiss"] != "flat":
        line += f"; exact search {t['exact_p95_ms']:.1f} ms"
    return line


# -- the benchmark corpus and the real index --------------------------------------------------------------


def prepare_corpus(folders: Sequence[Path], dest: Path) -> Path:
    """Copy the article files of `folders` into `dest/<folder name>/`, skipping files already copied.

    The project's corpus/norquad holds copies of some shared NorQuAD passages; a passage is measured once.
    Copies also let the 1 %-changed build edit files without touching the project's corpus.
    """
    from index.articles import is_article_file

    seen: set[str] = set()
    names: set[str] = set()
    for folder in folders:
        folder = Path(folder)
        name = folder.resolve().name
        while name in names:
            name += "_"
        names.add(name)
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            rel = path.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts) or not is_article_file(path):
                continue
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            target = dest / name / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return dest


def edit_paragraphs(corpus: Path, articles, share: float, seed: int) -> tuple[dict[Path, bytes], int]:
    """Append a few words to `share` of the paragraphs, chosen at random; returns the original files."""
    rng = random.Random(seed)
    candidates = [(a.source, p.text) for a in articles for p in a.paragraphs if "#" not in a.source]
    count = max(1, round(sum(len(a.paragraphs) for a in articles) * share))
    originals: dict[Path, bytes] = {}
    edited = 0
    for source, text in rng.sample(candidates, min(count, len(candidates))):
        path = corpus / source
        if path.suffix.lower() not in (".txt", ".md", ".markdown"):
            continue
        originals.setdefault(path, path.read_bytes())
        raw = path.read_bytes().decode("utf-8")
        if text not in raw:  # a block the loader normalised (line endings): leave it
            continue
        path.write_bytes(raw.replace(text, f"{text} (Oppdatert {seed}.)", 1).encode("utf-8"))
        edited += 1
    return originals, edited


def bench_build(corpus: Path, index_dir: Path, embedder, settings: IndexSettings, runs: int) -> BuildBench:
    from index.articles import load_articles
    from index.builder import build_index
    from index.store import live_generation

    articles = load_articles(corpus).articles
    texts = [p.text for a in articles for p in a.paragraphs]
    distinct = list(dict.fromkeys(texts))
    prompt = embedder.prompts.get("document") or None

    def build(rebuild: bool):
        return build_index(corpus, index_dir, embedder, settings.faiss_index, rebuild=rebuild,
                           exact_limit=settings.exact_limit)

    def encode():
        return encode_batch(embedder, distinct, prompt)

    embedder.embed_documents(distinct[:64])  # warm-up: the first batches pay for lazy initialisation
    full, encoding = [], []
    for run in range(runs):  # interleaved, so that a slow spell of the machine hits both alike
        log.info("build benchmark: full rebuild %d/%d (%d paragraphs)", run + 1, runs, len(texts))
        encoding.append(timed(encode)[1])
        full.append(timed(build, True)[1])
    unchanged = [timed(build, False)[1] for _ in range(runs)]
    changed, embedded, edited = [], [], 0
    for run in range(runs):
        originals, edited = edit_paragraphs(corpus, articles, CHANGED_SHARE, seed=run)
        try:
            report, seconds = timed(build, False)
            changed.append(seconds)
            embedded.append(report.embedded)
        finally:
            for path, data in originals.items():
                path.write_bytes(data)
        build(False)  # back to the original texts (untimed)
    return BuildBench(
        articles=len(articles), paragraphs=len(texts), distinct=len(distinct), full=Timing(tuple(full)),
        encode=Timing(tuple(encoding)), unchanged=Timing(tuple(unchanged)), changed=Timing(tuple(changed)),
        changed_paragraphs=edited, changed_embedded=int(statistics.median(embedded)),
        disk_mb=disk_mb(live_generation(index_dir))["total"])


def encode_batch(embedder, texts: Sequence[str], prompt: str | None):
    """The embedder's encoder called directly, in one batch, without the builder around it."""
    onnx = getattr(embedder, "onnx", None)
    if onnx is not None:
        return onnx.encode(list(texts), prompt or "", False)
    return embedder.model.encode(list(texts), prompt=prompt, batch_size=embedder.batch_size,
                                 normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


def real_vectors(corpus: Path, index_dir: Path):
    """The real corpus's articles and the stored embedding of each paragraph, in the same order."""
    import numpy as np

    from index.articles import load_articles
    from index.store import Generation

    articles = load_articles(corpus).articles
    generation = Generation.open(index_dir)
    try:
        stored = [(r[0], r[1]) for r in generation.db.execute(
            "SELECT a.source, p.position FROM paragraphs p JOIN articles a ON a.id = p.article ORDER BY p.id")]
        vectors = np.load(generation.path / "vectors.npy")
    finally:
        generation.close()
    if stored != [(a.source, p.position) for a in articles for p in a.paragraphs]:
        raise RuntimeError(f"the index in {index_dir} does not match {corpus}; delete it and run again")
    return articles, vectors


# -- synthetic generations (run in a fresh process each) ----------------------------------------------------


def make_synthetic(corpus: str, vectors_file: str, size: int, index_dir: str, sigma: float,
                   identity: tuple[str, str, int], faiss_setting: str, exact_limit: int) -> dict:
    """Write and publish a generation of `size` paragraphs: the real corpus, then perturbed copies of it."""
    from dataclasses import replace

    import numpy as np

    from index.articles import load_articles
    from index.attribution import ArticleAttributions
    from index.builder import faiss_kind_for, safe_attributions
    from index.embedder import ModelIdentity
    from index.store import new_generation_dir, publish, write_generation

    started = time.perf_counter()
    articles = load_articles(Path(corpus)).articles
    base = np.load(vectors_file, mmap_mode="r")
    found_base = [safe_attributions(a) for a in articles]
    rng = np.random.default_rng(size)
    vectors = np.empty((size, base.shape[1]), dtype=np.float32)
    fake, found = [], []
    filled, copy = 0, 0
    while filled < size:
        offset = 0
        for article, attributions in zip(articles, found_base):
            take = min(len(article.paragraphs), size - filled)
            if take <= 0:
                break
            block = np.array(base[offset:offset + take], dtype=np.float32)
            offset += len(article.paragraphs)
            if copy:
                block += rng.normal(0.0, sigma, block.shape).astype(np.float32)
                block /= np.linalg.norm(block, axis=1, keepdims=True)
                article = replace(article, source=f"synthetic/{copy:05d}/{article.source}",
                                  article_id=f"{article.article_id}~{copy}",
                                  paragraphs=tuple(replace(p, text=f"{p.text} ({copy})")
                                                   for p in article.paragraphs[:take]))
            else:
                article = replace(article, paragraphs=article.paragraphs[:take])
            vectors[filled:filled + take] = block
            fake.append(article)
            found.append(ArticleAttributions(
                attributions.entities, tuple(a for a in attributions.attributions if a.paragraph < take),
                tuple(m for m in attributions.mentions if m[0] < take)))
            filled += take
        copy += 1
    prepared = time.perf_counter()
    kind = faiss_kind_for(faiss_setting, size, exact_limit)
    path = new_generation_dir(Path(index_dir))
    write_generation(path, fake, vectors, ModelIdentity(*identity), found, kind)
    publish(Path(index_dir), path)
    return {"paragraphs": size, "articles": len(fake), "copies": copy - 1, "faiss": kind,
            "prepare_s": prepared - started, "write_s": time.perf_counter() - prepared,
            "peak_mb": peak_rss_mb(), "disk": disk_mb(path)}


def serve_and_measure(index_dir: str, settings: "IndexSettings", questions: Sequence[str], runs: int,
                      measure_latency: bool, queries_file: str | None, scratch: str) -> dict:
    """Open the index as the bot does, answer questions, and (with `queries_file`) compare FAISS indexes."""
    import numpy as np

    from index.embedder import Embedder
    from index.search import Searcher

    embedder = Embedder.from_settings(settings)
    embedder.embed_query("warm-up")
    rss_model = rss_mb()
    searcher, open_s = timed(Searcher, Path(index_dir), embedder)
    result: dict = {"open_s": open_s}
    if measure_latency:
        result.update(_latency(searcher, embedder, questions, runs))
        result.update(rss_model_mb=rss_model, rss_serving_mb=rss_mb(), peak_serving_mb=peak_rss_mb())
    if queries_file:
        vectors = np.load(searcher.generation.path / "vectors.npy")
        rows, indexes = compare_indexes(vectors, np.load(queries_file), "perturbed copies", Path(scratch))
        del vectors
        result["ann"] = rows
        if measure_latency and searcher.generation.manifest.faiss_index != "flat":
            searcher.generation.faiss = indexes["flat"]  # the same generation, answered by exact search
            result["flat"] = _latency(searcher, embedder, questions, runs)
    searcher.generation.close()
    return result


def _latency(searcher, embedder, questions: Sequence[str], runs: int) -> dict:
    for question in questions:  # warm-up: page in the vectors and the lexical index
        searcher.answer(question, k=5)
    answers, embeds, dense, lexical = [], [], [], []
    generation = searcher.generation
    for _ in range(runs):
        for question in questions:
            searcher.forget_questions()  # a newsroom question is new: it pays its embedding
            answers.append(timed(searcher.answer, question, k=5)[1])
            vector, seconds = timed(embedder.embed_query, question)
            embeds.append(seconds)
            dense.append(timed(generation.dense, vector, 100)[1])
            lexical.append(timed(generation.lexical.scores, question)[1])
    return {"answer": answers, "embed": embeds, "dense": dense, "lexical": lexical}


def compare_indexes(vectors, queries, label: str, scratch: Path) -> tuple[list[dict], dict]:
    """Recall@10 against exact search and single-query latency of flat, HNSW and IVF-PQ on `vectors`."""
    import faiss
    import numpy as np

    from index.store import make_faiss_index

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    k = min(RECALL_AT, len(vectors))
    rows: list[dict] = []
    indexes: dict = {}
    exact, exact_s = timed(make_faiss_index, vectors, "flat")
    _, truth = exact.search(queries, k)
    for kind in ("flat", "ivfflat", "hnsw", "ivfpq"):
        log.info("ann benchmark: %s over %d %s vectors", kind, len(vectors), label)
        index, build_s = (exact, exact_s) if kind == "flat" else timed(make_faiss_index, vectors, kind)
        indexes[kind] = index
        settings: list[tuple[str, Callable[[], None]]] = [("exact", lambda: None)]
        if isinstance(index, faiss.IndexHNSWFlat):
            settings = [(f"efSearch={ef}", lambda ef=ef: setattr(index.hnsw, "efSearch", ef)) for ef in HNSW_EF_SEARCH]
        elif isinstance(index, faiss.IndexIVF):
            settings = [(f"nprobe={p}", lambda p=p: setattr(index, "nprobe", p))
                        for p in sorted({*IVF_NPROBE, index.nprobe})]
        scratch.mkdir(parents=True, exist_ok=True)
        file = scratch / f"{kind}.faiss"
        faiss.write_index(index, str(file))
        size_mb = file.stat().st_size / 2**20
        file.unlink()
        for setting, apply in settings:
            apply()
            search = [timed(index.search, queries[i:i + 1], k)[1] for i in range(len(queries))]
            _, ids = index.search(queries, k)
            recall = float(np.mean([len(set(ids[i]) & set(truth[i])) / k for i in range(len(queries))]))
            rows.append({"vectors": label, "n": len(vectors), "kind": kind, "index": type(index).__name__,
                         "setting": setting, "build_s": build_s, "recall": recall, "search": search,
                         "size_mb": size_mb, "queries": len(queries)})
    return rows, indexes


# -- running it all -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchOptions:
    sizes: tuple[int, ...]
    runs: int
    parts: tuple[str, ...]
    corpus: tuple[Path, ...]
    workdir: Path | None
    sigma: float
    command: str


def run_bench(options: BenchOptions, settings: IndexSettings) -> BenchReport:
    import numpy as np

    from index.builder import build_index
    from index.embedder import Embedder

    load_start = _load_average()
    work = options.workdir or Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log.info("benchmark work folder: %s", work)
    try:
        corpus = work / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        prepare_corpus(options.corpus, corpus)
        embedder = Embedder.from_settings(settings)
        real_index = work / "real-index"
        build = bench_build(corpus, real_index, embedder, settings, options.runs) if "build" in options.parts else None
        build_index(corpus, real_index, embedder, settings.faiss_index, exact_limit=settings.exact_limit)
        articles, base = real_vectors(corpus, real_index)
        np.save(work / "base-vectors.npy", base)
        questions = list(QUESTIONS)
        query_vectors = encode_batch(embedder, questions + labelled_questions(), embedder.prompts.get("query") or None)
        np.save(work / "query-vectors.npy", query_vectors)

        ann: list[AnnBench] = []
        if "ann" in options.parts:
            ann += _ann_rows(compare_real(articles, base, query_vectors, work / "scratch")[0])

        identity = embedder.identity
        latency, compared = [], []
        ann_sizes = {s for s in options.sizes if s >= ANN_FROM} | {max(options.sizes)}
        for size in options.sizes:
            wants_ann = "ann" in options.parts and size in ann_sizes
            if "latency" not in options.parts and not wants_ann:
                continue
            index_dir = work / f"synthetic-{size}"
            shutil.rmtree(index_dir, ignore_errors=True)
            log.info("writing a %d-paragraph index", size)
            made = _in_fresh_process(make_synthetic, str(corpus), str(work / "base-vectors.npy"), size, str(index_dir),
                                     options.sigma, (identity.name, identity.fingerprint, identity.dimension),
                                     settings.faiss_index, settings.exact_limit)
            log.info("serving the %d-paragraph index (%d copies, %s)", size, made["copies"], made["faiss"])
            served = _in_fresh_process(serve_and_measure, str(index_dir), settings, questions, options.runs,
                                       "latency" in options.parts,
                                       str(work / "query-vectors.npy") if wants_ann else None, str(work / "scratch"))
            if "answer" in served:
                latency.append(_latency_row(made, served, served, made["faiss"]))
            if "flat" in served:
                compared.append(_latency_row(made, served, served["flat"], "flat"))
            ann += _ann_rows(served.get("ann", []))
            if options.workdir is None:
                shutil.rmtree(index_dir, ignore_errors=True)
    finally:
        if options.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    info = machine(settings)
    info["query_backend"] = "onnx float32" if getattr(embedder, "query_onnx", None) else settings.backend
    info["load_average"] = {"start": load_start, "end": _load_average()}
    return BenchReport(command=options.command, machine=info, model=embedder.identity.name,
                       runs=options.runs, corpus=[str(c) for c in options.corpus], build=build,
                       latency=tuple(latency), compared_latency=tuple(compared), ann=tuple(ann),
                       sigma=options.sigma)


def compare_real(articles, vectors, query_vectors, scratch: Path) -> tuple[list[dict], dict]:
    """Approximate against exact search on the real embeddings of the NorQuAD paragraphs.

    A tenth of the paragraphs (every tenth) is held out of the index and used as queries, with the
    embedded questions. Without NorQuAD articles in the corpus, all its paragraphs are used.
    """
    import numpy as np

    sources = [a.source for a in articles for _ in a.paragraphs]
    rows = [i for i, source in enumerate(sources) if "norquad" in source] or list(range(len(sources)))
    held_out = rows[::round(1 / HOLDOUT_SHARE)]
    held = set(held_out)
    indexed = [i for i in rows if i not in held]
    queries = np.concatenate([vectors[held_out], query_vectors])
    label = "real NorQuAD" if any("norquad" in s for s in sources) else "real"
    return compare_indexes(vectors[indexed], queries, label, scratch)


def labelled_questions() -> list[str]:
    """Questions of the labelled sets in eval/, as more ANN queries (only their text is used)."""
    found = []
    for path in sorted(Path("eval").glob("*questions*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            try:
                found.append(str(json.loads(line)["question"]))
            except (ValueError, KeyError, TypeError):
                continue
    return list(dict.fromkeys(found))


def _in_fresh_process(fn: Callable, *args):
    """Run `fn` in a new interpreter (spawned: no inherited model or threads), so its memory is its own."""
    import multiprocessing

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _latency_row(made: dict, served: dict, timings: dict, faiss_kind: str) -> LatencyBench:
    own_memory = timings is served
    return LatencyBench(
        paragraphs=made["paragraphs"], synthetic=made["copies"] > 0, copies=made["copies"], faiss=faiss_kind,
        answer=Timing(tuple(timings["answer"])), embed=Timing(tuple(timings["embed"])),
        dense=Timing(tuple(timings["dense"])), lexical=Timing(tuple(timings["lexical"])), open_s=served["open_s"],
        rss_model_mb=served["rss_model_mb"] if own_memory else None,
        rss_serving_mb=served["rss_serving_mb"] if own_memory else None,
        peak_serving_mb=served["peak_serving_mb"] if own_memory else None, peak_write_mb=made["peak_mb"],
        write_s=made["write_s"],
        disk=made["disk"])


def _ann_rows(rows: list[dict]) -> list[AnnBench]:
    return [AnnBench(**{**r, "search": Timing(tuple(r["search"]))}) for r in rows]


def machine(settings: IndexSettings) -> dict:
    import faiss
    import sentence_transformers
    import torch

    cpu = platform.processor() or platform.machine()
    memory = None
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                    if line.startswith("model name")), cpu)
        memory = next(int(line.split()[1]) for line in open("/proc/meminfo", encoding="ascii")
                      if line.startswith("MemTotal:")) / 2**20
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cpus": os.cpu_count(), "memory_gb": round(memory, 1) if memory else None,
            "python": platform.python_version(), "torch": torch.__version__, "faiss": faiss.__version__,
            "sentence_transformers": sentence_transformers.__version__, "device": settings.device,
            "backend": getattr(settings, "backend", "torch"), "date": time.strftime("%Y-%m-%d", time.gmtime())}


def plot(report: BenchReport, path: Path) -> None:
    """Latency and memory against index size, log-log, with the targets marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(report.latency, key=lambda r: r.paragraphs)
    exact = sorted((r for r in report.compared_latency if r.faiss == "flat"), key=lambda r: r.paragraphs)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    sizes = [r.paragraphs for r in rows]
    kinds = " then ".join(dict.fromkeys(r.faiss for r in rows))
    left.plot(sizes, [_ms(r.answer.percentile(50)) for r in rows], "o-", label=f"p50, as served ({kinds})")
    left.plot(sizes, [_ms(r.answer.percentile(95)) for r in rows], "s-", label=f"p95, as served ({kinds})")
    if exact:
        left.plot([r.paragraphs for r in exact], [_ms(r.answer.percentile(95)) for r in exact], "^--",
                  label="p95, exact search (flat) on the same index")
    for size, limit in TARGET_P95_MS.items():
        left.plot([size], [limit], "rx", markersize=10, mew=2)
        left.annotate(f"target p95 ≤ {limit:.0f} ms", (size, limit), textcoords="offset points", xytext=(-40, -16),
                      color="red", fontsize=8)
    left.set(xscale="log", yscale="log", xlabel="paragraphs in the index", ylabel="ms per question",
             title="Question latency (Searcher.answer)")
    left.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    right.plot(sizes, [r.rss_serving_mb for r in rows], "o-", label="RSS serving (model + index)")
    right.plot(sizes, [r.rss_model_mb for r in rows], ":", label="RSS model only")
    right.plot(sizes, [r.peak_write_mb for r in rows], "s-", label="peak RSS writing the index")
    right.plot(sizes, [r.disk.get("total", 0.0) for r in rows], "d-", label="index on disk")
    right.set(xscale="log", yscale="log", xlabel="paragraphs in the index", ylabel="MB", title="Memory and disk")
    right.grid(True, which="both", alpha=0.3)
    right.legend(fontsize=8)
    from matplotlib.ticker import LogLocator, NullFormatter, ScalarFormatter

    everything = sizes + list(TARGET_P95_MS)
    for axis in (left, right):
        axis.set_xlim(min(everything) / 2, max(everything) * 2)
        axis.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        axis.yaxis.set_major_formatter(ScalarFormatter())
        axis.yaxis.set_minor_formatter(NullFormatter())
    synthetic = [r.paragraphs for r in rows if r.synthetic]
    if synthetic:
        fig.text(0.5, 0.005, f"From {min(synthetic):,} paragraphs: synthetic (real paragraphs repeated, vectors = real "
                 "embeddings + Gaussian noise). " + report.machine["cpu"] + f", {report.machine['cpus']} CPUs.",
                 ha="center", fontsize=8)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


# -- command line -----------------------------------------------------------------------------------------


def add_command(subparsers) -> argparse.ArgumentParser:
    """Register `bench` on the CLI's subparsers."""
    cmd = subparsers.add_parser("bench", help="measure build speed, question latency and memory, exact vs approximate")
    cmd.add_argument("--sizes", help="index sizes in paragraphs, e.g. 1000,10k,100k,1M (default 1k-1M; --quick 1k,10k)")
    cmd.add_argument("--runs", type=int, help="runs per measurement (default 5; --quick 3)")
    cmd.add_argument("--quick", action="store_true", help="a smoke test: sizes 1000,10000 and 3 runs")
    cmd.add_argument("--parts", default=",".join(PARTS), help=f"what to measure, of {','.join(PARTS)} (default all)")
    cmd.add_argument("--corpus", action="append", metavar="DIR",
                     help=f"articles to build from, repeatable (default: the settings' articles folder and "
                          f"{SHARED_NORQUAD} when present)")
    cmd.add_argument("--workdir", help="keep indexes here (default: a temporary folder, removed)")
    cmd.add_argument("--sigma", type=float, default=NOISE_SIGMA, help="noise of the synthetic copies' vectors")
    cmd.add_argument("--json", action="store_true", help="print one JSON object instead of the markdown table")
    cmd.add_argument("--plot", help="write a PNG of latency and memory against index size")
    cmd.set_defaults(command=run)
    return cmd


def run(args: argparse.Namespace, settings: IndexSettings) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        options = _options(args, settings)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = run_bench(options, settings)
    if args.plot:
        plot(report, Path(args.plot))
        log.info("wrote %s", args.plot)
    print(json.dumps(report.as_json(), ensure_ascii=False) if args.json else report.as_markdown())
    return 0


def _options(args: argparse.Namespace, settings: IndexSettings) -> BenchOptions:
    sizes = tuple(parse_size(s) for s in args.sizes.split(",")) if args.sizes else (
        QUICK_SIZES if args.quick else DEFAULT_SIZES)
    runs = args.runs or (3 if args.quick else 5)
    parts = tuple(p.strip() for p in args.parts.split(",") if p.strip())
    if unknown := set(parts) - set(PARTS):
        raise ValueError(f"unknown --parts {', '.join(sorted(unknown))}: choose from {', '.join(PARTS)}")
    if runs < 1 or not sizes or min(sizes) < 1:
        raise ValueError("--runs and every size must be at least 1")
    corpus = tuple(Path(c) for c in args.corpus) if args.corpus else tuple(
        p for p in (Path(settings.articles_dir), SHARED_NORQUAD) if p.is_dir())
    if missing := [str(c) for c in corpus if not c.is_dir()]:
        raise ValueError(f"corpus folder not found: {', '.join(missing)}")
    if not corpus:
        raise ValueError("no corpus folder: pass --corpus DIR")
    command = ["python -m index bench"]
    if args.quick:
        command.append("--quick")
    if args.sizes:
        command.append(f"--sizes {args.sizes}")
    if args.runs:
        command.append(f"--runs {args.runs}")
    if args.parts != ",".join(PARTS):
        command.append(f"--parts {args.parts}")
    command += [f"--corpus {c}" for c in (args.corpus or [])]
    if args.sigma != NOISE_SIGMA:
        command.append(f"--sigma {args.sigma}")
    if args.plot:
        command.append(f"--plot {args.plot}")
    return BenchOptions(sizes, runs, parts, corpus, Path(args.workdir) if args.workdir else None, args.sigma,
                        " ".join(command))


def parse_size(text: str) -> int:
    """"1000", "10k", "1M", "1_000_000" -> paragraphs."""
    text = text.strip().lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    try:
        return int(float(text[:-1] if factor > 1 else text) * factor)
    except ValueError as exc:
        raise ValueError(f"not a size: {text!r}") from exc


# -- helpers -----------------------------------------------------------------------------------------------


def _percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def _ms(seconds: float) -> float:
    return round(1000 * seconds, 2)


def _r(value: float | None, digits: int = 4) -> float | None:
    return None if value is None or math.isnan(value) else round(float(value), digits)
