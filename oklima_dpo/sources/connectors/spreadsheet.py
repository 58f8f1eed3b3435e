"""Reading spreadsheets: an Excel workbook (each catalogued table is a sheet) or a CSV file.

The first row holds the column names. A record's key is its line (``ligne 17``, the header
being line 1) unless the table names key fields. Both are read once into the cached index of
:mod:`.file_index`; the workbook is opened read-only and never written.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import charset_normalizer
from openpyxl import load_workbook

from ...domain.catalogue import TableSpec
from .index_writer import IndexWriter
from .indexed_file import IndexedFileConnector

__all__ = ["CsvConnector", "XlsxConnector", "detect_delimiter", "detect_encoding"]

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_DELIMITERS = ",;\t|"
_SAMPLE = 64 * 1024
_ENCODING_SAMPLE = 256 << 10


def row_key(spec: TableSpec, fields: dict[str, Any], line: int) -> str:
    if not spec.key:
        return f"ligne {line}"
    return ", ".join(f"{name}={_text(fields.get(name))}" for name in spec.key)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _columns(header: Sequence[Any]) -> dict[str, int]:
    """Column name → position; the first of two equal names wins."""
    positions: dict[str, int] = {}
    for position, cell in enumerate(header):
        if cell is not None and str(cell).strip():
            positions.setdefault(str(cell).strip(), position)
    return positions


# -- Excel -----------------------------------------------------------------------------


class XlsxConnector(IndexedFileConnector):
    what = "classeur"

    def read(self, writer: IndexWriter) -> None:
        try:
            workbook = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # BadZipFile, KeyError, InvalidFileException, OSError…
            raise self._unreadable(error) from None
        try:
            for table, spec in self.spec.tables.items():
                if table not in workbook.sheetnames:
                    writer.missing_table(table, self.missing_table_message(table))
                    continue
                sheet = workbook[table]
                sheet.reset_dimensions()  # some writers record a wrong used range
                try:
                    self._read_sheet(writer, table, spec, sheet.iter_rows(values_only=True))
                except Exception as error:  # a damaged sheet inside a readable zip
                    raise self._unreadable(error) from None
        finally:
            workbook.close()

    def _read_sheet(
        self, writer: IndexWriter, table: str, spec: TableSpec, rows: Iterator[tuple[Any, ...]]
    ) -> None:
        header = next(rows, ())
        positions = _columns(header)
        for field in spec.fields:
            if field not in positions:
                writer.missing_column(table, field, self.missing_column_message(table, field))
        wanted = [(field, positions[field]) for field in spec.fields if field in positions]
        for line, row in enumerate(rows, start=2):
            if not any(cell is not None and cell != "" for cell in row):
                continue
            fields = {field: None for field in spec.fields}
            for field, position in wanted:
                if position < len(row):
                    fields[field] = _cell(row[position])
            writer.add(table, row_key(spec, fields, line), fields)

    def _unreadable(self, error: BaseException) -> Exception:
        reason = str(error).strip() or type(error).__name__
        return self.failure(f"classeur illisible : {self.path} ({reason})")

    def missing_table_message(self, table: str) -> str:
        return f"feuille « {table} » absente du classeur {self.path.name}"

    def missing_column_message(self, table: str, column: str) -> str:
        return f"colonne « {column} » absente de la feuille « {table} »"


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # 75001.0 is the postcode 75001
    return value


# -- CSV -------------------------------------------------------------------------------


class CsvConnector(IndexedFileConnector):
    def read(self, writer: IndexWriter) -> None:
        connection = self.spec.connection
        declared = connection.encoding if connection else None
        encoding = declared or detect_encoding(self.path)
        errors = "strict" if declared else "replace"
        try:
            with open(self.path, encoding=encoding, errors=errors, newline="") as stream:
                delimiter = (connection.delimiter if connection else None) or detect_delimiter(
                    stream
                )
                self._read_rows(writer, csv.reader(stream, delimiter=delimiter))
        except LookupError:
            raise self.failure(f"encodage « {encoding} » inconnu") from None
        except UnicodeDecodeError as error:
            raise self.failure(
                f"{self.path.name} n’est pas en {encoding} (octet {error.start} illisible)"
            ) from None
        except csv.Error as error:
            raise self.failure(f"fichier CSV illisible : {self.path.name} ({error})") from None
        except OSError as error:
            raise self.failure(f"fichier illisible ({self.path} : {error.strerror})") from None

    def _read_rows(self, writer: IndexWriter, reader: Any) -> None:
        header = next(reader, [])
        positions = _columns(header)
        tables = self.spec.tables.items()
        wanted: dict[str, list[tuple[str, int]]] = {}
        for table, spec in tables:
            for field in spec.fields:
                if field not in positions:
                    writer.missing_column(table, field, self.missing_column_message(table, field))
            wanted[table] = [(f, positions[f]) for f in spec.fields if f in positions]
        line = reader.line_num  # a record starts on the line after the previous one
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            for table, spec in tables:
                fields: dict[str, Any] = {field: None for field in spec.fields}
                for field, position in wanted[table]:
                    if position < len(row):
                        fields[field] = row[position].strip() or None
                writer.add(table, row_key(spec, fields, start), fields)

    def missing_column_message(self, table: str, column: str) -> str:
        return f"colonne « {column} » absente du fichier {self.path.name}"


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 by its BOM, else what charset_normalizer finds
    (cp1252 rather than another Latin code page: the likelier one for a French file)."""
    with open(path, "rb") as stream:
        head = stream.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        stream.seek(0)
        invalid = _first_invalid_utf8(stream)
        if invalid is None:
            return "utf-8"
        # What is around the first byte UTF-8 refuses tells the encoding (the rest may be
        # plain ASCII); a bounded sample keeps the detection quick and small.
        stream.seek(max(0, invalid - _ENCODING_SAMPLE // 2))
        sample = stream.read(_ENCODING_SAMPLE)
    results = charset_normalizer.from_bytes(sample)
    best = results.best()
    if best is None or best.encoding == "ascii":
        return "cp1252"
    # French files from Windows are cp1252. With few accented letters to go on, the detector
    # often ranks a Central European or Mac code page first, which would turn « Œ » into « Ś »:
    # cp1252 wins when it scores as well, or when the guess is another Latin code page.
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.005:
            return "cp1252"
    if _is_latin_code_page(best.encoding) and _decodes(sample, "cp1252"):
        return "cp1252"
    return best.encoding


_OTHER_SCRIPTS = (
    "cp1251",
    "cp1253",
    "cp1255",
    "cp1256",
    "koi8",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "cp855",
    "cp866",
    "mac_cyrillic",
    "mac_greek",
)


def _is_latin_code_page(encoding: str) -> bool:
    """A single-byte code page for Latin script (where cp1252 is the likelier one)."""
    single_byte = encoding.startswith(("cp", "iso8859", "latin", "mac_", "hp_roman"))
    multi_byte = encoding in ("cp932", "cp949", "cp950", "cp1006")
    return single_byte and not multi_byte and not encoding.startswith(_OTHER_SCRIPTS)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _first_invalid_utf8(stream: IO[bytes]) -> int | None:
    """The offset of the first byte that is not UTF-8, or None for a UTF-8 file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    try:
        while chunk := stream.read(1 << 20):
            decoder.decode(chunk)
            offset += len(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        return max(0, offset + error.start - len(decoder.getstate()[0]))
    return None


def detect_delimiter(stream: IO[str]) -> str:
    """The separator among ``, ; tab |``, by :class:`csv.Sniffer`, else the header's count."""
    sample = stream.read(_SAMPLE)
    stream.seek(0)
    if len(sample) == _SAMPLE and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        return max(_DELIMITERS, key=header.count) if header else ","
