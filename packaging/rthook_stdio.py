"""PyInstaller runtime hook: standard streams for the windowed Windows program.

A program built without a console (``console=False``) starts with ``sys.stdout`` and
``sys.stderr`` set to ``None`` unless its parent handed it handles (a redirection, a pipe).
Then ``--self-test``, ``--help`` and the command line would fail on their first ``write``.
This hook gives them the console of the parent when there is one (``oklima-dpo.exe
--self-test`` typed in cmd or PowerShell prints there) and a sink otherwise (started from
the Start menu: nothing is shown and nothing breaks). It does nothing on other systems or
when the streams exist.
"""

import os
import sys


def _give_streams() -> None:
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    target = os.devnull
    try:
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            target = "CONOUT$"
    except (AttributeError, OSError):
        pass
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            try:
                stream = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            except OSError:
                stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
            setattr(sys, name, stream)


_give_streams()
