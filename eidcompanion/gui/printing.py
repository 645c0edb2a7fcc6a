"""Print the identity page, or export it to PDF: the photo and the fields, as on the screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from eidcompanion.gui import texts
from eidcompanion.gui.languages import tr
from eidcompanion.private_files import write_private
from eidcompanion.view import CardView, Field

PHOTO_URL = QUrl("eid://photo")


def _rows(fields: tuple[Field, ...]) -> str:
    return "".join(
        f"<tr><td><b>{escape(tr(item.label))}</b></td><td>{escape(item.value)}</td></tr>" for item in fields
    )


def identity_document(view: CardView, notice: str = "") -> QTextDocument:
    """The identity page as a text document (photo, identity, address, card)."""
    document = QTextDocument()
    image = QImage()
    has_photo = bool(view.photo) and image.loadFromData(QByteArray(view.photo))
    if has_photo:
        document.addResource(QTextDocument.ResourceType.ImageResource, PHOTO_URL, image)
    photo = f'<img src="{PHOTO_URL.toString()}" width="140">' if has_photo else ""
    warning = f'<p style="color:#b71c1c"><b>{escape(notice)}</b></p>' if notice else ""
    document.setHtml(
        f"<h2>{escape(tr(texts.APP_NAME))}: {escape(tr(texts.TAB_IDENTITY))}</h2>{warning}"
        f'<table cellpadding="4"><tr><td valign="top">{photo}</td><td valign="top">'
        f"<table>{_rows(view.identity)}</table>"
        f"<h3>{escape(tr(texts.ADDRESS_GROUP))}</h3><table>{_rows(view.address)}</table>"
        f"<h3>{escape(tr(texts.TAB_CARD))}</h3><table>{_rows(view.card)}</table>"
        "</td></tr></table>"
    )
    return document


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(printer)


def export_pdf(view: CardView, path: str, notice: str = "") -> None:
    """Write the identity page to ``path`` as PDF, readable by its owner only."""
    write_private(path, b"")  # created readable by its owner only, before Qt writes into it
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    print_document(identity_document(view, notice), printer)
