"""The contact rules' shared tables: folded word sets, phrases, patterns and reaches.

Built once from ``diplomatext.data`` (contact words, offices, name spellings) so that
the rules compare folded tokens with sets; the distances say how far a rule looks.
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import fold
from diplomatext.data import contact_words as words
from diplomatext.data import cues as date_cues
from diplomatext.data import (
    given_names,
    morphology,
    name_spellings,
    name_words,
    offices,
    weekdays,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


TOKEN: Final = re.compile(r"\w+")
# a period after a lone letter is an abbreviation (د. بدر عبد العاطي), not a sentence end
# a semicolon before a word that continues the clause is a comma (words.SEMICOLON_CONTINUES)
SENTENCE_END: Final = re.compile(
    r"[!?\n]|;(?!\s*(?:"
    + "|".join(map(re.escape, sorted({fold(word) for word in words.SEMICOLON_CONTINUES})))
    + r")\b)|(?<!\s\w)(?<!^\w)\.|\.\."
)
ONE_DAY: Final = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # a day, no interval
SAME_DAY_REACH: Final = 8  # tokens back from a contact word to في اليوم نفسه (+ الذي ... فيه)
NEWS_DAYS: Final = 7  # days back the article's news may be (its lead's, its first contact's)
RELATIVE_REACH: Final = 6  # words before a date where الذي/التي make it the day of another event
CONCRETE: Final = re.compile(
    r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:/[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)?$"
)
DATELINE_TAIL: Final = re.compile(
    r"\s*(?:[0-9(]|-|\u2013|[،,]\s*[^\W\d][^\W\d ]*(?: [^\W\d]+){0,3}\s*(?:[(]|-|\u2013))"
)
# a dateline's second place: «دبي، الإمارات العربية المتحدة (CNN)»
DATELINE_HEAD: Final = re.compile(r"[^\W\d]+(?: [^\W\d]+){0,2}\s*[،,]\s*")
WINDOW: Final = 24  # tokens after a contact word where its sides may be
DELEGATION_REACH: Final = 12  # tokens from a delegation word to برئاسة and its head
SINCE_REACH: Final = 8  # tokens from منذ to the date of the span it opens
ASIDE_MOST: Final = 16  # tokens of an aside between commas (، على هامش ...،)
UNKNOWN_NAME_WORDS: Final = 4  # words of a name the table lacks, at most
TOPIC_MOST: Final = 10  # tokens of a discussion's topic before مع and its other side
UNANNOUNCED_DAYS: Final = frozenset(fold(word) for word in words.UNANNOUNCED_DAY_NOUNS)
MARGIN_EVENT_REACH: Final = 5  # tokens from على هامش (أعمال) to its event's noun
COMMAS: Final = frozenset("،,")
# the openers of a sentence that gives the occasion of the one before (جاء ذلك خلال ...)
CAME_OF_OPENERS: Final = tuple(fold(phrase) + " " for phrase in words.CAME_OF)
CAME_WORD: Final = fold("جاء")  # in every opener of CAME_OF_OPENERS
CAME_OF_LOOKAHEAD: Final = 16  # characters after a sentence where its جاء ذلك opener may start
CAME_OF_ANCHORS: Final = frozenset(fold(word) for word in words.CAME_OF_ANCHORS)
COMMA: Final = re.compile("[،,]")
MESSAGE_REACH: Final = 60  # tokens after تحيات where its senders and addressees may be
MESSAGE_ENDS: Final = frozenset(fold(word) for word in words.MESSAGE_ENDS)
NO_TOKENS: Final[frozenset[int]] = frozenset()
ANCESTRY_MARK: Final = "بن "  # in every name with a link of ancestry (بن، ابن)
ANCESTRY_WORDS: Final = frozenset(fold(word) for word in name_spellings.ANCESTRY_WORDS)
HAMZA_WORDS: Final = frozenset(name_spellings.NOT_NAMES_WITH_HAMZA)  # as written, not folded
HAMZA_WORDS_FOLDED: Final = frozenset(fold(word) for word in name_spellings.NOT_NAMES_WITH_HAMZA)
NAME_LINKS: Final = ANCESTRY_WORDS | frozenset(fold(word) for word in name_spellings.FAMILY_WORDS)
FAMILY_MARK: Final = " ال "  # آل alone, folded: no article stands apart
HEADLINE_AGENT_GAP: Final = 3  # tokens from a contact noun to لـX, its agent (اتصال هاتفي لـX مع)
GOVERNMENT: Final = fold("حكومة")
GENERAL: Final = fold("الفريق")  # a rank, and «الفريق أول» the one above it
FIRST: Final = fold("أول")
MODAL_PARTICLES: Final = frozenset(fold(word) for word in ("قد", "ربما"))  # before a verb
IMPERFECT_PREFIXES: Final = "يتن"  # the first letter of a verb of the present (يلتقي، تبحث)
# nouns and names shaped like سـ + an imperfect verb (سياسي، سنتين، سيرجيو): no future verb
NOT_FUTURE_VERBS: Final = frozenset(
    fold(word) for word in date_cues.NOT_FUTURE_VERBS | name_words.FUTURE_SHAPED_NAMES
)
POSTPONED: Final = fold("أجل")  # «postponed», but من أجل «in order to»
OFF_AFTER_REACH: Final = 12  # tokens from a contact noun to a verb that calls it off (ألغيت)
TRIP_SENTENCES: Final = 2  # sentences from a visit to a meeting to come that is part of it
RECURRING_REACH: Final = 8  # tokens after a contact word where «في عدة مناسبات» makes it recurring
PRIVATE_TRIP_REACH: Final = 8  # tokens after a trip word where «في إجازة خاصة» makes it private
PRE_WINDOW: Final = 14  # tokens before it
CALLS_MADE_REACH: Final = 8  # tokens from تلقى/أجرى to a plural call noun
CALLS_MADE_FAR: Final = 16  # the same over a subject's name and titles, with ...
CALLS_MADE_OTHER: Final = 2  # ... at most this many other words between
THAT_IS_WINDOW: Final = 28  # tokens before «وذلك في» + a contact word: the report it ends
THAT_IS: Final = fold("وذلك")
AS_FOR_WORDS: Final = frozenset(fold(word) for word in ("في", "خلال", "عبر", "أثناء"))
CLAUSE_OPENERS: Final = frozenset({"ثم", "كما", "وكما"})  # a new clause, the subject kept
VISIT_CLAUSE: Final = frozenset(fold(word) for word in words.VISIT_CLAUSE_WORDS)
VISIT_CLAUSE_MOST: Final = 8  # tokens of such a clause
VISIT_DAYS_MOST: Final = 14  # days between two dates of one stay (arrival to departure)
ROTATING: Final = frozenset(fold(word) for word in offices.ROTATING_WORDS)
PLURAL_TITLES: Final = frozenset(fold(word) for word in offices.PLURAL_TITLE_WORDS)
STATES_GROUP_NOUNS: Final = frozenset(fold(word) for word in offices.STATES_GROUP_NOUNS)
STATES_GROUP_WORDS: Final = frozenset(fold(word) for word in offices.STATES_GROUP_WORDS)
STATES_GROUP_MOST: Final = 4  # words of such a description (الدول الأوروبية الكبرى الثلاث)
LISTED_HEADS: Final = frozenset(fold(word) for word in offices.LISTED_HEAD_WORDS)  # + institutions
HEADED_INSTITUTIONS: Final = MappingProxyType(
    {tuple(map(fold, phrase.split())): role for phrase, role in offices.HEADED_INSTITUTIONS.items()}
)  # (folded words of الجمهورية، مجلس النواب ...) -> the role of its head
GROUP_HEADS: Final = frozenset(fold(word) for word in offices.GROUP_HEAD_WORDS)
LISTED_PLURAL_HEADS: Final = frozenset(
    fold("وال" + word.removeprefix("ال"))
    for word in (*offices.PLURAL_TITLE_WORDS, *offices.GROUP_HEAD_WORDS)
)  # والرؤساء الفلسطيني X، والتركي Y: a plural head before the first adjective of a list
ARRIVAL_REACH: Final = 12  # words (not of a date, name or title) from an arrival to إلى
TOUR_REACH: Final = 4  # words from جولة to إلى
TOUR_NAMED_REACH: Final = 8  # words from وتشمل جولة to its first stop (جولة الرئيس التركي X أيضا)
GROUP_REACH: Final = 5  # words between a group head and the sides it names at most
PHONE_REACH: Final = 16  # tokens after a contact word where هاتفيا، عبر الهاتف still modify it
DATE_DISTANCE: Final = 16
BARE_SIZE: Final = 65536  # tokens kept without their article before the cache starts over
VAGUE_DISTANCE: Final = 8
STRETCH_DAYS: Final = 31  # days: a stretch up to now longer than a month dates no contact
YEAR_DAYS: Final = 366  # days: a stretch of years (2024/2026) dates no contact
# القرار 242 (1967: the year of a resolution's or a law's number (not القمة 40 (2019): the
# summit's own year)
BRACKETED_YEAR: Final = re.compile(
    "(?:" + "|".join(map(fold, words.NUMBERED_DOCUMENT_WORDS)) + r")\s+\d+\s*\(\s*$"
)
BRACKET_REACH: Final = 30  # characters before a year: the document word, its number, the bracket


def _set(items: Sequence[str] | frozenset[str]) -> frozenset[str]:
    return frozenset(fold(item) for item in items)


def _with_proclitics(items: frozenset[str]) -> frozenset[str]:
    """The folded *items* bare and after one proclitic (والجنازة is not; وجنازة، بوفاة are)."""
    clitics = ("", *morphology.CONJUNCTIONS, *morphology.PREPOSITIONS)
    return frozenset(clitic + item for item in items for clitic in clitics)


def _by_last_word(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """The folded *phrases* as word tuples, by their last word (one look-up a token)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words_of = tuple(fold(phrase).split())
        found.setdefault(words_of[-1], []).append(words_of)
    return found


