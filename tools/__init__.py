"""Developer tools: compile the Designer forms, build the translations."""
