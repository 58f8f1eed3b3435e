"""What the DPO may do with each source now, and how the records of a gathering are counted."""

from __future__ import annotations

from oklima_dpo.services.gathering.views import CaseData, FindingView, SourceStateView


def state(source_id: str, kind: str = "sql", status: str = "answered") -> SourceStateView:
    return SourceStateView(
        source_id=source_id,
        name=source_id.upper(),
        kind=kind,
        status=status,
        status_label=status,
        message=None,
        records=0,
        updated_at=None,
        owner="DSI",
    )


def finding(
    number: int, *, change: str = "new", included: bool = True, exceeded: bool = False
) -> FindingView:
    return FindingView(
        id=number,
        source_id="crm",
        source_name="CRM",
        table="customers",
        table_label="Clients",
        key=f"id={number}",
        fields=(),
        matches=(),
        match="exact",
        match_label="identique",
        retention_exceeded=exceeded,
        retention_text=None,
        change=change,
        change_label=change,
        included=included,
        exclusion_reason=None if included else "Homonyme",
        reviewed_by=None,
    )


def test_a_failed_system_may_be_retried_alone_or_skipped() -> None:
    failed = state("billing", status="failed")
    assert failed.can_retry and failed.can_skip and not failed.manual


def test_a_manual_source_is_answered_by_hand_never_retried() -> None:
    awaiting = state("paper", kind="manual", status="awaiting")
    assert awaiting.manual and not awaiting.can_retry and awaiting.can_skip


def test_a_settled_source_is_not_skipped_again() -> None:
    for status in ("answered", "skipped"):
        assert not state("crm", status=status).can_skip


def test_records_gone_since_an_earlier_gathering_are_not_counted_as_found() -> None:
    data = CaseData(
        reference="DR-2025-0001",
        sources=(
            state("crm"),
            state("billing", status="failed"),
            state("paper", "manual", "awaiting"),
        ),
        findings=(
            finding(1),
            finding(2, included=False),
            finding(3, exceeded=True),
            finding(4, change="gone", exceeded=True),
        ),
        snapshots=(),
    )
    assert data.found == 3
    assert data.included == 3  # the review's choice, whatever has changed
    assert data.retention_exceeded == 1
    assert [s.source_id for s in data.unsettled] == ["billing", "paper"]
    assert not data.complete