@functools.cache
def word_sets() -> dict[str, frozenset[str]]:
    """Folded cue words, built once."""
    lexicon = {
        "complementizers": _set(
            ("أن", "بأن", "إن", "وأن", "وإن", "لأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")
        ),
        "topic_preps": _set(words.TOPIC_PREPOSITIONS),
        "conjoined_preps": _set(("ومن", "وإلى", "والى", "وقضية", "وملف")),
        "stop": _set(words.STOP_WORDS),
        "place_titles": frozenset(strip_article(fold(w)) for w in offices.PLACE_TITLE_WORDS),
        "denied_present": _set(words.DENIED_PRESENT_CUES),
        "urging": _set(words.URGING_VERBS),
        # (bare: للجنة، اللجنة and لجنة alike)
        "groups": frozenset(strip_article(fold(word)) for word in words.GROUP_BEFORE_CALL),
        "source_asides": _set(words.SOURCE_ASIDE_WORDS),
        "filler": _set((*offices.TITLE_QUALIFIERS, *offices.HONORIFICS)),
        "with": _set(("مع", "بين", "وبين", *words.SIDES_OPENERS)),
        "address": _set(offices.HONORIFICS),
        "to": _set(("إلى", "الى", "لدى")),
        "from": _set(("من",)),
        "since": _set(("منذ",)),
        "lasting": frozenset(strip_article(fold(word)) for word in words.LASTING_WORDS),
        "days": frozenset(strip_article(fold(word)) for word in words.SEVERAL_DAYS),
        "in": _set(("في", "بمدينة", "مدينة", "بالعاصمة", "العاصمة")),
        "until": _set(("حتى", "منذ", "لغاية", "بحلول", "قبل", "بعد", "حد", "غاية")),  # الى حد اليوم
        "lam": _set(("لم",)),
        "lan": _set(("لن",)),
    }
    lexicon["to_or_in"] = lexicon["to"] | lexicon["in"]  # a mandate's state: إلى، لدى، في
    return lexicon


