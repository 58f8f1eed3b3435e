"""Files the program makes (PDF, JSON, CSV, XLSX, encrypted deliveries), from plain data.

Nothing here opens the case base: the services hand over what is to be written.
"""
