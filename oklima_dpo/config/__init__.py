"""The files that configure the program, read into the domain's values: the register of
processing, the source catalogue, the shipped public holidays. Every mistake in a file is
told with the file, the line and the field."""
