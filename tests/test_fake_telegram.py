"""Self-test of the fake Bot API server, driven by the real ``telegram.Bot`` client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import InvalidToken, RetryAfter

from tests.support.fake_telegram import FakeTelegram


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest_asyncio.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url) as b:
        yield b


@pytest.mark.asyncio
async def test_get_me(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "newsroom_test_bot", True)


@pytest.mark.asyncio
async def test_send_message_is_recorded(fake: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
    msg = await bot.send_message(42, "hello <b>world</b>", parse_mode="HTML", reply_markup=markup)
    second = await bot.send_message(42, "123")
    assert msg.text == "hello <b>world</b>" and msg.chat.id == 42 and msg.from_user.is_bot
    assert msg.reply_markup == markup
    assert second.message_id == msg.message_id + 1 and second.text == "123"
    call = fake.calls_of("sendMessage")[0]
    assert call.params["chat_id"] == 42
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "yes"
    sent = await fake.wait_for_messages(42, 2)
    assert [m.text for m in sent] == ["hello <b>world</b>", "123"]
    assert sent[0].parse_mode == "HTML"

    edited = await bot.edit_message_text("edited", chat_id=42, message_id=msg.message_id)
    assert edited.text == "edited"
    assert fake.sent_messages(42)[0].text == "edited"
    assert fake.sent_messages(42)[0].edits == ["hello <b>world</b>"]


@pytest.mark.asyncio
async def test_injected_text_update(fake: FakeTelegram, bot: Bot) -> None:
    uid = fake.send_text("/start now", user_id=7, first_name="Ann")
    gid = fake.send_text("hi all", user_id=8, chat_type="group")
    updates = await bot.get_updates(offset=0, timeout=1)
    assert [u.update_id for u in updates] == [uid, gid]
    msg = updates[0].message
    assert msg is not None and msg.text == "/start now"
    assert msg.from_user.id == 7 and msg.from_user.first_name == "Ann" and msg.chat.id == 7
    assert msg.chat.type == "private"
    assert msg.parse_entities() and list(msg.parse_entities().values()) == ["/start"]
    group = updates[1].message
    assert group.chat.type == "group" and group.chat.id < 0 and group.from_user.id == 8
    # Confirmed updates disappear; an empty poll returns promptly.
    assert await bot.get_updates(offset=gid + 1, timeout=5) == ()


@pytest.mark.asyncio
async def test_reply_to_bot_message(fake: FakeTelegram, bot: Bot) -> None:
    sent = await bot.send_message(5, "question?")
    fake.send_text("answer", user_id=5, reply_to_bot_message_id=sent.message_id)
    (update,) = await bot.get_updates(timeout=1)
    reply = update.message.reply_to_message
    assert reply.message_id == sent.message_id and reply.text == "question?"
    assert update.message.message_id > sent.message_id


@pytest.mark.asyncio
async def test_callback_query_round_trip(fake: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go:1")]])
    sent = await bot.send_message(9, "pick", reply_markup=markup)
    fake.press_button("go:1", message_id=sent.message_id, user_id=9)
    (update,) = await bot.get_updates(timeout=1)
    query = update.callback_query
    assert query.data == "go:1" and query.from_user.id == 9
    assert query.message.message_id == sent.message_id and query.message.chat.id == 9
    assert query.message.text == "pick"
    assert await query.answer("ok")
    await query.edit_message_reply_markup(None)
    await fake.wait_for(lambda calls: any(c.method == "editMessageReplyMarkup" for c in calls))
    assert fake.calls_of("answerCallbackQuery")[0].params["callback_query_id"] == query.id
    assert fake.sent_messages(9)[0].reply_markup is None


@pytest.mark.asyncio
async def test_fail_next_raises_retry_after(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", retry_after=1)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(1, "throttled")
    # Read the message, not .retry_after: its type is changing (int -> timedelta) in PTB 22.x.
    assert "Retry in 1 seconds" in str(info.value) or "Retry in 0:00:01" in str(info.value)
    assert (await bot.send_message(1, "ok")).text == "ok"
    assert [c.status for c in fake.calls_of("sendMessage")] == [429, 200]
    assert [m.text for m in fake.sent_messages(1)] == ["ok"]


@pytest.mark.asyncio
async def test_wrong_token_is_rejected(fake: FakeTelegram) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=fake.base_url):
            pass


@pytest.mark.asyncio
async def test_misc_methods(fake: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert fake.commands[1] == {"command": "help", "description": "Help"}
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert (await bot.get_webhook_info()).url == ""
    assert await bot.send_chat_action(3, "typing")
    assert await bot.do_api_request("someFutureMethod", api_kwargs={"x": 1})
    assert fake.calls_of("someFutureMethod")[0].params == {"x": 1}
    with pytest.raises(TimeoutError):
        await fake.wait_for(lambda calls: False, timeout=0.1)


@pytest.mark.asyncio
async def test_full_application_polling(fake: FakeTelegram) -> None:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"hi {update.effective_user.first_name}")

    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await app.start()
        fake.send_text("/start", user_id=11, first_name="Bo")
        sent = await fake.wait_for_messages(11, 1, timeout=5)
        await app.updater.stop()
        await app.stop()
    assert sent[0].text == "hi Bo"