@attrs.frozen(eq=False)  # (one table per list of phrases: compared and hashed by identity)
class Phrases:
    """Folded phrases indexed by their first token, as written and without clitics."""

    exact: dict[str, tuple[tuple[str, ...], ...]]
    bare: dict[str, tuple[tuple[str, ...], ...]]
    # the words of each phrase, as written and without clitics: a text whose tokens lack
    # some word of every phrase holds none of them (Doc.may_hold)
    exact_words: tuple[frozenset[str], ...]
    bare_words: tuple[frozenset[str], ...]


def _phrases(items: Sequence[str]) -> Phrases:
    """Folded phrases as token tuples, longest first, indexed by their first token."""
    split = sorted({tuple(fold(item).split()) for item in items}, key=len, reverse=True)
    exact: dict[str, list[tuple[str, ...]]] = {}
    bare: dict[str, list[tuple[str, ...]]] = {}
    for phrase in split:
        if not phrase:
            continue
        exact.setdefault(phrase[0], []).append(phrase)
        stripped = tuple(strip_article(word) for word in phrase)
        bare.setdefault(stripped[0], []).append(stripped)
    return Phrases(
        exact={key: tuple(value) for key, value in exact.items()},
        bare={key: tuple(value) for key, value in bare.items()},
        exact_words=tuple({frozenset(phrase) for value in exact.values() for phrase in value}),
        bare_words=tuple({frozenset(phrase) for value in bare.values() for phrase in value}),
    )


@functools.cache
def cue_phrases() -> dict[str, Phrases]:
    return {
        "planned": _phrases(words.PLANNED_CUES),
        "planned_after": _phrases(words.PLANNED_AFTER),
        "proposed": _phrases(words.PROPOSED_CUES),
        "proposed_after": _phrases(words.PROPOSED_AFTER),
        "denied": _phrases(words.DENIED_CUES),
        "unannounced": _phrases(words.UNANNOUNCED_AFTER_DENIAL),
        "denied_after": _phrases(words.DENIED_AFTER),
        "denied_thereafter": _phrases(words.DENIED_THEREAFTER),
        "doer": _phrases(words.DOER_CLAUSES),
        "planned_doer": _phrases(words.PLANNED_DOER_CLAUSES),
        "denied_right_before": _phrases(words.DENIED_RIGHT_BEFORE),
        "proposed_right_before": _phrases(words.PROPOSED_RIGHT_BEFORE),
        "planned_right_before": _phrases(words.PLANNED_RIGHT_BEFORE),
        "ruled_out": _phrases(words.RULED_OUT_CUES),
        "denied_reports": _phrases(words.DENIED_REPORTS),
        "day_offsets": _phrases(tuple(words.DAY_OFFSETS)),
        "blocking": _phrases(words.BLOCKING_BEFORE),
        "venue": _phrases(words.VENUE_BEFORE),
        "came_of": _phrases(words.CAME_OF),
        "series_of": _phrases(words.SERIES_QUANTIFIERS),
        "margin": _phrases(words.MARGIN_PHRASES),
        "government": _phrases(offices.GOVERNMENT_OF_TITLE),
        "series_listing": _phrases(words.SERIES_LISTING),
        "recalled": _phrases(words.RECALLED_AFTER),
        "recurring": _phrases(words.RECURRING_AFTER),
        "private_trip": _phrases(words.PRIVATE_TRIP_PURPOSES),
        "statement": _phrases(words.STATEMENT_WORDS),
        "phone": _phrases(words.PHONE_MODIFIERS),
        "forum": _phrases(words.FORUM_WORDS),
        "envoy": _phrases(offices.ENVOY_WORDS),
        "delegation": _phrases(offices.DELEGATION_WORDS),
        "body": _phrases(offices.DELEGATION_BODIES),
        "headed": _phrases(offices.HEADED_BY_WORDS),
        "attendance": _phrases(words.ATTENDANCE_WORDS),
        "principal": _phrases(words.PRINCIPAL_WORDS),
        "message": _phrases(words.MESSAGE_WORDS),
        "adverb": _phrases(words.TIME_ADVERBS),
        "same_day": _phrases(words.SAME_DAY_PHRASES),
        "heading": _phrases(words.HEADING_PHRASES),
        "arrival": _phrases(words.ARRIVAL_ASIDES),
        "moment": _phrases(words.ARRIVAL_MOMENTS),
        "aside": _phrases((*words.ASIDE_OPENERS, *words.PRINCIPAL_WORDS)),
        "held_after": _phrases(words.HELD_AFTER),
        "wish": _phrases(words.WISH_WORDS),
        "shift": _phrases(words.TOPIC_SHIFTS),
    }


@functools.cache
def contact_nouns() -> frozenset[str]:
    """The contact nouns of one word, folded and without their article (قمة، مباحثات)."""
    return frozenset(strip_article(fold(noun)) for noun in words.NOUNS if " " not in noun.strip())


@functools.cache
def transparent() -> frozenset[str]:
    """Tokens a list of sides may run over: phone words, و, dates are handled apart."""
    found = {fold(word) for phrase in words.PHONE_MODIFIERS for word in phrase.split()}
    found |= {"ال" + word for word in found}
    found |= {
        fold(word)
        for word in ("أول", "اول", "له", "لها", "مع", "و", "ثنائي", "ثنائية", "مباشرة", "مباشر")
    }
    found.add("ال")  # the article written apart before a numeral (السبت الـ 26 من نوفمبر)
    return frozenset(found)


@functools.cache
def honorific_words() -> frozenset[str]:
    """The words :meth:`Doc._honorific_pronouns` looks for (a pronoun or a "latter")."""
    return frozenset(honorific_pronouns().keys() | LATTER)


