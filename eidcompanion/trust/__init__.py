"""Trust: are the card's data authentic, are its certificates valid and not revoked.

Nothing here talks to a reader except through a :class:`~eidcompanion.card.BelpicCard`, and
nothing here prints: results are codes that the faces turn into words.
"""
