"""The PySide6 user interface: the only part of the desktop that imports Qt."""
