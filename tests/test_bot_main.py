"""`python -m bot` as a process, started the way an outside check starts it: five environment names."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.bot_fixtures import ROOT, assert_telegram_html, blockquotes, fake, write_corpus  # noqa: F401
from tests.support.fake_telegram import FakeTelegram

STARTUP_SECONDS = 120  # model load and a first index build on a slow machine


def environment(**values: str) -> dict[str, str]:
    """The caller's environment without bot settings, plus `values`; no .env is read (cwd is empty)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NEWSROOM_", "TELEGRAM_", "ALLOWED_", "ADMIN_"))}
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", **values)
    return env


@pytest.fixture
def bot_process(fake: FakeTelegram, tmp_path: Path) -> Iterator[tuple[subprocess.Popen, Path]]:
    corpus = write_corpus(tmp_path / "articles")
    log = tmp_path / "bot.log"
    env = environment(TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_BASE_URL=fake.base_url,
                      ALLOWED_USER_IDS="1, 2", ALLOWED_CHAT_IDS="", ADMIN_USER_IDS="1")
    with open(log, "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "--articles", str(corpus), "--index-dir", str(tmp_path / "index")],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            yield process, log
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()


async def test_python_m_bot_builds_the_index_and_answers_a_private_question(
        fake: FakeTelegram, bot_process: tuple[subprocess.Popen, Path]) -> None:
    process, log = bot_process
    await fake.wait_for(lambda calls: any(c.method == "setMyCommands" for c in calls), timeout=STARTUP_SECONDS)
    fake.send_text("Hvor mye er Elon Musk verdt ifølge Forbes?", user_id=1)
    fake.send_text("Hva sa Peskov?", user_id=99)
    (answer,) = await fake.wait_for_messages(1, timeout=30)
    (refusal,) = await fake.wait_for_messages(99, timeout=30)
    assert any("271 milliarder dollar" in q for q in blockquotes(answer.text)) and "¶15" in answer.text
    assert_telegram_html(answer.text)
    assert "99" in refusal.text and not [c for c in fake.calls_of("sendChatAction") if c.params["chat_id"] == 99]

    process.send_signal(signal.SIGINT)
    assert process.wait(30) == 0
    logged = log.read_text()
    assert "building the index" in logged and "Index rebuilt" in logged  # started without an index
    assert fake.token not in logged and "TEST-TOKEN" not in logged


def test_console_mode_needs_no_token(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "articles")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--console", "--articles", str(corpus), "--index-dir", str(tmp_path / "ix")],
        input="/who Peskov\nWhat happened with Starlink in Ukraine?\n", capture_output=True, text=True,
        cwd=tmp_path, env=environment(), timeout=STARTUP_SECONDS)
    assert result.returncode == 0, result.stderr
    assert "you> /who Peskov" in result.stdout and "Peskov" in result.stdout
    assert "you> What happened with Starlink in Ukraine?" in result.stdout and "  │ " in result.stdout
    assert "¶" in result.stdout


def test_without_a_token_it_says_what_to_set(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot"], capture_output=True, text=True, cwd=tmp_path,
                            env=environment(), timeout=60)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "--console" in result.stderr
