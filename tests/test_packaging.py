"""The program as shipped: resources found from a checkout, a wheel and the frozen bundle;
the bundle's contents; the installer script; the data folders; no network.

The frozen bundle (``dist/oklima-dpo``, from ``pyinstaller build.spec``) is built by
``.ci/run`` before the tests; without it, the tests that need it are skipped, except on CI
(``CI=true``) where they fail. The offline test runs whatever is there: the bundle, or
``python -m oklima_dpo``.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import oklima_dpo
from oklima_dpo import paths
from oklima_dpo.store.database import Target

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "oklima-dpo"
FROZEN_EXE = BUNDLE / ("oklima-dpo.exe" if sys.platform == "win32" else "oklima-dpo")
ON_CI = os.environ.get("CI") == "true"
ON_LINUX = sys.platform.startswith("linux")


def needed(what: str, available: bool, reason: str) -> None:
    """Skip when ``what`` is missing, except on CI where it must be there."""
    if available:
        return
    if ON_CI:
        pytest.fail(f"{what}: {reason} (on CI this must run)")
    pytest.skip(f"{what}: {reason}")


def frozen_bundle() -> Path:
    needed("frozen bundle", FROZEN_EXE.is_file(), "no dist/oklima-dpo (pyinstaller build.spec)")
    return BUNDLE


def program_command() -> list[str]:
    """The frozen program when built, else the package from source."""
    if FROZEN_EXE.is_file():
        return [str(FROZEN_EXE)]
    return [sys.executable, "-m", "oklima_dpo"]


def offscreen_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


# -- one version -----------------------------------------------------------------------------


def test_one_version_for_the_package_the_wheel_the_bundle_and_the_installer() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == oklima_dpo.__version__


def test_the_windows_version_resource_names_the_product_and_its_version() -> None:
    """build.spec fills the template; PyInstaller evaluates it (a Python expression)."""
    from string import Template

    template = (ROOT / "packaging" / "version_info.txt.in").read_text(encoding="utf-8")
    filled = Template(template).substitute(version="1.2.3", version_tuple="(1, 2, 3, 0)")
    tree = ast.parse(filled, mode="eval")
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    strings = {
        ast.literal_eval(c.args[0]): ast.literal_eval(c.args[1])
        for c in calls
        if c.func.id == "StringStruct"
    }
    assert strings["ProductName"] == "OKLIMA DPO"
    assert strings["CompanyName"] == "OKLIMA"
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "oklima-dpo.exe"
    (fixed,) = [c for c in calls if c.func.id == "FixedFileInfo"]
    numbers = {k.arg: ast.literal_eval(k.value) for k in fixed.keywords}
    assert numbers["filevers"] == numbers["prodvers"] == (1, 2, 3, 0)


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    data = (ROOT / "resources" / "icons" / "oklima-dpo.ico").read_bytes()
    reserved, kind, count = int.from_bytes(data[0:2], "little"), data[2], data[4]
    assert (reserved, kind) == (0, 1)
    sides = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sides


# -- resources: checkout, wheel, bundle ------------------------------------------------------


def test_every_resource_the_program_needs_is_found() -> None:
    assert paths.missing_resources() == []
    for parts in paths.REQUIRED_RESOURCES:
        assert paths.resource(*parts).is_relative_to(paths.resource_root())


def test_the_bundle_is_looked_at_first_then_the_package_then_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "oklima_dpo"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "package_dir", lambda: package)
    assert paths.resource_root() == package / "resources"  # an installed wheel
    bundle = tmp_path / "_internal"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resource_root() == bundle / "resources"  # the frozen program


def test_the_wheel_holds_the_resources_and_finds_them(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    needed("wheel", uv is not None, "uv is not on PATH")
    assert uv is not None
    built = subprocess.run(
        [uv, "build", "--wheel", "--quiet", "--out-dir", str(tmp_path / "wheel"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("oklima_dpo-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    for parts in paths.REQUIRED_RESOURCES:
        assert "/".join(("oklima_dpo", "resources", *parts)) in names
    # The charter the register encodes, beside it (the program names it, never opens it).
    assert "oklima_dpo/resources/register/charte-donnees-personnelles-oklima.txt" in names
    assert "oklima_dpo/store/migrations/env.py" in names
    assert any(name.startswith("oklima_dpo/gui/forms/ui_") for name in names)
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):  # when built (.ci/run)
        assert f"oklima_dpo/resources/translations/{qm.name}" in names
    # Imported from the unpacked wheel (as an installed one is), the package finds them there.
    probe = (
        "from oklima_dpo import paths; "
        "print(paths.resource_root()); print(len(paths.missing_resources()))"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "installed")}
    found = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    root, missing = found.stdout.split()
    assert Path(root) == tmp_path / "installed" / "oklima_dpo" / "resources"
    assert missing == "0"


def test_the_bundle_holds_the_resources_the_migrations_and_nothing_for_the_network() -> None:
    internal = frozen_bundle() / "_internal"
    for parts in paths.REQUIRED_RESOURCES:
        assert internal.joinpath("resources", *parts).is_file(), parts
    assert list((internal / "resources" / "translations").glob("oklima_dpo_*.qm"))
    migrations = internal / "oklima_dpo" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    shipped = {p.name for p in (ROOT / "oklima_dpo/store/migrations/versions").glob("*.py")}
    assert shipped <= {p.name for p in (migrations / "versions").glob("*.py")}
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    # Trimmed: no Qt networking module for Python, no TLS or network-information plugin, no
    # other Faker locale. (The Qt6Network library itself comes as a dependency of Qt6Pdf, the
    # preview of what leaves; without its plugins and Python module nothing can use it.)
    assert not [f for f in files if "QtNetwork" in f]
    assert not [f for f in files if "/plugins/tls/" in f or "/plugins/networkinformation/" in f]
    assert not [f for f in files if "faker/providers/person/de_DE" in f]
    assert [f for f in files if f.endswith("/plugins/platforms/" + platform_plugin())]


def platform_plugin() -> str:
    return "qoffscreen.dll" if sys.platform == "win32" else "libqoffscreen.so"


def test_the_frozen_program_answers_on_the_command_line(tmp_path: Path) -> None:
    exe = frozen_bundle() / FROZEN_EXE.name
    done = subprocess.run(
        [str(exe), "--data-dir", str(tmp_path), "deadline", "--received", "2025-03-05", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "2025-04-07" in done.stdout  # 5 March + one month = Saturday 5 April → Monday 7


def test_the_frozen_program_opens_sqlite_and_postgresql_case_bases(
    target: Target, tmp_path: Path
) -> None:
    """The psycopg driver that SQLAlchemy loads by name is in the bundle."""
    exe = frozen_bundle() / FROZEN_EXE.name
    done = subprocess.run(
        [str(exe), "--data-dir", str(tmp_path), "--db", target.url, "cases", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


# -- the installer script --------------------------------------------------------------------


def test_the_installer_script_compiles() -> None:
    makensis = shutil.which("makensis")
    needed("makensis", makensis is not None, "NSIS is not installed (apt-get install nsis)")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_installer.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_installer_gets_four_numbers_for_windows() -> None:
    script = ROOT / "packaging" / "build_installer.py"
    spec = importlib.util.spec_from_file_location("build_installer", script)
    assert spec is not None and spec.loader is not None
    build_installer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_installer)
    assert build_installer.windows_version("0.1.0") == "0.1.0.0"
    assert build_installer.windows_version("1.2rc1") == "1.2.1.0"
    assert build_installer.windows_version("2.0.0.5.7+local") == "2.0.0.5"
    assert build_installer.installer_name("0.1.0") == "OKLIMA-DPO-0.1.0-installation.exe"


# -- data folders ----------------------------------------------------------------------------


def test_installed_the_data_go_to_local_app_data_and_the_exports_to_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def user_data_dir(appname: str, appauthor: str, *, roaming: bool) -> str:
        asked.append((appname, appauthor, roaming))
        return str(tmp_path / "AppData" / "Local" / appauthor / appname)

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.setattr(paths.platformdirs, "user_documents_dir", lambda: str(tmp_path / "Docs"))
    # Installed or frozen: the package's parent is site-packages or _internal, not a checkout.
    monkeypatch.setattr(paths, "package_dir", lambda: tmp_path / "_internal" / "oklima_dpo")
    dirs = paths.default_data_dirs()
    local = tmp_path / "AppData" / "Local" / "OKLIMA" / "OKLIMA DPO"
    assert asked == [("OKLIMA DPO", "OKLIMA", False)]  # local, not roaming: never synced
    assert dirs.root == local
    assert dirs.case_base.parent == dirs.logs.parent == dirs.documents.parent == local
    assert dirs.exports == tmp_path / "Docs" / "OKLIMA DPO" / "exports"
    assert dirs.demo().root == local / "demo"


def test_data_dir_moves_every_folder_the_program_writes(tmp_path: Path) -> None:
    usb = tmp_path / "E" / "OKLIMA"
    dirs = paths.default_data_dirs(usb)
    written = [dirs.root, dirs.case_base, dirs.logs, dirs.documents, dirs.exports]
    written += [dirs.demo().root, dirs.demo().exports]
    assert all(path.is_relative_to(usb) for path in written)


def test_the_program_writes_nothing_outside_data_dir(tmp_path: Path) -> None:
    home, usb = tmp_path / "home", tmp_path / "usb"
    home.mkdir()
    env = offscreen_env(HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "local"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(variable, None)
    done = subprocess.run(
        [*program_command(), "--data-dir", str(usb), "demo", "--cases", "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(usb.rglob("*.sqlite")), "no case base under --data-dir"
    assert [p for p in home.rglob("*") if "OKLIMA" in str(p)] == []


# -- offline ---------------------------------------------------------------------------------


def network_namespace_prefix() -> list[str]:
    """``unshare`` into a new network namespace (only a loopback that is down)."""
    if not ON_LINUX:  # network namespaces are Linux's; the Linux CI runs this test
        pytest.skip("network namespaces need Linux")
    unshare = shutil.which("unshare")
    needed("offline self-test", unshare is not None, "unshare is not installed (util-linux)")
    assert unshare is not None
    prefix = [unshare, "-n"] if os.geteuid() == 0 else [unshare, "-r", "-n"]
    works = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    needed("offline self-test", works.returncode == 0, f"unshare refused: {works.stderr.strip()}")
    return prefix


def test_the_program_passes_its_self_test_with_no_network() -> None:
    prefix = network_namespace_prefix()
    # The namespace really has no way out.
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=2)"
    cut = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, check=False)
    assert cut.returncode != 0
    done = subprocess.run(
        [*prefix, *program_command(), "--self-test", "--no-err-windows"],
        env=offscreen_env(),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "autotest réussi"


def test_the_program_never_tries_to_open_a_socket(tmp_path: Path) -> None:
    """Python's audit hooks see every socket the interpreter opens or resolves."""
    runner = tmp_path / "audited.py"
    runner.write_text(
        "import sys\n"
        "seen = []\n"
        "def hook(event, args):\n"
        "    if event.startswith(('socket.connect', 'socket.getaddrinfo', 'socket.bind',\n"
        "                         'socket.gethostbyname', 'urllib.Request')):\n"
        "        seen.append(event)\n"
        "sys.addaudithook(hook)\n"
        "from oklima_dpo.app import main\n"
        "code = main(['--self-test', '--no-err-windows'])\n"
        "print('SOCKETS', sorted(set(seen)))\n"
        "sys.exit(code)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(runner)],
        cwd=ROOT,
        env=offscreen_env(),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "SOCKETS []"
