"""Finding the record a DPO names on the command line.

``review`` shows each record as ``SOURCE.TABLE KEY`` (``crm.customers CL00042``). The DPO types
that, or the key alone when no other record of the case has it; the services want the record's
number, found here in the case's data. An unknown or ambiguous key is refused with what would
match, so that the DPO can type it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...services.gathering.views import CaseData, FindingView

LISTED = 10  # keys named in a refusal; the rest counted


def place_of(finding: FindingView) -> str:
    """How ``review`` names a record, and how it may be typed back."""
    return f"{finding.source_id}.{finding.table} {finding.key}"


def finding_for(data: CaseData, typed: str) -> FindingView:
    """The one record of ``data`` that ``typed`` names, or InvalidInput saying what matches."""
    from ...services.errors import InvalidInput

    text = " ".join(typed.split())
    matches = [f for f in data.findings if text in (f.key, place_of(f))]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidInput(
            {
                "key": f"« {text} » désigne {len(matches)} enregistrements de la demande "
                f"{data.reference} : préciser SOURCE.TABLE CLÉ ({_listed(matches)})."
            }
        )
    if not data.findings:
        raise InvalidInput(
            {"key": f"Aucun enregistrement dans la demande {data.reference} : rien à revoir."}
        )
    lowered = text.casefold()
    near = [f for f in data.findings if lowered in place_of(f).casefold()]
    which = f"clés proches : {_listed(near)}" if near else f"clés : {_listed(data.findings)}"
    raise InvalidInput(
        {"key": f"Aucun enregistrement « {text} » dans la demande {data.reference} ({which})."}
    )


def _listed(findings: list[FindingView] | tuple[FindingView, ...]) -> str:
    names = ", ".join(place_of(f) for f in findings[:LISTED])
    more = len(findings) - LISTED
    return names + (f" et {more} autre(s)" if more > 0 else "")
