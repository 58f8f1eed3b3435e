"""The index's fast path for French phone numbers agrees with matching.normalise."""

from __future__ import annotations

import random

from oklima_dpo.domain.identity import IdentifierKind, normalise
from oklima_dpo.sources.connectors.index_writer import _normalise

PHONE = IdentifierKind.PHONE


def test_fast_phone_normalisation_agrees_with_normalise() -> None:
    rng = random.Random(5)
    texts = ["06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78"]
    for _ in range(2000):
        digits = "".join(str(rng.randrange(10)) for _ in range(9))
        national = "0" + digits
        pairs = [national[i : i + 2] for i in range(0, 10, 2)]
        texts += [
            national,
            " ".join(pairs),
            ".".join(pairs),
            "-".join(pairs),
            "+33" + digits,
            f"+33 {digits[0]} " + " ".join(pairs[1:]),
            "0033 " + digits,
            " " + national + " ",
        ]
    for text in texts:
        fast, reference = _normalise(PHONE, text), normalise(PHONE, text)
        # Where phonenumbers refuses the digits, the fast path may keep them: no identifier
        # (always normalised by phonenumbers) can equal that value.
        assert fast == reference or (reference is None and normalise(PHONE, fast) is None), text
