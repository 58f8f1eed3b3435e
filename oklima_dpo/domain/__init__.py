"""The law, in pure Python: rights, deadlines, workflow, identifiers.

Nothing here imports Qt, SQLAlchemy, the file system or any other layer of the program.
"""
