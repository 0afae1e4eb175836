"""Labelled questions -> metrics: this project side by side with a dense-only and a BM25-only baseline.

`python -m index eval --articles DIR --questions FILE.jsonl` builds (incrementally) an index of the
articles, answers every labelled question three ways and prints one table:

- this project: `Searcher.answer` (attribution lookup, hybrid retrieval, speaker resolution);
- dense-only: FAISS top-k over the same model and prompts, the usual tutorial RAG bot;
- BM25-only: the generation's lexical index (the same Norwegian/English stemming).

The baselines have no notion of a speaker: their answer's speaker is null and they always answer
(found = true), as a tutorial bot does. With `--attributions FILE` the stored attributions are also
scored against gold attribution labels (eval/LABELLING.md).

Ranking metrics reuse sentence-transformers' `InformationRetrievalEvaluator.compute_metrics`; the
rest are small functions below, each checked by tests/test_evaluate.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from index.settings import EXACT_LIMIT

if TYPE_CHECKING:
    from index.settings import IndexSettings
    from index.store import Generation

log = logging.getLogger(__name__)

SPEAKER_QUOTES, CLAIM_SOURCE, TOPICAL = "speaker_quotes", "claim_source", "topical"
KINDS = (SPEAKER_QUOTES, CLAIM_SOURCE, TOPICAL)
SYSTEMS = ("project", "dense", "bm25")
SYSTEM_LABELS = {"project": "this project", "dense": "dense-only FAISS¹", "bm25": "BM25-only¹"}
MRR_DEPTH = 10  # MRR@10 needs ten ranked passages, whatever -k is
SOURCE_TOP = 3  # a claim's source must be the speaker of one of the first three passages
BASELINE_NOTE = ("¹ The baselines have no notion of a speaker: their answer's speaker is always null and they always "
                 "answer (found = true), as a tutorial RAG bot does; their speaker, source and no-answer "
                 "accuracies are 0 by construction, not by bad luck.")

Key = tuple[str, int]  # (article source, 0-based paragraph)


# -- inputs ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledQuestion:
    """One line of a questions file (DESIGN.md, Evaluation files)."""

    id: str
    article: str
    question: str
    kind: str
    gold_paragraphs: tuple[int, ...]
    gold_speaker: str | None
    notes: str = ""

    @property
    def gold(self) -> frozenset[Key]:
        return frozenset((self.article, p) for p in self.gold_paragraphs)


@dataclass(frozen=True)
class GoldAttribution:
    """One line of an attribution labels file; speaker None means a reader cannot tell who speaks."""

    source: str
    paragraph: int
    speaker: str | None
    kind: str | None = None


@dataclass(frozen=True)
class PredictedAttribution:
    """An attribution the index stores, located by article source and paragraph position."""

    source: str
    paragraph: int
    speaker: str | None
    ambiguous: bool = False


def read_jsonl(path: Path) -> list[dict]:
    """Objects of a JSONL file; a broken line (a file being written) is logged and skipped."""
    records = []
    for lineno, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            log.warning("%s:%d: skipped, not JSON (%s)", path, lineno, exc.msg)
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            log.warning("%s:%d: skipped, not a JSON object", path, lineno)
    return records


def load_questions(path: Path) -> list[LabelledQuestion]:
    questions = []
    for n, r in enumerate(read_jsonl(path), start=1):
        try:
            questions.append(LabelledQuestion(
                id=str(r.get("id") or f"line-{n}"), article=str(r["article"]), question=str(r["question"]),
                kind=str(r.get("kind") or TOPICAL),
                gold_paragraphs=tuple(int(p) for p in r.get("gold_paragraphs") or ()),
                gold_speaker=r.get("gold_speaker") or None, notes=str(r.get("notes") or "")))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("%s: question %d skipped: %r", path, n, exc)
    return questions


def load_gold_attributions(path: Path) -> list[GoldAttribution]:
    gold = []
    for n, r in enumerate(read_jsonl(path), start=1):
        try:
            gold.append(GoldAttribution(str(r["source"]), int(r["paragraph"]), r.get("speaker") or None, r.get("kind")))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("%s: label %d skipped: %r", path, n, exc)
    return gold


# -- what a system returned ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One returned passage, as far as the metrics care."""

    source: str
    paragraph: int
    text: str
    speaker: str | None = None

    @property
    def key(self) -> Key:
        return (self.source, self.paragraph)


