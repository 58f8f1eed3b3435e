"""One repository per aggregate the services touch; the unit of work hands them out.

Every SQL statement of the program above the store's own modules is written here.
"""
