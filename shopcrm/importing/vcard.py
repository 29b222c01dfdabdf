"""vCard files as phones write them: 2.1 (Android, quoted-printable UTF-8), 3.0 and 4.0 (iOS).

Each card becomes a `SourceRow` whose ``fields`` are (field, property, value) triples with the
same field names as a mapped spreadsheet column, so one set of rules reads both. iOS writes a
birthday without a year as ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-07``: it is read as ``--03-07``.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from shopcrm.importing.source_rows import ReadProgress, RowIssue, SourceRow, has_undecodable
from shopcrm.importing.values import CellValue, has_hangul

_UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_ESCAPE = re.compile(r"\\(.)")
_ANNIVERSARY_LABEL = "_$!<anniversary>!$_"


@dataclass
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    @property
    def types(self) -> set[str]:
        return {value.upper() for value in self.params.get("TYPE", [])}


@dataclass
class _Card:
    number: int
    lines: list[str] = field(default_factory=list)
    properties: list[_Property] = field(default_factory=list)


def read_cards(lines: Iterator[str], source: ReadProgress) -> Iterator[SourceRow]:
    """The cards of a vCard file, one `SourceRow` each (numbered from 1)."""
    card: _Card | None = None
    count = 0
    for logical, physical in _unfolded(lines):
        upper = logical.strip().upper()
        if upper == "BEGIN:VCARD":
            count += 1
            card = _Card(count, list(physical))
            continue
        if card is None:
            continue
        card.lines.extend(physical)
        if upper == "END:VCARD":
            yield _row_of(card)
            card = None
            continue
        parsed = _parse_line(logical)
        if parsed is not None:
            card.properties.append(parsed)
    if card is not None:
        yield _row_of(card)
    source.done = source.total


def _unfolded(lines: Iterator[str]) -> Iterator[tuple[str, list[str]]]:
    """Logical lines (folding undone, quoted-printable soft breaks joined) with their
    physical lines."""
    current: str | None = None
    physical: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            physical.append(raw)
            continue
        if current is not None and _soft_break(current):
            current = current[:-1] + line
            physical.append(raw)
            continue
        if current is not None:
            yield current, physical
        current, physical = line, [raw]
    if current is not None:
        yield current, physical


def _soft_break(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and line.endswith("=")


def _parse_line(line: str) -> _Property | None:
    if ":" not in line:
        return None
    head, value = line.split(":", 1)
    parts = head.split(";")
    name = parts[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, has_value, values = part.partition("=")
        if not has_value:  # vCard 2.1: a bare type (CELL, HOME) or encoding
            key, values = (
                ("ENCODING", key)
                if key.upper() in ("QUOTED-PRINTABLE", "BASE64")
                else (
                    "TYPE",
                    key,
                )
            )
        for one in values.strip('"').split(","):
            params.setdefault(key.strip().upper(), []).append(one.strip())
    return _Property(group.upper(), name.upper(), params, _decoded(value, params))


def _decoded(value: str, params: dict[str, list[str]]) -> str:
    encodings = {item.upper() for item in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encodings:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        data = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            return data.decode("utf-8", errors="replace")
    return value


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match.group(1), match.group(0)), text)


def _structured(value: str) -> list[str]:
    return [_unescape(part).strip() for part in _UNESCAPED_SEMICOLON.split(value)]


def _row_of(card: _Card) -> SourceRow:
    raw = "".join(card.lines)
    if "\x00" in raw:
        return SourceRow(card.number, issue=RowIssue("row_nul_bytes"), raw=raw, fields=())
    if has_undecodable(raw):
        return SourceRow(card.number, issue=RowIssue("row_invalid_bytes"), raw=raw, fields=())
    return SourceRow(card.number, raw=raw, fields=tuple(_fields(card)))


def _fields(card: _Card) -> Iterator[tuple[str, str, CellValue]]:
    labels = {
        prop.group: _unescape(prop.value).strip()
        for prop in card.properties
        if prop.name == "X-ABLABEL" and prop.group
    }
    for prop in card.properties:
        name = prop.name
        if name == "FN":
            yield "name", "FN", _unescape(prop.value)
        elif name == "N":
            parts = [*_structured(prop.value), "", "", ""]
            yield "family_name", "N", parts[0]
            yield "given_name", "N", parts[1]
            yield "middle_name", "N", parts[2]
        elif name == "TEL":
            yield "phone", "TEL", _unescape(prop.value).removeprefix("tel:")
        elif name == "EMAIL":
            yield "email", "EMAIL", _unescape(prop.value)
        elif name == "ADR":
            yield from _address(prop)
        elif name == "BDAY":
            yield "birthday", "BDAY", _card_date(prop)
        elif name in ("ANNIVERSARY", "X-ANNIVERSARY"):
            yield "wedding", name, _card_date(prop)
        elif name == "X-ABDATE":
            label = labels.get(prop.group, "")
            if label.lower() == _ANNIVERSARY_LABEL:
                yield "wedding", name, _card_date(prop)
            elif label and not label.startswith("_$!<"):
                yield "anniversary", name, f"{label}: {_card_date(prop)}"
        elif name == "NOTE":
            yield "notes", "NOTE", _unescape(prop.value)
        elif name == "CATEGORIES":
            yield "tags", "CATEGORIES", ",".join(_unescape(prop.value).split(","))
        elif name in ("GENDER", "X-GENDER"):
            yield "gender", name, _structured(prop.value)[0]


def _address(prop: _Property) -> Iterator[tuple[str, str, CellValue]]:
    parts = [*_structured(prop.value), "", "", "", "", "", "", ""]
    po_box, extended, street, locality, region, postal, country = parts[:7]
    pieces = [piece for piece in (street, extended, locality, region, po_box) if piece]
    if any(has_hangul(piece) for piece in pieces):
        pieces = [piece for piece in (region, locality, street, extended, po_box) if piece]
    yield "address", "ADR", " ".join(pieces)
    yield "postal_code", "ADR", postal


def _card_date(prop: _Property) -> str:
    text = _unescape(prop.value).strip()
    if "X-APPLE-OMIT-YEAR" in prop.params:
        digits = re.sub(r"\D", "", text.split("T")[0])
        if len(digits) == 8:
            return f"--{digits[4:6]}-{digits[6:]}"
    return text
