"""The root of every error this package raises on purpose.

Each error carries a sentence a citizen understands (a translatable :class:`Message`, with fields
such as the file name) and, separately, a technical detail for logs and bug reports.
"""

from __future__ import annotations

from typing import ClassVar

from eidcompanion.i18n import Message, translatable
from eidcompanion.i18n.message import Translator


class EidError(Exception):
    """Base class. Subclasses set :attr:`message`; the faces render it in the user's language."""

    message: ClassVar[Message] = translatable("errors", "Something went wrong with the eID card.")

    def __init__(self, detail: str = "", **fields: object) -> None:
        self.detail = detail
        self.fields = fields
        super().__init__(self.user_text())

    def user_text(self, translator: Translator | None = None) -> str:
        return self.message.render(translator, **self.fields)

    def __str__(self) -> str:
        text = self.user_text()
        return f"{text} ({self.detail})" if self.detail else text
