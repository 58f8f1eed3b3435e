"""Minimisation of the case base itself: what is purged, when, and the proof kept."""
