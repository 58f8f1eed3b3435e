"""YAML files that people edit by hand, read with errors naming the file, the line and the field.

The register of processing and the source catalogue are both such files. Reading one goes:
:func:`read_text` (UTF-8, missing file), :func:`compose` (syntax, with the line and column),
:func:`duplicate_keys` (PyYAML silently keeps the last of two equal keys), then the caller
prepares the node tree, :func:`construct` turns it into plain data and :func:`validate`
checks it with a pydantic model, each pydantic error mapped back to its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..domain.errors import DpoError

__all__ = [
    "FILE_MODEL",
    "FileProblem",
    "Key",
    "NonEmpty",
    "YamlFileError",
    "compose",
    "construct",
    "duplicate_keys",
    "field_name",
    "line_of",
    "problems_at",
    "read_text",
    "sorted_problems",
    "validate",
]

MAX_LISTED = 10

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

#: Words of the files' shapes (pydantic): a key of the register, dotted lower-case words
#: (``user.contact.email``), and a text that says something.
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
#: Every model of a file's shape: an unknown field is refused (a misspelt key is reported,
#: never ignored), and what was read cannot change. Each file's base model sets it on a direct
#: ``BaseModel`` subclass: ruff only knows a pydantic model by that base (RUF012).
FILE_MODEL = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class FileProblem:
    line: int | None  # 1-based; None when the whole file is concerned
    field: str  # e.g. ``activities[3].legal_basis``; empty for the whole file
    message: str

    def describe(self, file_name: str) -> str:
        where = [file_name]
        if self.line is not None:
            where.append(f"ligne {self.line}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)} : {self.message}"


class YamlFileError(DpoError):
    """A hand-edited file cannot be used; ``problems`` says where and why.

    Subclasses set ``what``, the French name of the file's role (« Le registre des
    traitements »), used when several problems are listed.
    """

    what = "Le fichier"

    def __init__(self, path: Path, problems: Sequence[FileProblem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        lines = [problem.describe(path.name) for problem in self.problems[:MAX_LISTED]]
        if len(self.problems) == 1:
            message = lines[0] + "."
        else:
            extra = len(self.problems) - MAX_LISTED
            if extra > 0:
                lines.append(f"… et {extra} autre(s) erreur(s).")
            message = (
                f"{self.what} {path.name} contient {len(self.problems)} erreurs :\n"
                + "\n".join(f"– {line}" for line in lines)
            )
        super().__init__(message)

    @classmethod
    def whole(cls, path: Path, message: str) -> YamlFileError:
        return cls(path, [FileProblem(None, "", message)])


def read_text(path: Path, error: type[YamlFileError]) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error.whole(path, f"fichier introuvable ({path})") from None
    except IsADirectoryError:
        raise error.whole(path, f"c’est un dossier, pas un fichier ({path})") from None
    except OSError as failure:
        raise error.whole(path, f"lecture impossible ({failure.strerror})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as failure:
        line = raw[: failure.start].count(b"\n") + 1
        raise error(path, [FileProblem(line, "", "le fichier n’est pas en UTF-8")]) from None


def compose(path: Path, text: str, error: type[YamlFileError]) -> Node:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as failure:
        mark = failure.problem_mark or failure.context_mark
        what = failure.problem or failure.context or "erreur"
        if mark is None:
            raise error.whole(path, f"syntaxe YAML invalide ({what})") from None
        problem = FileProblem(
            mark.line + 1, f"colonne {mark.column + 1}", f"syntaxe YAML invalide ({what})"
        )
        raise error(path, [problem]) from None
    except yaml.YAMLError as failure:
        raise error.whole(path, f"syntaxe YAML invalide ({failure})") from None
    if root is None:
        raise error.whole(path, "le fichier est vide")
    return root


def duplicate_keys(root: Node) -> list[FileProblem]:
    """Keys given twice in one mapping: a typo that would silently hide a definition."""
    problems: list[FileProblem] = []
    seen_nodes: set[int] = set()

    def walk(node: Node, loc: Loc) -> None:
        if id(node) in seen_nodes:  # an alias: already checked where it is anchored
            return
        seen_nodes.add(id(node))
        if isinstance(node, MappingNode):
            first: dict[str, int] = {}
            for key, value in node.value:
                name = key.value if isinstance(key, ScalarNode) else "?"
                line = key.start_mark.line + 1
                if name in first and name != "<<":
                    problems.append(
                        FileProblem(
                            line,
                            field_name((*loc, name)),
                            f"clé « {name} » en double (déjà présente ligne {first[name]})",
                        )
                    )
                first.setdefault(name, line)
                walk(value, (*loc, name))
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*loc, index))

    walk(root, ())
    return problems


def construct(root: Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    finally:
        loader.dispose()


def validate(path: Path, root: Node, model: type[M], error: type[YamlFileError]) -> M:
    """``root`` checked against ``model``; every problem reported with its line."""
    try:
        return model.model_validate(construct(root))
    except ValidationError as failure:
        found = [
            FileProblem(line_of(root, err["loc"]), field_name(err["loc"]), _message(err))
            for err in failure.errors()
        ]
        raise error(path, sorted_problems(found)) from None


def problems_at(root: Node, checks: Sequence[tuple[Loc, str]]) -> list[FileProblem]:
    """Problems found after validation (by location in the data) placed on their lines."""
    return sorted_problems(
        [FileProblem(line_of(root, loc), field_name(loc), t) for loc, t in checks]
    )


def sorted_problems(problems: list[FileProblem]) -> list[FileProblem]:
    return sorted(problems, key=lambda p: p.line or 0)


def line_of(root: Node, loc: Sequence[str | int]) -> int:
    """The line of the deepest YAML node that ``loc`` reaches (a key's line for a field)."""
    node, mark = root, root.start_mark
    for part in loc:
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == str(part):
                    node, mark = value, key.start_mark
                    break
            else:
                break
        elif isinstance(node, SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                break
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return mark.line + 1


def field_name(loc: Sequence[str | int]) -> str:
    text = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int) or not part or "." in part or " " in part:
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


_MESSAGES = {
    "missing": "champ obligatoire absent",
    "extra_forbidden": "champ inconnu (à retirer ou à corriger)",
    "string_type": "texte attendu",
    "string_too_short": "ne doit pas être vide",
    "list_type": "liste attendue",
    "dict_type": "ensemble de champs « nom : valeur » attendu",
    "model_type": "ensemble de champs « nom : valeur » attendu",
    "model_attributes_type": "ensemble de champs « nom : valeur » attendu",
    "bool_type": "true ou false attendu",
    "bool_parsing": "true ou false attendu",
}


def _message(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind in ("enum", "literal_error"):
        choices = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        return f"« {_shown(value)} » n’est pas reconnu ; choisir parmi {choices}"
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"nombre entier attendu (« {_shown(value)} » donné)"
    if kind in ("float_type", "float_parsing"):
        return f"nombre attendu (« {_shown(value)} » donné)"
    if kind == "greater_than":
        return f"doit être supérieur à {ctx.get('gt')} (« {_shown(value)} » donné)"
    if kind == "too_short":
        return f"au moins {ctx.get('min_length')} élément(s) attendu(s)"
    if kind == "string_pattern_mismatch":
        return (
            f"« {_shown(value)} » n’a pas la forme attendue : mots en minuscules (a-z, 0-9, _) "
            "séparés par des points, par exemple user.contact.email"
        )
    return str(error.get("msg", kind))
