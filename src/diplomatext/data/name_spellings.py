"""How the press varies the Arabic spelling of a foreign name, as rules for the name matcher.

Folding (``MATCHING``) already makes one the hamzas of alif, ة and ه, ى and ي, and drops
the shadda, so doubled letters written with it need nothing more. What remains are
transliteration habits that change letters, each written here as data:

- a helping alif before an initial cluster of س and a consonant: ستيفان / استيفان، سبيرو /
  اسبيرو (added and removed);
- a long vowel ي or و of a foreign name written or left out near the start of a long word:
  ميستورا / مستورا، ستيفان / ستفان;
- a hamza on its seat before a long ي left out: ميرضيائيف / ميرضيايف.

The matcher applies them to the full names (``names_ar``, two words or more) of persons,
never to a one-word short name, and never when the variant is another entry already.

A foreign g is written غ in the Levant and the Maghreb and ج in Egypt and the Gulf (أنغولا /
أنجولا، غوتيريش / جوتيريش، الكونغو / الكونجو): the matcher adds the ج form of every name of a
person or state whose language has no غ of its own.

Arab names also grow by ancestry: the press of the Gulf writes a person's father and
grandfather (محمد بن عبدالعزيز بن صالح الخليفي) where the table has one link
(محمد بن عبدالعزيز الخليفي). The matcher reads the links it does not know as part of the
name of the one it does. It also reads a name of three words or more with its links left out
(محمد عبدالرحمن آل ثاني for محمد بن عبدالرحمن آل ثاني), and a given name and a family name
with its article left out (عبد الحميد دبيبة for عبد الحميد الدبيبة).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ANCESTRY_WORDS",
    "ARTICLE_ELIDED_STATES",
    "CLUSTER_SECOND_LETTERS",
    "COMPOUND_NAME_HEADS",
    "DROPPABLE_VOWELS",
    "FAMILY_WORDS",
    "FOREIGN_G",
    "GHAYN_STATES",
    "HAMZA_SEAT_DROPS",
    "IBN_NOT_NAMES",
    "LINEAGE_WORDS",
    "MAX_ANCESTRY_LINKS",
    "MIN_G_ADJECTIVE_LENGTH",
    "MIN_G_VARIANT_LENGTH",
    "MIN_VOWEL_DROP_LENGTH",
    "NOT_FAMILY_NAMES",
    "NOT_G_VARIANTS",
    "NOT_NAMES_WITH_HAMZA",
    "PATRONYMIC_FAMILIES",
    "VOWEL_DROP_AT",
]

CLUSTER_SECOND_LETTERS: Final = frozenset("تبكفطمنل")
"""Letters after an initial س that make a foreign cluster (ست، سب، سك): the helping alif
may be written before it."""

DROPPABLE_VOWELS: Final = frozenset("يو")
"""Long vowels that a transliteration may leave out."""

VOWEL_DROP_AT: Final = (1, 2)
"""Positions (0 = the first letter) of a word where a long vowel may be left out."""

MIN_VOWEL_DROP_LENGTH: Final = 6
"""Shortest word (in folded letters) whose long vowel may be left out: shorter Arabic
names differ by that vowel (حسين / حسن، سعيد / سعد)."""

HAMZA_SEAT_DROPS: Final = (("ايي", "اي"),)
"""A hamza on its seat before a long ي, left out (ميرضيائيف / ميرضيايف): folded, ئ is ي, so
the table's ``ايي`` is also read as ``اي`` inside a foreign name's word."""

ANCESTRY_WORDS: Final = ("بن", "بنت")
"""Son of, daughter of: each opens one link of a name's ancestry (بن عبدالله)."""

COMPOUND_NAME_HEADS: Final = ("عبد", "أبو")
"""First words of a given name written in two words (عبد العزيز، أبو بكر): a link with
one of them takes the next word too."""

FAMILY_WORDS: Final = ("آل",)
"""Words before a family name written apart (آل سعود، آل ثاني)."""

MAX_ANCESTRY_LINKS: Final = 3
"""Most links of ancestry read beyond the ones a name of the table has."""

FOREIGN_G: Final = ("غ", "ج")
"""A foreign g as the Levant writes it, and as Egypt and the Gulf write it."""

GHAYN_STATES: Final = frozenset(
    {
        # the Arab League's members, Iran and Afghanistan: غ is a letter of their names
        # (المغرب، بغداد، غازي); the names of everyone else get a ج form
        "ARE", "BHR", "COM", "DJI", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY",
        "MAR", "MRT", "OMN", "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM",
        "IRN", "AFG",
    }
)  # fmt: skip

ARTICLE_ELIDED_STATES: Final = frozenset({"DZA", "LBY", "MAR", "MRT", "TUN"})
"""States whose press writes the article of a family name as ل alone, as it is said: علي لعريض
for علي العريض، رمطان لعمامرة. The matcher adds that form of the full name (a given name and a
family name) of every person who held an office of one of them."""
"""States (ISO alpha-3) whose persons' and own names keep their غ as it is."""

MIN_G_VARIANT_LENGTH: Final = 5
"""Shortest one-word name (in folded letters) given a ج form: shorter ones meet Arabic words
(غول -> جول، هيغ -> هيج)."""

MIN_G_ADJECTIVE_LENGTH: Final = 8
"""Shortest form of a state's adjective (in folded letters, with its article or ending) given a
ج form: الغاني and الغينية would become الجاني (the culprit) and الجينية (genetic), while
الأنغولي and الكونغولي become the الأنجولي and الكونجولي of the Egyptian press."""

NOT_G_VARIANTS: Final = frozenset({"جانا", "جيانا", "جاني", "جيني", "دراجي"})
"""ج forms that are Arabic words or names of their own, never given to a foreign name."""

PATRONYMIC_FAMILIES: Final = ("الصباح",)
"""Families whose members the press names by their given name and their father's with the
article (سالم العبدالله، أحمد الناصر، صباح الخالد for سالم عبدالله الجابر الصباح ...): the
matcher adds that form to every full name that ends with one of these."""

IBN_NOT_NAMES: Final = frozenset({"صالح", "مبارك"})
"""Second words of a short name with بن (بن علوي، بن فرحان) that, after ابن, are read as «the son
of» someone (ابن صالح: a son of Yemen's president) rather than as the name spelt with ابن; with
the common given names of :mod:`~diplomatext.data.given_names` (ابن علي، ابن نايف)."""

LINEAGE_WORDS: Final = ("ولد",)
"""Words of lineage in Mauritanian names (محمد ولد الشيخ الغزواني): the press drops the given
name before them (ولد الشيخ الغزواني), so the name from the word on is a form of the person."""

NOT_FAMILY_NAMES: Final = frozenset(
    {"الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الأول", "الابن", "الأب", "الصباح"}
)
"""Last words of a full name that are no family name to write without its article: regnal
numbers (عبد الله الثاني), الابن، الأب, and a family whose bare name is a given name too
(صباح)."""


NOT_NAMES_WITH_HAMZA: Final = ("بأول", "بأولى")
"""Words that fold onto a person's short name once their hamza is dropped (بأول: «in the
first», folded باول, Colin Powell's short name): written with the hamza, they are the word."""
