"""Qt item models over the plain views returned by the services."""
