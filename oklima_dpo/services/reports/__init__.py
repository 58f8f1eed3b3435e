"""Reports over every case: the register of requests (Excel) and its statistics."""
