"""The citizen's consent before card data leave for a site, and the sites always allowed.

The dialog names the site (host and port) and shows every field that will be sent, with its value.
"Allow once" sends them for this request only; "Always allow" also remembers the site and these
parts (never on a public computer); "Refuse" (or Escape) sends nothing. Remembered sites are listed
in the app and can be withdrawn.
"""

from __future__ import annotations

import json
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eidcompanion.card.contents import CardContents
from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.gui.pin_dialogs import DIALOG_MIN_WIDTH
from eidcompanion.gui.settings import AppSettings
from eidcompanion.i18n import Message
from eidcompanion.texts import fields as names
from eidcompanion.webeid.identity_data import identity_answer
from eidcompanion.webeid.origin import origin_host

SETTINGS_KEY = "websites/allowed"
ANSWER_LABELS = {
    "surname": names.SURNAME,
    "givenNames": names.GIVEN_NAMES,
    "nationalNumber": names.NATIONAL_NUMBER,
    "birthDate": names.BIRTH_DATE,
    "birthPlace": names.BIRTH_PLACE,
    "sex": names.SEX,
    "nationality": names.NATIONALITY,
    "street": names.STREET,
    "houseNumber": names.HOUSE_NUMBER,
    "box": names.BOX,
    "postalCode": names.POSTAL_CODE,
    "municipality": names.MUNICIPALITY,
    "printed": names.ADDRESS,
}
"""The label of each field of a ``get-identity`` answer (the values shown are the ones sent)."""
PHOTO_SIZE = (70, 100)


class Choice(Enum):
    ONCE = "once"
    ALWAYS = "always"
    REFUSED = "refused"


class ConsentStore:
    """Sites always allowed, and for which parts: in the app's settings (memory only when public)."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings

    def _load(self) -> dict[str, list[str]]:
        try:
            stored = json.loads(self.settings.value(SETTINGS_KEY, "{}") or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        return {str(k): [str(p) for p in v] for k, v in stored.items() if isinstance(v, list)}

    def _save(self, allowed: dict[str, list[str]]) -> None:
        self.settings.set_value(SETTINGS_KEY, json.dumps(allowed, sort_keys=True))

    @property
    def can_remember(self) -> bool:
        return not self.settings.public.enabled

    def allowed(self) -> dict[str, tuple[str, ...]]:
        return {origin: tuple(parts) for origin, parts in sorted(self._load().items())}

    def covers(self, origin: str, parts: tuple[str, ...]) -> bool:
        """True when the citizen always allowed ``origin`` every part asked (and no other origin)."""
        return set(parts) <= set(self._load().get(origin, ()))

    def remember(self, origin: str, parts: tuple[str, ...]) -> None:
        if not self.can_remember:
            return
        allowed = self._load()
        allowed[origin] = sorted(set(allowed.get(origin, [])) | set(parts))
        self._save(allowed)

    def withdraw(self, origin: str) -> None:
        allowed = self._load()
        allowed.pop(origin, None)
        self._save(allowed)


def part_label(part: str) -> str:
    labels = {
        "identity": texts.PART_IDENTITY,
        "address": texts.PART_ADDRESS,
        "photo": texts.PART_PHOTO,
        "integrity": texts.PART_INTEGRITY,
    }
    return tr(labels[part])


class ConsentDialog(QDialog):
    """What will be sent, to whom; the three answers. ``chosen`` says which one was given."""

    answered = Signal(object)  # Choice

    def __init__(
        self, parent: QWidget | None, origin: str, parts: tuple[str, ...], contents: CardContents, *,
        can_remember: bool,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(tr(texts.CONSENT_TITLE))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.chosen: Choice | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr(texts.CONSENT_ASKS, site=origin_host(origin)))
        intro.setObjectName("consent_site")
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: bold;")
        layout.addWidget(intro)
        self.values = QFormLayout()
        layout.addLayout(self.values)
        self._show_values(parts, contents)
        self.buttons = QDialogButtonBox()
        self.once_button = self._button("allow_once", texts.ALLOW_ONCE, Choice.ONCE)
        self.always_button = self._button("allow_always", texts.ALLOW_ALWAYS, Choice.ALWAYS)
        self.refuse_button = self._button("refuse", texts.REFUSE, Choice.REFUSED)
        self.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        if can_remember:  # a public computer remembers nothing: the choice is not even offered
            self.buttons.addButton(self.always_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.always_button.setParent(self)
            self.always_button.hide()
        self.buttons.addButton(self.once_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button.setDefault(False)
        self.once_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.rejected.connect(lambda: self._choose(Choice.REFUSED))

    def _button(self, name: str, label: Message, choice: Choice) -> QPushButton:
        button = QPushButton(tr(label))
        button.setObjectName(name)
        button.setAccessibleName(tr(label).replace("&", ""))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        if self.chosen is not None:
            return
        self.chosen = choice
        self.answered.emit(choice)
        self.done(0)

    def _row(self, label: str, value: str, key: str) -> None:
        shown = QLabel(value)
        shown.setObjectName(f"consent_{key}")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        shown.setAccessibleName(f"{label} {value}")
        self.values.addRow(tr(texts.FIELD_LABEL, label=label), shown)

    def _show_values(self, parts: tuple[str, ...], contents: CardContents) -> None:
        """Exactly what will be sent: the answer's own values, one row each."""
        answer = identity_answer(contents, parts)
        for part in ("identity", "address"):
            for key, value in answer.get(part, {}).items():
                self._row(tr(ANSWER_LABELS[key]), value or "—", key)
        if "photo" in parts:
            photo = QLabel()
            photo.setObjectName("consent_photo")
            pixmap = QPixmap()
            if pixmap.loadFromData(contents.photo):
                photo.setPixmap(pixmap.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
            photo.setAccessibleName(part_label("photo"))
            self.values.addRow(tr(texts.FIELD_LABEL, label=part_label("photo")), photo)
        if "integrity" in parts:
            self._row(part_label("integrity"), tr(texts.INTEGRITY_VALUE), "integrity")


class WebsitesDialog(QDialog):
    """The sites always allowed to read the card, each with the parts and a Withdraw button."""

    def __init__(self, parent: QWidget | None, store: ConsentStore) -> None:
        super().__init__(parent)
        self.setObjectName("websites_dialog")
        self.setWindowTitle(tr(texts.WEBSITES_TITLE))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.store = store
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        allowed = self.store.allowed()
        if not allowed:
            empty = QLabel(tr(texts.NO_WEBSITES))
            empty.setObjectName("no_websites")
            self.rows.addWidget(empty)
        for origin, parts in allowed.items():
            row = QWidget()
            line = QHBoxLayout(row)
            text = f"{origin_host(origin)}: {', '.join(part_label(p) for p in parts)}"
            label = QLabel(text)
            label.setObjectName("website")
            line.addWidget(label, 1)
            withdraw = QPushButton(tr(texts.WITHDRAW))
            withdraw.setObjectName("withdraw")
            withdraw.setAccessibleName(f"{tr(texts.WITHDRAW).replace('&', '')} {origin_host(origin)}")
            withdraw.clicked.connect(lambda _checked=False, site=origin: self._withdraw(site))
            line.addWidget(withdraw)
            self.rows.addWidget(row)

    def _withdraw(self, origin: str) -> None:
        self.store.withdraw(origin)
        self.refresh()
