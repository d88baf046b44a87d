"""The Arabic clitics and endings every finder strips or allows around a table word.

One table for the date grammar, the treaty finder and the contact words, so that a
linguist changes a clitic in one place. Plain strings in natural spelling (they are
unchanged by the MATCHING fold).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ARTICLE",
    "CONJUNCTIONS",
    "FUTURE_PREFIX",
    "LAM_ARTICLE",
    "NOUN_ENDINGS",
    "PREPOSITIONS",
    "PRONOUN_SUFFIXES",
]

CONJUNCTIONS: Final = ("و", "ف")
"""Proclitic conjunctions, glued to the next word (والمعاهدة، فاتفاق، وبعد)."""

PREPOSITIONS: Final = ("ب", "ل", "ك")
"""Proclitic prepositions, after a conjunction if any (بمعاهدة، وللاتفاق، كاتفاقية)."""

ARTICLE: Final = "ال"
"""The definite article, after the proclitics."""

LAM_ARTICLE: Final = "لل"
"""ل + ال, written with one alef dropped (للاتفاق، للمعاهدة)."""

FUTURE_PREFIX: Final = "س"
"""The future prefix of an imperfect verb (سيلتقي، ستبدأ), after a conjunction if any."""

PRONOUN_SUFFIXES: Final = ("ه", "ها", "هما", "هم", "هن", "كما", "كم", "نا")
"""Object and possessive pronouns glued to the end of a word (استقبله، زيارتها، نظيرهما)."""

NOUN_ENDINGS: Final = ("ين", "ان", "ا")
"""Dual and plural endings after a noun (مباحثتين، اتصالان، لقاءا)."""
