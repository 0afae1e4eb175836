"""Telegram callbacks: thin wrappers that turn chat events into questions and answers into messages.

The answering itself is in conversation.py (shared with the console) and index/; the layout is in
render.py. Access is checked first, by `check_access` in handler group -1, before anything is sent.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot import render
from bot.access import Access, RateLimiter
from bot.conversation import HELP_TEXT, START_TEXT, ChatMemory, Conversation, Reply, source_question, who_question
from bot.reindex import Rebuilder
from bot.settings import BotSettings

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # article links would otherwise push the quotes away
SORRY = "Sorry, something went wrong while answering. Please try again in a moment, or rephrase the question."
EXPIRED = "That answer is too old for this button; please ask again."


@dataclass
class Services:
    """What the callbacks need, built once by `build_application` and kept in `bot_data`."""

    settings: BotSettings
    conversation: Conversation
    rebuilder: Rebuilder
    access: Access
    limiter: RateLimiter


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data["services"]


# -- who is talking to the bot -------------------------------------------------------------------------

def _mentions_bot(text: str, username: str | None) -> bool:
    return bool(username) and re.search(rf"(?<!\w)@{re.escape(username)}\b", text, re.IGNORECASE) is not None


class AddressedToBot(filters.MessageFilter):
    """In a group: a message that mentions the bot or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        return _mentions_bot(message.text or "", bot.username)


def _is_addressed(update: Update) -> bool:
    """Would the bot answer this update? Only then does a stranger get a refusal (groups stay quiet)."""
    if update.callback_query is not None:
        return True
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return False
    if update.effective_chat.type == ChatType.PRIVATE:
        return True
    text = message.text or ""
    if text.startswith("/"):
        _, _, addressee = text.split()[0].partition("@")
        return not addressee or addressee.lower() == (message.get_bot().username or "").lower()
    return AddressedToBot().check_update(update) is True


