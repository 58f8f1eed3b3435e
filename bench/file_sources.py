"""File sources: the first index build, look-ups on the reused index, and reading the file.

Builds (or reuses) a synthetic csv, xlsx and mbox of N rows / messages under
``bench/.cache/file-sources-<N>/`` and, for each kind, in a fresh process:

- the first index build (the file read once into the SQLite cache) and its peak memory;
- opening the reused index as the next CLI run would;
- look-ups by e-mail on the reused index: median / p95 over ``--lookups`` look-ups;
- the same look-up by re-reading the whole file each time (median of ``--rereads``), and the
  ratio between the two.

``--sealed``: the index as beside an encrypted case base — built in memory, kept sealed
(AES-256-GCM), reopened by unsealing it whole into memory.

    uv run python bench/file_sources.py [N] [--lookups 200] [--rereads 3] [--regenerate] [--sealed]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml
from faker import Faker
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent
KINDS = ("csv", "xlsx", "mbox")
COLUMNS = ["customer_no", "last_name", "first_name", "email", "phone", "postcode", "notes"]


# -- Synthetic files ----------------------------------------------------------------------


def people(count: int, seed: int = 7) -> list[dict[str, str]]:
    """``count`` synthetic customers, from pools of Faker names combined at random (fast)."""
    from oklima_dpo.domain.identity import fold_name

    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    firsts = [fake.first_name() for _ in range(400)]
    lasts = [fake.last_name() for _ in range(1500)]
    rng = random.Random(seed)
    rows = []
    for number in range(1, count + 1):
        first, last = rng.choice(firsts), rng.choice(lasts)
        local = f"{fold_name(first)}.{fold_name(last)}".replace(" ", "-")
        digits = [rng.randrange(10) for _ in range(8)]
        national = f"0{rng.choice('67')}" + "".join(map(str, digits))
        phone = rng.choice(
            [
                " ".join(national[i : i + 2] for i in range(0, 10, 2)),
                "+33 " + national[1] + " " + " ".join(national[i : i + 2] for i in range(2, 10, 2)),
                ".".join(national[i : i + 2] for i in range(0, 10, 2)),
                national,
            ]
        )
        email = f"{local}{number}@exemple.fr"
        rows.append(
            {
                "customer_no": f"CL{number:08d}",
                "last_name": last,
                "first_name": first,
                "email": email.upper() if number % 5 == 0 else email,
                "phone": phone,
                "postcode": f"{rng.randrange(1, 96):02d}{rng.randrange(1000):03d}",
                "notes": f"Rappel demandé, écrire à {email}" if number % 10 == 0 else "",
            }
        )
    return rows


def write_files(folder: Path, rows: list[dict[str, str]]) -> None:
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "clients.csv", "w", encoding="cp1252", errors="replace", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(COLUMNS)
        writer.writerows([row[c] for c in COLUMNS] for row in rows)

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("clients")
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    workbook.save(folder / "clients.xlsx")

    start = datetime(2024, 1, 1, 9, 0)
    with open(folder / "messages.mbox", "wb") as out:
        for number, row in enumerate(rows, start=1):
            message = EmailMessage()
            message["From"] = f"{row['first_name']} {row['last_name']} <{row['email']}>"
            message["To"] = "service.client@oklima.example"
            message["Subject"] = f"Demande {row['customer_no']}"
            message["Date"] = format_datetime(start + timedelta(minutes=number))
            message["Message-ID"] = f"<{number}@bench.oklima.example>"
            message.set_content(f"Bonjour,\nMon numéro : {row['phone']}.\nCordialement.\n")
            out.write(b"From MAILER-DAEMON Mon Jan  1 09:00:00 2024\n")
            out.write(message.as_bytes().replace(b"\nFrom ", b"\n>From ") + b"\n")


def write_catalogue(folder: Path) -> Path:
    text_field = {"category": "user.content.private.requests", "mentions": ["email", "phone"]}
    fields = {
        "customer_no": {"category": "user.unique_id", "identifies": "customer_no"},
        "last_name": {"category": "user.name", "identifies": "last_name"},
        "first_name": {"category": "user.name", "identifies": "first_name"},
        "email": {"category": "user.contact.email", "identifies": "email"},
        "phone": {"category": "user.contact.phone_number", "identifies": "phone"},
        "postcode": {"category": "user.contact.address", "identifies": "postcode"},
        "notes": text_field,
    }
    address = {"category": "user.contact.email", "identifies": "email"}
    mail_fields = {"from": address, "to": address, "subject": text_field, "body": text_field}
    common = {
        "owner": {"team": "SI", "contact": "si@exemple.fr"},
        "activities": ["service_provision"],
    }
    sources = {
        "csv": {"name": "Export CSV", "kind": "spreadsheet", "connection": {"path": "clients.csv"},
                "tables": {"clients": {"fields": fields}}, **common},
        "xlsx": {"name": "Classeur", "kind": "spreadsheet", "connection": {"path": "clients.xlsx"},
                 "tables": {"clients": {"fields": fields}}, **common},
        "mbox": {"name": "Boîte", "kind": "mail", "connection": {"path": "messages.mbox"},
                 "tables": {"messages": {"fields": mail_fields}}, **common},
    }  # fmt: skip
    path = folder / "catalogue.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "sources": sources}, allow_unicode=True))
    return path


# -- One kind, in its own process ---------------------------------------------------------


class ScanWriter:
    """Re-reading the file for one look-up: the reader's rows, compared as they come."""

    def __init__(self, table: str, field: str, kind: Any, values: set[str]) -> None:
        self.table, self.field, self.kind, self.values = table, field, kind, values
        self.found: list[str] = []

    def add(
        self,
        table: str,
        key: str,
        fields: dict[str, Any],
        identity: Mapping[str, Any] | None = None,
    ) -> None:
        from oklima_dpo.domain.identity import normalise

        raw = (
            identity[self.field]
            if identity and self.field in identity
            else [fields.get(self.field)]
        )
        if any(normalise(self.kind, value) in self.values for value in raw):
            self.found.append(key)

    def skip(self, count: int = 1) -> None: ...
    def missing_table(self, *args: Any) -> None: ...
    def missing_column(self, *args: Any) -> None: ...
    def flush(self) -> None: ...


