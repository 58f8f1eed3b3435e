"""The Exécution tab of a case, in panels: see ``tab``."""

from .tab import CaseExecutionTab

__all__ = ["CaseExecutionTab"]
