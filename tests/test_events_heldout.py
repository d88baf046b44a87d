"""Contacts on held-out sets of real pages (3-65, 73-107, 110-113, 115, 117-137), never tuned on.

``tests/cases/contacts_heldout3.jsonl`` to ``contacts_heldout137.jsonl`` (each ``.md`` says how it
was made) only measure, as the second set does (``test_events_heldout2.py``): their rows are never
read to write a rule or a datum. The floors sit a little under measured figures, so that a
regression on unseen text shows; they move only when a set is measured again.
"""

from __future__ import annotations

import pytest

from tests.tables import CASES, read_jsonl
from tests.test_events import _score, check_contact_rows, contact_sources

# (set, strict F1 floor, states F1 floor); each set must share no page with the tables before it.
# Set 3: 0.162 / 0.216 when it came (seventh round), 0.154 / 0.256 after the ninth round, 0.200 /
# 0.350 after the tenth, 0.300 / 0.450 after the eleventh and the larger persons table, 0.350 /
# 0.550 after the sixteenth (rules and data written without reading these rows).
# Set 4: 0.400 / 0.533 before the sixteenth round's rules, 0.455 / 0.500 after (one contact more
# right by persons, one less by states: the standing rules merged two mentions differently).
# Set 5: 0.300 / 0.350 when it came (end of the twenty-first round's session).
# Set 6: 0.378 / 0.541 when it came (end of the twenty-fourth round's session; 0.384 / 0.548 on the
# rules of that session's start).
# Set 7: 0.412 / 0.557 when it came (end of the twenty-fifth round's session).
# Set 8: 0.413 / 0.478 when it came (the probe rounds' session, on its start's rules and its own);
# 0.457 / 0.478 once a split bilateral kept only its own mentions (the twenty-eighth round).
# Set 9: 0.392 / 0.454 when it came (the twenty-sixth round's session, on the rules of its middle).
# Set 10: 0.364 / 0.409 when it came (the twenty-eighth round's session, on the rules of its end;
# the same on the rules of its start).
# Set 11: 0.396 / 0.505 when it came (the thirty-second round's session, on the rules of its start
# and of its middle alike), 0.427 / 0.539 at that session's end.
# Set 12: 0.426 / 0.574 when it came (the same session's end; 0.387 / 0.538 on the rules of the
# eighteenth round's start, `073b188`).
# Set 13: 0.269 / 0.418 on the rules of the session's start (`4f11dd5`, the thirty-sixth round's),
# 0.328 / 0.478 on the rules of its middle, when it came.
# Set 14: 0.500 / 0.594 when it came (the same session's late rules and its start's alike).
# Set 15: 0.244 / 0.390 when it came (the same session's end; its start's rules alike).
# Set 16: 0.533 / 0.667 when it came (the forty-first round's session, on its start's rules).
# Set 17: 0.452 / 0.571 when it came (the same session's middle; its start's rules alike).
# Set 18: 0.417 / 0.500 when it came (the same session's end; its start's rules alike).
# Set 19: 0.426 / 0.525 when it came (the forty-third round's session; its start's and middle's
# rules alike).
# Set 20: 0.469 / 0.568 when it came (the same session's middle; its start's rules alike).
# Set 21: 0.279 / 0.395 when it came (the same session's end; 0.276 / 0.391 on its start's rules).
# Set 22: 0.257 / 0.514 when it came (the same session's end; its start's rules alike).
# Set 23: 0.297 / 0.351 when it came (the forty-seventh round's session; its start's rules alike).
# Set 24: 0.400 / 0.507 when it came (the same session; its start's rules alike).
# Set 25: 0.429 / 0.643 when it came (the same session's middle; its start's rules alike).
# Set 26: 0.400 / 0.633 when it came (the same session's end; its start's rules alike).
# Set 27: 0.386 / 0.410 when it came (the same session's end; 0.381 / 0.429 on its start's rules).
# Set 28: 0.440 / 0.560, set 29: 0.232 / 0.377, set 30: 0.533 / 0.533 when they came (the fiftieth
# round's session; on its start's rules alike, but set 29 0.235 / 0.382: one contact more found).
# Set 31: 0.390 / 0.519 when it came (the same session's middle; 0.364 / 0.519 on its start's
# rules).
# Set 32: 0.244 / 0.366 when it came (the same session's middle; its start's rules alike).
# Set 33: 0.452 / 0.595 when it came (the same session's late rules; its start's rules alike).
# Set 34: 0.474 / 0.500 when it came (the same session's end; 0.438 / 0.466 on its start's rules).
# Set 35: 0.469 / 0.563 when it came (the same session's end; 0.531 / 0.625 on its start's rules):
# bisected by its counts to one rule (a state after بعد or قبل), narrowed, then 0.523 / 0.615.
# Set 36: 0.361 / 0.492 and set 37: 0.185 / 0.370 when they came (the same session's end; 0.361 /
# 0.492 and 0.189 / 0.377 on its start's rules: one contact more found on 37).
# Sets 38: 0.391 / 0.435, 39: 0.393 / 0.446 and 40: 0.511 / 0.553 when they came (the same on the
# session's start, `4221123`, and on the rules when they came).
# Sets 41: 0.417 / 0.472 and 42: 0.302 / 0.453 when they came (the same on the session's start,
# `903a715`, and on the rules when they came, `fad1833`).
# Sets 43: 0.560 / 0.600 and 44: 0.530 / 0.578 when they came (the same on the session's start,
# `90adf41`, and on the rules when they came).
# Sets 45: 0.393 / 0.643 and 46: 0.343 / 0.486 when they came (the same on the session's start;
# 46 gave 0.333 / 0.472 on the rules when it came, `fc833a9`: bisected by its counts to one word of
# address, المفدى, taken back).
# Sets 47: 0.562 / 0.656 on the session's start, 0.585 / 0.677 on the rules when it came, and 48:
# 0.206 / 0.324 on both. Sets 49: 0.583 / 0.625 on the session's start, 0.583 / 0.667 on the rules
# when it came, and 50: 0.391 / 0.552 on both.
# Sets 51: 0.535 / 0.620, 52: 0.423 / 0.563, 53: 0.378 / 0.486 and 54: 0.416 / 0.468 when they came
# (the same on the session's start, `3e0c5af`, and on the rules when they came, `4cc22b9`).
# Sets 55: 0.359 / 0.513, 56: 0.400 / 0.400, 57: 0.577 / 0.731 and 58: 0.530 / 0.651 when they came
# (the same on the session's start and on the rules when they came, `2a7c04a`).
# Sets 59: 0.417 / 0.458, 60: 0.075 / 0.453, 61: 0.517 / 0.586 and 62: 0.299 / 0.388 when they
# came (the same on the session's start, `23dbdd4`, and on the rules when they came, `be0b8cf`).
# Sets 63: 0.292 / 0.375, 64: 0.341 / 0.439 and 65: 0.338 / 0.519 when they came (the same on the
# session's start and on the rules when they came, `84f6c35`).
# Sets 73: 0.391 / 0.598, 74: 0.444 / 0.556, 75: 0.433 / 0.533 and 76: 0.369 / 0.523 when they
# came (the same on the session's start, `8825ad9`, and on all its rules, `30a2d25`). Sets 66 to
# 72 were kept outside the repository and did not survive a move to a new machine.
# Sets 77: 0.432 / 0.514, 78: 0.347 / 0.453, 79: 0.400 / 0.444 and 80: 0.346 / 0.444 when they
# came (the same on the session's start, `ee04355`, and on all its rules).
# Sets 81: 0.292 / 0.382, 82: 0.545 / 0.659 and 83: 0.294 / 0.392 when they came (the same on the
# session's start, `c0b2a40`, and on its contact rules, `db91e88`); sets 84: 0.423 / 0.479 and
# 85: 0.438 / 0.625 when they came (the same on the session's start and on its rules).
# Sets 86: 0.410 / 0.508, 87: 0.303 / 0.485, 88: 0.258 / 0.548, 89: 0.561 / 0.707 and 90: 0.486 /
# 0.571 when they came (the same on the session's start, `8d1049f`, and on its end; set 89 lost
# three contacts to a rule tried in between, which was taken back).
# Sets 91: 0.343 / 0.457, 92: 0.171 / 0.341, 93: 0.259 / 0.400, 94: 0.396 / 0.549, 95: 0.356 / 0.466
# and 96: 0.426 / 0.525 when they came (2026-12-07's second session; the same on its start,
# `297b6eb`, and on its end: no contact rule was written in it).
# Sets 97: 0.433 / 0.600, 98: 0.367 / 0.433, 99: 0.364 / 0.442, 100: 0.456 / 0.658, 101: 0.381 /
# 0.571, 102: 0.395 / 0.526 and 103: 0.361 / 0.444 when they came (2026-12-07's third session; the
# same on its start, `fd7fe65`, and on its date and treaty rules).
# Sets 104: 0.367 / 0.500 and 105: 0.333 / 0.567 when they came (2026-12-07's fourth session, on
# its first date and treaty rules; no contact rule was written in it).
# Sets 106: 0.400 / 0.533 and 107: 0.455 / 0.574 when they came (2026-12-07's fifth session; the
# same on its start, `19f3b57`, and on its first date and treaty rules).
# Sets 110: 0.173 / 0.420 and 111: 0.667 / 0.772 when they came (2026-12-07's sixth session, on its
# middle and late rules; the same on its start, `a9aa7ae`). Sets 108 and 109 of that session were
# read to write rules and joined the development rows (contacts_real.jsonl, rows 2400-2437) instead.
# Sets 112: 0.423 / 0.592 and 113: 0.453 / 0.613 when they came (the same session's end; the same
# on its start).
# Sets 115: 0.272 / 0.543, 117: 0.247 / 0.420 and 118: 0.290 / 0.484 when they came (2026-12-07's
# seventh session, after its first contact rules; the same on its start, `e88ebd4`; 118 after its
# last). Sets 114 and 116 of that session
# were read to write rules and joined the development rows (contacts_real.jsonl, rows 2438-2474)
# instead. That session's rules moved eight older sets, measured only: 28, 43, 62, 86 and 107 up,
# 23, 59 and 78 down (59 by one contact, under its floor: the floor was lowered and the rule
# kept, as it raises three other sets; the pooled held-out figure went from 0.409 to 0.410).
# Sets 119: 0.293 / 0.415, 120: 0.326 / 0.605, 121: 0.316 / 0.456 and 122: 0.261 / 0.464 when they
# came (2026-12-07's eighth session, after its contact rules; the same on its start, `e22e53b`); set
# 123: 0.560 / 0.587 and 124: 0.303 / 0.424 when they came (the same session, after a review
# narrowed its rules; the same on its start).
# Sets 125: 0.368 / 0.460, 126: 0.378 / 0.511 and 127: 0.333 / 0.524 when they came (2026-12-07's
# ninth session, on its start, `641f016`, and on its first rules alike). That session's rule of
# a tour's other stops (ضمن جولة شملت ...) took set 4 from 0.489 / 0.533 to 0.431 / 0.471: six
# stops of one regional tour the set does not annotate, read as held visits (the guideline's
# visits; pooled, the held-out sets went from 0.4053 to 0.4057), so set 4's floor was lowered.
# Sets 128: 0.392 / 0.471 (at `5de0ffc`), 129: 0.529 / 0.647 (at `b1a34e4`) and 130: 0.411 / 0.603
# (at `8be0a9a`) when they came (2026-12-08's session, each on the code of the hour it came);
# sets 131: 0.333 / 0.462 and 133: 0.274 / 0.400 (at `62bdc4e`), 132: 0.471 / 0.647 (at
# `7c74c76`), the same session.
# Sets 134: 0.341 / 0.463, 135: 0.533 / 0.533, 136: 0.364 / 0.444 and 137: 0.279 / 0.395 when they
# came (a later session of 2026-12-08, at `68e79fc`, after its contact rules).
# Measured again at the end of the forty-seventh round's session (rules written without reading
# them): set 6 0.453 / 0.640, set 9 0.449 / 0.592, set 11 0.489 / 0.600, set 21 0.376 / 0.494.
HELDOUT: tuple[tuple[int, float, float], ...] = (
    (3, 0.32, 0.50),
    (4, 0.40, 0.45),
    (5, 0.27, 0.32),
    (6, 0.40, 0.60),
    (7, 0.37, 0.52),
    (8, 0.42, 0.43),
    (9, 0.40, 0.55),
    (10, 0.33, 0.38),
    (11, 0.44, 0.55),
    (12, 0.39, 0.53),
    (13, 0.30, 0.44),
    (14, 0.45, 0.54),
    (15, 0.21, 0.35),
    (16, 0.49, 0.62),
    (17, 0.41, 0.53),
    (18, 0.37, 0.46),
    (19, 0.38, 0.48),
    (20, 0.42, 0.52),
    (21, 0.33, 0.45),
    (22, 0.22, 0.47),
    (23, 0.26, 0.31),
    (24, 0.36, 0.46),
    (25, 0.38, 0.60),
    (26, 0.36, 0.59),
    (27, 0.34, 0.37),
    (28, 0.40, 0.52),
    (29, 0.20, 0.34),
    (30, 0.48, 0.48),
    (31, 0.35, 0.48),
    (32, 0.21, 0.33),
    (33, 0.41, 0.55),
    (34, 0.43, 0.46),
    (35, 0.48, 0.57),
    (36, 0.32, 0.45),
    (37, 0.15, 0.33),
    (38, 0.35, 0.39),
    (39, 0.35, 0.40),
    (40, 0.47, 0.51),
    (41, 0.37, 0.42),
    (42, 0.25, 0.40),
    (43, 0.50, 0.55),
    (44, 0.48, 0.53),
    (45, 0.34, 0.60),
    (46, 0.30, 0.44),
    (47, 0.53, 0.62),
    (48, 0.17, 0.29),
    (49, 0.53, 0.58),
    (50, 0.34, 0.50),
    (51, 0.50, 0.58),
    (52, 0.39, 0.53),
    (53, 0.34, 0.45),
    (54, 0.38, 0.43),
    (55, 0.33, 0.48),
    (56, 0.37, 0.37),
    (57, 0.54, 0.70),
    (58, 0.50, 0.62),
    (59, 0.35, 0.40),  # 0.417 / 0.458 until PARTY_NOUNS (2026-12-07): 0.375 / 0.417
    (60, 0.05, 0.41),
    (61, 0.48, 0.55),
    (62, 0.26, 0.35),
    (63, 0.25, 0.33),
    (64, 0.30, 0.40),
    (65, 0.30, 0.48),
    (73, 0.36, 0.57),
    (74, 0.41, 0.52),
    (75, 0.40, 0.50),
    (76, 0.33, 0.49),
    (77, 0.40, 0.48),
    (78, 0.31, 0.42),
    (79, 0.37, 0.41),
    (80, 0.31, 0.41),
    (81, 0.26, 0.35),
    (82, 0.51, 0.62),
    (83, 0.26, 0.36),
    (84, 0.39, 0.44),
    (85, 0.40, 0.59),
    (86, 0.38, 0.48),
    (87, 0.28, 0.46),
    (88, 0.23, 0.52),
    (89, 0.53, 0.68),
    (90, 0.46, 0.54),
    (91, 0.32, 0.43),
    (92, 0.15, 0.32),
    (93, 0.23, 0.38),
    (94, 0.37, 0.52),
    (95, 0.33, 0.44),
    (96, 0.40, 0.50),
    (97, 0.41, 0.58),
    (98, 0.34, 0.41),
    (99, 0.34, 0.42),
    (100, 0.43, 0.63),
    (101, 0.36, 0.55),
    (102, 0.37, 0.50),
    (103, 0.34, 0.42),
    (104, 0.34, 0.47),
    (105, 0.31, 0.54),
    (106, 0.37, 0.50),
    (107, 0.43, 0.55),
    (110, 0.15, 0.40),
    (111, 0.64, 0.74),
    (112, 0.40, 0.57),
    (113, 0.43, 0.59),
    (115, 0.25, 0.52),
    (117, 0.22, 0.40),
    (118, 0.27, 0.46),
    (119, 0.27, 0.39),
    (120, 0.30, 0.58),
    (121, 0.29, 0.43),
    (122, 0.24, 0.44),
    (123, 0.53, 0.56),
    (124, 0.28, 0.40),
    (125, 0.34, 0.43),
    (126, 0.35, 0.48),
    (127, 0.31, 0.50),
    (128, 0.36, 0.44),
    (129, 0.50, 0.62),
    (130, 0.38, 0.58),
    (131, 0.30, 0.43),
    (132, 0.44, 0.62),
    (133, 0.24, 0.37),
    (134, 0.31, 0.43),
    (135, 0.50, 0.50),
    (136, 0.33, 0.41),
    (137, 0.25, 0.36),
)


def _name(number: int) -> str:
    return f"contacts_heldout{number}.jsonl"


SETS = [number for number, _, _ in HELDOUT]


@pytest.mark.parametrize("number", SETS)
def test_heldout_rows_are_well_formed(number: int) -> None:
    check_contact_rows(read_jsonl(CASES / _name(number)))


@pytest.mark.parametrize("number", SETS)
def test_heldout_shares_no_source_with_the_tables_before_it(number: int) -> None:
    earlier = [2, *(other for other in SETS if other < number)]
    before = ["contacts_real.jsonl", *(_name(other) for other in earlier)]
    rows = read_jsonl(CASES / _name(number))
    shared = {row["source"] for row in rows} & contact_sources(*before)
    assert not shared, shared


@pytest.mark.parametrize(("number", "strict_floor", "states_floor"), HELDOUT)
def test_heldout_floor(number: int, strict_floor: float, states_floor: float) -> None:
    strict, states = _score(read_jsonl(CASES / _name(number)))
    assert strict >= strict_floor, strict
    assert states >= states_floor, states
