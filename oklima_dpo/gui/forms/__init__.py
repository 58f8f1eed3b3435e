"""Forms compiled from ``ui/*.ui`` by ``tools/build_ui.py``; never edited by hand."""