async def check_access(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop every update from someone not allowed, with a refusal naming their user id and nothing else."""
    access = services(context).access
    user = update.effective_user
    chat = update.effective_chat
    if access.allows(user.id if user else None, chat.id if chat else None):
        return
    if _is_addressed(update):
        log.info("refused user %s in chat %s", user.id if user else None, chat.id if chat else None)
        refusal = (f"Sorry, this bot answers only the newsroom's members. Your Telegram user id is "
                   f"{user.id if user else 'unknown'}; ask an admin to add it.")
        if update.callback_query is not None:
            await update.callback_query.answer(refusal, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(refusal)
    raise ApplicationHandlerStop


# -- commands --------------------------------------------------------------------------------------------

async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the bot does and how to ask."""
    await update.effective_message.reply_text(render.render_text(START_TEXT), parse_mode=ParseMode.HTML)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Example questions in Norwegian and English, and the commands."""
    await update.effective_message.reply_text(render.render_text(HELP_TEXT), parse_mode=ParseMode.HTML)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question>."""
    question = " ".join(context.args or [])
    await _answer(update, context, question, usage="Usage: /ask Hva sa Peskov?")


async def who_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/who <name>: what that person said."""
    name = " ".join(context.args or [])
    await _answer(update, context, who_question(name) if name else "", usage="Usage: /who Peskov")


async def source_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/source <claim>: who says it."""
    claim = " ".join(context.args or [])
    await _answer(update, context, source_question(claim) if claim else "",
                  usage="Usage: /source Putin ba Musk om ikke å aktivere Starlink over Taiwan")


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the live index holds and when it was built."""
    stats = await services(context).conversation.stats()
    await update.effective_message.reply_text(render.render_stats(stats), parse_mode=ParseMode.HTML)


async def reindex_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admins: rebuild the index in the background; questions keep being answered meanwhile."""
    svc = services(context)
    user = update.effective_user
    message = update.effective_message
    if not svc.access.is_admin(user.id if user else None):
        await message.reply_text(f"Only admins can rebuild the index (your user id is {user.id if user else '?'}).")
        return
    if svc.rebuilder.running:
        await message.reply_text("A rebuild is already running; the current index keeps answering.")
        return
    status = await message.reply_text("Rebuilding the index… questions are answered from the current index "
                                      "meanwhile.")
    who = f"{user.full_name} (id {user.id})"
    context.application.create_task(_rebuild(status, svc, who), update=update, name="reindex")


async def _rebuild(status: Message, svc: Services, who: str) -> None:
    async def edit(text: str) -> None:
        await status.edit_text(text)

    outcome = await svc.rebuilder.run(who, on_progress=edit, every=svc.settings.reindex_progress_seconds,
                                      after=svc.conversation.refresh)
    await status.edit_text(outcome.message)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not know (private chats only: in groups it may be another bot's)."""
    await update.effective_message.reply_text("I don't know that command; /help lists what I can do.")


# -- questions and buttons ------------------------------------------------------------------------------

async def question_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plain message (in a group: one that mentions or replies to the bot) is a question."""
    text = update.effective_message.text or ""
    username = context.bot.username
    if username:
        text = re.sub(rf"(?<!\w)@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    await _answer(update, context, " ".join(text.split()), usage="Ask me e.g. «Hva sa Peskov?» (/help)")


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Context and More buttons under an answer; the data holds only a short key."""
    query = update.callback_query
    action, _, key = (query.data or "").partition(":")
    memory = ChatMemory(context.chat_data)
    conversation = services(context).conversation
    message = query.message
    await query.answer()  # stops the button's spinner whatever happens next
    if not isinstance(message, Message):  # a message too old for Telegram to show us
        return
    if action == "more":
        if not await _within_rate_limit(update, context):
            return
        await message.reply_chat_action(ChatAction.TYPING)
        reply = await conversation.more(key, memory)
        if reply is None:
            await message.reply_text(EXPIRED)
        elif not reply.passages:
            await message.reply_text(render.render_no_more(reply.answer), parse_mode=ParseMode.HTML)
        else:
            await _send(message, reply, render.render_answer(reply.answer, reply.passages,
                                                              heading=render.render_more_heading(reply.answer)))
    elif action == "ctx":
        found = await conversation.context(key, memory)
        if found is None:
            await message.reply_text(EXPIRED)
            return
        rows, focus = found
        for text in render.render_context(rows, focus):
            await message.reply_text(text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
    else:
        await message.reply_text(EXPIRED)


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, usage: str) -> None:
    """Rate limit, typing indicator, search, then the answer as one or more HTML messages."""
    message = update.effective_message
    if not question.strip():
        await message.reply_text(usage)
        return
    if not await _within_rate_limit(update, context):
        return
    await message.reply_chat_action(ChatAction.TYPING)
    reply = await services(context).conversation.ask(question, ChatMemory(context.chat_data))
    await _send(message, reply, render.render_answer(reply.answer))


async def _send(message: Message, reply: Reply, texts: list[str]) -> None:
    """Send the parts of an answer; the buttons go under the last part."""
    for number, text in enumerate(texts, start=1):
        markup = _keyboard(reply) if number == len(texts) else None
        await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                 link_preview_options=NO_PREVIEW)


def _keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if reply.key is None:
        return None
    row = [InlineKeyboardButton("Context", callback_data=f"ctx:{reply.key}")]
    if reply.has_more:
        row.append(InlineKeyboardButton("More", callback_data=f"more:{reply.key}"))
    return InlineKeyboardMarkup([row])


async def _within_rate_limit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    limiter = services(context).limiter
    if user is None or limiter.allow(user.id):
        return True
    wait = limiter.retry_in(user.id)
    log.info("rate limit reached by user %s", user.id)
    await update.effective_message.reply_text(
        f"You have asked {limiter.per_minute} questions in the last minute; please wait {wait:.0f} s "
        "before the next one.")
    return False


# -- errors ----------------------------------------------------------------------------------------------

async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the traceback, then tell the asker something went wrong, without internals."""
    log.error("Exception while handling an update:", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_message is None:
        return
    user, chat = update.effective_user, update.effective_chat
    if not services(context).access.allows(user.id if user else None, chat.id if chat else None):
        return  # a stranger gets the refusal and nothing else
    try:
        await update.effective_message.reply_text(SORRY)
    except Exception as exc:  # the failure may be Telegram itself; the traceback is already logged
        log.warning("could not tell the user about the error: %s", exc)
