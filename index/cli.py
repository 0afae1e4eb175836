"""Command line: build, rebuild, ask, stats, attributions (the contract in DESIGN.md).

stdout carries only the answer or the JSON; logs and progress bars go to stderr. Heavy imports
(torch, FAISS) happen inside the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Sequence

from index.settings import IndexSettings

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    settings = IndexSettings()
    logging.basicConfig(level=settings.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "sentence_transformers", "transformers", "faiss", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if getattr(args, "articles", None):
        settings.articles_dir = Path(args.articles)
    if getattr(args, "index_dir", None):
        settings.index_dir = Path(args.index_dir)
    try:
        return args.command(args, settings)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # domain errors become one line and a non-zero exit
        from index.errors import USER_ERRORS

        if isinstance(exc, USER_ERRORS):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m index", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    for name, rebuild in (("build", False), ("rebuild", True)):
        cmd = commands.add_parser(name, help="embed only new or changed paragraphs" if not rebuild
                                  else "build from scratch, discarding stored vectors")
        _index_args(cmd, articles=True)
        cmd.add_argument("--json", action="store_true", help="print the build report as JSON")
        cmd.set_defaults(command=_cmd_build, rebuild=rebuild)

    ask = commands.add_parser("ask", help="answer a question (or '-' for one question per line on stdin)")
    ask.add_argument("question", help="the question, or - to read questions from stdin")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("-k", type=int, default=None, help="passages per answer (default 5)")
    _index_args(ask, articles=False)
    ask.set_defaults(command=_cmd_ask)

    stats = commands.add_parser("stats", help="what the live index holds")
    _index_args(stats, articles=False)
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(command=_cmd_stats)

    attributions = commands.add_parser("attributions", help="who says what, one JSON object per attribution")
    attributions.add_argument("--articles", help="articles folder (default from settings)")
    attributions.add_argument("--json", action="store_true")
    attributions.set_defaults(command=_cmd_attributions)

    from index import bench, evaluate  # light modules: their heavy imports live inside their commands

    evaluate.add_command(commands)
    bench.add_command(commands)

    return parser


def _index_args(cmd: argparse.ArgumentParser, articles: bool) -> None:
    if articles:
        cmd.add_argument("--articles", help="articles folder (default from settings)")
    cmd.add_argument("--index-dir", help="index folder (default from settings)")


def _embedder(settings: IndexSettings):
    from index.embedder import Embedder

    return Embedder.from_settings(settings)


def _cmd_build(args: argparse.Namespace, settings: IndexSettings) -> int:
    from index.builder import build_index

    report = build_index(settings.articles_dir, settings.index_dir, _embedder(settings), settings.faiss_index,
                         rebuild=args.rebuild, exact_limit=settings.exact_limit)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(f"{report.articles} articles, {report.paragraphs} paragraphs: {report.embedded} embedded, "
              f"{report.reused} reused, {report.removed} removed in {report.seconds:.1f} s")
        for skipped in report.skipped:
            print(f"skipped {skipped.source}: {skipped.reason}")
    return 0


def _cmd_ask(args: argparse.Namespace, settings: IndexSettings) -> int:
    from index.search import Searcher
    from index.store import IndexError_, live_generation

    if live_generation(settings.index_dir) is None:  # say so before spending seconds on the model
        raise IndexError_(f"no index in {settings.index_dir}: run `python -m index build --articles DIR` first")
    searcher = Searcher(settings.index_dir, _embedder(settings), settings.english_dense_weight, settings.dense_weight)
    k = args.k or settings.top_k
    questions = (line.rstrip("\n") for line in sys.stdin) if args.question == "-" else [args.question]
    for question in questions:
        answer = searcher.answer(question, k=k)
        if args.json:
            print(json.dumps(answer.as_json(), ensure_ascii=False), flush=True)
        else:
            print(answer.answer, end="\n\n" if args.question == "-" else "\n", flush=True)
    return 0


def _cmd_stats(args: argparse.Namespace, settings: IndexSettings) -> int:
    from index.store import Generation

    generation = Generation.open(settings.index_dir)
    manifest = generation.manifest
    data = {"generation": generation.path.name, "model": manifest.model, "dimension": manifest.dimension,
            "faiss_index": manifest.faiss_index, "created": manifest.created, "articles": manifest.articles,
            "paragraphs": manifest.paragraphs, "speakers": manifest.speakers}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print("\n".join(f"{key}: {value}" for key, value in data.items()))
    return 0


def _cmd_attributions(args: argparse.Namespace, settings: IndexSettings) -> int:
    from index.articles import load_articles
    from index.attribution import attribute_article

    loaded = load_articles(settings.articles_dir)
    for article in loaded.articles:
        for a in attribute_article(article).attributions:
            record = {"source": article.source, "paragraph": a.paragraph, "speaker": a.speaker,
                      "speaker_mention": a.speaker_mention, "cue": a.cue, "kind": a.kind, "stance": a.stance,
                      "ambiguous": a.ambiguous, "candidates": list(a.candidates), "start": a.start, "end": a.end}
            if args.json:
                print(json.dumps(record, ensure_ascii=False))
            else:
                print(f"{article.source} ¶{a.paragraph + 1}: {a.speaker or '?'} ({a.cue}, {a.kind}, {a.stance})")
    return 0
