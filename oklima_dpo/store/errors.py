"""Storage errors caused by the environment (missing, locked, not a case base): tell the user.

Anything else raised by the database is a bug and goes to the crash path.
"""

from ..domain.errors import DpoError


class CaseBaseError(DpoError):
    """The case base cannot be used as asked; the message names it and says why."""
