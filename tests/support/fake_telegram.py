"""A small in-process fake of the Telegram Bot API for end-to-end tests.

Why: a python-telegram-bot (PTB) ``Application`` can be pointed at any server via
``ApplicationBuilder().base_url(...)``.  Running a real (stdlib) HTTP server lets tests
exercise the bot's full stack -- polling, handlers, HTTP client, error handling --
without network access or a real bot token.  Tests inject updates
(:meth:`FakeTelegram.send_text`, :meth:`FakeTelegram.press_button`) and inspect what
the bot sent (:attr:`FakeTelegram.calls`, :meth:`FakeTelegram.sent_messages`).

Standalone demo: ``python -m tests.support.fake_telegram --port 8081``.
"""

from __future__ import annotations

import argparse
import asyncio
import email.parser
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "123456:TEST-TOKEN"
BOT_USER: dict[str, Any] = {
    "id": 123456, "is_bot": True, "first_name": "Newsroom Test Bot",
    "username": "newsroom_test_bot", "can_join_groups": True,
    "can_read_all_group_messages": False, "supports_inline_queries": False,
}
DEFAULT_GROUP_CHAT_ID = -100123
LONG_POLL_CAP = 1.0  # keeps test shutdown fast even when PTB asks for 10 s+ polls
# Free-text parameters must stay strings even if they look like JSON ("123", "true").
_TEXT_PARAMS = {"text", "caption", "parse_mode", "callback_query_id", "inline_message_id",
                "url", "secret_token", "description", "short_description", "name", "title",
                "action", "query", "language_code", "business_connection_id", "emoji"}


@dataclass(frozen=True)
class Call:
    """One API request the bot made, with decoded parameters; ``status`` is the HTTP code."""

    method: str
    params: dict[str, Any]
    status: int = 200


@dataclass
class SentMessage:
    """A message the bot sent; edits update it in place and keep old texts in ``edits``."""

    chat_id: int
    message_id: int
    text: str
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    date: int = field(default_factory=lambda: int(time.time()))
    edits: list[str] = field(default_factory=list)
    deleted: bool = False


