"""``settings``: the settings shared by every user of the case base (Ctrl+, in the window).

    oklima-dpo settings show
    oklima-dpo settings set reminder_days 20
    oklima-dpo settings set organisation.address "20 bis rue Louis Philippe\\n92200 Neuilly"
    oklima-dpo settings set organisation.logo logo.png      # "" removes it

The names are the settings dialog's (``services.settings.by_key``). A value is checked as the
dialog's form is: the new settings are the current ones with that value changed, and the
service checks them all, stores what changed and journals it; open cases whose deadline moved
are listed. A bad name or value changes nothing (exit 2, the field's message).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.french import fr_date
from ..exits import EXIT_OK
from ..output import print_json, print_lines
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.settings.changes import SettingsChange

NAME = "settings"


def add(commands: Subcommands, parents: Parents) -> None:
    settings = commands.add_parser(NAME, help="the settings shared by every user")
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    actions.add_parser("show", parents=parents, help="every setting and its value")
    change = actions.add_parser("set", parents=parents, help="change one setting")
    change.add_argument("key", metavar="KEY", help="a name as « settings show » prints it")
    change.add_argument("value", metavar="VALUE", help="lines: \\n between them; logo: a file")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.settings import by_key, changes
    from ...services.settings.model import get_settings

    current = get_settings(ctx)
    if args.settings_command == "show":
        values = by_key.setting_values(current)
        if args.json:
            print_json(values, out)
        else:
            print_lines(
                [_line(key.label, key.name, values[key.name]) for key in by_key.SETTING_KEYS], out
            )
        return EXIT_OK
    key = by_key.setting_key(args.key)
    change = changes.update_settings(ctx, by_key.with_setting(current, key.name, args.value))
    value = by_key.setting_values(change.settings)[key.name]
    if args.json:
        print_json(_change_json(key.name, value, change), out)
    else:
        print_lines(_change_lines(key.label, key.name, value, change), out)
    return EXIT_OK


def _shown(value: Any) -> str:
    """A value as a person reads it: oui/non, the logo's type and size, lines indented."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dict):  # the logo
        return f"{value['type']}, {value['size']} octets"
    return str(value).replace("\n", "\n    ")


def _line(label: str, name: str, value: Any) -> str:
    return f"{label} ({name}) : {_shown(value)}"


def _change_json(name: str, value: Any, change: SettingsChange) -> dict[str, Any]:
    return {
        "key": name,
        "value": value,
        "changed": bool(change.changed_keys),
        "stored_keys": change.changed_keys,
        "redated": [
            {"reference": r.reference, "old_due": r.old_due, "new_due": r.new_due}
            for r in change.redated
        ],
    }


def _change_lines(label: str, name: str, value: Any, change: SettingsChange) -> list[str]:
    if not change.changed_keys:
        return [f"Rien à changer : {_line(label, name, value)}"]
    lines = [f"Réglage enregistré : {_line(label, name, value)}"]
    if change.redated:
        lines.append(f"{len(change.redated)} demande(s) ouverte(s) changent d’échéance :")
        lines += [
            f"– {r.reference} : {fr_date(r.old_due)} → {fr_date(r.new_due)}" for r in change.redated
        ]
    return lines
