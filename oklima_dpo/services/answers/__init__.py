"""Answers and deliveries: the letters and data packages that leave for a case (built from the
case and its reviewed data, never typed by hand), their sending, and the legal team's case
file."""
