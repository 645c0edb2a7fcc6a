"""A translatable text: a context and an English source, formatted with ``{name}`` fields."""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs the bridge's start ~5 ms
if TYPE_CHECKING:
    from typing import Protocol

    class Translator(Protocol):
        def translate(self, message: Message) -> str: ...


class Message:
    """Immutable, compared and hashed by (context, source). A plain class, not a dataclass: the
    bridge declares texts too, and ``dataclasses`` costs it ~5 ms at start."""

    __slots__ = ("context", "source")
    context: str
    source: str

    def __init__(self, context: str, source: str) -> None:
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "source", source)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message is immutable ({name})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.context, self.source) == (other.context, other.source)

    def __hash__(self) -> int:
        return hash((self.context, self.source))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.source!r})"

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
