"""Dialogs: each opened with open() or show(), never a nested exec()."""
