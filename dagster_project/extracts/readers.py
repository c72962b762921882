"""Read an extract file as the sources deliver it, into a DataFrame of text cells.

Excel on Windows saves CSV in Windows-1250 or UTF-8 (often with a BOM), separated by `;` (or
`,`); analysts also send XLSX. Parsing is left to pandas (`read_csv` with a sniffed separator,
`read_excel` with openpyxl). All cells stay text here: turning Polish-formatted numbers into
numbers is the job of `polish.py`, so that a bad cell can be reported by row and column.
"""

from __future__ import annotations

import csv
import hashlib
import io
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
    header_rows: int = 1  # data row i of the frame is line i + 1 + header_rows of the file


def sha256_of(path: Path) -> str:
    """The file's content hash: what the load log records and the new-extract sensor compares."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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


def read_extract(path: Path) -> RawExtract:
    """Read a CSV or XLSX extract into text cells; empty cells become missing values."""
    if not path.is_file():
        raise ExtractReadError(f"{path}: file not found")
    if path.suffix.lower() == ".xlsx":
        try:
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        except Exception as error:  # openpyxl raises many kinds for a broken workbook
            raise ExtractReadError(f"{path}: not a readable XLSX workbook ({error})") from error
        encoding, separator = "xlsx", ""
    else:
        data = path.read_bytes()
        text, encoding = decode(data, path)
        if not text.strip():
            raise ExtractReadError(f"{path}: the file is empty (expected a header row and data rows)")
        separator = sniff_separator(text, path)
        try:
            frame = pd.read_csv(
                io.StringIO(text),
                sep=separator,
                dtype=str,
                keep_default_na=False,
                skipinitialspace=True,
            )
        except pd.errors.ParserError as error:
            raise ExtractReadError(f"{path}: not a well-formed CSV table ({error})") from error
    frame.columns = [str(col).strip() for col in frame.columns]
    frame = frame.map(lambda cell: cell.strip() if isinstance(cell, str) else cell)
    frame = frame.replace({"": pd.NA})
    if frame.empty:
        raise ExtractReadError(f"{path}: the file has a header but no data rows")
    return RawExtract(frame=frame, path=path, encoding=encoding, separator=separator)
