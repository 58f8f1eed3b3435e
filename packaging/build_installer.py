"""Compile the Windows installer (packaging/oklima-dpo.nsi) with the package's version.

    uv run python packaging/build_installer.py           # dist/oklima-dpo → dist/OKLIMA-DPO-…exe
    uv run python packaging/build_installer.py --check   # CI on Linux: the script compiles

The version comes from ``oklima_dpo.__version__`` (read, not imported). ``makensis`` runs
with ``-WX``: a warning fails the build as an error does.

``--check`` compiles the script against a stub payload (an empty ``oklima-dpo.exe`` and
``_internal/``) into a throw-away folder: it proves that the script, its includes, plugins,
languages and pages compile, which is all a Linux machine can prove. The real installer
is built on Windows from the real bundle (.github/workflows/windows.yml, or by hand: see
the README, "Building the installer").
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "oklima-dpo.nsi"
BUNDLE = ROOT / "dist" / "oklima-dpo"
EXE = "oklima-dpo.exe"


def package_version() -> str:
    source = (ROOT / "oklima_dpo" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("no __version__ in oklima_dpo/__init__.py")


def windows_version(version: str) -> str:
    """Four numbers, as VIProductVersion wants them: 0.1.0 → 0.1.0.0, 1.2rc1 → 1.2.1.0."""
    numbers = re.findall(r"\d+", version.split("+")[0])[:4]
    return ".".join((numbers + ["0"] * 4)[:4])


def installer_name(version: str) -> str:
    return f"OKLIMA-DPO-{version}-installation.exe"


def makensis_command(makensis: str, bundle: Path, out: Path, version: str) -> list[str]:
    return [
        makensis,
        "-NOCONFIG",
        "-INPUTCHARSET",
        "UTF8",
        "-WX",
        "-V2",
        f"-DVERSION={version}",
        f"-DVERSION_WIN={windows_version(version)}",
        f"-DBUNDLE={bundle}",
        f"-DOUTFILE={out}",
        str(SCRIPT),
    ]


def stub_bundle(folder: Path) -> Path:
    bundle = folder / "oklima-dpo"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / EXE).write_bytes(b"")
    (bundle / "_internal" / "stub.txt").write_text("stub payload for makensis --check\n")
    return bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, help="the installer to write")
    parser.add_argument("--check", action="store_true", help="compile against a stub payload")
    parser.add_argument("--makensis", default=shutil.which("makensis") or "makensis")
    args = parser.parse_args()
    version = package_version()
    with tempfile.TemporaryDirectory(prefix="oklima-nsis-") as scratch:
        if args.check:
            bundle = stub_bundle(Path(scratch))
            out = Path(scratch) / installer_name(version)
        else:
            bundle = args.bundle.resolve()
            out = (args.out or bundle.parent / installer_name(version)).resolve()
            if not (bundle / EXE).is_file():
                sys.stderr.write(
                    f"{bundle / EXE} absent : construire d’abord le programme Windows "
                    "(uv run pyinstaller --noconfirm build.spec, sous Windows)\n"
                )
                return 2
        done = subprocess.run(makensis_command(args.makensis, bundle, out, version), check=False)
        if done.returncode != 0:
            sys.stderr.write(f"makensis a échoué (code {done.returncode})\n")
            return 1
        size = f"{out.stat().st_size / 1e6:.1f} Mo"
        if args.check:
            print(f"script NSIS valide ({SCRIPT.name}, version {version}, charge utile factice)")
        else:
            print(f"{out} : {size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
