"""Check the shipped table of persons and their offices (src/diplomatext/data/persons.json).

Usage: python scripts/check_persons.py [PATH]

Errors (exit status 1): a field the schema does not know or lacks, an id that is not
unique or not of the form ``lower-case-ascii-words``, a role outside the list, a date
that is not ISO (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), an office that ends before it
starts or starts after today, an office without a source, and two holders of a
single-holder office (a head of state, a prime minister, a foreign minister, ...) of one
state whose terms overlap by more than a day. Rival governments are real (Libya 2014-2021,
2022-): an office whose ``note`` says ``rival`` may overlap.

Warnings (printed, exit status 0): a short form (``short_ar``) that two persons holding
office at the same time share, so that it alone cannot tell them apart.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

from diplomatext.data import offices

DEFAULT = Path(__file__).resolve().parents[1] / "src" / "diplomatext" / "data" / "persons.json"
TODAY = dt.date(2026, 12, 3)

ROLES = frozenset(offices.ROLES)
SINGLE_HOLDER = ROLES - offices.SHARED_ROLES
PERSON_KEYS = {"id", "name_en", "names_ar", "short_ar", "gender", "offices"}
PERSON_OPTIONAL = {"wikidata"}
OFFICE_KEYS = {"role", "state", "for", "start", "end", "source", "confirmed"}
OFFICE_OPTIONAL = {"note"}
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Arabic words joined by single spaces, or by a hyphen as the press writes some foreign names
# (يون سوك-يول)
ARABIC_RE = re.compile(r"[\u0600-\u06ff]+(?:[ -][\u0600-\u06ff]+)*")
QID_RE = re.compile(r"Q[1-9]\d*")
OVERLAP_DAYS = 1


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of day, month or year precision can mean."""
    match = DATE_RE.fullmatch(value)
    if match is None:
        raise ValueError(value)
    year, month, day = match.groups()
    if day is not None:
        date = dt.date(int(year), int(month), int(day))
        return date, date
    if month is not None:
        first = dt.date(int(year), int(month), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)


def _office_fields(where: str, office: dict[str, Any]) -> list[str]:
    errors = []
    keys = set(office)
    if missing := OFFICE_KEYS - keys:
        errors.append(f"{where}: missing {sorted(missing)}")
    if unknown := keys - OFFICE_KEYS - OFFICE_OPTIONAL:
        errors.append(f"{where}: unknown field(s) {sorted(unknown)}")
    if office.get("role") not in ROLES:
        errors.append(f"{where}: role {office.get('role')!r} is not one of {sorted(ROLES)}")
    if not isinstance(office.get("state"), str) or not office["state"]:
        errors.append(f"{where}: no state")
    if office.get("role") not in {"special-envoy", "ambassador"} and office.get("for") is not None:
        errors.append(f"{where}: only a special envoy or an ambassador has 'for'")
    if office.get("role") == "special-envoy" and office.get("for") is None:
        errors.append(f"{where}: a special envoy has 'for'")
    source = office.get("source")
    if not isinstance(source, str) or not source.startswith("https://"):
        errors.append(f"{where}: no source address")
    if not isinstance(office.get("confirmed"), bool):
        errors.append(f"{where}: 'confirmed' must be true or false")
    return errors


