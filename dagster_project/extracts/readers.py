"""Read an extract file as the sources deliver it, into a DataFrame of text cells.

Excel on Windows saves CSV in Windows-1250 or UTF-8 (often with a BOM), separated by `;` (or
`,`); analysts also send XLSX. Parsing is left to pandas (`read_csv` with a sniffed separator,
`read_excel` with openpyxl). All cells stay text here: turning Polish-formatted numbers into
numbers is the job of `polish.py`, so that a bad cell can be reported by row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

SUPPORTED_SUFFIXES = (".csv", ".xlsx")
CSV_ENCODINGS = ("utf-8-sig", "cp1250")
# Letters that ISO-8859-2 puts where Windows-1250 has ą ś ź Ą Ś Ź: decoding such a file as
# Windows-1250 succeeds but turns Polish letters into these, so their presence means a wrong
# encoding, not data.
_ISO_8859_2_TELLS = set("±¶¼¡¦¬")


class ExtractReadError(Exception):
    """The file cannot be read as an extract; the message says what was expected."""


@dataclass(frozen=True)
class RawExtract:
    """A file's cells as text, with what we learnt about the file while reading it."""

    frame: pd.DataFrame
    path: Path
    encoding: str
    separator: str
    header_rows: int = 1  # data row i of the frame is line i + 1 + header_rows of the file ...
    lines: tuple[int, ...] = ()  # ... unless its lines are known (CSV: blank lines, quoted line breaks)


def sha256_of(path: Path) -> str:
    """The file's content hash: what the load log records and the new-extract sensor compares."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ensure_inside(path: Path, root: Path) -> Path:
    """`path`, unless it is a link that leads outside the extracts folder `root`: what a run reads
    is what the folder holds, never a file elsewhere that may change under it."""
    resolved, inside = path.resolve(), root.resolve()
    if not resolved.is_relative_to(inside):
        raise ExtractReadError(
            f"{path}: a link to {resolved}, outside the extracts folder {inside} (expected the file "
            "itself in the folder; copy it in)"
        )
    return path


def find_extract_file(folder: Path, stem: str) -> Path:
    """The file `<stem>.csv` or `<stem>.xlsx` in a year folder; a clear error if absent."""
    candidates = [folder / f"{stem}{suffix}" for suffix in SUPPORTED_SUFFIXES]
    present = [path for path in candidates if path.is_file()]
    if not present:
        raise ExtractReadError(
            f"{folder / (stem + '.csv')}: file not found (expected {stem}.csv or {stem}.xlsx in {folder})"
        )
    if len(present) > 1:
        raise ExtractReadError(f"{folder}: both {present[0].name} and {present[1].name} exist; keep only one")
    return present[0]


def find_delivery_files(folder: Path, stem: str) -> dict[str, Path]:
    """The offices' deliveries `<stem>_<TT>.csv|xlsx` in a folder, by the voivodship code TT in
    their names (any TT: the caller checks it is a voivodship); empty when there are none."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or not path.stem.startswith(f"{stem}_"):
            continue
        office = path.stem[len(stem) + 1 :]
        if office in found:
            raise ExtractReadError(f"{folder}: both {found[office].name} and {path.name} exist; keep only one")
        found[office] = path
    return found


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode CSV bytes as UTF-8 (with or without BOM) or Windows-1250, else fail clearly."""
    if b"\x00" in data[:4096]:
        raise ExtractReadError(
            f"{path}: wrong encoding: the file contains NUL bytes (UTF-16?); expected UTF-8 or Windows-1250 text"
        )
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        tells = sorted(_ISO_8859_2_TELLS.intersection(text))
        if tells:
            line = next(i for i, ln in enumerate(text.splitlines(), 1) if set(ln) & set(tells))
            raise ExtractReadError(
                f"{path}: wrong encoding: line {line} has {''.join(tells)!r} where Polish letters "
                "are expected (ISO-8859-2?); save the file as UTF-8 or Windows-1250"
            )
        return text, encoding
    raise ExtractReadError(f"{path}: wrong encoding: expected UTF-8 or Windows-1250 text")


def sniff_separator(text: str, path: Path) -> str:
    """`;` or `,`, as csv.Sniffer sees the header line."""
    header = text.splitlines()[0] if text.strip() else ""
    try:
        return csv.Sniffer().sniff(header, delimiters=";,").delimiter
    except csv.Error as error:
        raise ExtractReadError(
            f"{path}: cannot tell the column separator of the header line (expected ';' or ',')"
        ) from error


def xlsx_cell_text(value: object) -> str:
    """A workbook cell as the text a CSV of it would hold: a date cell is its date (2018-05-09),
    a number cell is written with a decimal comma (1234,5), so that polish.py reads it as any
    other cell; text cells stay as typed."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    return str(value)


