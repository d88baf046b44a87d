"""The date tables under their former module name (kept so that old imports work).

The tables now live in modules of one kind each: :mod:`~diplomatext.data.weekdays`,
:mod:`~diplomatext.data.relative_words`, :mod:`~diplomatext.data.units`,
:mod:`~diplomatext.data.periods`, :mod:`~diplomatext.data.month_days`,
:mod:`~diplomatext.data.eras`, :mod:`~diplomatext.data.cues` and
:mod:`~diplomatext.data.named_dates`.
"""

from __future__ import annotations

from diplomatext.data.cues import (
    DATE_EQUIVALENCE_WORDS,
    FUTURE_CUES,
    RANGE_CONNECTORS,
    RANGE_INTRO_WORDS,
    STANDALONE_LEAD_WORDS,
    TIME_PREPOSITIONS,
    YEAR_CUES,
)
from diplomatext.data.eras import (
    ERA_MARKS,
)
from diplomatext.data.month_days import (
    MONTH_DAY_WORDS,
    ORDINAL_DAYS,
)
from diplomatext.data.named_dates import (
    EVENT_TRIGGERS,
    KNOWN_EVENTS,
    PLACE_TRIGGERS,
)
from diplomatext.data.periods import (
    APPROX_WORDS,
    CENTURIES,
    DECADES,
    PERIOD_PARTS,
    QUARTERS,
    SEASONS,
)
from diplomatext.data.relative_words import (
    AFTER_DEFINITE_PLURAL,
    ANAPHORIC_WORDS,
    DAY_WORDS,
    DAY_WORDS_AFTER_TIME,
    FEW_WORDS,
    RELATIVE_WORDS,
    THIS_WORDS,
    TIMES_OF_DAY,
    VAGUE_WORDS,
)
from diplomatext.data.units import (
    COUNTED_NOUNS,
    DAY_NOUNS,
    DISTANCE_WORDS,
    NOT_A_DISTANCE_AFTER,
    NUMBER_WORDS,
    UNIT_WORDS,
    VAGUE_COUNTS,
    YEAR_PAIR_WORDS,
)
from diplomatext.data.weekdays import (
    NOT_A_DATE_AFTER,
    NOT_A_DATE_BEFORE,
    WEEKDAYS,
)

__all__ = [
    "AFTER_DEFINITE_PLURAL",
    "ANAPHORIC_WORDS",
    "APPROX_WORDS",
    "CENTURIES",
    "COUNTED_NOUNS",
    "DATE_EQUIVALENCE_WORDS",
    "DAY_NOUNS",
    "DAY_WORDS",
    "DAY_WORDS_AFTER_TIME",
    "DECADES",
    "DISTANCE_WORDS",
    "ERA_MARKS",
    "EVENT_TRIGGERS",
    "FEW_WORDS",
    "FUTURE_CUES",
    "KNOWN_EVENTS",
    "MONTH_DAY_WORDS",
    "NOT_A_DATE_AFTER",
    "NOT_A_DATE_BEFORE",
    "NOT_A_DISTANCE_AFTER",
    "NUMBER_WORDS",
    "ORDINAL_DAYS",
    "PERIOD_PARTS",
    "PLACE_TRIGGERS",
    "QUARTERS",
    "RANGE_CONNECTORS",
    "RANGE_INTRO_WORDS",
    "RELATIVE_WORDS",
    "SEASONS",
    "STANDALONE_LEAD_WORDS",
    "THIS_WORDS",
    "TIMES_OF_DAY",
    "TIME_PREPOSITIONS",
    "UNIT_WORDS",
    "VAGUE_COUNTS",
    "VAGUE_WORDS",
    "WEEKDAYS",
    "YEAR_CUES",
    "YEAR_PAIR_WORDS",
]