def max_rss_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM, which exec resets (ru_maxrss keeps
    the peak of the forked parent, here the generator of the files)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_kind(
    folder: Path, kind: str, lookups: int, rereads: int, sealed: bool = False
) -> dict[str, Any]:
    from oklima_dpo.config.catalogue_file import load_catalogue
    from oklima_dpo.config.register_file import load_register
    from oklima_dpo.domain.identity import IdentifierKind, normalise
    from oklima_dpo.sources.connectors import open_connector
    from oklima_dpo.sources.connectors.indexed_file import IndexedFileConnector
    from oklima_dpo.sources.connectors.locations import file_of

    catalogue = load_catalogue(folder / "catalogue.yaml", load_register())
    cache = folder / f"cache-{kind}{'-sealed' if sealed else ''}"
    seal = None
    if sealed:
        from oklima_dpo.services.sealed_storage import SealedIndexes

        seal = SealedIndexes(bytes(32))
    shutil.rmtree(cache, ignore_errors=True)
    table, field = ("messages", "from") if kind == "mbox" else ("clients", "email")
    base_rss = max_rss_mb()

    started = time.perf_counter()
    connector = open_connector(catalogue, kind, cache, seal)
    assert isinstance(connector, IndexedFileConnector)
    connector.check()
    build = time.perf_counter() - started
    rows = connector.index().rows
    connector.close()
    build_rss = max_rss_mb()

    started = time.perf_counter()
    connector = open_connector(catalogue, kind, cache, seal)
    assert isinstance(connector, IndexedFileConnector)
    assert not connector.index().built
    reopen = time.perf_counter() - started

    import csv

    with open(folder / "clients.csv", encoding="cp1252", newline="") as stream:
        emails = [line[3] for line in csv.reader(stream, delimiter=";")][1:]
    rng = random.Random(11)
    wanted = [normalise(IdentifierKind.EMAIL, rng.choice(emails)) or "" for _ in range(lookups)]
    timings, hits = [], 0
    for value in wanted:
        started = time.perf_counter()
        found = connector.find(table, field, IdentifierKind.EMAIL, [value])
        timings.append(time.perf_counter() - started)
        hits += bool(found)
    connector.close()

    scans = []
    for value in wanted[:rereads]:
        scanner = open_connector(catalogue, kind, cache)
        assert isinstance(scanner, IndexedFileConnector)
        writer = ScanWriter(table, field, IdentifierKind.EMAIL, {value})
        started = time.perf_counter()
        scanner.read(writer)  # type: ignore[arg-type]
        scans.append(time.perf_counter() - started)
        assert writer.found, value
    cache_size = sum(p.stat().st_size for p in cache.iterdir())
    return {
        "kind": kind,
        "rows": rows,
        "file_mb": (folder / file_of(catalogue, kind).name).stat().st_size / 1e6,
        "build_s": build,
        "reopen_ms": reopen * 1000,
        "lookup_median_ms": statistics.median(timings) * 1000,
        "lookup_p95_ms": statistics.quantiles(timings, n=20)[-1] * 1000,
        "hits": hits,
        "lookups": lookups,
        "reread_median_s": statistics.median(scans),
        "ratio": statistics.median(scans) / statistics.median(timings),
        "base_rss_mb": base_rss,
        "build_rss_mb": build_rss,
        "cache_mb": cache_size / 1e6,
    }


