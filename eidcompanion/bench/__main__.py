"""``python -m eidcompanion.bench``: the card-read benchmark."""

from eidcompanion.bench.card_read import main

raise SystemExit(main())
