"""Gathering and review: asking the company's systems for a person's data, the DPO's review of
what was found, and the reviewed snapshot that answers and executions are built from."""
