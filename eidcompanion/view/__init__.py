"""What the faces show of a card, built once: the command line and the desktop app both use it."""

from eidcompanion.view.card_view import CardDocument, CardView, CertificateView, Field, card_view

__all__ = ["CardDocument", "CardView", "CertificateView", "Field", "card_view"]
