"""Screenshots for looking at a window by eye: kept only when ``OKLIMA_LOOK_DIR`` names a
folder (``OKLIMA_LOOK_DIR=/tmp/look uv run pytest tests/gui/…``)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

LOOK = os.environ.get("OKLIMA_LOOK_DIR")


def grab(widget: QWidget, name: str) -> None:
    if LOOK:
        Path(LOOK).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(LOOK) / f"{name}.png"), "PNG")
