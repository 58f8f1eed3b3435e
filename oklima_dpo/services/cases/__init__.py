"""Intake and cases: opening a request, each step of its workflow, its deadline, the queue and
the dashboard."""
