"""The demo: synthetic people only (Faker, fr_FR) — a demo case base full of requests, and a
demo estate of OKLIMA's systems to gather from. Never run on real data."""
