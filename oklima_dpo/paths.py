"""Where things are: the program's resources, and the user's data folders.

Resources are found the same way from a checkout, an installed wheel and the frozen bundle
(PyInstaller sets ``sys._MEIPASS``). Data folders follow the OS conventions (platformdirs) and
all move together under ``--data-dir`` (portable use, tests, demos).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OKLIMA DPO"
APP_AUTHOR = "OKLIMA"
CASE_BASE_FILENAME = "oklima-dpo.sqlite"
DEMO_FOLDER = "demo"


#: The case base, its documents and caches: for their owner only (POSIX modes; on Windows the
#: user's profile, where they live, is already closed to other users by its ACL).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(folder: Path) -> Path:
    """``folder`` created (with its parents) or narrowed to its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _narrow(folder, PRIVATE_DIR_MODE)
    return folder


def private_file(path: Path) -> None:
    """An existing file narrowed to its owner only (a file another user owns is left)."""
    _narrow(path, PRIVATE_FILE_MODE)


def _narrow(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        pass  # not ours, or gone: opening it will say what is wrong


def current_user() -> str:
    """The OS login: who the journal says acted."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): say so rather than guess
        return "utilisateur-inconnu"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resource_root() -> Path:
    """The ``resources`` folder: inside the bundle, in the package, or beside the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [package_dir() / "resources", package_dir().parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


#: Every resource the program opens; the self-test and the packaging tests check each one.
REQUIRED_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("icons", "app.svg"),
    ("icons", "overdue.svg"),
    ("icons", "due-2.svg"),
    ("icons", "due-7.svg"),
    ("icons", "suspended.svg"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "DejaVuSans-Oblique.ttf"),
    ("fonts", "DejaVuSans-BoldOblique.ttf"),
    ("register", "oklima.yaml"),
    ("holidays", "france.json"),
    ("sources", "demo.yaml"),
    ("letters", "fr.yaml"),
    ("letters", "en.yaml"),
    ("schemas", "access.schema.json"),
    ("schemas", "portability.schema.json"),
)


def missing_resources() -> list[Path]:
    return [resource(*parts) for parts in REQUIRED_RESOURCES if not resource(*parts).is_file()]


@dataclass(frozen=True, slots=True)
class DataDirs:
    """The folders the program writes to; nothing is created until :meth:`create`."""

    root: Path
    exports: Path

    @property
    def case_base(self) -> Path:
        return self.root / CASE_BASE_FILENAME

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def demo(self) -> DataDirs:
        """The demo's own folders, beside and never equal to the real ones."""
        return DataDirs(self.root / DEMO_FOLDER, self.exports / DEMO_FOLDER)

    def create(self) -> None:
        for folder in (self.root, self.documents, self.logs):
            private_dir(folder)


def default_data_dirs(data_dir: Path | None = None) -> DataDirs:
    """The user's local application data, or everything under ``data_dir`` when given."""
    if data_dir is not None:
        root = data_dir.expanduser().absolute()
        return DataDirs(root, root / "exports")
    root = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    checkout = package_dir().parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "exports").is_dir():
        return DataDirs(root, checkout / "exports")  # run from a checkout
    exports = Path(platformdirs.user_documents_dir()) / APP_NAME / "exports"
    return DataDirs(root, exports)
