"""Files on the citizen's action only: open and save ``.eid`` files, export certificates, PDF.

Every file written holds personal data, so it is created readable by its owner only. On a public
computer the file dialog is Qt's own (the desktop's native dialog records recent files) and starts
in no remembered folder.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from eidcompanion.card.eid_file import MAX_FILE_SIZE, SavedCard, dump_eid_file, load_eid_file
from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.private_files import write_private
from eidcompanion.view import CardDocument, CertificateView


def read_eid_document(path: str) -> CardDocument:
    """A ``.eid`` file as a document marked "from a file"; raises EidFileError or OSError."""
    with open(path, "rb") as file:
        data = file.read(MAX_FILE_SIZE + 1)
    saved = load_eid_file(data, path=path)
    return CardDocument(
        identity=saved.identity,
        address=saved.address,
        photo=saved.photo,
        certificates=dict(saved.certificates),
        from_file=True,
    )


def saved_card(document: CardDocument) -> SavedCard:
    return SavedCard(document.identity, document.address, document.photo, dict(document.certificates))


def write_eid_document(path: str, document: CardDocument) -> str:
    return write_private(path, dump_eid_file(saved_card(document)))


def certificate_bytes(certificate: CertificateView, form: str) -> bytes:
    assert certificate.der is not None
    if form == "der":
        return certificate.der
    body = base64.encodebytes(certificate.der).decode("ascii").replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n").encode()


class FileDialogs:
    """The file dialogs of the app; ``public`` makes them forget everything."""

    def __init__(self, parent: QWidget, *, public: bool) -> None:
        self.parent = parent
        self.public = public

    def _options(self) -> QFileDialog.Option:
        options = QFileDialog.Option(0)
        if self.public:
            options |= QFileDialog.Option.DontUseNativeDialog
        return options

    def _start_folder(self) -> str:
        return "" if self.public else str(Path.home())

    def open_path(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent, tr(texts.ACTION_OPEN).replace("&", ""), self._start_folder(),
            tr(texts.FILE_FILTER), options=self._options(),
        )  # fmt: skip
        return path

    def save_path(self, title: str, suggested: str, file_filter: str) -> str:
        folder = self._start_folder()
        start = str(Path(folder) / suggested) if folder else suggested
        path, _filter = QFileDialog.getSaveFileName(
            self.parent, title.replace("&", ""), start, file_filter, options=self._options()
        )
        return path