def read_xlsx(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, dtype=object, keep_default_na=False, na_values=[], engine="openpyxl")
    except Exception as error:  # openpyxl raises many kinds for a broken workbook
        raise ExtractReadError(f"{path}: not a readable XLSX workbook ({error})") from error
    return frame.map(xlsx_cell_text)


def read_csv_text(text: str, separator: str, path: Path) -> tuple[pd.DataFrame, tuple[int, ...]]:
    """The CSV's records (quoted separators and line breaks allowed), each with as many fields as
    the header: a record with more non-empty fields (an unquoted separator in a cell) is refused
    with its line; fields beyond the header that are empty (Excel's trailing separators) are
    dropped, and so are header columns with no name and no data. Also returns the line each
    record starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, skipinitialspace=True)
    try:
        header = next(reader)
        rows, lines = [], []
        previous_end = reader.line_num
        for row in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue  # a blank line
            if len(row) > len(header):
                extra = row[len(header) :]
                if any(cell.strip() for cell in extra):
                    raise ExtractReadError(
                        f"{path}: line {start}, after the last column ({header[-1].strip()}): "
                        f"{len(row)} fields where the header has {len(header)}, found "
                        f"{separator.join(extra)!r} (expected one value per column; a {separator!r} "
                        "inside a cell must be quoted)"
                    )
                row = row[: len(header)]
            rows.append(row + [""] * (len(header) - len(row)))
            lines.append(start)
    except csv.Error as error:
        raise ExtractReadError(f"{path}: not a well-formed CSV table (line {reader.line_num}: {error})") from error
    frame = pd.DataFrame(rows, columns=[name.strip() for name in header], dtype=object)
    unnamed = [i for i, name in enumerate(frame.columns) if not name and not any(r[i].strip() for r in rows)]
    frame = frame.drop(columns=frame.columns[unnamed]) if unnamed else frame
    if "" in frame.columns:
        raise ExtractReadError(f"{path}: a column has data but no name in the header line (expected a name)")
    return frame, tuple(lines)


def read_extract(path: Path) -> RawExtract:
    """Read a CSV or XLSX extract into text cells; empty cells become missing values."""
    if not path.is_file():
        raise ExtractReadError(f"{path}: file not found")
    if path.suffix.lower() == ".xlsx":
        frame = read_xlsx(path)
        encoding, separator, lines = "xlsx", "", ()
    else:
        data = path.read_bytes()
        text, encoding = decode(data, path)
        if not text.strip():
            raise ExtractReadError(f"{path}: the file is empty (expected a header row and data rows)")
        separator = sniff_separator(text, path)
        frame, lines = read_csv_text(text, separator, path)
    frame.columns = [str(col).strip() for col in frame.columns]
    frame = frame.map(lambda cell: cell.strip() if isinstance(cell, str) else cell)
    frame = frame.replace({"": pd.NA})
    if frame.empty:
        raise ExtractReadError(f"{path}: the file has a header but no data rows")
    return RawExtract(frame=frame, path=path, encoding=encoding, separator=separator, lines=lines)
