"""Loading the register of processing (``resources/register/oklima.yaml``) with clear errors.

The file is read with PyYAML, its shape checked with pydantic (unknown fields refused), then
cross-checked (every category, rule, recipient, transfer and source an activity names is
defined; ids unique). Each problem names the file, the line and the field, in French, so the
DPO who edits the file can find it; several problems are listed at once.

Two conveniences for the editor: top-level keys starting with ``x-`` hold shared YAML anchors
and are ignored, and the lists of an activity may contain such anchored lists (flattened).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .. import paths
from ..domain import register as reg
from ..domain.french import typography
from . import yaml_file
from .register_model import RegisterModel, TextModel
from .yaml_file import FileProblem, Loc, YamlFileError

__all__ = ["RegisterError", "RegisterProblem", "default_register_path", "load_register"]

# -- Errors ------------------------------------------------------------------------------

#: Kept under its former name: the register's problems are the generic file problems.
RegisterProblem = FileProblem


class RegisterError(YamlFileError):
    """The register file cannot be used; ``problems`` says where and why."""

    what = "Le registre des traitements"


#: The lists of an activity that may hold anchored lists, and where their ids are defined.
REFERENCES = {
    "data_categories": ("categories", "catégorie"),
    "retention": ("retention_rules", "règle de conservation"),
    "recipients": ("recipients", "destinataire"),
    "transfers": ("transfers", "transfert"),
    "sources": ("sources", "source"),
}


# -- Loading -----------------------------------------------------------------------------


def default_register_path() -> Path:
    return paths.resource("register", "oklima.yaml")


def load_register(path: Path | None = None) -> reg.Register:
    """The register in ``path`` (default: the one shipped), or :class:`RegisterError`."""
    path = Path(path) if path is not None else default_register_path()
    root = yaml_file.compose(path, yaml_file.read_text(path, RegisterError), RegisterError)
    problems = yaml_file.duplicate_keys(root)
    if problems:
        raise RegisterError(path, problems)
    root = _prepare(root)
    model = yaml_file.validate(path, root, RegisterModel, RegisterError)
    checks = _cross_check(model)
    if checks:
        raise RegisterError(path, yaml_file.problems_at(root, checks))
    return _build(model)


def _prepare(root: Node) -> Node:
    """Drop the ``x-`` anchor holders; flatten anchored lists inside activities' lists."""
    if not isinstance(root, MappingNode):
        return root
    pairs = []
    for key, value in root.value:
        name = key.value if isinstance(key, ScalarNode) else None
        if isinstance(name, str) and name.startswith("x-"):
            continue
        if name == "activities" and isinstance(value, SequenceNode):
            value = _copy_sequence(value, [_prepare_activity(item) for item in value.value])
        pairs.append((key, value))
    return MappingNode(root.tag, pairs, root.start_mark, root.end_mark, root.flow_style)


def _prepare_activity(node: Node) -> Node:
    if not isinstance(node, MappingNode):
        return node
    pairs = []
    for key, value in node.value:
        is_reference = isinstance(key, ScalarNode) and key.value in REFERENCES
        if is_reference and isinstance(value, SequenceNode):
            value = _copy_sequence(value, _flatten(value))
        pairs.append((key, value))
    return MappingNode(node.tag, pairs, node.start_mark, node.end_mark, node.flow_style)


def _flatten(node: SequenceNode) -> list[Node]:
    items: list[Node] = []
    for item in node.value:
        items.extend(_flatten(item) if isinstance(item, SequenceNode) else [item])
    return items


def _copy_sequence(node: SequenceNode, items: list[Node]) -> SequenceNode:
    return SequenceNode(node.tag, items, node.start_mark, node.end_mark, node.flow_style)


