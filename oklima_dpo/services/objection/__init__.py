"""Objection to marketing (Art. 21(2)-(3)) and withdrawal of consent (Art. 7(3)): the
marketing suppression list, what must stop where, and who a marketing source may still
contact. The journal and the case's timeline record counts only, never the identifiers."""
