"""UN Security Council and General Assembly resolutions, read by rule for any number.

A head (قرار، القرار، قراري، القرارين ...), optional qualifiers (مجلس الأمن، الجمعية
العامة، رقم ...), then the number; numbers coordinated with و or a comma give one
mention each. A bare number needs evidence that it is a UN resolution (the
gazetteer knows it, or UN words are near), so national decrees are left out.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

import attrs
import regex

from diplomatext._lexical import alternation, fold
from diplomatext._spans import pattern_time_limit
from diplomatext.data import treaty_words, units
from diplomatext.treaties._disambiguate import sentences
from diplomatext.treaties._model import Confidence, Treaty, TreatyKind
from diplomatext.treaties._tokens import WORD

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Sequence

    from diplomatext.treaties._index import Index

__all__ = ["Resolution", "find_resolutions", "resolution_treaty"]


def _alternation(words: Iterable[str]) -> str:
    """The words, longest first, a space in them standing for one or two, or for none.

    (A scraper's lost space glues two words of a name: قرار الأممالمتحدة 2216.)
    """
    return alternation(words).replace("\\ ", "[ ]{0,2}")


_SC = _alternation(treaty_words.RESOLUTION_SC_WORDS)
_GA = _alternation(treaty_words.RESOLUTION_GA_WORDS)
_UN = _alternation(treaty_words.RESOLUTION_UN_WORDS)
_NUMBER_WORDS = _alternation(treaty_words.RESOLUTION_NUMBER_WORDS)
_BODY_WORDS = _alternation(treaty_words.RESOLUTION_BODY_WORDS)
_SOURCE_WORDS = _alternation(treaty_words.RESOLUTION_SOURCE_WORDS)
_ADJECTIVES = _alternation(treaty_words.RESOLUTION_ADJECTIVES)
_SPONSOR_WORDS = _alternation(treaty_words.RESOLUTION_SPONSOR_ADJECTIVES)
_QUALIFIERS = f"{_SC}|{_GA}|{_UN}|{_NUMBER_WORDS}|{_BODY_WORDS}|{_SOURCE_WORDS}|{_ADJECTIVES}"
_QUALIFIERS += f"|{_SPONSOR_WORDS}"  # القرار الأمريكي رقم 2803: the drafter
_COUNTED = _alternation(treaty_words.RESOLUTION_COUNTED_NOUNS)
_ORDINALS: Final = {fold(word): n for n, word in enumerate(treaty_words.SESSION_ORDINALS, start=1)}
_SESSION = _alternation(treaty_words.SESSION_WORDS)
_PART = _alternation(treaty_words.RESOLUTION_PART_LETTERS)
_ADAD: Final = fold("عدد")
_HER: Final = fold("ها")  # قرارها: the Assembly's, which a text of its own cites so
_INDEFINITE_SESSION: Final = regex.compile(r"\(" + regex.escape(fold("دورة")))
_FILLERS = _alternation(treaty_words.RESOLUTION_FILLERS)
_TOPIC_LEADS = _alternation(treaty_words.RESOLUTION_TOPIC_LEADS)
_DATED_WORDS = _alternation(treaty_words.RESOLUTION_DATED_WORDS)
_ARTICLE: Final = "ال"
_RES_HEAD_FORMS = _alternation(
    {*treaty_words.RESOLUTION_HEADS, *(_ARTICLE + word for word in treaty_words.RESOLUTION_HEADS)}
)
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50}

_RESOLUTION: Final = regex.compile(
    rf"""
    (?P<head>(?>{_RES_HEAD_FORMS}))            # قرار، القرار، قراري، القرارين ...
    (?P<quals>(?:[ "'(]{{0,3}}(?:{_QUALIFIERS})){{0,6}}+
      (?:[ ]?[,،][ ]{{1,2}}(?:{_NUMBER_WORDS}))?+)  # قرار الأمم المتحدة، رقم 833
    (?:[ ,،]{{1,3}}(?:{_FILLERS})){{0,3}}+     # ذات الصلة، بما فيها ...
    (?:[ ](?:{_TOPIC_LEADS})[ ]\p{{L}}+(?:[ ]\p{{L}}+)?  # حول سوريا, then رقم or a quote
      (?:[ ]{{0,2}}(?:{_NUMBER_WORDS})(?![\p{{L}}\p{{M}}])|(?=[ ]{{0,2}}["“'(«])))?+
    [ "'(/]{{0,3}}+                            # رقم / 2042 /
    (?:(?P<symbol>[AaSs])/(?:RES|Res|res)/(?:(?P<symsess>[0-9]{{1,2}})/)?)?+  # A/RES/72/15
    (?:ال[ ]?(?=[0-9]{{3,4}}(?![0-9])))?+      # القرار الـ 1591 (not القرار الـ15: a rank)
    (?P<num>[0-9]{{1,4}}+)(?![0-9])
    (?![ ]{{1,2}}(?:{_COUNTED})(?![\p{{L}}\p{{M}}]))  # القرار الأممي 11 دولة: a count of votes
    (?:/(?P<num2>[0-9]{{1,4}}+)(?![0-9]))?
    (?P<session>(?:[ ](?:{_PART})(?=[ ]{{0,2}}\((?:{_SESSION})))?[ ]{{0,2}}\((?:  # 2672 أ (دورة 25)
        (?:{_SESSION})[ ]{{0,2}}-?[ ]{{0,2}}(?P<sess>[0-9]{{1,2}})
      | (?:{_SESSION})[ ](?P<ordinal>{"|".join(_ORDINALS)})
      | (?P<roman>[IVXL]{{1,6}})
      | (?P<bare>[0-9]{{1,2}})
    )\))?
    """,
    regex.VERBOSE | regex.V1,
)
_COORDINATED: Final = regex.compile(
    rf"""
    [ ]{{0,2}}(?:,[ ]{{0,2}}و?|و)[ ]{{0,2}}  # "," or "و" (or both) between numbers
    (?:(?:{_NUMBER_WORDS})[ ]{{0,2}})?     # an optional رقم
    ["(]?(?P<num>[0-9]{{3,4}}+)(?![0-9])   # three or four digits""",
    regex.VERBOSE | regex.V1,
)
_TOPIC_WORDS = _alternation(treaty_words.RESOLUTION_LIST_TOPIC_LEADS)
_COORDINATED_TOPIC: Final = regex.compile(
    rf"""
    [ ]{{0,2}}\((?:{_TOPIC_WORDS})[^()\n0-9]{{1,30}}\)  # its topic: 2216 (خاص باليمن)
    [ ]{{0,2}}(?:,[ ]{{0,2}}و?|و)[ ]{{0,2}}
    (?:(?:{_NUMBER_WORDS})[ ]{{0,2}})?
    (?P<num>[0-9]{{3,4}}+)(?![0-9])
    (?=[ ]{{0,2}}\((?:{_TOPIC_WORDS})[^()\n0-9]{{1,30}}\))  # each its own: و2231 (خاص ب...)""",
    regex.VERBOSE | regex.V1,
)
_MOST_SESSION: Final = 99  # a General Assembly session has two digits (the 80th in 2025)
_COUNTED_NOUNS = _alternation(
    (*treaty_words.COUNTED_AFTER_NUMBERS, *treaty_words.RESOLUTION_COUNTED_NOUNS)
)
_LISTED_YEAR: Final = r"(?:\([ ]?(?:عام[ ])?[0-9]{4}[ ]?\)|عام[ ][0-9]{4})"  # (1967), ( عام 1999)
_COORDINATED_DATED: Final = regex.compile(
    rf"""
    [ ]{{0,2}}{_LISTED_YEAR}  # the year of the one before: 242 (1967) و252
    (?:[ ](?:{_DATED_WORDS})[ ][^()\n,.؛]{{3,40}}?  # المؤرخ 22 آذار/مارس 1979, its day
      |[ ][0-9]{{1,2}}[ ][^()\n,.؛0-9]{{2,30}}?[ ][0-9]{{4}})?  # or the day alone: 11 أكتوبر 1991
    [ ]{{0,2}}(?:,[ ]{{0,2}}و?|و)[ ]{{0,2}}
    (?:(?:{_NUMBER_WORDS})[ ]{{0,2}})?
    (?P<num>[0-9]{{3,4}}+)(?![0-9])
    (?=[ ]{{0,2}}{_LISTED_YEAR}  # each its own year (not و300 كيلوغرام)
      |[ ]{{0,2}}(?:,[ ]{{0,2}}و?|و)[ ]{{0,2}}[0-9]{{3,4}}(?![0-9])  # or the list going on,
        (?![ ]{{1,2}}(?:{_COUNTED_NOUNS})(?![\p{{L}}\p{{M}}])))  # not to a count: و2000 جندي""",
    regex.VERBOSE | regex.V1,
)
_COORDINATED_SESSION: Final = regex.compile(
    rf"""
    (?:[ ](?:{_DATED_WORDS}|بتاريخ)[ ]           # the day of the one before, its month's twin
      [^()\n,.؛]{{3,30}}?(?:\([^()\n]{{2,12}}\)[^()\n,.؛]{{0,12}}?)?)?  # in brackets
    [ ]{{0,2}}(?:[,،][ ]{{0,2}}و?|و)[ ]{{0,2}}
    (?:(?:{_NUMBER_WORDS})[ ]{{0,2}})?
    (?P<num>[0-9]{{2,4}}+)(?![0-9])
    [ ]{{0,2}}\((?:{_SESSION})[ ]{{0,2}}-?[ ]{{0,2}}(?P<sess>[0-9]{{1,2}})\)  # and its own session
    """,
    regex.VERBOSE | regex.V1,
)
_FIRST_YEAR: Final = 1946  # the years a resolution can bear
_GA_FIRST_YEAR: Final = 1945  # the General Assembly's session N opens in September of 1945 + N
_YEAR_AFTER: Final = regex.compile(r"[ ]{0,2}\((?P<year>[0-9]{4})\)")  # 72/15 (2017)
_LAST_YEAR: Final = 2100
_LIST_MOST: Final = 32  # numbers coordinated after the first, at most
_DECREE: Final = regex.compile(
    rf"[ ]{{0,2}}(?:{_alternation(treaty_words.DECREE_YEAR_WORDS)})[ ]{{0,2}}[0-9]{{4}}"
)
_SC_WORDS = regex.compile(_SC)
_GA_WORDS = regex.compile(_GA)
_UN_WORDS = regex.compile(_UN)


def _spaced_or_glued(words: Iterable[str]) -> tuple[str, ...]:
    """The folded words, each also without its spaces (الأممالمتحدة: a scraper's lost space)."""
    folded = [fold(word) for word in words]
    return (*folded, *(word.replace(" ", "") for word in folded if " " in word))


_UN_CONTEXT: Final = _spaced_or_glued(treaty_words.UN_CONTEXT_WORDS)
# what makes a bare number the UN's: its words and the Council's missions
_UN_NEAR: Final = (*_UN_CONTEXT, *_spaced_or_glued(treaty_words.UN_MISSION_WORDS))
_COUNCIL_CONTEXT: Final = _spaced_or_glued(treaty_words.COUNCIL_CONTEXT_WORDS)
_GA_CONTEXT: Final = _spaced_or_glued(treaty_words.GA_CONTEXT_WORDS)
_NATIONAL: Final = tuple(fold(word) for word in treaty_words.NATIONAL_ISSUERS)
_ISSUING: Final = frozenset(fold(word) for word in treaty_words.ISSUING_VERBS)
_COUNCIL: Final = fold("المجلس")
_WORD_AFTER: Final = regex.compile(r" (\p{L}+)")
_NOT_THE_COUNCIL: Final = frozenset(fold(word) for word in treaty_words.NOT_THE_COUNCIL_ADJECTIVES)
_STATE_COUNCILS: Final = tuple(fold(word) for word in treaty_words.STATE_COUNCILS)
_OF_YEAR: Final = fold("لعام")
_SENTENCE_REACH: Final = 400  # characters of a sentence looked back for the Assembly named
_ISSUER_REACH: Final = 60  # characters before a head where its issuer and verb may stand
_ISSUER_WORDS: Final = 5  # words before a head: a verb of issuing and a state's body
_SENTENCE_END: Final = regex.compile(r"[.!?\n]")
_ORGAN_REACH: Final = 300  # characters looked back for the body a pronoun refers to
_PRONOUNS: Final = ("ه", "ها")  # قراره, قرارها: the resolution of the body named before
_COUNCIL_NUMBERS: Final = 1000  # four-digit resolutions: the Security Council's since 1995
_NUMBERED_YEARS: Final = tuple(sorted(treaty_words.SC_NUMBERS_BY_YEAR))
_A_YEAR: Final = 100  # resolutions the Council adopts in a year, at most about
_FIRST_NUMBERS: Final = tuple(treaty_words.SC_NUMBERS_BY_YEAR[year] for year in _NUMBERED_YEARS)
_BARE_NUMBER_WORDS: Final = frozenset({"رقم", "الرقم"})
_SPONSORS: Final = frozenset(fold(word) for word in treaty_words.RESOLUTION_SPONSOR_ADJECTIVES)
_ISSUERS_AFTER = _alternation(treaty_words.ISSUED_BY_WORDS)
_ISSUED_BY: Final = regex.compile(
    rf"[ ]{{1,2}}(?:[\p{{L}}]+[ ]){{0,5}}?(?:{_ISSUERS_AFTER})[ ](?P<by>(?:[\p{{L}}]+[ ]?){{1,4}})"
)  # القرار 1350 الصادر عن قاضي التحقيق، القرار 1588 الذي وقعه وزير الداخلية: who issued it
_COUNTED_AFTER: Final = regex.compile(
    rf"[ ]{{1,2}}(?:{_COUNTED_NOUNS})(?![\p{{L}}\p{{M}}])"
)  # القرار 2000 دينار، القرار 1500 موظف: what the number counts
_LEAGUE: Final = tuple(fold(word) for word in treaty_words.ARAB_LEAGUE_WORDS)
_DATED_AFTER: Final = regex.compile(
    rf"[ ،,]{{1,3}}(?:{fold('المؤرخ')}|{fold('المؤرخة')})(?![\p{{L}}\p{{M}}])"
)  # القرار 1510 المؤرخ في ...: a decree's own day
_YEAR_LIKE_LAST: Final = 2030  # numbers that read as years (القرار 1967): never bare
_BARE_YEARS: Final = 5  # years back a bare number may have been adopted
_DETACHED: Final = regex.compile(
    rf"و?(?P<words>{_alternation(treaty_words.RESOLUTION_DETACHED_NUMBER_WORDS)})"
    r"[ ]{1,2}(?P<quote>[\"«])?(?P<num>[0-9]{3,4}+)(?![0-9])(?(quote)[\"»])"  # رقم "2569"
)
_HEAD_BEFORE: Final = regex.compile(  # (with its clitics: للقرار، بالقرار، وقرار)
    rf"(?<![\p{{L}}\p{{M}}])[وفبلك]{{0,2}}(?:{_RES_HEAD_FORMS})(?![\p{{L}}\p{{M}}])"
)
_ARTICLE_NUMBER: Final = regex.compile(
    r"(?<![\p{L}\p{M}](?<![^\p{L}\p{M}][وفب]))ال[ ]?(?P<num>[0-9]{4}+)(?![0-9])"  # والـ1701
    # after it, no word or a definite one, و or a preposition (الـ1701 بكل مندرجاته، الـ1701
    # الدولي): not an indefinite noun, which counts (الـ 1559 موظفا، الـ 1325 مليون دولار)
    r"(?=[ ]{0,2}(?:[^\p{L}\p{M} ]|$|ال|و|(?:"
    + _alternation(treaty_words.AFTER_ARTICLE_NUMBER)
    + r")(?![\p{L}\p{M}])))",
    regex.V1,
)
_YEAR_BEFORE_ARTICLE: Final = frozenset(
    fold(word) for word in treaty_words.YEAR_NOUNS_BEFORE_ARTICLE
)  # حرب الـ 1973: a year
_DETACHED_REACH: Final = 160  # characters back from a detached number to its head
_NATIONAL_ADJECTIVE: Final = regex.compile(  # قرارا وزاريا: a state's decision
    rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(treaty_words.NATIONAL_DECISION_ADJECTIVES)})"
    r"(?![\p{L}\p{M}])"
)
_ORGAN_NAMES: Final = {"sc": "Security Council", "ga": "General Assembly"}
_ADOPTION_WORDS: Final = _alternation(treaty_words.ADOPTION_YEAR_WORDS)
_ADOPTION_YEAR: Final = regex.compile(
    rf"[ ]{{1,2}}(?:{_ADOPTION_WORDS})[ ]{{1,2}}(?P<year>[0-9]{{4}})\b"
)


def _number_words(table: Iterable[str], name: str) -> str:
    return rf"(?P<{name}>{_alternation(table)})(?![\p{{L}}\p{{M}}])"  # (ست is no ستين)


def _two_digits(name: str) -> str:
    """A number from 1 to 99 in words: ones, ones و tens, or tens."""
    ones = _number_words(units.CARDINAL_ONES, f"{name}o")
    tens = _number_words(units.CARDINAL_TENS, f"{name}t")
    return rf"(?:{ones}(?:[ ]و[ ]?{tens})?|{tens})"


_WORDS_AND: Final = "[ ]و[ ]?"
_RESOLUTION_IN_WORDS: Final = regex.compile(
    rf"""
    (?P<head>(?>{_RES_HEAD_FORMS}))
    (?P<quals>(?:[ "'(]{{0,3}}(?:{_QUALIFIERS})){{0,6}}+)
    [ ]{{1,2}}(?P<words>(?>  # (atomic: a count is not read again as a shorter number)
        (?:{_number_words({*units.YEAR_WORD_THOUSAND, *units.YEAR_WORD_THOUSANDS}, "th")}
           (?:{_WORDS_AND}{_number_words(units.CARDINAL_HUNDREDS, "hu")})?
         | {_number_words(units.CARDINAL_HUNDREDS, "hu2")})
        (?:{_WORDS_AND}{_two_digits("a")})?
      | {_two_digits("p")}[ ]{{0,2}}-[ ]{{0,2}}{_two_digits("q")}  # اثنان وعشرون - أربعة وخمسون
    ))(?![\p{{L}}\p{{M}}])
    (?![ ]{{1,2}}(?:{_COUNTED})(?![\p{{L}}\p{{M}}]))  # ونال القرار مائة وأربعين صوتا: a count
    """,
    regex.VERBOSE | regex.V1,
)
_WORD_VALUES: Final = {
    fold(word): value
    for table in (
        units.CARDINAL_ONES,
        units.CARDINAL_TENS,
        units.CARDINAL_HUNDREDS,
        dict.fromkeys(units.YEAR_WORD_THOUSAND, 1000),
        dict.fromkeys(units.YEAR_WORD_THOUSANDS, 2000),
    )
    for word, value in table.items()
}


def _value_in_words(match: regex.Match[str]) -> int:
    """The number a match of :data:`_RESOLUTION_IN_WORDS` writes out."""

    def value(*names: str) -> int:
        return sum(
            _WORD_VALUES[regex.sub("[ ]{1,2}", " ", word)]
            for name in names
            if (word := match.group(name))
        )

    if match.group("po") or match.group("pt"):  # 22 - 54: two numbers of two digits, 2254
        high, low = value("po", "pt"), value("qo", "qt")
        return high * 100 + low if min(high, low) >= 10 else 0  # noqa: PLR2004
    return value("th", "hu", "hu2", "ao", "at")


@attrs.frozen(kw_only=True)
class Resolution:
    """A resolution number read at [start, end) of the folded text."""

    start: int
    end: int
    treaty: Treaty
    confidence: Confidence
    reason: str


def find_resolutions(
    text: str, start: int, index: Index, reference: dt.date | None = None
) -> list[Resolution]:
    """The resolutions whose head starts at *start* of *text* (none, one, or coordinated ones).

    *reference*, the text's date, bounds the numbers a bare one may have reached.

    Raises:
        TimeoutError: the pattern ran past its time limit.
    """
    match = _RESOLUTION.match(text, start, timeout=pattern_time_limit(len(text)))
    if match is None:
        return (
            _detached(text, start, index)
            or _by_article(text, start, index)
            or _in_words(text, start, index)
        )
    quals = match.group("quals")
    slash = match.group("num2")
    after = match.end("num2") if slash else match.end("num")
    organ = (
        _organ_named(match, quals)
        or _organ_of_pronoun(match, text, start)
        or _organ_issuing(text, start)
    )
    named_un = organ is not None or _UN_WORDS.search(quals) is not None
    more = (
        []
        if slash
        else _coordinated(text, match.end(), sessions=match.group("session") is not None)
    )
    how = "organ named" if organ is not None else "UN named"
    if not named_un:
        how = _unnamed_is_un(
            text,
            (start, after),
            match,
            more=[n for _, _, n, _ in more],
            index=index,
            reference=reference,
        )
        if not how:
            return []
    parsed = _session_and_number(match, text, after)
    if parsed is None:
        return []  # قرار الجمعية العامة 20/10 (2018): ES-10/20, no session of that year
    session, number, written_as = parsed
    organ = organ or written_as
    if organ is None:
        organ, why = _unnamed_organ(number, session, index)
        if named_un or match.group("session") is None:  # (else the reason says it already)
            how = f"{how}; {why}"
    year_after = None if more else _DECREE.match(text, after)
    if year_after is not None:
        after = year_after.end()  # القرار رقم 2797 لعام 2025: the year is the adoption's
    numbers = [(match.start("head"), after, number, session), *more]
    sure = organ == "sc" and _SC_WORDS.search(quals) is not None
    # قرارات مجلس الأمن الدولي، والجمعية العامة ...، لا سيما قرارات 242، و338، و194: with both
    # organs named before the list, a listed number the Assembly's resolution is known by is its
    both = (
        organ == "sc"
        and bool(more)
        and (_GA_WORDS.search(quals) or _GA_WORDS.search(_sentence_before(text, start)))
    )
    found = []
    for begin, end, value, own_session in numbers:
        own = "ga" if both and value != number and value in treaty_words.GA_WHEN_UNNAMED else organ
        treaty = _resolution_treaty(index, own, value, own_session)
        if treaty is not None:
            found.append(
                Resolution(
                    start=begin,
                    end=end,
                    treaty=treaty,
                    confidence=Confidence.HIGH if sure and own == organ else Confidence.MEDIUM,
                    reason=f"UN resolution {value} ({_ORGAN_NAMES[own]}; {how})",
                )
            )
    return found


def _detached(text: str, start: int, index: Index) -> list[Resolution]:
    """A resolution's number given far from its head (... مجلس الأمن حمل الرقم 2259).

    Only with a head of a resolution before it in the sentence that no state's body or
    adjective follows, and a word of the UN in the sentence or the one before (a number the
    gazetteer knows is not enough this far from its head); its organ is the one named last.
    """
    match = _DETACHED.match(text, start)
    if match is None:
        return []
    number = int(match.group("num"))
    start = match.start("words")  # (ويحمل الرقم: the mention without its و)
    if not _head_of_the_un_before(text, start):
        return []
    after = match.end()
    decree = _DECREE.match(text, after)
    if decree is not None:
        if not _year_of_resolution(text, decree, number, (start, after), index):
            return []  # برقم 45 لسنة 2020: a decree
        after = decree.end()  # برقم 1970 لعام 2011: the year of its adoption
    organ = _organ_before(text, start)
    how = "organ named before"
    if organ is None:
        found = _un_word_near(*sentences(text, start, after), number)
        if not found:
            return []
        organ, why = _unnamed_organ(number, None, index)
        how = f"context: {found!r}; {why}"
    treaty = _resolution_treaty(index, organ, number, None)
    return _one_found(
        start,
        after,
        treaty,
        f"UN resolution {number} ({_ORGAN_NAMES[organ]}; its number after its head; {how})",
    )


def _one_found(start: int, end: int, treaty: Treaty | None, reason: str) -> list[Resolution]:
    """One resolution read at [start, end), with the medium confidence of a rule's guess.

    None when no record could be made for it (a General Assembly number of no known session).
    """
    if treaty is None:
        return []
    return [
        Resolution(start=start, end=end, treaty=treaty, confidence=Confidence.MEDIUM, reason=reason)
    ]


def _in_words(text: str, start: int, index: Index) -> list[Resolution]:
    """A resolution whose number is written out (قرار مجلس الأمن ألفين ومائتين وستة عشر).

    As broadcasts' transcripts write them, also in pairs of two digits (القرار اثنان وعشرون -
    أربعة وخمسون: 2254). The organ named in its qualifiers, else a word of the UN in the
    sentence or the one before; numbers from 100 only (القرار الثاني is no number).
    """
    match = _RESOLUTION_IN_WORDS.match(text, start, timeout=pattern_time_limit(len(text)))
    if match is None:
        return []
    number = _value_in_words(match)
    quals = match.group("quals")
    organ = _organ_named(match, quals)
    after = text[match.end() : match.end() + _ISSUER_REACH]
    if organ is None and any(
        body in _issuer_words(text, start) or body in after for body in _NATIONAL
    ):
        # أصدر وزير المالية القرار ألفين وخمسمائة، القرار مئتين وخمسين صدر عن وزارة الداخلية:
        # a state's, a word of the UN near or not
        return []
    how = "organ named"
    if organ is None:
        found = _un_word_near(*sentences(text, start, match.end()), number)
        if not found and _UN_WORDS.search(quals) is None:
            return []
        organ, why = _unnamed_organ(number, None, index)
        how = f"context: {found!r}; {why}" if found else f"UN named; {why}"
    treaty = _resolution_treaty(index, organ, number, None) if number >= 100 else None  # noqa: PLR2004
    return _one_found(
        start,
        match.end(),
        treaty,
        f"UN resolution {number} ({_ORGAN_NAMES[organ]}; its number in words; {how})",
    )


def _head_of_the_un_before(text: str, start: int) -> bool:
    """Whether a resolution's head stands before *start* in its sentence, not a state's.

    قرارا وزاريا ... حمل الرقم 1559، قرار المحكمة الدستورية ... برقم 1325: a state's own.
    """
    head = _sentence_before(text, start, _DETACHED_REACH)
    heads = list(_HEAD_BEFORE.finditer(head))
    if not heads:
        return False
    between = head[heads[-1].start() :]
    return not (any(word in between for word in _NATIONAL) or _NATIONAL_ADJECTIVE.search(between))


def _by_article(text: str, start: int, index: Index) -> list[Resolution]:
    """A Council resolution of the gazetteer named by the article and its number (الـ 1701).

    The press of Lebanon and Syria writes the resolutions it lives with so (تنفيذ الـ1701): only
    four-digit numbers the gazetteer knows, nothing counted after them (الـ 2000 عنصر).
    """
    match = _ARTICLE_NUMBER.match(text, start)
    if match is None:
        return []
    before = WORD.findall(text, max(0, start - _ISSUER_REACH), start)[-1:]
    if before and (before[0] in _YEAR_BEFORE_ARTICLE or before[0][1:] in _YEAR_BEFORE_ARTICLE):
        return []  # حرب الـ 1973، انتخابات الـ 2005: a year
    number = int(match.group("num"))
    if number < _COUNCIL_NUMBERS or not _known_resolution(index, number, organ="sc"):
        return []
    treaty = _resolution_treaty(index, "sc", number, None)
    return _one_found(
        start,
        match.end(),
        treaty,
        f"UN resolution {number} (Security Council; the article and a known number)",
    )


def _organ_of_pronoun(match: regex.Match[str], text: str, start: int) -> str | None:
    """The organ named before a head with a pronoun (الجمعية العامة ... بقرارها 3236)."""
    if match.group("head").endswith(_PRONOUNS):
        return _organ_before(text, start)
    return None


def _organ_issuing(text: str, start: int) -> str | None:
    """The organ a verb of issuing names right before the head (أقرت الجمعية العامة قرارا رقم 242).

    The General Assembly's 242 is not the Council's 242 the gazetteer knows.
    """
    before = _issuer_words(text, start)
    if not before:
        return None
    if _GA_WORDS.search(before):
        return "ga"
    return "sc" if _SC_WORDS.search(before) else None


def _organ_named(match: regex.Match[str], quals: str) -> str | None:
    """The organ the words before the number, or its document symbol, name ("sc", "ga")."""
    symbol = (match.groupdict().get("symbol") or "").lower()  # A/RES/72/15: the symbol wins
    if symbol:
        return "sc" if symbol == "s" else "ga"
    if _SC_WORDS.search(quals):
        return "sc"
    if _GA_WORDS.search(quals):
        return "ga"
    return None


def _session_and_number(
    match: regex.Match[str], text: str, after: int
) -> tuple[int | None, int, str | None] | None:
    """The session (if written) and the number of a resolution, and the organ its form names.

    52/149 is session 52, resolution 149 of the General Assembly, and so is 149/52 (no session
    has three digits); 2254/2015 is resolution 2254 of the year 2015, of no organ yet. ``None``
    when a year written after the slash form fits no session (see :func:`_fitting_session`).
    """
    number = int(match.group("num"))
    slash = match.group("num2")
    if slash:
        second = int(slash)
        if number > _MOST_SESSION and _FIRST_YEAR <= second <= _LAST_YEAR:
            return None, number, None  # قرار مجلس الأمن 2254/2015: its year
        if number > _MOST_SESSION >= second:
            number, second = second, number  # قرارها 149/52, the symbol's order reversed
        fitting = _fitting_session(text, after, number, second)
        return None if fitting is None else (*fitting, "ga")
    if match.group("symsess"):
        return int(match.group("symsess")), number, None
    return _session(match), number, None


def _fitting_session(text: str, after: int, session: int, number: int) -> tuple[int, int] | None:
    """The (session, number) of a slash form that agrees with a year written after it.

    A session of the General Assembly opens in September of 1945 + its number: 72/15 (2017)
    agrees, and so does 15/72 (2017), read the other way; 20/10 (2018) agrees with neither
    (it is an emergency session's), so none is given. Without a year, the reading as found.
    """
    year = _YEAR_AFTER.match(text, after)
    if year is None:
        return session, number
    written = int(year.group("year"))

    def fits(candidate: int) -> bool:
        return _GA_FIRST_YEAR + candidate <= written <= _GA_FIRST_YEAR + candidate + 1

    if fits(session):
        return session, number
    if number <= _MOST_SESSION and fits(number):
        return number, session
    return None


def _unnamed_organ(number: int, session: int | None, index: Index) -> tuple[str, str]:
    """The organ of a resolution that names none ("ga" or "sc"), and why.

    A session written after the number (القرار 1514 (د15)) makes it the Assembly's; so does a
    number the press cites alone for one of its resolutions; else the Security Council's.
    """
    if session is not None:
        return "ga", "a session written after the number"
    if number in treaty_words.GA_WHEN_UNNAMED or _known_resolution(index, number, organ="ga"):
        return "ga", "the Assembly's when cited alone"
    return "sc", "the Security Council's when no organ is named"


def _sentence_before(text: str, start: int, reach: int = _ORGAN_REACH) -> str:
    """The words of *start*'s sentence before it, at most *reach* characters."""
    return _SENTENCE_END.split(text[max(0, start - reach) : start])[-1]


def _organ_before(text: str, start: int) -> str | None:
    """The UN organ named last in the sentence before *start* ("sc", "ga"), if any."""
    before = _sentence_before(text, start)
    last_sc = max((m.end() for m in _SC_WORDS.finditer(before)), default=-1)
    last_ga = max((m.end() for m in _GA_WORDS.finditer(before)), default=-1)
    if last_sc < 0 and last_ga < 0:
        return None
    return "sc" if last_sc > last_ga else "ga"


def _unnamed_is_un(  # noqa: PLR0911
    text: str,
    span: tuple[int, int],
    match: regex.Match[str],
    *,
    more: Sequence[int],
    index: Index,
    reference: dt.date | None,
) -> str:
    """قرار 2254 / القرارين 1559 و1680: a UN resolution only with evidence; says which.

    *more* are the numbers coordinated after the first; one of them known is
    evidence for all, a decree year after the last one is evidence against.
    """
    start, after = span
    number = int(match.group("num"))
    slash = match.group("num2")
    # a session first (القرار رقم 49/114), never a year after it (رقم 45/2020: a decree's)
    session_first = slash is not None and number <= _MOST_SESSION and int(slash) < _FIRST_YEAR
    if number < 100 and not session_first:  # noqa: PLR2004
        return ""
    decree = _DECREE.match(text, after)
    if decree is not None and not _year_of_resolution(text, decree, number, (start, after), index):
        return ""  # القرار رقم 45 لسنة 2020 is a national decree
    if (
        more
        and (listed := _DECREE.match(text, _coordinated_end(text, match.end()))) is not None
        and not (
            _year_of_resolution(text, listed, number, (start, after), index)
            # (every number of the list one the gazetteer knows: not 2334 و2335 لسنة 2016)
            and all(_known_resolution(index, other) for other in more)
        )
    ):
        return ""  # القرارين 45 و46 لسنة 2020 (not القرارين 1970 و1973 لعام 2011: the UN's)
    sentence, previous = sentences(text, start, after)
    known = _known_resolution(index, number, "ga") or match.group("head").endswith(_HER)
    if _a_states_own(text, start, match, (sentence, previous), assembly=known):
        return ""
    if match.group("session") and _session(match) is not None:
        return "a General Assembly session written after it"  # للقرار 1514 (XV)
    if session_first:  # a national decree is written alike: the Assembly or the UN named before
        lead = _sentence_before(text, start, _SENTENCE_REACH)
        found = next((word for word in _GA_CONTEXT if word in lead), "")
        return f"session/number form; named before it: {found!r}" if found else ""
    # (وتتنافى مع القرار 2140 والقرار 2216: another known one beside it)
    known = next(
        (n for n in (number, *more) if _known_resolution(index, n)), None
    ) or _known_beside(sentence, number, index)
    if slash or known is not None:
        return (
            "session/number form"
            if slash
            else "a resolution of the gazetteer"
            if known == number
            else f"with {known}"
        )
    if number >= _COUNCIL_NUMBERS and not more and _adopted_that_year(text, after, number):
        return "the year of its adoption"
    if _cited_with_its_year(text, after, number):
        # (القرارين 2107 (2013) و 2621 (2022): the first's year is evidence for the list)
        return "its year in brackets, as the UN cites it"
    return _context_reason(text, match, after, around=(sentence, previous), reference=reference)


def _context_reason(
    text: str,
    match: regex.Match[str],
    after: int,
    *,
    around: tuple[str, str],
    reference: dt.date | None,
) -> str:
    """Why a number with no other evidence is the UN's: a word of it near, or its bare form."""
    found = _un_word_near(*around, int(match.group("num")))
    if found:
        return f"context: {found!r}"
    bare = _bare_council_number(text, match, after, around=around, reference=reference)
    return "a bare four-digit number in the Council's numbering" if bare else ""


def _bare_council_number(
    text: str,
    match: regex.Match[str],
    after: int,
    *,
    around: tuple[str, str],
    reference: dt.date | None,
) -> bool:
    """القرار 2642, no word of the UN near: four digits after the definite head are the Council's.

    The press cites the Council's resolutions by a bare number (تنفيذ القرار 2642، ويتضمن القرار
    2259); a state's decree is written with رقم and its year (القرار رقم 45 لسنة 2020, read as a
    decree before this), an Arab League resolution has a number past the Council's. So: the
    definite head right before the number (رقم between, or a permanent member's adjective for
    its drafter when the number is the last two years' of the Council's); a number the Council
    adopted in the ``_BARE_YEARS`` years before the text's, and no year itself (القرار 1967 is a
    decision of that year); no counted noun after it (القرار 2000 دينار); no year after it that
    the Council's numbering does not fit; no المؤرخ after it and no issuer but a body of the UN
    (القرار 1350 الصادر عن قاضي التحقيق); and no state's body in the sentence, nor a state's
    council or the Arab League in it or the one before (وزارة التربية، مجلس الوزراء، المجلس
    البلدي، الوزراء العرب).
    """
    number = int(match.group("num"))
    sentence, previous = around
    newest = _newest_number(reference)
    drafter, plain = _bare_qualifiers(match.group("quals").strip(" \"'("))
    if (
        not plain
        or not _definite(text, match)
        or not max(_COUNCIL_NUMBERS, _recent_number(reference)) <= number <= newest
        or _FIRST_YEAR <= number <= _YEAR_LIKE_LAST
        or (drafter and number < newest - 2 * _A_YEAR)
        or _COUNTED_AFTER.match(text, after)
    ):
        return False
    year = _ADOPTION_YEAR.match(text, after) or _YEAR_AFTER.match(text, after)
    if year is not None and not _fits_numbering(number, int(year.group("year"))):
        return False
    issuer = _ISSUED_BY.match(text, after)
    if issuer is not None and not _UN_WORDS.search(issuer.group("by")):
        return False
    if _DATED_AFTER.match(text, after):
        return (
            False  # القرار 1510 المؤرخ في ...: a decree's own day, as a state's gazette writes it
        )
    parts = (sentence, previous)
    return (
        not any(body in sentence for body in _NATIONAL)
        and not any(body in part for part in parts for body in (*_STATE_COUNCILS, *_LEAGUE))
        and all(_council_word(_COUNCIL, part) or _COUNCIL not in part for part in parts)
    )


def _recent_number(reference: dt.date | None) -> int:
    """The first number of the Council's years that a bare number is read in (0 with no reference).

    A bare number is of the last ``_BARE_YEARS`` years before the text's: the press cites a recent
    resolution so (القرار 2642 in 2022), and a state's decree has any number at all.
    """
    if reference is None:
        return 0
    at = bisect.bisect_right(_NUMBERED_YEARS, reference.year - _BARE_YEARS) - 1
    return _FIRST_NUMBERS[at] if at >= 0 else 0


def _newest_number(reference: dt.date | None) -> int:
    """The highest number the Council may have reached by *reference* (its table's, a year on)."""
    if reference is None:
        return _FIRST_NUMBERS[-1] + _A_YEAR
    at = bisect.bisect_right(_NUMBERED_YEARS, reference.year) - 1
    return (_FIRST_NUMBERS[at] if at >= 0 else 0) + _A_YEAR


def _definite(text: str, match: regex.Match[str]) -> bool:
    """Whether the head of *match* has the article (القرار، بالقرار، للقرار: ل took its alef)."""
    start = match.start()
    return match.group("head").startswith(_ARTICLE) or text[start - 2 : start] == "لل"


def _bare_qualifiers(quals: str) -> tuple[bool, bool]:
    """(a permanent member's adjective names the drafter, nothing else but رقم stands there)."""
    words = quals.split()
    drafter = bool(words) and words[0] in _SPONSORS
    if drafter:
        words = words[1:]  # القرار الأمريكي رقم 2803: drafted by the United States
    return drafter, not words or (len(words) == 1 and words[0] in _BARE_NUMBER_WORDS)


def _un_word_near(sentence: str, previous: str, number: int) -> str:
    """The first word of the UN in *sentence* or *previous* ("" if none).

    For a four-digit *number*, a word of the Council's context counts too (المجلس).
    """
    found = next((w for w in _UN_NEAR if w in sentence or w in previous), "")
    if found or number < _COUNCIL_NUMBERS:
        return found
    return next(
        (w for w in _COUNCIL_CONTEXT if _council_word(w, sentence) or _council_word(w, previous)),
        "",
    )


def _council_word(word: str, text: str) -> bool:
    """Whether *word* of the Council's context stands in *text*, المجلس as no other council.

    وأضاف المجلس ..., أعضاء المجلس الـ15، المجلس الخميس are the Council of the story; المجلس
    البلدي، المجلس الأعلى are other councils (``NOT_THE_COUNCIL_ADJECTIVES``).
    """
    if word != _COUNCIL:
        return word in text
    return any(_the_council(text, at + len(word)) for at in _occurrences(text, word))


def _the_council(text: str, end: int) -> bool:
    """Whether المجلس ending at *end* is no other council (no adjective of one after it)."""
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1) not in _NOT_THE_COUNCIL


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where *word* starts in *text*, in order."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _a_states_own(
    text: str, start: int, match: regex.Match[str], around: tuple[str, str], *, assembly: bool
) -> bool:
    """Whether the unnamed decision at *start* is a state's.

    Issued by its body, or, with no word of the UN near, numbered after عدد (the Maghreb's
    acts: القرار عدد 2254) or with an edition in brackets (القرار رقم 118 (دورة 44)) unless
    *assembly* (a number the Assembly's resolutions are known by, or قرارها: the Assembly's own).
    """
    sentence, previous = around
    if _issued_nationally(text, start, sentence):
        return True  # أصدر مجلس الوزراء القرار رقم 2231 بشأن الاستيراد: the cabinet's own
    if text[max(0, start - _ISSUER_REACH) : start].rstrip().endswith(_LEAGUE):
        return True  # ذكرى إصدار الجمعية العمومية لجامعة الدول العربية القرار رقم 142: the League's
    session = match.group("session") or ""
    return (
        _ADAD in match.group("quals").split()
        # (دورة 44) is also a festival's or a course's edition: the Assembly's with the UN near
        or (not assembly and _INDEFINITE_SESSION.search(session) is not None)
    ) and not _un_word_near(sentence, previous, 0)


def _issued_nationally(text: str, start: int, sentence: str) -> bool:
    """Whether a state's body issues the decision whose head is at *start* (no UN word near).

    أصدر مجلس الوزراء القرار رقم 2231: a verb of issuing and the body right before the head
    (not أصدرت الوزارة بيانا دعت فيه إلى تطبيق القرار 1701: the statement is issued).
    """
    before = _issuer_words(text, start)
    return (
        bool(before)
        and any(body in before for body in _NATIONAL)
        and not any(word in sentence for word in _UN_CONTEXT)
    )


def _issuer_words(text: str, start: int) -> str:
    """The words right before a head at *start* when a verb of issuing is among them, else ""."""
    words = WORD.findall(text, max(0, start - _ISSUER_REACH), start)[-_ISSUER_WORDS:]
    issuing = any(w in _ISSUING or (w[:1] in "وف" and w[1:] in _ISSUING) for w in words)
    return " ".join(words) if issuing else ""


def _adopted_that_year(text: str, after: int, number: int) -> bool:
    """Whether a year after *number* (عام 2005) is one in which the Council reached it."""
    match = _ADOPTION_YEAR.match(text, after)
    return match is not None and _fits_numbering(number, int(match.group("year")))


def _cited_with_its_year(text: str, after: int, number: int) -> bool:
    """Whether *number* is followed by a bracketed year in which the Council reached it.

    القرار الذي حمل رقم 2797 (2025), القرار 598 (1987): the UN's own citation form; a
    national decree writes its year with لسنة (read as a decree before this).
    """
    match = _YEAR_AFTER.match(text, after)
    return match is not None and _fits_numbering(number, int(match.group("year")))


def _fits_numbering(number: int, year: int) -> bool:
    """Whether the Council reached resolution *number* in *year*, one year either way.

    Numbers past the table's last year by more than a year's worth fit no year.
    """
    at = bisect.bisect_right(_FIRST_NUMBERS, number) - 1
    if at < 0 or (at == len(_FIRST_NUMBERS) - 1 and number > _FIRST_NUMBERS[at] + _A_YEAR):
        return False
    return abs(year - _NUMBERED_YEARS[at]) <= 1


def _year_of_resolution(
    text: str, decree: regex.Match[str], number: int, span: tuple[int, int], index: Index
) -> bool:
    """Whether «لعام YEAR» after a number dates a UN resolution, not a national decree.

    The gazetteer's resolution of that number adopted that year (القرار 1540 لعام 2004); or,
    in a sentence that names the UN, a four-digit number (القرار رقم 2797 لعام 2025) or a lower
    one whose year fits the Council's numbering (القرار 833 لعام 1993); or a four-digit number
    whose year fits that numbering, with the Council (المجلس) named near.
    """
    year = int(decree.group(0)[-4:])
    for organ in ("sc", "ga"):
        for entry_id in index.resolutions.get((organ, number), ()):
            signed = index.entries[entry_id].treaty.signed
            if signed is not None and signed.year == year:
                return True
    sentence, previous = sentences(text, *span)
    if not any(word in sentence for word in _UN_CONTEXT):
        # وأضاف المجلس ... تماشيا مع القرار رقم 1593 لعام 2005: four digits and لعام in the
        # Council's numbering of that year, the Council named (المجلس) in the sentence or the one
        # before, and no state's council there
        return (
            number >= _COUNCIL_NUMBERS
            and decree.group(0).strip().startswith(_OF_YEAR)  # لعام: لسنة is a decree's
            and _fits_numbering(number, year)
            and (_council_word(_COUNCIL, sentence) or _council_word(_COUNCIL, previous))
            and not any(body in sentence or body in previous for body in _STATE_COUNCILS)
        )
    if number >= _COUNCIL_NUMBERS:
        return True  # a four-digit number of a sentence that names the UN
    # a lower one whose year fits the Council's numbering, with the UN named before it and
    # no state's body issuing it (أصدرت الأمم المتحدة ... القرار 833 لعام 1993; not أصدر
    # رئيس الوزراء القرار 350 لعام 1974 بشأن مكاتب الأمم المتحدة)
    lead = _sentence_before(text, span[0])
    issuer = _issuer_words(text, span[0])
    return (
        any(word in lead for word in _UN_CONTEXT)
        and not any(body in issuer for body in _NATIONAL)
        and _fits_numbering(number, year)
    )


_HEADED_NUMBER: Final = regex.compile(
    rf"(?<![^\W\d_])[وف]?(?:ال|لل|بال)?{treaty_words.RESOLUTION_STEM}"
    rf"[ ]{{1,2}}(?:(?:{_NUMBER_WORDS})[ ]{{1,2}})?([0-9]{{3,4}})(?![0-9])"
)
"""A resolution's head and its number, in a sentence (القرار 2216, وبالقرار رقم 687)."""


def _known_beside(sentence: str, number: int, index: Index) -> int | None:
    """A known resolution headed in *sentence* beside *number*, evidence that it is one too.

    وتتنافى مع القرار 2140 والقرار 2216: a head of its own each; never a year-like number
    (القرار (2004) 1559) nor one below the Council's early hundreds.
    """
    if number < _COUNCIL_NUMBERS // 2 or _FIRST_YEAR <= number <= _YEAR_LIKE_LAST:
        return None
    return next(
        (
            other
            for found in _HEADED_NUMBER.finditer(sentence)
            if (other := int(found.group(1))) != number and _known_resolution(index, other)
        ),
        None,
    )


def _known_resolution(index: Index, number: int, organ: str | None = None) -> bool:
    resolutions = index.resolutions
    if organ is not None:
        return (organ, number) in resolutions
    return ("sc", number) in resolutions or ("ga", number) in resolutions


def _resolution_treaty(index: Index, organ: str, number: int, session: int | None) -> Treaty | None:
    """The gazetteer's entry for this resolution, else one made by rule.

    ``None`` for a General Assembly resolution whose session is unknown.
    """
    if organ == "ga" and session is None:
        session = treaty_words.GA_SESSION_OF.get(number)
    if organ == "ga" and session is None:
        known = index.resolutions.get(("ga", number), ())
        # one session known for this number: that one; several: not guessed
        return index.entries[known[0]].treaty if len(known) == 1 else None
    made = resolution_treaty(organ, number, session)
    entry = index.entries.get(made.id)
    return entry.treaty if entry is not None else made


def resolution_treaty(organ: str, number: int, session: int | None = None) -> Treaty:
    """The record of a UN resolution read by rule: Security Council (``"sc"``) or General Assembly.

    A General Assembly resolution needs its *session* (its id holds it).
    """
    if organ == "sc":
        return Treaty(
            id=f"unsc-resolution-{number}",
            name_en=f"UN Security Council Resolution {number}",
            name_ar=treaty_words.SC_RESOLUTION_NAME_AR.format(number=number),
            kind=TreatyKind.RESOLUTION,
            parties=("UN Security Council",),
        )
    return Treaty(
        id=f"unga-resolution-{session}-{number}",
        name_en=f"UN General Assembly Resolution {number} (session {session})",
        name_ar=treaty_words.GA_RESOLUTION_NAME_AR.format(number=number),
        kind=TreatyKind.RESOLUTION,
        parties=("UN General Assembly",),
    )


def _coordinated(
    text: str, pos: int, *, sessions: bool = False
) -> list[tuple[int, int, int, int | None]]:
    """Numbers coordinated after the first (القرارين 1559 و1680): one mention each.

    With *sessions*, after a first number with its General Assembly session, numbers that
    each carry their own (قراراتها رقم 194 (د-3) ...، ورقم 302 (د-4)): each with its session.
    """
    found: list[tuple[int, int, int, int | None]] = []
    for _ in range(_LIST_MOST):
        more = (
            (_COORDINATED_SESSION.match(text, pos) if sessions else None)
            or _COORDINATED.match(text, pos)
            or _COORDINATED_DATED.match(text, pos)
            or _COORDINATED_TOPIC.match(text, pos)
        )
        if more is None:
            break
        session = int(more.group("sess")) if "sess" in more.groupdict() else None
        found.append((more.start("num"), more.end("num"), int(more.group("num")), session))
        pos = more.end()
    return found


def _coordinated_end(text: str, pos: int) -> int:
    """Where the list of numbers coordinated after *pos* ends."""
    for _ in range(_LIST_MOST):
        more = (
            _COORDINATED.match(text, pos)
            or _COORDINATED_DATED.match(text, pos)
            or _COORDINATED_TOPIC.match(text, pos)
        )
        if more is None:
            break
        pos = more.end()
    return pos


def _session(match: regex.Match[str]) -> int | None:
    if match.group("sess"):
        return int(match.group("sess"))
    if match.group("bare"):
        return int(match.group("bare"))
    if match.group("ordinal"):
        return _ORDINALS.get(match.group("ordinal"))
    roman = match.group("roman")
    if roman:
        values = [_ROMAN[ch] for ch in roman]
        return sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
    return None
