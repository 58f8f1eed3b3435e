"""Settings shared by every user of a case base (stored in it), their checks, and their effect
on deadlines."""
