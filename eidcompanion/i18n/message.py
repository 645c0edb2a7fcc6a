"""A translatable text: a context and an English source, formatted with ``{name}`` fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Translator(Protocol):
    def translate(self, message: Message) -> str: ...


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str

    def render(self, translator: Translator | None = None, /, **fields: object) -> str:
        """The text in the translator's language (English without one), with ``fields`` filled in."""
        text = translator.translate(self) if translator is not None else self.source
        if not fields:
            return text
        plain = {name: value for name, value in fields.items() if not isinstance(value, Message)}
        rendered = {  # a Message field (e.g. a reason) is rendered with the other fields
            name: value.render(translator, **plain) if isinstance(value, Message) else value
            for name, value in fields.items()
        }
        return text.format(**rendered)

    def __str__(self) -> str:
        return self.source


_REGISTRY: dict[tuple[str, str], Message] = {}


def translatable(context: str, source: str) -> Message:
    """Declare a user-facing text. Declared texts must exist in every catalog."""
    message = Message(context, source)
    _REGISTRY[(context, source)] = message
    return message


def registered_messages() -> list[Message]:
    return sorted(_REGISTRY.values(), key=lambda m: (m.context, m.source))