def _check_office(where: str, office: dict[str, Any]) -> list[str]:
    errors = _office_fields(where, office)
    for key in ("start", "end"):
        value = office.get(key)
        if value is None and key == "end":
            continue
        try:
            _bounds(value)
        except (TypeError, ValueError):
            errors.append(f"{where}: {key} {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    if errors:
        return errors
    start = _bounds(office["start"])
    if start[0] > TODAY:
        errors.append(f"{where}: starts after {TODAY}")
    if office["end"] is not None and _bounds(office["end"])[1] < start[0]:
        errors.append(f"{where}: ends ({office['end']}) before it starts ({office['start']})")
    return errors


def _check_names(where: str, person: dict[str, Any]) -> list[str]:
    errors = []
    if not person["names_ar"]:
        errors.append(f"{where}: no Arabic name")
    for field in ("names_ar", "short_ar"):
        names = person[field]
        if len(set(names)) != len(names):
            errors.append(f"{where}: {field} repeats a name")
        errors.extend(
            f"{where}: {field} {name!r} is not Arabic letters and single spaces"
            for name in names
            if not isinstance(name, str) or not ARABIC_RE.fullmatch(name)
        )
    return errors


def _check_person(index: int, person: dict[str, Any]) -> list[str]:
    where = f"persons[{index}] {person.get('id', '?')}"
    errors = []
    keys = set(person)
    if missing := PERSON_KEYS - keys:
        errors.append(f"{where}: missing {sorted(missing)}")
        return errors
    if unknown := keys - PERSON_KEYS - PERSON_OPTIONAL:
        errors.append(f"{where}: unknown field(s) {sorted(unknown)}")
    if not isinstance(person["id"], str) or not ID_RE.fullmatch(person["id"]):
        errors.append(f"{where}: id must be lower-case ASCII words joined by hyphens")
    if person["gender"] not in {"m", "f"}:
        errors.append(f"{where}: gender must be 'm' or 'f'")
    if "wikidata" in person and not QID_RE.fullmatch(str(person["wikidata"])):
        errors.append(f"{where}: wikidata must be a QID such as Q7747")
    errors.extend(_check_names(where, person))
    if not person["offices"]:
        errors.append(f"{where}: no office")
    for number, office in enumerate(person["offices"]):
        role = office.get("role", "?") if isinstance(office, dict) else "?"
        errors.extend(_check_office(f"{where} office {number} ({role})", office))
    return errors


def _interval(office: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """The days an office certainly covers: from its first to the earliest end."""
    end = TODAY if office["end"] is None else _bounds(office["end"])[0]
    return _bounds(office["start"])[1], end


def _overlaps(persons: list[dict[str, Any]]) -> list[str]:
    by_office: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for person in persons:
        for office in person["offices"]:
            if office["role"] in SINGLE_HOLDER:
                by_office.setdefault((office["role"], office["state"]), []).append(
                    (person["id"], office)
                )
    errors = []
    for (role, state), holders in sorted(by_office.items()):
        for (first_id, first), (second_id, second) in combinations(holders, 2):
            if first_id == second_id:
                continue
            if "rival" in first.get("note", "") or "rival" in second.get("note", ""):
                continue
            (a_start, a_end), (b_start, b_end) = _interval(first), _interval(second)
            days = (min(a_end, b_end) - max(a_start, b_start)).days
            if days > OVERLAP_DAYS:
                errors.append(
                    f"{role} of {state}: {first_id} ({first['start']} to {first['end']}) and "
                    f"{second_id} ({second['start']} to {second['end']}) overlap by {days} days"
                )
    return errors


def _shared_short_forms(persons: list[dict[str, Any]]) -> list[str]:
    holders: dict[str, list[dict[str, Any]]] = {}
    for person in persons:
        for short in person["short_ar"]:
            holders.setdefault(short, []).append(person)
    warnings = []
    for short, sharing in sorted(holders.items()):
        for first, second in combinations(sharing, 2):
            if any(
                max(_interval(a)[0], _interval(b)[0]) < min(_interval(a)[1], _interval(b)[1])
                for a in first["offices"]
                for b in second["offices"]
            ):
                warnings.append(
                    f"short form {short!r} is shared by {first['id']} and {second['id']} "
                    "while both hold office"
                )
    return warnings


def check(path: Path) -> tuple[list[str], list[str], dict[str, int]]:
    """The errors, the warnings and a few counts of the table at ``path``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if set(data) != {"schema_version", "persons"} or data["schema_version"] != 1:
        return ["top level must be {'schema_version': 1, 'persons': [...]}"], [], {}
    persons = data["persons"]
    errors = []
    for index, person in enumerate(persons):
        errors.extend(_check_person(index, person))
    seen: dict[str, int] = {}
    for person in persons:
        seen[person.get("id")] = seen.get(person.get("id"), 0) + 1
    errors.extend(f"id {pid!r} is used {n} times" for pid, n in seen.items() if n > 1)
    if errors:
        return errors, [], {}
    offices = [office for person in persons for office in person["offices"]]
    counts = {
        "persons": len(persons),
        "offices": len(offices),
        "unconfirmed": sum(not office["confirmed"] for office in offices),
        "open": sum(office["end"] is None for office in offices),
    }
    return _overlaps(persons), _shared_short_forms(persons), counts


def main(argv: list[str]) -> int:
    """Print errors, warnings and counts; exit 1 when there is an error."""
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errors, warnings, counts = check(path)
    for warning in warnings:
        print(f"warning: {warning}")
    for error in errors:
        print(f"error: {error}")
    if counts:
        print(", ".join(f"{value} {key}" for key, value in counts.items()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
