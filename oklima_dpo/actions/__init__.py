"""Writing to the company's systems when a right is carried out: plan, preview, execute, verify.

``plan`` is pure (plain data in, a frozen plan out); ``sql_executor`` runs one SQL source's
part of a plan in one transaction. Imports ``domain`` and ``sources`` only.
"""
