"""The exit codes the command line promises to scripts (README, « Command line »)."""

EXIT_OK = 0  # done
EXIT_INTERNAL = 1  # a bug, or a step that ran and failed (a source, an execution, the journal)
EXIT_BAD_INPUT = 2  # what was typed cannot be used: the message is on stderr, nothing written
