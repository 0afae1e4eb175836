"""Settings of the Telegram bot: the index settings plus token, API address, allowlists and limits.

The five Telegram names (TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, ALLOWED_USER_IDS,
ALLOWED_CHAT_IDS, ADMIN_USER_IDS) are fixed by DESIGN.md and read unprefixed, because the outside
checks set exactly those; everything else shares the NEWSROOM_ prefix of the index settings.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode, SettingsConfigDict

from index.settings import IndexSettings

TELEGRAM_API = "https://api.telegram.org/bot"

# NoDecode: pydantic-settings would otherwise try to read "1,2, 3" as JSON and fail.
IdSet = Annotated[frozenset[int], NoDecode]


class BotSettings(IndexSettings):
    """Everything `python -m bot` needs; read from the environment and `.env`."""

    # Built in code, a setting takes the same name: : BotSettings(TELEGRAM_BOT_TOKEN="...", top_k=3).
    model_config = SettingsConfigDict(env_prefix="NEWSROOM_", env_file=".env", extra="ignore")

    telegram_bot_token: SecretStr = Field(SecretStr(""), validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(TELEGRAM_API, validation_alias="TELEGRAM_API_BASE_URL")
    allowed_user_ids: IdSet = Field(frozenset(), validation_alias="ALLOWED_USER_IDS")
    allowed_chat_ids: IdSet = Field(frozenset(), validation_alias="ALLOWED_CHAT_IDS")
    admin_user_ids: IdSet = Field(frozenset(), validation_alias="ADMIN_USER_IDS")

    # Questions one user may ask per minute (0 = no limit); a shared bot stays usable for everyone.
    rate_limit_per_minute: int = 20
    # Webhook mode when set: the public https URL Telegram posts to (its path is served locally on
    # webhook_listen:webhook_port; needs python-telegram-bot[webhooks]). Long polling otherwise.
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: SecretStr = SecretStr("")  # checked on every webhook call (letters, digits, _ and -)
    # Seconds between edits of the /reindex progress message (Telegram limits edits per chat).
    reindex_progress_seconds: float = 2.0

    @field_validator("allowed_user_ids", "allowed_chat_ids", "admin_user_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: Any) -> Any:
        """Accept "1,2, 3" (and blanks, which mean nobody) as well as lists of integers."""
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(";", ",").split(",") if part.strip())
        if isinstance(value, int):
            return frozenset({value})
        return value

    @property
    def token(self) -> str:
        """The bot token in clear text, for the Telegram client only (never log it)."""
        return self.telegram_bot_token.get_secret_value()

    @property
    def base_file_url(self) -> str:
        """File downloads live beside the API: .../bot -> .../file/bot (as on api.telegram.org)."""
        base = self.telegram_api_base_url
        return base[: -len("bot")] + "file/bot" if base.endswith("/bot") else base