# -- Driver ---------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rows", nargs="?", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=200)
    parser.add_argument("--rereads", type=int, default=3)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--sealed", action="store_true", help="as beside an encrypted base")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = ROOT / ".cache" / f"file-sources-{args.rows}"
    if args.child:
        print(json.dumps(run_kind(folder, args.child, args.lookups, args.rereads, args.sealed)))
        return

    if args.regenerate or not (folder / "messages.mbox").exists():
        started = time.perf_counter()
        write_files(folder, people(args.rows))
        print(
            f"synthetic files of {args.rows} rows written in {time.perf_counter() - started:.1f} s"
        )
    write_catalogue(folder)
    print(f"{'kind':5} {'rows':>8} {'file':>8} {'build':>8} {'peak RSS':>9} {'cache':>8} "
          f"{'reopen':>8} {'look-up med/p95':>16} {'re-read':>8} {'ratio':>8}")  # fmt: skip
    for kind in KINDS:
        command = [sys.executable, __file__, str(args.rows), "--child", kind,
                   "--lookups", str(args.lookups), "--rereads", str(args.rereads),
                   *(["--sealed"] if args.sealed else [])]  # fmt: skip
        result = json.loads(
            subprocess.run(command, check=True, capture_output=True, text=True).stdout
        )
        print(
            f"{kind:5} {result['rows']:>8} {result['file_mb']:>6.1f}MB {result['build_s']:>7.1f}s "
            f"{result['build_rss_mb']:>7.0f}MB {result['cache_mb']:>6.1f}MB "
            f"{result['reopen_ms']:>6.1f}ms "
            f"{result['lookup_median_ms']:>7.2f}/{result['lookup_p95_ms']:.2f}ms "
            f"{result['reread_median_s']:>7.1f}s {result['ratio']:>7.0f}×"
        )
    print("peak RSS: the whole process (Python, SQLAlchemy and openpyxl loaded, "
          "about {:.0f} MB before the build)".format(result["base_rss_mb"]))  # fmt: skip


if __name__ == "__main__":
    main()
