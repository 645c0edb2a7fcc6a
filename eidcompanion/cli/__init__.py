"""The command line: ``eidcompanion readers | read | simulate | record``."""
