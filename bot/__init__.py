"""The Telegram bot of the newsroom "who said what" index: questions in, verbatim quotes with citations out.

Public surface (imports are lazy so `import bot` stays cheap and does no I/O):
    BotSettings          settings from the environment (bot/settings.py)
    build_application    a python-telegram-bot Application for one searcher (bot/app.py)
    render_answer        an Answer as Telegram HTML messages under 4096 characters (bot/render.py)
    main                 `python -m bot` (bot/__main__.py)
"""

from __future__ import annotations

from typing import Any

__all__ = ["BotSettings", "build_application", "main", "render_answer"]

_WHERE = {"BotSettings": "bot.settings", "build_application": "bot.app", "render_answer": "bot.render",
          "main": "bot.__main__"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_WHERE[name]), name)
