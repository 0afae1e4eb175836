"""The metrics of `python -m index eval` on small hand-made inputs, and one real run on the seed questions."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from index.evaluate import (GoldAttribution, Hit, LabelledQuestion, PredictedAttribution, SystemAnswer,
                            add_command, attribution_metrics, load_questions, no_answer_accuracy, ranking_metrics,
                            same_speaker, source_accuracy, speaker_accuracy, verbatim_rate)
from index.settings import IndexSettings

ROOT = Path(__file__).resolve().parent.parent
SEED_QUESTIONS = ROOT / "eval" / "seed_questions.jsonl"


def question(gold=(1,), speaker="Dmitrij Peskov", kind="speaker_quotes", article="a.txt") -> LabelledQuestion:
    return LabelledQuestion("q", article, "Hva sa Peskov?", kind, tuple(gold), speaker)


def answer(speaker=None, found=True, passages=(), ranking=None) -> SystemAnswer:
    hits = tuple(Hit(source, paragraph, text, who) for source, paragraph, text, who in passages)
    return SystemAnswer(speaker, found, hits, tuple(ranking if ranking is not None else (h.key for h in hits)))


@pytest.mark.parametrize("predicted, gold, expected", [
    ("Dmitrij Peskov", "Dmitrij Peskov", True),
    ("Peskov", "Dmitrij Peskov", True),  # surname only
    ("Dmitry Peskov", "Dmitrij Peskov", True),  # transliteration
    ("Støre", "Jonas Gahr Støre", True),  # diacritics
    ("jonas gahr store", "Jonas Gahr Støre", True),
    ("Hans Christian Gabrielsen", "Hans-Christian Gabrielsen", True),
    ("Wall Street Journal", "The Wall Street Journal", True),
    ("Erna Solberg", "Vibeke Solberg", False),  # same surname, another person
    ("Financial Times", "The New York Times", False),
    ("Politiets sikkerhetstjeneste", "Politiets sikkerhetstjeneste (PST)", True),  # a labeller's bracketed acronym
    ("PST", "Politiets sikkerhetstjeneste (PST)", True),
    ("Kripos", "Politiets sikkerhetstjeneste (PST)", False),
    ("Nordhavn Bank AB", "Nordhavn Bank", True),  # a firm's legal form is not another speaker
    ("Orbis Inc", "Orbis", True),
    ("Lindholm Pharma", "Lindholm Pharma A/S", True),  # the Danish "A/S" is a legal form too
    ("Nordhavn Bank AB", "Vestal Bank", False),
    ("Voltline Motors Inc", "Voltline", True),  # a body by its first word, as the article calls it after
    ("Rema", "Rema 1000", True),
    ("Barnevernet", "Barnevernet i Naustdal", True),  # a body with and without its place
    ("Hovedredningssentralen i Nord-Norge", "Hovedredningssentralen", True),
    ("Politiet i Øst", "Politiet i Vest", False),  # two places: two bodies
    ("Norges Bank", "Norges Bank Investment Management", False),
    ("Bradley Bowman", "Dmitrij Peskov", False),
    (None, "Dmitrij Peskov", False),
    ("", "Dmitrij Peskov", False),
])
def test_same_speaker(predicted, gold, expected):
    assert same_speaker(predicted, gold) is expected


def test_ranking_metrics_by_hand():
    rankings = [
        [("a", 3), ("a", 1), ("a", 5), ("a", 6), ("a", 7), ("a", 2)],  # gold a1 at rank 2, a2 at rank 6
        [("b", 0)],
        [("c", 4)],  # no gold: left out
    ]
    gold = [frozenset({("a", 1), ("a", 2)}), frozenset({("b", 0)}), frozenset()]
    m = ranking_metrics(rankings, gold, k=5)
    assert m.questions == 2
    assert m.recall == pytest.approx((0.5 + 1.0) / 2)
    assert m.hit_at_1 == pytest.approx(0.5)
    assert m.mrr == pytest.approx((0.5 + 1.0) / 2)


def test_ranking_keeps_the_system_order_and_counts_a_paragraph_once():
    # Sorting by paragraph id (what equal scores would do) would put ("a", 1) first and miss Hit@1.
    m = ranking_metrics([[("z", 9), ("a", 1)]], [frozenset({("z", 9)})], k=5)
    assert m.hit_at_1 == 1.0
    m = ranking_metrics([[("a", 1), ("a", 1)]], [frozenset({("a", 1), ("a", 2)})], k=5)
    assert m.recall == pytest.approx(0.5)


def test_mrr_looks_to_ten_and_recall_to_k():
    ranking = [("a", i) for i in range(10, 20)]  # gold ("a", 17) at rank 8
    m = ranking_metrics([ranking], [frozenset({("a", 17)})], k=5)
    assert m.recall == 0.0 and m.hit_at_1 == 0.0
    assert m.mrr == pytest.approx(1 / 8)
    assert ranking_metrics([], [], k=5).recall is None


def test_speaker_accuracy_counts_questions_with_a_gold_speaker_and_gold_paragraphs():
    questions = [question(), question(), question(speaker=None), question(gold=())]
    answers = [answer("Peskov"), answer("Bowman"), answer("Peskov"), answer("Peskov")]
    rate = speaker_accuracy(questions, answers)
    assert (rate.correct, rate.total) == (1, 2)


def test_source_accuracy_looks_at_the_first_three_passages():
    q = question(speaker="The Wall Street Journal", kind="claim_source")
    third = answer(passages=[("a.txt", 0, "x", None), ("a.txt", 1, "x", "AP"), ("a.txt", 2, "x", "Wall Street Journal")])
    fourth = answer(passages=[("a.txt", i, "x", None) for i in range(3)] + [("a.txt", 3, "x", "The Wall Street Journal")])
    not_claim = question(speaker="The Wall Street Journal", kind="speaker_quotes")
    rate = source_accuracy([q, q, not_claim], [third, fourth, third])
    assert (rate.correct, rate.total) == (1, 2)


def test_no_answer_accuracy():
    questions = [question(gold=()), question(gold=()), question()]
    rate = no_answer_accuracy(questions, [answer(found=False), answer(found=True), answer(found=False)])
    assert (rate.correct, rate.total) == (1, 2)


def test_verbatim_rate_checks_text_at_the_cited_position():
    paragraphs = {("a.txt", 0): "Første avsnitt.", ("a.txt", 1): "– Det er usant, sier Peskov."}
    answers = [answer(passages=[
        ("a.txt", 1, "– Det er usant, sier Peskov.", None),  # verbatim
        ("a.txt", 1, "Det er usant", None),  # a verbatim excerpt of that paragraph
        ("a.txt", 0, "– Det er usant, sier Peskov.", None),  # right words, wrong paragraph
        ("a.txt", 1, "Det er helt usant, sier Peskov.", None),  # not what the article says
        ("b.txt", 1, "– Det er usant, sier Peskov.", None),  # no such article
    ])]
    rate = verbatim_rate(answers, paragraphs)
    assert (rate.correct, rate.total) == (2, 5)


def test_attribution_metrics_by_hand():
    gold = [GoldAttribution("s", 1, "Dmitrij Peskov", "direct"), GoldAttribution("s", 2, "AP", "according_to"),
            GoldAttribution("s", 3, None), GoldAttribution("s", 5, "Elon Musk", "indirect")]
    predicted = [
        PredictedAttribution("s", 1, "Peskov"),  # true positive
        PredictedAttribution("s", 1, "Peskov"),  # the same again: counted once
        PredictedAttribution("s", 2, "Reuters"),  # wrong speaker: false positive
        PredictedAttribution("s", 3, None, ambiguous=True),  # right to be unsure: not counted
        PredictedAttribution("s", 4, "Musk"),  # nothing there: false positive
        PredictedAttribution("u", 1, "Someone"),  # article without labels: not scored
    ]
    m = attribution_metrics(predicted, gold)
    assert (m.true_positives, m.predicted, m.gold) == (1, 3, 3)
    assert m.precision == pytest.approx(1 / 3) and m.recall == pytest.approx(1 / 3)
    assert m.f1 == pytest.approx(1 / 3)
    assert (m.speaker.correct, m.speaker.total) == (1, 2)  # s#1 right, s#2 wrong, s#5 never attributed
    assert (m.recall_by_kind["direct"].correct, m.recall_by_kind["indirect"].correct) == (1, 0)


def test_a_guess_on_an_unclear_paragraph_is_a_false_positive():
    gold = [GoldAttribution("s", 3, None), GoldAttribution("s", 1, "Elon Musk")]
    m = attribution_metrics([PredictedAttribution("s", 3, "Donald Trump"), PredictedAttribution("s", 1, "Musk")], gold)
    assert (m.true_positives, m.predicted, m.gold) == (1, 2, 1)
    assert m.precision == 0.5 and m.recall == 1.0


def test_a_prediction_in_an_article_where_the_labeller_found_nobody_quoted_is_a_false_positive():
    gold = [GoldAttribution("s", 1, "Elon Musk")]
    predicted = [PredictedAttribution("s", 1, "Musk"), PredictedAttribution("quiet", 2, "Erling Haaland")]
    assert attribution_metrics(predicted, gold).predicted == 1  # an article named by nothing is not scored
    m = attribution_metrics(predicted, gold, also_labelled={"quiet"})
    assert (m.true_positives, m.predicted, m.articles) == (1, 2, 2)


def test_one_gold_line_matches_one_prediction():
    gold = [GoldAttribution("s", 1, "Dmitrij Peskov")]
    m = attribution_metrics([PredictedAttribution("s", 1, "Dmitrij Peskov"),
                             PredictedAttribution("s", 1, "Dmitry Peskov")], gold)
    assert (m.true_positives, m.predicted) == (1, 2)


def test_load_questions_skips_a_line_being_written(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(SEED_QUESTIONS.read_text("utf-8") + '{"id": "half", "article": "seed/0', "utf-8")
    assert len(load_questions(path)) == 14


def _run_eval(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_command(parser.add_subparsers(required=True))
    args = parser.parse_args(["eval", *argv])
    return args.command(args, IndexSettings())


def test_eval_command_on_the_seed_questions(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "seed", corpus / "seed")
    argv = ["--articles", str(corpus), "--questions", str(SEED_QUESTIONS), "--index-dir", str(tmp_path / "index")]

    assert _run_eval([*argv, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)  # stdout holds the JSON and nothing else
    assert report["counts"]["questions"] == 14 and report["counts"]["no_answer"] == 1
    assert report["articles"] == 1 and report["missing_articles"] == []
    assert set(report["systems"]) == {"project", "dense", "bm25"}
    for name, metrics in report["systems"].items():
        assert metrics["ranked_questions"] == 13
        for key in ("recall@5", "hit@1", "mrr@10"):
            assert 0.0 <= metrics[key] <= 1.0
        assert metrics["verbatim_rate"]["value"] == 1.0, name  # every passage is the article's own words
        assert set(metrics["recall@5_by_kind"]) == {"speaker_quotes", "claim_source", "topical"}
    for name in ("dense", "bm25"):  # baselines: no speaker, always an answer
        metrics = report["systems"][name]
        assert metrics["speaker_accuracy"]["value"] == 0.0 and metrics["speaker_accuracy"]["total"] == 12
        assert metrics["no_answer_accuracy"] == {"value": 0.0, "correct": 0, "total": 1}
        assert metrics["verbatim_rate"]["total"] == 14 * 5
    assert len(report["per_question"]) == 14
    assert report["attributions"] is None

    assert _run_eval([*argv, "-k", "3"]) == 0
    table = capsys.readouterr().out
    assert "| Recall@3 (13 q) |" in table and "speaker_quotes" in table and "¹" in table
