"""The one family of errors of the program, with messages a DPO can read (French).

Every layer raises a subclass of :class:`DpoError`; the faces (GUI, CLI) show ``str(error)``
as it is and treat any other exception as a bug.
"""

from .french import typography


class DpoError(Exception):
    """Something the user can act on; the message says what is wrong and where."""

    def __init__(self, message: str) -> None:
        super().__init__(typography(message))


class DomainError(DpoError, ValueError):
    """A rule of the domain refuses an input."""


class InvalidIdentifier(DomainError):
    """An e-mail, a phone number or a name cannot be used as given."""


class ForbiddenTransition(DomainError):
    """The workflow does not allow this step from the case's current status."""


class DeadlineRuleError(DomainError):
    """A deadline rule refuses the step (an extension after the first deadline, …)."""