def _decode(key: str, value: str) -> Any:
    """PTB form-encodes non-string values as JSON (ints, bools, reply_markup, ...); undo that."""
    if key in _TEXT_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _chat(chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": first_name}
    return {"id": chat_id, "type": chat_type, "title": "Test Group"}


class FakeTelegram:
    """Fake Bot API server on 127.0.0.1 running in a background thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._addr = (host, port)
        self._cond = threading.Condition()  # guards all state; notified on every change
        self._calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._msg_counter: dict[int, int] = {}
        self._sent: dict[int, list[SentMessage]] = {}
        self._failures: dict[str, list[int]] = {}
        self._stopping = False
        self.commands: list[dict[str, Any]] = []
        self.webhook_url = ""
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeTelegram:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                fake._handle(self)

            do_GET = do_POST  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

        self._stopping = False
        self._server = ThreadingHTTPServer(self._addr, Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(  # short poll interval: stop() returns quickly
            target=self._server.serve_forever, args=(0.05,), daemon=True, name="fake-telegram")
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True  # releases pending long polls
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def token(self) -> str:
        return TOKEN

    @property
    def base_url(self) -> str:
        """URL for ``ApplicationBuilder().base_url()`` / ``Bot(base_url=...)``; PTB appends the token."""
        assert self._server is not None, "call start() first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    # ---- inspection ------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        with self._cond:
            return list(self._calls)

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def sent_messages(self, chat_id: int) -> list[SentMessage]:
        with self._cond:
            return list(self._sent.get(chat_id, []))

    async def wait_for(self, predicate: Callable[[list[Call]], Any], timeout: float = 10.0) -> Any:
        """Poll ``predicate(calls)`` until truthy and return its value.

        Async so the bot, running on the same event loop as the test, keeps working meanwhile.
        """
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self.calls)
            if result:
                return result
            if time.monotonic() > deadline:
                tail = [(c.method, c.params) for c in self.calls[-5:]]
                raise TimeoutError(f"condition not met within {timeout}s; last calls: {tail}")
            await asyncio.sleep(0.02)

    async def wait_for_messages(self, chat_id: int, n: int = 1,
                                timeout: float = 10.0) -> list[SentMessage]:
        """Wait until the bot has sent at least ``n`` messages to ``chat_id``."""
        await self.wait_for(lambda _: len(self.sent_messages(chat_id)) >= n, timeout)
        return self.sent_messages(chat_id)

    # ---- injection -------------------------------------------------------------------
    def fail_next(self, method: str, retry_after: int = 1, count: int = 1) -> None:
        """Answer the next ``count`` calls of ``method`` with 429 Too Many Requests."""
        with self._cond:
            self._failures.setdefault(method, []).extend([retry_after] * count)

    def send_text(self, text: str, user_id: int = 1, chat_id: int | None = None,
                  chat_type: str = "private", first_name: str = "Tester",
                  reply_to_bot_message_id: int | None = None) -> int:
        """Queue a user's text message update; returns its update_id."""
        if chat_id is None:
            chat_id = user_id if chat_type == "private" else DEFAULT_GROUP_CHAT_ID
        with self._cond:
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(chat_id), "date": int(time.time()),
                "chat": _chat(chat_id, chat_type, first_name),
                "from": {"id": user_id, "is_bot": False, "first_name": first_name},
                "text": text,
            }
            if text.startswith("/"):
                msg["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
            if reply_to_bot_message_id is not None:
                msg["reply_to_message"] = self._bot_message_json(chat_id, reply_to_bot_message_id)
            return self._enqueue({"message": msg})

    def press_button(self, callback_data: str, message_id: int, user_id: int = 1,
                     chat_id: int | None = None) -> int:
        """Queue a callback_query update for an inline button on a bot message."""
        chat_id = user_id if chat_id is None else chat_id
        with self._cond:
            return self._enqueue({"callback_query": {
                "id": f"cbq-{self._next_update_id}", "chat_instance": str(chat_id),
                "from": {"id": user_id, "is_bot": False, "first_name": "Tester"},
                "message": self._bot_message_json(chat_id, message_id),
                "data": callback_data,
            }})

    # ---- internals (call with self._cond held unless noted) ---------------------------
    def _enqueue(self, update: dict[str, Any]) -> int:
        update["update_id"] = uid = self._next_update_id
        self._next_update_id += 1
        self._updates.append(update)
        self._cond.notify_all()
        return uid

    def _new_message_id(self, chat_id: int) -> int:
        self._msg_counter[chat_id] = self._msg_counter.get(chat_id, 0) + 1
        return self._msg_counter[chat_id]

    def _find(self, chat_id: Any, message_id: Any) -> SentMessage | None:
        for m in self._sent.get(chat_id, []):
            if m.message_id == message_id:
                return m
        return None

    def _bot_message_json(self, chat_id: int, message_id: int) -> dict[str, Any]:
        m = self._find(chat_id, message_id) or SentMessage(chat_id, message_id, "")
        chat_type = "private" if chat_id > 0 else "group"
        data: dict[str, Any] = {"message_id": m.message_id, "date": m.date, "text": m.text,
                                "chat": _chat(chat_id, chat_type, "Tester"), "from": BOT_USER}
        if m.edits:
            data["edit_date"] = int(time.time())
        if m.reply_markup and "inline_keyboard" in m.reply_markup:
            data["reply_markup"] = m.reply_markup  # Telegram echoes only inline keyboards
        return data

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        """Parse one HTTP request, dispatch it and write the JSON reply (no lock held)."""
        url = urlsplit(req.path)
        raw = req.rfile.read(int(req.headers.get("Content-Length") or 0))
        ctype = req.headers.get("Content-Type", "")
        params: dict[str, Any] = dict(parse_qsl(url.query))
        if "json" in ctype:
            params.update(json.loads(raw or b"{}"))
        elif "multipart" in ctype:  # file uploads: keep fields, note file sizes
            msg = email.parser.BytesParser().parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
            for part in msg.get_payload():
                body = part.get_payload(decode=True) or b""
                name = part.get_param("name", header="content-disposition")
                params[name] = (f"<file {len(body)} bytes>" if part.get_filename()
                                else body.decode())
        else:
            params.update(parse_qsl(raw.decode()))
        params = {k: _decode(k, v) if isinstance(v, str) else v for k, v in params.items()}

        prefix, _, method = url.path.rpartition("/")
        if prefix != f"/bot{TOKEN}":
            status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        else:
            status, body = self._dispatch(method, params)
        payload = json.dumps(body).encode()
        req.send_response(status)
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", str(len(payload)))
        req.end_headers()
        req.wfile.write(payload)

    def _dispatch(self, method: str, p: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            if self._failures.get(method):
                retry = self._failures[method].pop(0)
                self._calls.append(Call(method, p, 429))
                self._cond.notify_all()
                return 429, {"ok": False, "error_code": 429,
                             "description": f"Too Many Requests: retry after {retry}",
                             "parameters": {"retry_after": retry}}
            if method != "getUpdates":  # polls would drown the interesting calls
                self._calls.append(Call(method, p))
                self._cond.notify_all()
            try:
                return 200, {"ok": True, "result": self._result(method, p)}
            except LookupError as exc:
                return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}

    def _result(self, method: str, p: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._get_updates(p)
        if method == "sendMessage":
            chat_id = p["chat_id"]
            m = SentMessage(chat_id, self._new_message_id(chat_id), str(p.get("text", "")),
                            p.get("parse_mode"), p.get("reply_markup"))
            self._sent.setdefault(chat_id, []).append(m)
            return self._bot_message_json(chat_id, m.message_id)
        if method in ("editMessageText", "editMessageReplyMarkup", "deleteMessage"):
            if "inline_message_id" in p:
                return True
            m = self._find(p.get("chat_id"), p.get("message_id"))
            if m is None:
                raise LookupError("message to edit not found")
            if method == "deleteMessage":
                m.deleted = True
                return True
            if method == "editMessageText":
                m.edits.append(m.text)
                m.text, m.parse_mode = str(p.get("text", "")), p.get("parse_mode")
            m.reply_markup = p.get("reply_markup")
            return self._bot_message_json(m.chat_id, m.message_id)
        if method == "setMyCommands":
            self.commands = list(p.get("commands") or [])
            return True
        if method == "getMyCommands":
            return self.commands
        if method == "setWebhook":
            self.webhook_url = str(p.get("url", ""))
            return True
        if method == "deleteWebhook":
            self.webhook_url = ""
            if p.get("drop_pending_updates"):
                self._updates.clear()
            return True
        if method == "getWebhookInfo":
            return {"url": self.webhook_url, "has_custom_certificate": False,
                    "pending_update_count": len(self._updates)}
        return True  # sendChatAction, answerCallbackQuery, close, logOut, anything else

    def _get_updates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        """Long poll: confirm (drop) updates below ``offset``, wait briefly for new ones."""
        offset, limit = int(p.get("offset") or 0), int(p.get("limit") or 100)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = time.monotonic() + min(float(p.get("timeout") or 0), LONG_POLL_CAP)
        while not self._updates and not self._stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._cond.wait(remaining):
                break
        return self._updates[:limit]


def main(argv: list[str] | None = None) -> None:
    """Manual demo: stdin lines become private messages from user 1; bot replies are printed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=8081)
    ap.add_argument("--host", default="127.0.0.1")
    args = ap.parse_args(argv)
    fake = FakeTelegram(args.host, args.port).start()
    print(f"base_url: {fake.base_url}\ntoken:    {fake.token}\ntype messages as user 1 (Ctrl-D quits):",
          flush=True)

    def echo() -> None:
        seen = 0
        while True:
            with fake._cond:
                fake._cond.wait_for(lambda: len(fake._calls) > seen)
                new, seen = fake._calls[seen:], len(fake._calls)
            for c in new:
                if c.method in ("sendMessage", "editMessageText"):
                    tag = "bot" if c.method == "sendMessage" else "bot (edit)"
                    print(f"<{tag} -> {c.params.get('chat_id')}> {c.params.get('text')}",
                          flush=True)

    threading.Thread(target=echo, daemon=True).start()
    try:
        for line in sys.stdin:
            if line.strip():
                fake.send_text(line.rstrip("\n"), user_id=1)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
