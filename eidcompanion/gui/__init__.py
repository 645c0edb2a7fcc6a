"""The desktop app (PySide6): the face a citizen uses. It wraps the Qt-free services below it."""