def _cross_check(model: RegisterModel) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    defined = {
        "categories": set(model.categories),
        "retention_rules": set(model.retention_rules),
        "recipients": set(model.recipients),
        "transfers": set(model.transfers),
        "sources": set(model.sources),
    }
    first_index: dict[str, int] = {}
    for index, activity in enumerate(model.activities):
        here: Loc = ("activities", index)
        if activity.id in first_index:
            problems.append(
                (
                    (*here, "id"),
                    f"identifiant « {activity.id} » en double "
                    f"(déjà pris par activities[{first_index[activity.id]}])",
                )
            )
        first_index.setdefault(activity.id, index)
        for field, (section, what) in REFERENCES.items():
            ids = getattr(activity, field)
            problems += _references((*here, field), ids, defined[section], section, what)
        interest = activity.legitimate_interest
        if activity.legal_basis is reg.LegalBasis.LEGITIMATE_INTEREST and interest is None:
            problems.append(
                (
                    (*here, "legal_basis"),
                    "l’intérêt légitime poursuivi doit être décrit (champ legitimate_interest)",
                )
            )
        if activity.legal_basis is not reg.LegalBasis.LEGITIMATE_INTEREST and interest:
            problems.append(
                (
                    (*here, "legitimate_interest"),
                    "n’a de sens qu’avec la base légale legitimate_interest",
                )
            )
        if (
            activity.automated_decisions is reg.AutomatedDecisions.EXISTS
            and activity.automated_decisions_text is None
        ):
            problems.append(
                (
                    (*here, "automated_decisions"),
                    "la logique de la décision automatisée doit être décrite "
                    "(champ automated_decisions_text)",
                )
            )
    for rule_id, rule in model.retention_rules.items():
        problems += _references(
            ("retention_rules", rule_id, "categories"),
            rule.categories,
            defined["categories"],
            "categories",
            "catégorie",
        )
    return problems


def _references(
    loc: Loc, ids: Sequence[str], defined: set[str], section: str, what: str
) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    seen: set[str] = set()
    for position, name in enumerate(ids):
        if name not in defined:
            problems.append(((*loc, position), f"{what} « {name} » non définie dans {section}"))
        elif name in seen:
            problems.append(((*loc, position), f"« {name} » figure deux fois"))
        seen.add(name)
    return problems


# -- Building the domain objects ---------------------------------------------------------


def _text(model: TextModel | None) -> reg.Text | None:
    return None if model is None else reg.Text(typography(model.fr), model.en)


def _required_text(model: TextModel) -> reg.Text:
    return reg.Text(typography(model.fr), model.en)


def _build(model: RegisterModel) -> reg.Register:
    categories = tuple(
        reg.DataCategory(key, reg.Text(typography(c.fr), c.en), c.origin, _text(c.note))
        for key, c in model.categories.items()
    )
    rules = {
        rule_id: reg.Retention(
            id=rule_id,
            text=_required_text(rule.text),
            event=rule.event,
            duration=None
            if rule.duration is None
            else reg.Duration(rule.duration.value, rule.duration.unit),
            categories=tuple(rule.categories),
            data=_text(rule.data),
            extension=_text(rule.extension),
            archive=_text(rule.archive),
            legal_ground=_text(rule.legal_ground),
        )
        for rule_id, rule in model.retention_rules.items()
    }
    recipients = {
        rid: reg.Recipient(
            rid, r.kind, _required_text(r.name), _text(r.examples), _text(r.condition)
        )
        for rid, r in model.recipients.items()
    }
    transfers = {
        tid: reg.Transfer(
            tid,
            _required_text(t.destination),
            tuple(t.countries),
            tuple(t.safeguards),
            _required_text(t.text),
            _text(t.copy_),
        )
        for tid, t in model.transfers.items()
    }
    sources = {
        sid: reg.Source(sid, s.kind, _required_text(s.label), _text(s.condition))
        for sid, s in model.sources.items()
    }
    activities = tuple(
        reg.Activity(
            id=a.id,
            name=_required_text(a.name),
            purposes=tuple(_required_text(p) for p in a.purposes),
            legal_basis=a.legal_basis,
            categories=tuple(a.data_categories),
            retention=tuple(rules[r] for r in a.retention),
            recipients=tuple(recipients[r] for r in a.recipients),
            transfers=tuple(transfers[t] for t in a.transfers),
            sources=tuple(sources[s] for s in a.sources),
            automated_decisions=a.automated_decisions,
            legitimate_interest=_text(a.legitimate_interest),
            automated_decisions_text=_text(a.automated_decisions_text),
            note=_text(a.note),
        )
        for a in model.activities
    )
    return reg.Register(
        charter_title=model.charter.title,
        charter_file=model.charter.file,
        controller=reg.Controller(
            model.controller.name, model.controller.address, model.controller.email
        ),
        dpo=reg.Dpo(model.dpo.designated, model.dpo.contact, _text(model.dpo.note)),
        rights=reg.RightsInfo(
            rights=tuple(model.rights.rights),
            channels=tuple(reg.ExerciseChannel(c.kind, c.address) for c in model.rights.channels),
            complaint=_required_text(model.rights.complaint),
        ),
        categories=categories,
        activities=activities,
        remarks=tuple(_required_text(r) for r in model.remarks),
    )