@functools.cache
def honorific_pronouns() -> dict[str, frozenset[str]]:
    """Folded honorific pronouns -> the folded words of address of their antecedent."""
    return {fold(pronoun): _set(address) for pronoun, address in offices.HONORIFIC_PRONOUNS.items()}


@functools.cache
def honorific_roles() -> dict[str, frozenset[str]]:
    """Folded honorific pronouns -> the roles of the persons they befit (جلالته: a king)."""
    return {
        fold(pronoun): frozenset(roles)
        for pronoun, roles in offices.HONORIFIC_PRONOUN_ROLES.items()
    }


@functools.cache
def role_adjectives() -> dict[str, str]:
    return {fold(word): role for word, role in offices.ROLE_ADJECTIVES.items()}


@functools.lru_cache(maxsize=65536)
def strip_article(token: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"):
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:  # noqa: PLR2004
            return token[len(prefix) :]
    return token


# الرئاسات الثلاث as bare tokens (للرئاسات الثلاث too), and their first words
THREE_PRESIDENCIES: Final = frozenset(
    tuple(strip_article(fold(word)) for word in phrase.split())
    for phrase in offices.THREE_PRESIDENCIES
)
THREE_PRESIDENCIES_FIRST: Final = frozenset(phrase[0] for phrase in THREE_PRESIDENCIES)


def definite(token: str) -> bool:
    """Whether *token* carries the article, after و or ف (القمة، والقمة، بالقمة، للقمة)."""
    return token.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


MARKS: Final = ".!?;\n"  # the characters a sentence end starts with
BARE: dict[str, str] = {}  # token -> strip_article(token), for whole token lists


WAS: Final = frozenset(fold(word) for word in ("كان", "وكان", "كانت", "وكانت"))


RECEIVING: Final = (  # the words of receiving a guest, to test a contact word's start
    *sorted({fold(word).removeprefix("و") for word in words.RECEIVING_VERBS}),
    *sorted(fold(word) for word in words.RECEIVING_PARTICIPLES),
)
MISSIONS: Final = _set(offices.MISSION_WORDS)
FAMILY_NAME_CLITICS: Final = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # before a name alone
ELECT: Final = _set(offices.ELECT_WORDS)
DEPARTMENTS: Final = _set(offices.DEPARTMENT_WORDS)
DEPARTMENT_MOST: Final = 3  # tokens of و + a department before a name (ومجلس النواب)
SERVING: Final = _set(offices.SERVING_WORDS)
PRIVATE: Final = _set(words.PRIVATE_TRIP_WORDS)
TO_A_FORUM: Final = _set(words.FORUM_TRIP_WORDS)
FORUM_TRIP_REACH: Final = 12  # tokens from an arrival word to للمشاركة
_TITLE_HEADS: Final = frozenset(title.split()[0].removeprefix("ال") for title in offices.TITLES)
FEMININE_TITLES: Final = frozenset(
    fold(article + word)
    for word in _TITLE_HEADS
    if word.endswith("ة") and word[:-1] in _TITLE_HEADS
    for article in ("", "ال")
)
"""The feminine forms of the titles' first words (السفيرة، وزيرة، الرئيسة، ملكة), found from the
titles table: a woman's title names the office's holder only if she is a woman (a queen may be a
king's wife; السفيرة الفرنسية is not the ambassador the table holds if he is a man)."""
FRAMEWORK: Final = frozenset(strip_article(fold(word)) for word in words.FRAMEWORK_BEFORE)
MEETING_OBJECT_VERBS: Final = _set(words.MEETING_OBJECT_VERBS)
WILL: Final = tuple(fold(prefix) for prefix in words.FUTURE_PREFIXES)
RECEIVING_VERBS: Final = _set(words.RECEIVING_VERBS)
CLAUSE_THAT: Final = _set(words.CLAUSE_COMPLEMENTIZERS)
EXCHANGED: Final = frozenset(strip_article(form) for form in _set(words.EXCHANGED_WORDS))
OCCASION: Final = frozenset(
    fold(word) for word in (*words.OCCASION_WORDS, *words.DATED_TOPIC_WORDS)
)  # an occasion or a topic before a date: the date is theirs
FEAST_RULES: Final = frozenset({"feast", "christian-feast"})  # dates that are occasions
OCCASION_REACH: Final = 2  # tokens before a date where an occasion word makes it the occasion
APPOSITION_MARKS: Final = frozenset("،,")  # a comma between a name and its title
UNKNOWN_TITLE_MOST: Final = 4  # words of a title whose state the table lacks (ورئيس جمهورية X Y)
UNKNOWN_NAME_MOST: Final = 3  # words of a name the table lacks between a title and the office
UNTRACKED_HEADS: Final = _set(offices.UNTRACKED_TITLE_HEADS)
UNTRACKED_FORMS: Final = _with_proclitics(UNTRACKED_HEADS)
# after a name also definite (عبدالله الثاني القائد الأعلى للقوات المسلحة): the person's title
UNTRACKED_AFTER_NAME: Final = UNTRACKED_FORMS | frozenset("ال" + head for head in UNTRACKED_HEADS)
UNTRACKED_TITLE_MOST: Final = 6  # article words after the head of a title the table lacks
BARE_TITLES: Final = MappingProxyType(
    {fold(title): role for title, role in offices.TITLES.items() if " " not in title}
)  # الرئيس، الوزير، السفير: titles of one word, read before a name
RECEPTION: Final = _set(words.RECEPTION_NOUNS)
RECEIVERS: Final = _set(words.RECEIVERS_NOUNS)
RETURNING: Final = frozenset(fold(word) for word in words.RETURNING_WORDS)
DEPARTURES: Final = frozenset(fold(word) for word in words.DEPARTURE_NOUNS)
AGREEING: Final = frozenset(fold(word) for word in words.AGREEING_WORDS)
BEING_WORDS: Final = frozenset(fold(word) for word in words.BEING_WORDS)
FAREWELL: Final = _set(words.FAREWELL_NOUNS)
ANAPHORIC_OFFICIALS: Final = frozenset(offices.ANAPHORIC_OFFICIALS)
PARTICIPATION: Final = frozenset(fold(word) for word in words.VENUE_PARTICIPATION)
SESSION_BODIES: Final = frozenset(strip_article(fold(word)) for word in words.SESSION_BODIES)
COMMA_DISTANCE: Final = 1  # a comma between a date and a contact word after it: this far more
NOT: Final = _set(words.NEGATION_WORDS)
NOT_BEFORE_DENIAL: Final = _set(words.NOT_BEFORE_DENIAL)
WHAT: Final = _set(("ما", "بما"))  # نفت ما نشرته: the denial's own object
PURPOSE_WORDS: Final = _set(words.PURPOSE_WORDS)
RULED_OUT_OBJECT: Final = _set(words.RULED_OUT_OBJECT)
BODY_REACH: Final = 8  # tokens from a delegation word to the state of its body (وفد من لجنة ...)
DURING_WORDS: Final = _set(words.DURING_WORDS)
REPORTED_LINKS: Final = frozenset(tuple(fold(phrase).split()) for phrase in words.REPORTED_LINKS)
VIA: Final = _set(words.VIA_WORDS)
VIA_MEDIA: Final = frozenset(fold(word) for word in ("تقنية", "خاصية", "دائرة", "وسائل"))
VIA_REACH: Final = 5  # tokens from a talk word to عبر اتصال هاتفي that says how it was held
TITLE_HEADS: Final = frozenset(
    fold(title.split()[0]) for title in (*offices.TITLES, *offices.SUBORDINATE_WORDS)
)  # the first words of titles (نائب، رئيس، وزير): ونائب is و + a title, وزير is no و
NAMED_REACH: Final = 48  # tokens after a contact word a date with titles between may be
CITY_COUNTRY_MARKS: Final = frozenset({"(", "،", ",", "-", "–"})  # مالابو (غينيا الاستوائية)
IN_PREPS: Final = frozenset({"ب", "في"})  # before the country of a city: بالولايات المتحدة
MANDATED: Final = frozenset({"special-envoy", "ambassador"})  # roles with a region (``for``)


SUMMIT: Final = fold("قمة")
GOVERNMENT_MOST: Final = (
    9  # tokens of «في حكومة الوحدة الوطنية الليبية المعترف بها دوليا» before a name
)
SUMMIT_REACH: Final = 14  # tokens from a summit word to بحضور and the participants it lists
SUMMIT_SIZES: Final = frozenset(strip_article(fold(word)) for word in words.SUMMIT_SIZES)


LEAVING: Final = frozenset(fold(word) for word in ("غادر", "غادرت", "يغادر"))
TOUR: Final = fold("جولة")
TOUR_NOUNS: Final = _set(words.TOUR_NOUNS)
ROUND_OF: Final = _set(words.ROUND_OF_TALKS)
TO: Final = fold("إلى")
TOUR_INCLUDES: Final = _set(words.TOUR_INCLUDES)
# تشمل، ستشمل: the imperfect of listing, stops still ahead (شملت: told as done)
TOUR_INCLUDES_AHEAD: Final = frozenset(
    word for word in TOUR_INCLUDES if word.removeprefix(fold("و"))[:1] in {"ت", "ي", "س"}
)
VISITED_CITY_WORDS: Final = _set(words.VISIT_OBJECT_WORDS)
VISITED_CITY_REACH: Final = 6  # words from زار to العاصمة (زار الرئيس الصيني الأسبوع الماضي ...)
TIME_WORDS: Final = frozenset(fold(word) for word in ("وبعد", "وقبل", "وعقب", "وإثر"))
PLAIN_TIME_WORDS: Final = frozenset(fold(word) for word in ("بعد", "قبل", "قبيل", "عقب", "إثر"))
ANY_TIME_WORDS: Final = TIME_WORDS | PLAIN_TIME_WORDS  # بعد، وبعد ...: either form
POSSESSIVES: Final = frozenset(("ه", "ها", "هما"))
PARTICIPLES: Final = frozenset(
    fold(word) for word in ("متوجها", "متوجهة", "متوجهًا", "متجها", "متجهة")
)
ARRIVING: Final = _set(words.ARRIVAL_VERBS)
VISITING: Final = _set(tuple(word for word, mode in words.VERBS.items() if mode == "visit"))
REACHING: Final = _set(words.REACHING_VERBS)
TO_BE: Final = _set(words.BE_VERBS)
ALREADY: Final = fold("قد")
PARTICIPLES_RECEIVING: Final = _set(words.RECEIVING_PARTICIPLES)
ALIGHTING: Final = _set(words.ALIGHTING_VERBS)
GUEST: Final = _set(words.GUEST_WORDS)
PRONOUN_OBJECTS: Final = _set(words.PRONOUN_OBJECTS)
DENIAL_VERBS: Final = _set(words.DENIAL_VERBS)
DENIED_DENIAL_REACH: Final = 10  # tokens before a cancelling word where نفى denies it instead
RULER_ADDRESS: Final = frozenset(
    fold(word) for words in offices.ROYAL_ADDRESS.values() for word in words
)  # الملك، الأمير، الشيخ، السلطان: before a ruler's given name
ANY: Final = frozenset({fold("أي")})  # نفى ... أي لقاء (not بأي، لأي: رحب بأي لقاء)
REPORTING: Final = _set(words.REPORTING_VERBS)
ABOUT: Final = fold("عن")
PERFECT_PARTICLES: Final = frozenset(fold(word) for word in ("قد", "لقد"))
REPORT_REACH: Final = 6  # words from a date back to its verb of reporting, its subject passed over
DAY_OFFSETS: Final = MappingProxyType(
    {fold(phrase): days for phrase, days in words.DAY_OFFSETS.items()}
)
ALIGHTING_OPENERS: Final = _set(words.ALIGHTING_OPENERS)
DATELINE_ENDS: Final = frozenset("-–—:)")  # a dateline's end before a clause (الرباط (ومع) -)
ADDITION: Final = frozenset(
    tuple(fold(phrase).split())
    for phrase in (
        "بالإضافة إلى",
        "إضافة إلى",
        "فضلا عن",
        "علاوة على",
        "وكذلك مع",
        "كلا من",  # التقى كلا من X وY: a list of sides
        "كل من",
    )
)
ANOTHER: Final = _set(words.ANOTHER_WORDS)
NAMELY: Final = _set(words.NAMELY_WORDS)
LIST_WINDOW: Final = 48  # tokens after a contact word a list opened by وهم may run
# (منذ قمة بالي: since that contact, one before the news)
RECALLED_BEFORE: Final = frozenset(fold(word) for word in ("آخر", "اخر", "سابق", "منذ"))
RANK_WORDS: Final = frozenset(strip_article(fold(word)) for word in offices.RANK_WORDS)
SENIOR: Final = _set(offices.SENIOR_WORDS)
SUBORDINATE: Final = frozenset(strip_article(fold(word)) for word in offices.SUBORDINATE_WORDS)
AFTER_WORDS: Final = _set(words.NEW_CLAUSE_WORDS)  # عقب زيارة: a new clause
EACH: Final = frozenset(fold(word) for word in ("كل", "كلا", "كلٌّ"))
DAY_NOUN: Final = fold("يوم")  # in يومه، اليوم: a day of an event named after على هامش
EACH_OF_REACH: Final = 12  # tokens after a contact word where كل من may open its list
EACH_AFTER_BI: Final = frozenset("ب" + word for word in EACH)  # يلتقي X بكل من Y وZ
FROM: Final = fold("من")
BEFORE_OR_ACCEPTED: Final = fold("قبل")  # before (qabla), or accepted (qabila)
SPOKE_WITH_REACH: Final = 6  # tokens from a verb of speaking to مع and the one spoken with
BOTH_OF: Final = fold("كلا")  # كلا من X وY: in the accusative, the object list of a verb
KIN: Final = frozenset(strip_article(fold(word)) for word in words.KIN_WORDS)
HEAD: Final = "head"  # الزعيمان + adjectives: each state's leader named before, whatever the title
AGENT_NOUNS: Final = _set(words.AGENT_NOUNS)  # من قبل: the agent of a passive
RECEPTION_AGENT_NOUNS: Final = _set(words.RECEPTION_AGENT_NOUNS)  # من طرف after استقبال
MAJESTY: Final = fold("جلالة")  # من قبل جلالة الملك: a word of address before a passive's agent
INVITING: Final = _set(words.INVITING_VERBS)
INVITATION_NOUNS: Final = _set(words.INVITATION_NOUNS)
INVITATION_ANSWERS: Final = MappingProxyType(
    {fold(word): status for word, status in words.INVITATION_ANSWERS.items()}
)
INVITATION_REACH: Final = 12  # tokens from دعوة to the one invited (دعوة أمير قطر ... إلى الرئيس)
VISIT_QUALIFIERS_MOST: Final = 3  # words between a visit noun and ل + its state (زيارة عمل لمصر)
SITE_NAME_MOST: Final = 4  # words from a site noun to في + its city (مطار إيسنبوغا الدولي في أنقرة)
SITE_NAME_ENDS: Final = frozenset(strip_article(fold(word)) for word in words.SITE_NAME_ENDS)
NOT_SINCE_REACH: Final = 4  # words from a verb after لم to منذ, names and titles aside
URGING_REACH: Final = 5  # words from a verb of urging to its إلى أن, names and titles aside
BI_AN: Final = fold("بأن")
PLAN_CUE_MOST: Final = 3  # words of a cue of planning before أن (من المقرر أن)
WHILE_WORDS: Final = frozenset(fold(word) for word in ("فيما", "بينما", "وفيما", "وبينما"))
WHILE_SUBJECT_REACH: Final = 4  # words from فيما to its clause's own subject (فيما كان قد ...)
SOURCE_ASIDE_REACH: Final = 12  # tokens before أن that a source's aside (وفق ما أعلنته) may open
INVITATIONS: Final = frozenset(
    strip_article(fold(word)) for word in ("دعوة", "الدعوة", "لدعوة", "تلبية لدعوة")
)
INVITERS: Final = frozenset({"person", "office", "counterpart"})  # who may invite to a visit
WITH: Final = fold("مع")
CALLS: Final = _set(words.PLURAL_CALL_NOUNS)
QAD: Final = frozenset(fold(word) for word in ("قد", "وقد"))
SAWFA: Final = frozenset(fold(word) for word in ("سوف", "وسوف"))  # the future, before a verb
WAS_FORMS: Final = frozenset(
    fold(word) for word in ("كان", "كانا", "كانت", "كانتا", "كانوا", "وكان", "وكانا", "وكانت")
)
CALL_NOUNS: Final = frozenset(fold(word) for word in ("اتصال", "مكالمة", "محادثة"))  # مكالمتين: two
CALL_STEMS: Final = tuple(sorted(CALL_NOUNS))  # اتصالا، مكالمة: a call's noun, any ending
MEETING_NOUNS_DUAL: Final = frozenset(fold(word) for word in ("لقاء", "اجتماع"))  # لقاءين: two
DUAL: Final = frozenset(("ين", "ان"))


PLURAL_CALL_VERBS: Final = _set(words.PLURAL_CALL_VERBS)
ONE_BY_ONE: Final = _set(words.ONE_BY_ONE_NOUNS)
AMBASSADORS: Final = _set(words.AMBASSADORS_WORDS)
CREDENTIALS_VERBS: Final = _set(words.CREDENTIALS_VERBS)
CREDENTIALS_VERB_REACH: Final = 20  # tokens before أوراق اعتماد where its verb may be
LISTED_ENVOYS_REACH: Final = words.LISTED_ENVOYS_REACH
LISTED_ENVOYS_WORDS: Final = 200  # tokens after a credentials clause where its list may be
ENVOYS_REACH: Final = 8  # tokens after a credentials word where the plural and كل من may be
ENVOY_WORD: Final = fold("سفير")  # (also the start of سفيرة)
ENVOY_TEXT_REACH: Final = 1500  # characters after a credentials word where its envoys are listed
SERIES: Final = _set(words.SERIES_NOUNS)
SERIES_WITH: Final = _set(words.SERIES_WITH_NOUNS)
BILATERAL: Final = _set(words.BILATERAL_WORDS)
PLACE_NOUNS: Final = _set(words.PLACE_NOUNS)
NAMESAKE_NOUNS: Final = _set(words.NAMESAKE_NOUNS)
MOURNING_NOUNS: Final = _set(words.MOURNING_NOUNS)
MOURNING_FORMS: Final = _with_proclitics(MOURNING_NOUNS)
CREDENTIALS: Final = frozenset(fold(noun) for noun in words.NOUNS if noun.startswith("أوراق"))
GIVEN_NAMES: Final = _set(given_names.GIVEN_NAMES)
MOURNED_TITLES: Final = _set(words.MOURNED_TITLE_WORDS)
MOURNED_REACH: Final = 4  # article words between a noun of a death and the name of the dead
THAT: Final = fold("أن")
AFTER: Final = fold("بعد")  # بعد أن: what comes after it was done before
BINDING: Final = _set(words.BINDING_VERBS)
BOND_REACH: Final = 4  # tokens from a relation noun to its bond verb (العلاقات الأخوية التي تجمع)
THEN: Final = fold("ثم")
AS_WELL: Final = fold("كما")  # كما استقبل: a clause of its own, as after ثم
IN: Final = fold("في")
CONTENT: Final = _set(words.CONTENT_NOUNS)
INCLUDING: Final = _by_last_word(words.INCLUDING_PHRASES)
AND: Final = fold("و")
SEQUEL_WORDS: Final = _set(words.SEQUEL_WORDS)
STOP_LIST: Final = _set(words.STOP_LIST_WORDS)
PROGRAMME_VERBS: Final = _set(words.PROGRAMME_VERBS)  # . ويلتقي X خلال الزيارة Y: to come
TRANSITIONS: Final = _set(words.TRANSITION_WORDS)  # وفي هذا الإطار
WHEREUPON: Final = _set(words.WHEREUPON_WORDS)  # ...، حيث التقى Y
TALKED: Final = fold("تحادث")  # the verb of talking, spelt as its verbal noun (a noun of NOUNS)
JOINT: Final = frozenset(strip_article(fold(word)) for word in words.JOINT_WORDS)
JOINT_HEADS: Final = frozenset(strip_article(fold(word)) for word in words.JOINT_HEADS)
STATES_NOUN: Final = fold(words.STATES_NOUN)
TRIP_OPENERS: Final = _set(words.TRIP_OPENING_VERBS)
TOUR_NOUN_FORMS: Final = frozenset(  # جولة، جولته، جولتها (folded: ة is ه)
    form for noun in _set(words.TOUR_NOUNS) for form in (noun, noun[:-1] + "ته", noun[:-1] + "تها")
)
MEETING_TO: Final = _set(words.MEETING_TO_VERBS)
ALSO: Final = _set(words.ALSO_WORDS)
ALSO_WITH: Final = _set(words.ALSO_WITH_WORDS)
CAPITAL_OF: Final = fold(words.CAPITAL_NOUN)
RELATIONS: Final = frozenset(strip_article(form) for form in _set(words.RELATION_WORDS))
PARTY_NOUNS: Final = frozenset(strip_article(form) for form in _set(words.PARTY_NOUNS))
LATTER: Final = _set(offices.LATTER_WORDS)
RELATIVES: Final = _set(tuple(words.RELATIVE_PRONOUNS))
MAKER_QUALIFIERS: Final = _set(words.MAKER_QUALIFIERS)
REGION_ADJECTIVES: Final = _set(words.REGION_ADJECTIVES)
DEMONSTRATIVES: Final = frozenset(fold(word) for word in ("تلك", "ذلك", "هذه", "هذا"))
WHICH_OF: Final = {gender: fold(word) for word, gender in words.RELATIVE_PRONOUNS.items()}
FEMININE_NOUNS: Final = _set(words.FEMININE_NOUNS)
HOME_ROLES: Final = frozenset(
    ("president", "king", "emir", "sultan", "prime-minister", "foreign-minister", "crown-prince")
)  # a bare title of these, under a national agency's dateline, is the agency's state's
HEAD_ROLES: Final = frozenset(
    (
        *("president", "vice-president", "king", "emir", "sultan", "prime-minister"),
        *("crown-prince", "supreme-leader"),
    )
)  # a person who held only these is never an envoy (السفير الصيني شي هونغوي: not Xi)
ENVOY_ROLES: Final = frozenset(("ambassador", "special-envoy"))  # titles of envoys
HOST_ROLES: Final = HOME_ROLES | {"speaker"}  # a title of these after إلى X: X's holder
CONTACT_WORD_REACH: Final = 4  # tokens from a contact word to the host's title after it
CONTACT_CLAUSE_REACH: Final = 8  # the same, past a time and a place with no new clause between
STATE_KINDS: Final = frozenset({"state", "adjective"})  # refs that name a state alone
HOME_DATELINE_MOST: Final = 4  # tokens: the opening dateline is the text's first words
SHADDA: Final = "\u0651"  # written on عمّان, never on عُمان
SULTANATE: Final = frozenset(fold(word) for word in ("سلطنة", "وسلطنة", "لسلطنة", "بسلطنة"))
ENVOYS: Final = frozenset(fold(word) for word in ("مبعوث", "مبعوثة", "موفد", "موفدة"))
ENVOY_ROLE: Final = "special-envoy"  # the office of المبعوث الخاص لـX إلى Y
DATE_LEADS: Final = frozenset(fold(word) for word in ("في", "وفي", "و", "يوم", "ويوم"))
PLAN_WORDS: Final = frozenset(
    strip_article(fold(word)) for word in ("من", "المقرر", "المنتظر", "المتوقع", "أن")
)  # between a fronted date and its word: يوم 18 مايو، من المقرر أن يلتقي
NOT_OFF_AFTER: Final = frozenset(strip_article(fold(word)) for word in words.NOT_OFF_AFTER)
POSTPONING: Final = frozenset(strip_article(fold(word)) for word in words.POSTPONING_WORDS)
NEW_DATE_REACH: Final = 10  # tokens from a contact word to إلى and its new date
HOLDING: Final = frozenset(strip_article(fold(word)) for word in words.HOLDING_VERBS)
GATHERED: Final = fold("جمع")
GATHERING: Final = _set(words.GATHERING_VERBS)
FRONTING_WORDS: Final = _set(words.FRONTED_TIME_WORDS)
ADVISED: Final = _set(words.ADVISED_GROUPS)
CONDEMNING: Final = _set(words.CONDEMNING_VERBS)
PASSIVE_DONE: Final = frozenset(fold(word) for word in ("يتم", "تتم"))  # لم يتم تحديد موعدها
GOVERNMENT_NAMES: Final = _set(offices.GOVERNMENT_NAME_WORDS)
NAMED_BEFORE: Final = frozenset(fold(word) for word in offices.NAMED_BEFORE_SHORT_NAMES)
MANDATE_OPENERS: Final = frozenset(fold(word) for word in offices.MANDATE_OPENERS)
HOME_COUNTRY: Final = frozenset(fold(word) for word in offices.HOME_COUNTRY_WORDS)
WITH_EACH: Final = frozenset(fold(word) for word in ("مع", "ومع"))
ON: Final = fold("على")
IN_OR_ON: Final = frozenset({IN, ON})  # في مقدمة مستقبليه، على رأس مستقبليه: a reception
STAYING: Final = _set(words.STAYING_WORDS)
ONGOING: Final = _set(words.ONGOING_WORDS)
CONDOLENCE: Final = fold("واجب العزاء")
DUTY: Final = fold("واجب")  # لأداء واجب العزاء: a duty of mourning, no forum
CONDOLENCE_PURPOSES: Final = _set(words.CONDOLENCE_PURPOSES)
APART: Final = frozenset(fold(word) for word in ("حدة", "حدا", "حده", "انفراد"))
SEPARATE: Final = frozenset(strip_article(fold(word)) for word in words.SEPARATE_WORDS)
RECAP: Final = frozenset(
    clitic + fold(word) for word in words.RECAP_WORDS for clitic in ("", *morphology.CONJUNCTIONS)
)  # وتناول اللقاءان، وخلال اللقاءين: the two contacts told before
SEPARATE_HEADS: Final = frozenset(strip_article(fold(word)) for word in words.SEPARATE_HEADS)
MANNERS: Final = frozenset(fold(word) for word in words.MANNER_WORDS)
SPAN_WORDS: Final = frozenset(fold(word) for word in ("منذ", "حتى", "لغاية", "بحلول"))
PRONOUN_COMPLEMENTIZERS: Final = frozenset(
    fold(word) for word in ("أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها")
)
STANCE: Final = frozenset(fold(word) for word in words.STANCE_WORDS)
STANCE_NEGATIONS: Final = frozenset(fold(word) for word in words.STANCE_NEGATIONS)
STANCE_REFUSALS: Final = frozenset(fold(word) for word in words.STANCE_REFUSALS)
LI_AL: Final = "لل"  # ل + ال written together (للبشير، للرئيس)
FIRST_PERSON: Final = _set(words.FIRST_PERSON_WORDS)
FIRST_PERSON_FUTURE: Final = ("سأ", "سن")  # سأجري، سنجري: as written (سا is سافر too)
QUOTE_REACH: Final = 4  # tokens from a quote's first word to its contact noun
TOLD_REACH: Final = 3  # tokens from the one told (لنظيره السعودي) to the contact word
STANCE_MOST: Final = 3  # words of intent or stance between أنه and a contact noun
INTENT_WORDS: Final = frozenset(
    fold(word)
    for word in (*words.PROPOSED_CUES, *words.PLANNED_CUES)
    if " " not in word and word[0] not in "اإأآ"  # مستعد، يعتزم: not الإعداد، المقرر
)
THIS: Final = frozenset(fold(word) for word in ("هذه", "هذة", "خلال"))  # هذه الزيارة
TRIPS: Final = frozenset(fold(word) for word in ("زيارة", "رحلة", "جولة"))  # the trip as a whole
QUESTION: Final = fold("سؤال")  # رداً على سؤال ما إذا كان سيعقد لقاء: a new clause


DURING: Final = frozenset(fold(word) for word in ("خلالها", "خلاله"))
VISIT_STAGES: Final = _set(words.VISIT_STAGE_VERBS)


CAPITAL_WORDS: Final = frozenset(fold(word) for word in words.PLACE_HEAD_WORDS)
PLACE_QUALIFIERS: Final = frozenset(fold(word) for word in words.PLACE_HEAD_QUALIFIERS)
COMPASS: Final = frozenset(fold(word) for word in words.COMPASS_WORDS)


WEEKDAYS: Final = MappingProxyType({fold(name): day for name, day in weekdays.WEEKDAYS.items()})
NEAREST_DAYS: Final = (0, -1, 1, -2, 2, -3, 3)
