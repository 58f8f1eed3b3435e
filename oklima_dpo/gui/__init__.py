"""The desktop program (PySide6). Widgets call services; they never open the case base."""
