"""`python -m bot --console`: the bot's conversation in a terminal, no Telegram and no token needed.

Lines typed are messages; commands (/who Peskov, /source …, /stats) work as in Telegram, and
/more and /context stand in for the buttons. The answering is conversation.py's, shared with the
Telegram handlers; only the medium differs (plain text instead of HTML).
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot import render
from bot.conversation import (HELP_TEXT, START_TEXT, ChatMemory, Conversation, Reply, source_question,
                              who_question)
from bot.reindex import Rebuilder

PROMPT = "you> "
BUTTONS_HINT = "[/context: the surrounding paragraphs · /more: the next results]"
CONTEXT_HINT = "[/context: the surrounding paragraphs]"
CONSOLE_HELP = "In this console, /more and /context act on the last answer; /quit (or Ctrl-D) ends."
NO_LIMIT = 1_000_000  # a terminal needs no 4096-character split


class ConsoleChat:
    """One terminal conversation: its own chat memory, answers as plain text."""

    def __init__(self, conversation: Conversation, rebuilder: Rebuilder) -> None:
        self.conversation = conversation
        self.rebuilder = rebuilder
        self.memory = ChatMemory({})

    async def handle(self, line: str) -> list[str]:
        """The bot's messages in reply to one line (empty for a blank line)."""
        line = line.strip()
        if not line:
            return []
        if not line.startswith("/"):
            return await self._ask(line)
        command, _, argument = line[1:].partition(" ")
        command, argument = command.split("@")[0].lower(), argument.strip()
        if command == "start":
            return [START_TEXT]
        if command == "help":
            return [f"{HELP_TEXT}\n\n{CONSOLE_HELP}"]
        if command == "ask":
            return await self._ask(argument) if argument else ["Usage: /ask Hva sa Peskov?"]
        if command == "who":
            return await self._ask(who_question(argument)) if argument else ["Usage: /who Peskov"]
        if command == "source":
            return await self._ask(source_question(argument)) if argument else ["Usage: /source <claim>"]
        if command == "stats":
            return [render.render_stats(await self.conversation.stats(), render.PLAIN)]
        if command == "more":
            return await self._more()
        if command == "context":
            return await self._context()
        if command == "reindex":
            return await self._reindex()
        return ["I don't know that command; /help lists what I can do."]

    async def _ask(self, question: str) -> list[str]:
        reply = await self.conversation.ask(question, self.memory)
        return self._render(reply, render.render_answer(reply.answer, markup=render.PLAIN, limit=NO_LIMIT))

    async def _more(self) -> list[str]:
        key = self.memory.last_key
        reply = await self.conversation.more(key, self.memory) if key else None
        if reply is None:
            return ["Ask a question first."]
        if not reply.passages:
            return [render.render_no_more(reply.answer, render.PLAIN)]
        heading = render.render_more_heading(reply.answer, render.PLAIN)
        return self._render(reply, render.render_answer(reply.answer, reply.passages, heading=heading,
                                                        markup=render.PLAIN, limit=NO_LIMIT))

    async def _context(self) -> list[str]:
        key = self.memory.last_key
        found = await self.conversation.context(key, self.memory) if key else None
        if found is None:
            return ["Ask a question first."]
        rows, focus = found
        return render.render_context(rows, focus, render.PLAIN, limit=NO_LIMIT)

    async def _reindex(self) -> list[str]:
        outcome = await self.rebuilder.run("the console", after=self.conversation.refresh)
        return [outcome.message]

    @staticmethod
    def _render(reply: Reply, messages: list[str]) -> list[str]:
        if reply.key is not None:
            messages.append(BUTTONS_HINT if reply.has_more else CONTEXT_HINT)
        return messages


async def converse(chat: ConsoleChat, stdin: TextIO, stdout: TextIO) -> None:
    """Read lines until end of input or /quit; echo them when stdin is not a terminal (transcripts)."""
    interactive = stdin.isatty()
    stdout.write(f"{START_TEXT}\n\n{CONSOLE_HELP}\n\n")
    while True:
        stdout.write(PROMPT)
        stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            stdout.write("\n")
            break
        if not interactive:
            stdout.write(line if line.endswith("\n") else line + "\n")
        if line.strip().lower() in ("/quit", "/exit"):
            break
        stdout.writelines(f"\n{message}\n" for message in await chat.handle(line))
        stdout.write("\n")
    stdout.flush()


def run_console(conversation: Conversation, rebuilder: Rebuilder, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    asyncio.run(converse(ConsoleChat(conversation, rebuilder), stdin, stdout))
    return 0