@dataclass(frozen=True)
class SystemAnswer:
    """One system's answer to one question: `passages` as the user sees them (k), `ranking` deeper."""

    speaker: str | None
    found: bool
    passages: tuple[Hit, ...]
    ranking: tuple[Key, ...]
    seconds: float = 0.0


# -- metrics -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """correct / total, with the counts kept so a table can show "11/12"."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_json(self) -> dict:
        return {"value": _round(self.value), "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class RankingMetrics:
    """Recall@k, Hit@1 and MRR@10 over the questions that have gold paragraphs."""

    recall: float | None
    hit_at_1: float | None
    mrr: float | None
    questions: int


def normalise_name(name: str | None) -> str:
    """Lower case, ASCII (Zelenskyj = Zelenskyj, Støre = Store), punctuation as spaces, no leading "the", no
    legal form at the end (a firm's "AS" or "Inc" does not make it another speaker)."""
    if not name:
        return ""
    from unidecode import unidecode

    name = re.sub(r"\bA/S\b", "AS", name)  # the Danish "A/S" is the Norwegian "AS"
    words = re.sub(r"[^a-z0-9]+", " ", unidecode(name).lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] in LEGAL_FORMS:  # "Nordhavn Bank AB" is Nordhavn Bank, "Orbis Inc" Orbis
        words = words[:-1]
    return " ".join(words)


LEGAL_FORMS = frozenset({"as", "asa", "ab", "inc", "ltd", "plc", "gmbh", "llc", "corp", "sa", "nv", "oyj"})


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Does `predicted` name `gold`? Exact after normalising, or by surname.

    A surname match is a one-word name equal to the other's last word ("Peskov" ~ "Dmitrij Peskov") or first
    ("Voltline" ~ "Voltline Motors Inc"), or two
    names with the same last word whose first words share an initial, so transliterations match ("Dmitry
    Peskov" ~ "Dmitrij Peskov") but "Erna Solberg" does not match "Vibeke Solberg", nor "Financial Times"
    "The New York Times".
    """
    if any(re.search(r"\(\S+\)", n or "") for n in (predicted, gold)):  # "Politiets sikkerhetstjeneste (PST)"
        return any(_same_name(a, b) for a in _bracket_aliases(predicted) for b in _bracket_aliases(gold))
    # "Barnevernet i Naustdal" is "Barnevernet" where the article says it once each way (not "Politiet i Øst" and
    # "Politiet i Vest": one side only loses its place)
    return _same_name(predicted, gold) or _same_name(_without_place(predicted), gold) or \
        _same_name(predicted, _without_place(gold))


def _without_place(name: str | None) -> str | None:
    """"Hovedredningssentralen i Nord-Norge" without "i Nord-Norge"; None when there is no such place."""
    shorter = re.sub(r"\s+(?:i|in|ved|at|på)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*$", "", name or "")
    return shorter if shorter != name else None


def _bracket_aliases(name: str | None) -> list[str | None]:
    """"Politiets sikkerhetstjeneste (PST)" is also "Politiets sikkerhetstjeneste" and "PST"."""
    match = re.fullmatch(r"(.+?)\s*\((\S+)\)\s*", name or "")
    return [name, match.group(1), match.group(2)] if match else [name]


def _same_name(predicted: str | None, gold: str | None) -> bool:
    a, b = normalise_name(predicted).split(), normalise_name(gold).split()
    if not a or not b:
        return False
    if a == b:
        return True
    longer = a if len(a) > len(b) else b
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0] and longer[1] not in ("i", "in", "ved", "at", "pa", "for", "of"):
        return True  # "Voltline" ~ "Voltline Motors", "Rema" ~ "Rema 1000": a body (or person) by its first word
    if a[-1] != b[-1]:
        return False
    return len(a) == 1 or len(b) == 1 or a[0][0] == b[0][0]


def ranking_metrics(rankings: Sequence[Sequence[Key]], gold: Sequence[frozenset[Key]], k: int) -> RankingMetrics:
    """Recall@k, Hit@1 and MRR@10 with sentence-transformers' own metric code.

    `compute_metrics` re-sorts hits by score, so each hit's score is minus its rank: the system's order
    is kept exactly (a project answer's scores are not monotone: quotes are ordered by kind). A
    paragraph returned twice counts once. Questions without gold paragraphs are left out (they count
    toward no-answer accuracy only), as the evaluator does itself.
    """
    from sentence_transformers.sentence_transformer.evaluation import InformationRetrievalEvaluator

    queries = {str(i): str(i) for i in range(len(rankings))}
    relevant = {str(i): {_doc_id(key) for key in keys} for i, keys in enumerate(gold)}
    evaluator = InformationRetrievalEvaluator(
        queries=queries, corpus={}, relevant_docs=relevant, accuracy_at_k=[1], precision_recall_at_k=[k],
        mrr_at_k=[MRR_DEPTH], ndcg_at_k=[MRR_DEPTH], map_at_k=[MRR_DEPTH], write_csv=False)
    if not evaluator.queries_ids:
        return RankingMetrics(None, None, None, 0)
    results = []
    for qid in evaluator.queries_ids:
        ranked = list(dict.fromkeys(_doc_id(key) for key in rankings[int(qid)]))
        results.append([{"corpus_id": doc, "score": -float(rank)} for rank, doc in enumerate(ranked)])
    scores = evaluator.compute_metrics(results)
    return RankingMetrics(float(scores["recall@k"][k]), float(scores["accuracy@k"][1]),
                          float(scores["mrr@k"][MRR_DEPTH]), len(evaluator.queries_ids))


def speaker_accuracy(questions: Sequence[LabelledQuestion], answers: Sequence[SystemAnswer]) -> Rate:
    """The answer's top-level speaker names the gold speaker (questions with a gold speaker and gold paragraphs)."""
    pairs = [(q, a) for q, a in zip(questions, answers) if q.gold_speaker and q.gold_paragraphs]
    return Rate(sum(same_speaker(a.speaker, q.gold_speaker) for q, a in pairs), len(pairs))


def source_accuracy(questions: Sequence[LabelledQuestion], answers: Sequence[SystemAnswer],
                    top: int = SOURCE_TOP) -> Rate:
    """claim_source questions: the gold source is the speaker of one of the first `top` passages."""
    pairs = [(q, a) for q, a in zip(questions, answers)
             if q.kind == CLAIM_SOURCE and q.gold_speaker and q.gold_paragraphs]
    return Rate(sum(any(same_speaker(h.speaker, q.gold_speaker) for h in a.passages[:top]) for q, a in pairs),
                len(pairs))


def no_answer_accuracy(questions: Sequence[LabelledQuestion], answers: Sequence[SystemAnswer]) -> Rate:
    """Questions the corpus cannot answer (empty gold): the system must say found = false."""
    pairs = [(q, a) for q, a in zip(questions, answers) if not q.gold_paragraphs]
    return Rate(sum(not a.found for _, a in pairs), len(pairs))


def verbatim_rate(answers: Iterable[SystemAnswer], paragraphs: dict[Key, str]) -> Rate:
    """Returned passages whose text occurs verbatim in the loaded article's paragraph at that position."""
    hits = [h for a in answers for h in a.passages]
    return Rate(sum(bool(h.text) and h.text in paragraphs.get(h.key, "") for h in hits), len(hits))


@dataclass(frozen=True)
class AttributionMetrics:
    """Stored attributions against gold labels, in the articles the labels cover."""

    true_positives: int
    predicted: int  # predictions counted (ambiguous ones on paragraphs labelled ambiguous are not)
    gold: int  # gold lines with a speaker
    speaker: Rate  # gold lines on paragraphs the system attributed at all: the right speaker named
    recall_by_kind: dict[str, Rate] = field(default_factory=dict)
    articles: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.true_positives / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1),
                "true_positives": self.true_positives, "predicted": self.predicted, "gold": self.gold,
                "speaker_accuracy": self.speaker.as_json(), "articles": self.articles,
                "recall_by_kind": {k: r.as_json() for k, r in self.recall_by_kind.items()}}


def attribution_metrics(predicted: Sequence[PredictedAttribution], gold: Sequence[GoldAttribution],
                        also_labelled: Iterable[str] = ()) -> AttributionMetrics:
    """Precision, recall and F1 of (source, paragraph, speaker) against the labels.

    A prediction is correct when an unmatched gold line has the same source and paragraph and
    `same_speaker`; each gold line is matched once, and repeated predictions of one speaker in one
    paragraph count once. Only articles that have labels are scored. Gold lines without a speaker
    (nobody can tell who speaks) are left out of recall, and an ambiguous prediction on such a
    paragraph is the right call, so it is not a false positive; any other prediction there is.
    `also_labelled` names articles the labeller read and found nobody quoted in (the articles of the
    batch's questions): every prediction there is a false positive.
    """
    named = [g for g in gold if g.speaker]
    unclear = {(g.source, g.paragraph) for g in gold if not g.speaker}
    labelled = {g.source for g in gold} | set(also_labelled)
    gold_at: dict[Key, list[int]] = {}
    for i, g in enumerate(named):
        gold_at.setdefault((g.source, g.paragraph), []).append(i)

    scored = [p for p in predicted if p.source in labelled]
    unique = {(p.source, p.paragraph, normalise_name(p.speaker) if p.speaker else None, p.ambiguous): p
              for p in scored}.values()
    counted = [p for p in unique if not (p.ambiguous and (p.source, p.paragraph) in unclear)]
    matched: set[int] = set()
    for p in counted:
        for i in gold_at.get((p.source, p.paragraph), []):
            if i not in matched and same_speaker(p.speaker, named[i].speaker):
                matched.add(i)
                break
    attributed = {(p.source, p.paragraph) for p in scored}
    considered = [i for i, g in enumerate(named) if (g.source, g.paragraph) in attributed]
    by_kind: dict[str, list[int]] = {}
    for i, g in enumerate(named):
        by_kind.setdefault(g.kind or "unknown", []).append(i)
    return AttributionMetrics(
        true_positives=len(matched), predicted=len(counted), gold=len(named),
        speaker=Rate(sum(i in matched for i in considered), len(considered)),
        recall_by_kind={k: Rate(sum(i in matched for i in ids), len(ids)) for k, ids in sorted(by_kind.items())},
        articles=len(labelled))


# -- the report -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SystemMetrics:
    ranking: RankingMetrics
    speaker: Rate
    source: Rate
    no_answer: Rate
    verbatim: Rate
    recall_by_kind: dict[str, RankingMetrics]
    ms_per_question: float

    def as_json(self, k: int) -> dict:
        return {f"recall@{k}": _round(self.ranking.recall), "hit@1": _round(self.ranking.hit_at_1),
                f"mrr@{MRR_DEPTH}": _round(self.ranking.mrr), "ranked_questions": self.ranking.questions,
                "speaker_accuracy": self.speaker.as_json(), "source_accuracy": self.source.as_json(),
                "no_answer_accuracy": self.no_answer.as_json(), "verbatim_rate": self.verbatim.as_json(),
                f"recall@{k}_by_kind": {kind: {"value": _round(m.recall), "questions": m.questions}
                                        for kind, m in self.recall_by_kind.items()},
                "ms_per_question": round(self.ms_per_question, 2)}


def system_metrics(questions: Sequence[LabelledQuestion], answers: Sequence[SystemAnswer],
                   paragraphs: dict[Key, str], k: int) -> SystemMetrics:
    by_kind = {}
    for kind in KINDS:
        idx = [i for i, q in enumerate(questions) if q.kind == kind]
        by_kind[kind] = ranking_metrics([answers[i].ranking for i in idx], [questions[i].gold for i in idx], k)
    seconds = [a.seconds for a in answers]
    return SystemMetrics(
        ranking=ranking_metrics([a.ranking for a in answers], [q.gold for q in questions], k),
        speaker=speaker_accuracy(questions, answers), source=source_accuracy(questions, answers),
        no_answer=no_answer_accuracy(questions, answers), verbatim=verbatim_rate(answers, paragraphs),
        recall_by_kind=by_kind, ms_per_question=1000 * sum(seconds) / len(seconds) if seconds else 0.0)


@dataclass(frozen=True)
class EvalReport:
    questions_file: str
    articles_dir: str
    index_dir: str
    model: str
    k: int
    articles: int
    paragraphs: int
    questions: tuple[LabelledQuestion, ...]
    answers: dict[str, tuple[SystemAnswer, ...]]
    systems: dict[str, SystemMetrics]
    attributions: AttributionMetrics | None = None
    attributions_file: str | None = None
    missing_articles: tuple[str, ...] = ()

    def as_json(self) -> dict:
        counts = {"questions": len(self.questions),
                  "with_gold": sum(bool(q.gold_paragraphs) for q in self.questions),
                  "no_answer": sum(not q.gold_paragraphs for q in self.questions),
                  "by_kind": {kind: sum(q.kind == kind for q in self.questions) for kind in KINDS}}
        per_question = []
        for i, q in enumerate(self.questions):
            entry = {"id": q.id, "kind": q.kind, "question": q.question, "article": q.article,
                     "gold_paragraphs": list(q.gold_paragraphs), "gold_speaker": q.gold_speaker}
            for name in SYSTEMS:
                a = self.answers[name][i]
                entry[name] = {"found": a.found, "speaker": a.speaker,
                               "speaker_correct": same_speaker(a.speaker, q.gold_speaker) if q.gold_speaker else None,
                               "first_gold_rank": _first_rank(a.ranking, q.gold),
                               "passages": [[h.source, h.paragraph, h.speaker] for h in a.passages]}
            per_question.append(entry)
        return {"questions_file": self.questions_file, "articles_dir": self.articles_dir,
                "index_dir": self.index_dir, "model": self.model, "k": self.k, "articles": self.articles,
                "paragraphs": self.paragraphs, "counts": counts,
                "systems": {name: self.systems[name].as_json(self.k) for name in SYSTEMS},
                "attributions": self.attributions.as_json() if self.attributions else None,
                "attributions_file": self.attributions_file, "missing_articles": list(self.missing_articles),
                "notes": [BASELINE_NOTE[2:]], "per_question": per_question}

    def as_table(self) -> str:
        k, s = self.k, self.systems
        with_gold = s["project"].ranking.questions
        lines = [
            f"## Evaluation: {self.questions_file}", "",
            f"{len(self.questions)} questions ({with_gold} with gold paragraphs, "
            f"{s['project'].no_answer.total} without) over {self.articles} articles / {self.paragraphs} paragraphs "
            f"in {self.articles_dir}; k = {k}; model {self.model}.", "",
            "| metric | " + " | ".join(SYSTEM_LABELS[n] for n in SYSTEMS) + " |",
            "| --- |" + " ---: |" * len(SYSTEMS),
        ]

        def row(label: str, values: list[str]) -> None:
            lines.append(f"| {label} | " + " | ".join(values) + " |")

        row(f"Recall@{k} ({with_gold} q)", [_fmt(s[n].ranking.recall) for n in SYSTEMS])
        row(f"Hit@1 ({with_gold} q)", [_fmt(s[n].ranking.hit_at_1) for n in SYSTEMS])
        row(f"MRR@{MRR_DEPTH} ({with_gold} q)", [_fmt(s[n].ranking.mrr) for n in SYSTEMS])
        row(f"speaker accuracy ({s['project'].speaker.total} q)", [_fmt_rate(s[n].speaker) for n in SYSTEMS])
        row(f"source accuracy, top {SOURCE_TOP} ({s['project'].source.total} q)",
            [_fmt_rate(s[n].source) for n in SYSTEMS])
        row(f"no-answer accuracy ({s['project'].no_answer.total} q)", [_fmt_rate(s[n].no_answer) for n in SYSTEMS])
        row("verbatim passages", [_fmt_rate(s[n].verbatim) for n in SYSTEMS])
        row("ms per question", [f"{s[n].ms_per_question:.1f}" for n in SYSTEMS])
        lines += ["", f"Recall@{k} by question kind:", "",
                  "| kind | questions | " + " | ".join(SYSTEM_LABELS[n].rstrip("¹") for n in SYSTEMS) + " |",
                  "| --- | ---: |" + " ---: |" * len(SYSTEMS)]
        for kind in KINDS:
            row(kind, [str(s["project"].recall_by_kind[kind].questions)]
                + [_fmt(s[n].recall_by_kind[kind].recall) for n in SYSTEMS])
        lines += ["", BASELINE_NOTE]
        if self.missing_articles:
            lines += ["", f"Warning: {len(self.missing_articles)} labelled article(s) are not in {self.articles_dir}: "
                      + ", ".join(self.missing_articles[:5]) + (" …" if len(self.missing_articles) > 5 else "")]
        if self.attributions:
            a = self.attributions
            lines += ["", f"### Attributions against {self.attributions_file}", "",
                      f"{a.gold} gold attributions with a speaker in {a.articles} labelled articles; "
                      f"{a.predicted} predictions counted there.", "",
                      "| precision | recall | F1 | speaker accuracy on attributed paragraphs |",
                      "| ---: | ---: | ---: | ---: |",
                      f"| {_fmt(a.precision)} | {_fmt(a.recall)} | {_fmt(a.f1)} | {_fmt_rate(a.speaker)} |"]
            if a.recall_by_kind:
                lines += ["", "Recall by gold kind: " + ", ".join(f"{kind} {_fmt_rate(r)}"
                                                                  for kind, r in a.recall_by_kind.items())]
        return "\n".join(lines)


# -- running the systems --------------------------------------------------------------------------------


def project_answer(searcher, question: str, k: int) -> SystemAnswer:
    """This project's answer as the user sees it (k passages), with a ranking deep enough for MRR@10."""
    started = time.perf_counter()
    answer = searcher.answer(question, k=k)
    seconds = time.perf_counter() - started
    deep = searcher.answer(question, k=max(k, MRR_DEPTH)) if k < MRR_DEPTH else answer
    return SystemAnswer(answer.speaker, answer.found,
                        tuple(Hit(p.source, p.paragraph, p.text, p.speaker) for p in answer.passages),
                        tuple((p.source, p.paragraph) for p in deep.passages), seconds)


def dense_answer(generation: Generation, embedder, question: str, k: int) -> SystemAnswer:
    """The tutorial RAG bot: embed the question, take the nearest paragraphs, always answer."""
    started = time.perf_counter()
    ids, _ = generation.dense(embedder.embed_query(question), max(k, MRR_DEPTH))
    return _baseline(generation, [int(i) for i in ids], k, time.perf_counter() - started)


def bm25_answer(generation: Generation, question: str, k: int) -> SystemAnswer:
    """BM25 alone over the same stemmed lexical index; ties keep paragraph order."""
    import numpy as np

    started = time.perf_counter()
    scores = generation.lexical.scores(question)
    ids = np.argsort(-scores, kind="stable")[:max(k, MRR_DEPTH)]
    return _baseline(generation, [int(i) for i in ids], k, time.perf_counter() - started)


def _baseline(generation: Generation, ids: list[int], k: int, seconds: float) -> SystemAnswer:
    rows = generation.paragraphs(ids)
    ranked = [rows[i] for i in ids if i in rows]
    return SystemAnswer(None, True, tuple(Hit(r.source, r.position, r.text) for r in ranked[:k]),
                        tuple((r.source, r.position) for r in ranked), seconds)


def stored_attributions(generation: Generation) -> list[PredictedAttribution]:
    rows = generation.db.execute(
        "SELECT a.source, p.position, t.speaker, t.ambiguous FROM attributions t "
        "JOIN paragraphs p ON p.id = t.paragraph JOIN articles a ON a.id = p.article")
    return [PredictedAttribution(r[0], int(r[1]), r[2], bool(r[3])) for r in rows]


def default_index_dir(articles_dir: Path) -> Path:
    """One evaluation index per articles folder, never the bot's own index."""
    digest = hashlib.sha256(str(Path(articles_dir).resolve()).encode()).hexdigest()[:12]
    return Path("var/eval-index") / digest


def evaluate(articles_dir: Path, questions_file: Path, index_dir: Path, embedder, k: int = 5,
             attributions_file: Path | None = None, faiss_kind: str = "auto",
             exact_limit: int = EXACT_LIMIT, english_dense_weight: float = 0.5,
             dense_weight: float = 0.5) -> EvalReport:
    """Build the index incrementally, answer every question three ways, score everything."""
    from index.articles import load_articles
    from index.builder import build_index
    from index.search import Searcher

    questions = load_questions(questions_file)
    if not questions:
        raise ValueError(f"no usable questions in {questions_file}")
    build = build_index(articles_dir, index_dir, embedder, faiss_kind, rebuild=False, exact_limit=exact_limit)
    log.info("index %s: %d articles, %d paragraphs (%d embedded, %d reused)", index_dir, build.articles,
             build.paragraphs, build.embedded, build.reused)
    loaded = load_articles(articles_dir)
    paragraphs = {(a.source, p.position): p.text for a in loaded.articles for p in a.paragraphs}
    sources = {a.source for a in loaded.articles}
    missing = tuple(sorted({q.article for q in questions} - sources))
    for source in missing:
        log.warning("labelled article %s is not in %s: its questions cannot be answered", source, articles_dir)

    searcher = Searcher(index_dir, embedder, english_dense_weight, dense_weight)
    generation = searcher.generation
    try:
        searcher.answer("warm-up", k=k)  # the first query pays for lazy initialisation; keep it out of the timings
        answers: dict[str, list[SystemAnswer]] = {name: [] for name in SYSTEMS}
        for n, q in enumerate(questions, start=1):
            answers["project"].append(project_answer(searcher, q.question, k))
            answers["dense"].append(dense_answer(generation, embedder, q.question, k))
            answers["bm25"].append(bm25_answer(generation, q.question, k))
            if n % 20 == 0:
                log.info("answered %d/%d questions", n, len(questions))
        attributions = None
        if attributions_file is not None:
            attributions = attribution_metrics(stored_attributions(generation),
                                               load_gold_attributions(attributions_file),
                                               also_labelled={q.article for q in questions})
    finally:
        generation.close()
    return EvalReport(
        questions_file=str(questions_file), articles_dir=str(articles_dir), index_dir=str(index_dir),
        model=embedder.identity.name, k=k, articles=build.articles, paragraphs=build.paragraphs,
        questions=tuple(questions), answers={n: tuple(a) for n, a in answers.items()},
        systems={n: system_metrics(questions, answers[n], paragraphs, k) for n in SYSTEMS},
        attributions=attributions, attributions_file=str(attributions_file) if attributions_file else None,
        missing_articles=missing)


# -- command line ---------------------------------------------------------------------------------------


def add_command(subparsers) -> argparse.ArgumentParser:
    """Register `eval` on the CLI's subparsers."""
    cmd = subparsers.add_parser("eval", help="score labelled questions: this project vs dense-only and BM25-only")
    cmd.add_argument("--articles", help="articles folder (default from settings)")
    cmd.add_argument("--questions", required=True, help="labelled questions, JSONL (DESIGN.md, Evaluation files)")
    cmd.add_argument("--attributions", help="gold attribution labels, JSONL (eval/LABELLING.md)")
    cmd.add_argument("--index-dir", help="index folder (default: var/eval-index/<hash of the articles path>)")
    cmd.add_argument("-k", type=int, default=5, help="passages per answer (default 5)")
    cmd.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    cmd.set_defaults(command=run)
    return cmd


def run(args: argparse.Namespace, settings: IndexSettings) -> int:
    from index.embedder import Embedder

    articles_dir = Path(args.articles) if args.articles else Path(settings.articles_dir)
    index_dir = Path(args.index_dir) if args.index_dir else default_index_dir(articles_dir)
    questions_file = Path(args.questions)
    attributions_file = Path(args.attributions) if args.attributions else None
    for path in (questions_file, attributions_file):
        if path is not None and not path.is_file():
            print(f"error: file not found: {path}", file=sys.stderr)
            return 2
    if args.k < 1:
        print("error: -k must be at least 1", file=sys.stderr)
        return 2
    embedder = Embedder.from_settings(settings)
    try:
        report = evaluate(articles_dir, questions_file, index_dir, embedder, k=args.k,
                          attributions_file=attributions_file, faiss_kind=settings.faiss_index,
                          exact_limit=settings.exact_limit, english_dense_weight=settings.english_dense_weight,
                          dense_weight=settings.dense_weight)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(report.as_table())
    return 0


# -- helpers --------------------------------------------------------------------------------------------


def _doc_id(key: Key) -> str:
    return f"{key[0]}#{key[1]}"


def _first_rank(ranking: Sequence[Key], gold: frozenset[Key]) -> int | None:
    return next((rank for rank, key in enumerate(ranking, start=1) if key in gold), None)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _fmt_rate(rate: Rate) -> str:
    return "–" if rate.value is None else f"{rate.value:.3f} ({rate.correct}/{rate.total})"
