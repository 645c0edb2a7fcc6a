"""``python -m eidcompanion`` runs the command line."""

from eidcompanion.cli.main import main

raise SystemExit(main())
