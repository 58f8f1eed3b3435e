"""Gathering: from a person's identifiers, find every record the company's systems hold.

Starts from the case's identifiers (already normalised), asks every source, and uses each new
identifier found (a customer number, a second e-mail) in turn, and follows the catalogue's
references from table to table and from system to system, until nothing new appears or the
bound is reached. Every finding says which identifier tied it to the person and how.

Identifiers are only taken from records tied by a strong identifier (e-mail, phone, customer
or contract number) whose name, when the record holds one, is the person's: a family sharing
an e-mail must not pull in the other member's invoices. Records tied by a name are searched
separately and never feed the search.

A source that fails is recorded with its message; the others complete. What is found, and how
each finding is built (its fields, its matches, its retention), is :mod:`.findings`'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..domain.catalogue import Catalogue, TableSpec
from ..domain.identity import IdentifierKind, normalise
from ..domain.register import Retention
from ..domain.review import MatchHow
from .connectors.base import Connector, Record, SourceFailure
from .findings import Finding, Match, add_match, new_finding
from .matching import mentions
from .person_name import NameParts

MAX_ROUNDS = 5  # identifier → records → new identifiers: five hops cover every real chain
MAX_IDENTIFIERS = 60  # beyond this, the search is following someone else: stop and say so

Identifier = tuple[IdentifierKind, str]


class GatheringCancelled(Exception):
    """The DPO cancelled: nothing of this gathering is kept."""


@dataclass(frozen=True, slots=True)
class PersonToFind:
    identifiers: tuple[Identifier, ...]  # normalised, from the case
    name: str | None = None  # as written in the request (« Hélène Lefèvre »)
    postcode: str | None = None
    # Identifiers an earlier gathering found, with the record that gave each: retrying one
    # source alone still knows the customer number the CRM gave.
    found_before: tuple[tuple[IdentifierKind, str, str], ...] = ()


@dataclass(slots=True)
class SourceOutcome:
    status: str  # answered, failed, awaiting (a manual source's task), cancelled
    message: str | None = None
    records: int = 0


@dataclass(slots=True)
class GatherResult:
    findings: list[Finding]
    sources: dict[str, SourceOutcome]
    identifiers: list[Identifier]  # all used, the case's first
    bound_reached: bool = False


# (source id, status): « querying » when a source is first asked, then its final status.
Progress = Callable[[str, str], None]


def gather(
    catalogue: Catalogue,
    connect: Callable[[str], Connector],
    person: PersonToFind,
    *,
    retention_rules: dict[str, Retention],
    today: dt.date,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> GatherResult:
    """Search every source of ``catalogue`` (or ``only`` those) for ``person``."""
    run = _Run(catalogue, person, retention_rules, today, cancelled, progress)
    wanted = [sid for sid in catalogue.sources if only is None or sid in only]
    connectors: dict[str, Connector] = {}
    try:
        for source_id in wanted:
            spec = catalogue.source(source_id)
            if spec.kind == "manual":
                run.outcomes[source_id] = SourceOutcome("awaiting", spec.task)
                continue
            try:
                connectors[source_id] = connect(source_id)
            except SourceFailure as failure:
                run.outcomes[source_id] = SourceOutcome("failed", str(failure))
        run.search(connectors)
    finally:
        for connector in connectors.values():
            connector.close()
    for source_id in wanted:
        outcome = run.outcomes.setdefault(source_id, SourceOutcome("answered"))
        outcome.records = sum(1 for f in run.findings.values() if f.source == source_id)
        if progress is not None:
            progress(source_id, outcome.status)
    return GatherResult(
        findings=list(run.findings.values()),
        sources={sid: run.outcomes[sid] for sid in wanted},
        identifiers=list(run.known),
        bound_reached=run.bound_reached,
    )


class _Run:
    def __init__(
        self,
        catalogue: Catalogue,
        person: PersonToFind,
        rules: dict[str, Retention],
        today: dt.date,
        cancelled: Callable[[], bool],
        progress: Progress | None = None,
    ) -> None:
        self.progress = progress
        self.catalogue = catalogue
        self.person = person
        self.rules = rules
        self.today = today
        self.cancelled = cancelled
        self.known: dict[Identifier, str] = {i: "demande" for i in person.identifiers}
        for kind, value, via in person.found_before:
            self.known.setdefault((kind, value), via)
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self.outcomes: dict[str, SourceOutcome] = {}
        self.asked: set[tuple[str, str, str, IdentifierKind, str]] = set()
        self.bound_reached = False
        self.names = NameParts.of(person.name)

    # -- the loop ------------------------------------------------------------------------

    def search(self, connectors: dict[str, Connector]) -> None:
        pending = list(self.known)
        references: list[tuple[Finding, Record]] = []
        for round_number in range(MAX_ROUNDS):
            if not pending and not references:
                break
            fresh: list[tuple[Finding, Record]] = []
            for source_id, connector in connectors.items():
                self._check_cancel()
                if self._failed(source_id):
                    continue
                if round_number == 0 and self.progress is not None:
                    self.progress(source_id, "querying")
                try:
                    fresh += self._ask_identifiers(source_id, connector, pending)
                except SourceFailure as failure:
                    self.outcomes[source_id] = SourceOutcome("failed", str(failure))
            fresh += self._follow(connectors, references)
            pending = self._new_identifiers(fresh)
            references = [(f, r) for f, r in fresh if self._trusted(f)]
        else:
            self.bound_reached = bool(pending or references)
        if self.names is not None:
            for source_id, connector in connectors.items():
                self._check_cancel()
                if self._failed(source_id):
                    continue
                try:
                    self._ask_names(source_id, connector)
                except SourceFailure as failure:
                    self.outcomes[source_id] = SourceOutcome("failed", str(failure))

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise GatheringCancelled

    def _failed(self, source_id: str) -> bool:
        outcome = self.outcomes.get(source_id)
        return outcome is not None and outcome.status == "failed"

    def _ask_identifiers(
        self, source_id: str, connector: Connector, identifiers: Sequence[Identifier]
    ) -> list[tuple[Finding, Record]]:
        spec = self.catalogue.source(source_id)
        found: list[tuple[Finding, Record]] = []
        for table_name, table in spec.tables.items():
            searchable = list(table.identity_fields()) + [
                (name, kind) for name, kinds in table.mention_fields() for kind in kinds
            ]
            for field_name, kind in searchable:
                if kind.is_name or kind is IdentifierKind.POSTCODE:
                    continue
                values = [
                    value
                    for k, value in identifiers
                    if k is kind and self._first_time(source_id, table_name, field_name, k, value)
                ]
                if not values:
                    continue
                mentioned = bool(table.fields[field_name].mentions)
                for record in connector.find(table_name, field_name, kind, values):
                    held = record.fields.get(field_name)
                    stored = (
                        self._mentions(held, kind) if mentioned else _normalised_values(held, kind)
                    )
                    for value in values:
                        if value not in stored:
                            continue
                        how = MatchHow.MENTIONED if mentioned else _how(held, value)
                        match = Match(kind, value, field_name, how, self.known[(kind, value)])
                        found.append(self._add(source_id, table_name, table, record, match))
        return found

    def _follow(
        self, connectors: dict[str, Connector], found: Iterable[tuple[Finding, Record]]
    ) -> list[tuple[Finding, Record]]:
        """The catalogue's references from the records found to other tables and sources."""
        fresh: list[tuple[Finding, Record]] = []
        for finding, record in found:
            table = self.catalogue.source(finding.source).tables[finding.table]
            for reference in table.references:
                value = record.fields.get(reference.field)
                source_id, table_name, field_name = reference.to.split(".")
                connector = connectors.get(source_id)
                if value is None or connector is None or self._failed(source_id):
                    continue
                target = self.catalogue.source(source_id).tables[table_name]
                kind = target.fields[field_name].identifies or IdentifierKind.KEY
                wanted = normalise(kind, value)
                if wanted is None or not self._first_time(
                    source_id, table_name, field_name, kind, wanted
                ):
                    continue
                self._check_cancel()
                via = f"{finding.source}.{finding.table} {finding.key}"
                try:
                    records = connector.find(table_name, field_name, kind, [wanted])
                except SourceFailure as failure:
                    self.outcomes[source_id] = SourceOutcome("failed", str(failure))
                    continue
                for target_record in records:
                    match = Match(kind, wanted, field_name, MatchHow.REFERENCE, via)
                    fresh.append(self._add(source_id, table_name, target, target_record, match))
        return fresh

    def _ask_names(self, source_id: str, connector: Connector) -> None:
        """Records holding the person's name: kept apart, never included by default alone."""
        assert self.names is not None
        spec = self.catalogue.source(source_id)
        for table_name, table in spec.tables.items():
            fields = {kind: name for name, kind in table.identity_fields()}
            if IdentifierKind.LAST_NAME in fields:
                field_name, kind = fields[IdentifierKind.LAST_NAME], IdentifierKind.LAST_NAME
                values = self.names.last_names
            elif IdentifierKind.FULL_NAME in fields:
                field_name, kind = fields[IdentifierKind.FULL_NAME], IdentifierKind.FULL_NAME
                values = self.names.full_names
            else:
                continue
            for record in connector.find(table_name, field_name, kind, values):
                if not self.names.matches(record, fields):
                    continue
                key = (source_id, table_name, record.key)
                if key in self.findings:  # already tied by an identifier
                    continue
                how = MatchHow.NAME_ONLY
                postcode_field = fields.get(IdentifierKind.POSTCODE)
                if postcode_field and self.person.postcode:
                    stored = normalise(IdentifierKind.POSTCODE, record.fields.get(postcode_field))
                    if stored == self.person.postcode:
                        how = MatchHow.NAME_POSTCODE
                match = Match(kind, self.person.name or "", field_name, how, "demande")
                self._add(source_id, table_name, table, record, match)

    # -- bookkeeping ---------------------------------------------------------------------

    def _mentions(self, text: object, kind: IdentifierKind) -> set[str]:
        found = mentions(str(text or ""), frozenset({kind}), self.catalogue.patterns)
        return {value for _, value in found}

    def _first_time(
        self, source_id: str, table: str, field_name: str, kind: IdentifierKind, value: str
    ) -> bool:
        key = (source_id, table, field_name, kind, value)
        if key in self.asked:
            return False
        self.asked.add(key)
        return True

    def _add(
        self, source_id: str, table_name: str, table: TableSpec, record: Record, match: Match
    ) -> tuple[Finding, Record]:
        key = (source_id, table_name, record.key)
        finding = self.findings.get(key)
        if finding is None:
            finding = new_finding(source_id, table_name, table, record, self.rules, self.today)
            finding.name_differs = self.names is not None and self.names.differs(record, table)
            self.findings[key] = finding
        add_match(finding, match)
        return finding, record

    def _trusted(self, finding: Finding) -> bool:
        return (
            finding.match
            in (
                MatchHow.EXACT,
                MatchHow.NORMALISED,
                MatchHow.REFERENCE,
            )
            and not finding.name_differs
        )

    def _new_identifiers(self, found: Iterable[tuple[Finding, Record]]) -> list[Identifier]:
        new: list[Identifier] = []
        for finding, record in found:
            if not self._trusted(finding):
                continue
            table = self.catalogue.source(finding.source).tables[finding.table]
            for field_name, kind in table.identity_fields():
                if not kind.is_strong:
                    continue
                value = normalise(kind, record.fields.get(field_name))
                if value is None or (kind, value) in self.known:
                    continue
                if len(self.known) >= MAX_IDENTIFIERS:
                    self.bound_reached = True
                    return new
                self.known[(kind, value)] = f"{finding.source}.{finding.table} {finding.key}"
                new.append((kind, value))
        return new


def _normalised_values(value: object, kind: IdentifierKind) -> set[str]:
    """A field may hold several identifiers (a message's recipients)."""
    if value is None:
        return set()
    parts = value if isinstance(value, list | tuple) else str(value).split(",")
    found = {normalise(kind, part) for part in parts}
    found.add(normalise(kind, value if not isinstance(value, list | tuple) else ""))
    return {v for v in found if v}


def _how(stored: object, value: str) -> MatchHow:
    return MatchHow.EXACT if str(stored).strip() == value else MatchHow.NORMALISED
