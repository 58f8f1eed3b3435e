"""The commands, one module each (see ``..protocol`` for what a module provides).

The table below is the dispatch: the command typed → its module. Its order is the order of
``oklima-dpo --help``.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    audit,
    backup,
    casefile,
    cases,
    deadline,
    demo,
    demo_estate,
    documents,
    execute,
    gather,
    notices,
    purge,
    register,
    respond,
    restore,
    restriction,
    review,
    send,
    settings,
    sources,
    suppress,
    tasks,
    vault,
)

COMMANDS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        deadline,
        cases,
        audit,
        demo,
        sources,
        gather,
        review,
        respond,
        documents,
        send,
        casefile,
        register,
        execute,
        restriction,
        tasks,
        notices,
        suppress,
        demo_estate,
        purge,
        settings,
        vault,
        backup,
        restore,
    )
}
