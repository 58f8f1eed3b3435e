"""Execution: carrying a right out in the company's systems (plan, preview, apply, verify),
lifting a restriction, the tasks of the systems' owners, and Art. 19 notices to recipients."""
