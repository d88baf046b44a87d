"""The clause of each contact word: its sides, mode, status, date and places.

:class:`Assembler` reads the clause of one contact word (an :class:`Occurrence`)
and resolves its sides to persons, states and organizations on the contact's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext._lexical import proclitic_readings
from diplomatext.calendars import Calendar
from diplomatext.data import offices
from diplomatext.dates import Anchor, DateMention, Granularity
from diplomatext.events._doc import Designation, Doc, Ref, office_or_state
from diplomatext.events._model import (
    ActorKind,
    EvidenceKind,
    Mention,
    Status,
)
from diplomatext.events._words import (
    ABOUT,
    ADDITION,
    ADVISED,
    AFTER,
    AFTER_WORDS,
    AGENT_NOUNS,
    AGREEING,
    ALIGHTING,
    ALIGHTING_OPENERS,
    ALREADY,
    ALSO,
    ALSO_WITH,
    AMBASSADORS,
    AND,
    ANOTHER,
    ANY,
    ANY_TIME_WORDS,
    ARRIVAL_REACH,
    ARRIVING,
    AS_FOR_WORDS,
    AS_WELL,
    ASIDE_MOST,
    BEFORE_OR_ACCEPTED,
    BEING_WORDS,
    BI_AN,
    BILATERAL,
    BINDING,
    BOND_REACH,
    BOTH_OF,
    BRACKET_REACH,
    BRACKETED_YEAR,
    CALL_NOUNS,
    CALL_STEMS,
    CALLS,
    CALLS_MADE_FAR,
    CALLS_MADE_OTHER,
    CALLS_MADE_REACH,
    CAME_OF_ANCHORS,
    CAPITAL_OF,
    CAPITAL_WORDS,
    CLAUSE_OPENERS,
    CLAUSE_THAT,
    COMMA,
    COMMA_DISTANCE,
    COMMAS,
    CONCRETE,
    CONDEMNING,
    CONDOLENCE,
    CONDOLENCE_PURPOSES,
    CONTENT,
    CREDENTIALS,
    CREDENTIALS_VERB_REACH,
    CREDENTIALS_VERBS,
    DATE_DISTANCE,
    DATE_LEADS,
    DATELINE_ENDS,
    DAY_OFFSETS,
    DEMONSTRATIVES,
    DENIAL_VERBS,
    DENIED_DENIAL_REACH,
    DEPARTMENT_MOST,
    DEPARTMENTS,
    DEPARTURES,
    DUAL,
    DURING,
    DURING_WORDS,
    EACH,
    EACH_OF_REACH,
    ENVOY_ROLES,
    ENVOYS_REACH,
    EXCHANGED,
    FAREWELL,
    FEAST_RULES,
    FEMININE_NOUNS,
    FEMININE_TITLES,
    FIRST_PERSON,
    FIRST_PERSON_FUTURE,
    FRAMEWORK,
    FROM,
    FRONTING_WORDS,
    GATHERED,
    GATHERING,
    GUEST,
    HEAD,
    HEADLINE_AGENT_GAP,
    HOLDING,
    IMPERFECT_PREFIXES,
    IN,
    INTENT_WORDS,
    INVITATION_ANSWERS,
    INVITATION_NOUNS,
    INVITATION_REACH,
    INVITATIONS,
    INVITERS,
    INVITING,
    JOINT,
    LEAVING,
    LI_AL,
    LIST_WINDOW,
    LISTED_ENVOYS_REACH,
    LISTED_ENVOYS_WORDS,
    MAJESTY,
    MAKER_QUALIFIERS,
    MANNERS,
    MARGIN_EVENT_REACH,
    MEETING_NOUNS_DUAL,
    MEETING_TO,
    MODAL_PARTICLES,
    NAME_LINKS,
    NAMED_REACH,
    NAMELY,
    NEW_DATE_REACH,
    NO_TOKENS,
    NOT,
    NOT_BEFORE_DENIAL,
    NOT_FUTURE_VERBS,
    NOT_OFF_AFTER,
    NOT_SINCE_REACH,
    OCCASION,
    OCCASION_REACH,
    OFF_AFTER_REACH,
    ON,
    ONE_BY_ONE,
    ONE_DAY,
    ONGOING,
    PARTICIPATION,
    PARTICIPLES,
    PARTY_NOUNS,
    PASSIVE_DONE,
    PERFECT_PARTICLES,
    PHONE_REACH,
    PLACE_NOUNS,
    PLAIN_TIME_WORDS,
    PLAN_CUE_MOST,
    PLAN_WORDS,
    PLURAL_CALL_VERBS,
    POSSESSIVES,
    POSTPONED,
    POSTPONING,
    PRE_WINDOW,
    PRIVATE_TRIP_REACH,
    PROGRAMME_VERBS,
    PRONOUN_COMPLEMENTIZERS,
    PRONOUN_OBJECTS,
    PURPOSE_WORDS,
    QAD,
    QUESTION,
    QUOTE_REACH,
    RECALLED_BEFORE,
    RECAP,
    RECEIVERS,
    RECEIVING,
    RECEIVING_VERBS,
    RECEPTION,
    RECEPTION_AGENT_NOUNS,
    RECURRING_REACH,
    RELATIONS,
    RELATIVES,
    REPORT_REACH,
    REPORTED_LINKS,
    REPORTING,
    RETURNING,
    RULED_OUT_OBJECT,
    SAWFA,
    SEPARATE,
    SEQUEL_WORDS,
    SERIES,
    SERIES_WITH,
    SESSION_BODIES,
    SINCE_REACH,
    SITE_NAME_ENDS,
    SITE_NAME_MOST,
    SOURCE_ASIDE_REACH,
    SPAN_WORDS,
    SPOKE_WITH_REACH,
    STANCE,
    STANCE_MOST,
    STANCE_NEGATIONS,
    STANCE_REFUSALS,
    STATES_NOUN,
    STAYING,
    STOP_LIST,
    STRETCH_DAYS,
    THAT,
    THAT_IS,
    THAT_IS_WINDOW,
    THEN,
    TIME_WORDS,
    TITLE_HEADS,
    TO_BE,
    TOLD_REACH,
    TOPIC_MOST,
    TOUR,
    TOUR_INCLUDES,
    TOUR_INCLUDES_AHEAD,
    TOUR_NOUN_FORMS,
    TOUR_NOUNS,
    TOUR_REACH,
    TRANSITIONS,
    TRIP_OPENERS,
    TRIP_SENTENCES,
    TRIPS,
    UNANNOUNCED_DAYS,
    UNKNOWN_TITLE_MOST,
    URGING_REACH,
    VAGUE_DISTANCE,
    VIA,
    VIA_MEDIA,
    VIA_REACH,
    VISIT_CLAUSE,
    VISIT_CLAUSE_MOST,
    VISIT_QUALIFIERS_MOST,
    VISIT_STAGES,
    VISITED_CITY_WORDS,
    WAS_FORMS,
    WHAT,
    WHEREUPON,
    WHICH_OF,
    WHILE_SUBJECT_REACH,
    WHILE_WORDS,
    WILL,
    WINDOW,
    WITH,
    WITH_EACH,
    YEAR_DAYS,
    Phrases,
    cue_phrases,
    definite,
    honorific_pronouns,
    role_adjectives,
    strip_article,
    transparent,
    word_sets,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from collections.abc import Set as AbstractSet

    from diplomatext.events._actors import Actors
    from diplomatext.events._triggers import Tokens, Trigger
    from diplomatext.normalize import Normalized
    from diplomatext.treaties import TreatyMention


SPAN_GRAINS: Final = frozenset({Granularity.SEASON, Granularity.QUARTER, Granularity.HALF_YEAR})
"""Grains of a date a contact takes as the interval of its days (الصيف الماضي); a week is too
often no date at all in the tables (الأسبوع المقبل of a planned visit)."""


@functools.cache
def _passing_openers() -> frozenset[str]:
    """Every word that can open what :meth:`Assembler._gap_after` passes over without a gap.

    A maker's words (:meth:`Assembler._maker_words`) or an aside
    (:meth:`Assembler._aside_length`): any other word is read on at once (built once).
    """
    cues = cue_phrases()
    return frozenset(
        [
            *GATHERING,
            *RELATIVES,
            BOTH_OF,
            *EACH,
            *cues["adverb"].exact,
            *cues["heading"].exact,
            *cues["doer"].exact,  # (زيارة قام بها X: no التي after an indefinite noun)
            *cues["arrival"].exact,
            *cues["moment"].exact,
            *(first for first, _ in ADDITION),
        ]
    )


def _first_of(
    words: frozenset[str], tokens: Sequence[str], first: int, stop: int, default: int
) -> int:
    """The first token number in [first, stop) whose token is one of *words*, else *default*.

    The tokens are looked up in C (``map``, ``itertools.compress``): no Python step per token.
    """
    return next(
        itertools.compress(range(first, stop), map(words.__contains__, tokens[first:stop])),
        default,
    )


def _first_outside(words: frozenset[str], doc: Doc, first: int, stop: int, default: int) -> int:
    """:func:`_first_of` over *doc*'s tokens, passing over those inside a name.

    The last word of مون جاي إن is إن, a complementizer only outside the name.
    """
    found = _first_of(words, doc.tokens, first, stop, default)
    while found != default and found in doc.name_tokens:
        found = _first_of(words, doc.tokens, found + 1, stop, default)
    return found


def _stretch(mention: DateMention) -> bool:
    """Whether *mention* is a stretch of several units: up to now or of years.

    الأشهر الثمانية الماضية، خطط الأعوام 2024 و2025 و2026، السنة المالية 2025/2024: many
    days and no occasion, they date no contact (a month or a year named as one, الشهر
    الماضي، العام الماضي، عام 2024, does).
    """
    if mention.first is None or mention.last is None:
        return False
    days = (mention.last - mention.first).days
    if mention.rule == "vague":
        return days > STRETCH_DAYS
    return mention.granularity is Granularity.YEAR and days > YEAR_DAYS


def occurrence_is_verb_pair(doc: Doc, previous: int, token: int) -> bool:
    """Whether the contact words at *previous* and *token* are one phrase.

    بحث ... في أول اتصال: the subject of the verb is the subject of both.
    """
    return token - previous <= 8 and doc.sentence(previous) == doc.sentence(token)  # noqa: PLR2004


@attrs.define
class Side:
    """A resolved side: id, kind, country, role and its evidence spans (folded)."""

    id: str
    kind: ActorKind
    country: str | None
    role: str | None
    evidence: list[tuple[EvidenceKind, int, int, str | None]]


@attrs.define
class Occurrence:
    """One contact word with what its clause says."""

    trigger: Trigger
    tok0: int
    tok1: int
    sentence: int
    mention_end: int  # folded end of the mention (with a phone modifier)
    extra_mentions: list[tuple[int, int]]
    mode: str | None
    forum: bool
    refs: list[Ref]
    pairs: list[Ref]
    role_adjective: str | None
    status: Status | None
    future_date: bool
    date: DateMention | None
    vague_date: bool
    recalled: bool
    places: list[Designation]
    to_host: Designation | None
    has_with: bool
    first_person: Ref | None
    possessor: Ref | None = None
    speaker: Ref | None = None
    hosts: list[Ref] = attrs.Factory(list)  # the states of a trip to several (إلى تركيا وبريطانيا)
    one_by_one: bool = False  # one contact with each side listed (لقاءات ثنائية، أوراق اعتماد)
    passive: bool = False  # a receiving verb whose agent receives (استقبل من قبل الملك)
    guest_first: bool = False  # وكان في استقبال(ه) X ... Y: the guest first, Y receives
    guest_last: bool = False  # استقبل X وY Z: the subjects joined by و, then their one guest
    reported_date: bool = False  # أعلنت أمس عن زيارة X: the day of the report, not the contact's


class Assembler:
    """Builds the events of one document."""

    def __init__(
        self,
        original: str,
        normalized: Normalized,
        *,
        reference: dt.date | None,
        dates: Sequence[DateMention],
        treaties: Sequence[TreatyMention],
        actors: Actors,
        near: Sequence[int] = (),
        tokens: Tokens | None = None,
    ) -> None:
        self.original = original
        # (a treaty's name holds places that are no sides, and a year that dates no contact)
        self._named = named = [normalized.to_normalized(m.start, m.end) for m in treaties]
        self.doc = Doc(normalized, actors, near=near, tokens=tokens, named=named)
        self.reference = reference
        self.actors = actors
        self.treaties = treaties
        self._dates = dates
        self.date_tokens: set[int] = set()
        # only the sentences read token by token (around the contact words) are ever
        # asked for their dates: a text of date words keeps none of the others here
        self.dates_by_sentence: dict[int, list[tuple[int, int, DateMention]]] = {}
        sentence_of = self.doc.sentence_of
        for mention in dates:
            start, end = normalized.to_normalized(mention.start, mention.end)
            if _treaty_year(start, end, named, normalized.text):
                continue  # اتفاق مينسك 2015: the treaty's year, not a contact's
            sentence = self.doc.sentence_at(start)
            index = bisect.bisect_left(sentence_of, sentence)
            if index == len(sentence_of) or sentence_of[index] != sentence:
                continue  # a sentence with no token read
            self.dates_by_sentence.setdefault(sentence, []).append((start, end, mention))
            first = self.doc.token_at(start)
            if first < len(self.doc.starts) and self.doc.starts[first] < end:
                self.date_tokens.update(range(first, self.doc.token_before(end) + 1))
        self.transparent = transparent()
        self.trigger_tokens: list[int] = []
        self.noun_triggers: frozenset[int] = frozenset()  # the tokens of contact nouns
        self.possessed_nouns: frozenset[int] = frozenset()  # ... with ه/ها (لقائه)
        self.trip_sentences: frozenset[int] = frozenset()  # the sentences of visit words
        # the words of «على هامش» and its event before the one met (is_venue_before_the_met)
        self.venue_tokens: set[int] = set()
        # the visit nouns a verb runs over (والتقى خلال الزيارة X), by the verb's token
        self.visit_words: dict[int, tuple[int, int]] = {}
        # the first token of the place such a noun names before the verb's objects
        # (ويلتقي خلال زيارته بغداد الرئيس X), by the verb's token
        self.visit_places: dict[int, int] = {}
        self.mentions: dict[tuple[int, int], Mention] = {}  # by folded span, made once
        # where the future verb that made the last contact word planned stands, if one did
        self.future_verb_at: int | None = None
        # the persons named in the text who hold an office for a state on a day
        self._holders_named: dict[tuple[str, str, dt.date | None], list[str]] = {}

    @functools.cached_property
    def treaty_sentences(self) -> list[tuple[int, str]]:
        """The sentence and treaty id of each treaty mention, in order.

        Mapped to the folded text once per document, not once per contact that asks.
        """
        doc = self.doc
        return [
            (doc.sentence_at(start), mention.treaty.id)
            for (start, _), mention in zip(self._named, self.treaties, strict=True)
        ]

    @property
    def dates(self) -> Iterator[tuple[int, int, DateMention]]:
        """Every date of the document, with its folded span, in order (made as read)."""
        to_normalized = self.doc.normalized.to_normalized
        for mention in self._dates:
            yield (*to_normalized(mention.start, mention.end), mention)

    # ------------------------------------------------------------------ clause

    def _alights(self, tok0: int, tok1: int) -> bool:
        """Whether حلّ / حطّ opens its clause and a city with ب follows in its sentence."""
        doc = self.doc
        sentence = doc.sentence(tok0)
        if tok0 > 0 and doc.sentence(tok0 - 1) == sentence:
            previous = doc.tokens[tok0 - 1]
            between = doc.text[doc.ends[tok0 - 1] : doc.starts[tok0]]
            if (
                previous not in ALIGHTING_OPENERS
                and previous not in word_sets()["complementizers"]
                and DATELINE_ENDS.isdisjoint(between)  # الرباط (ومع) - حل الوزير
            ):
                return False
        return any(
            (
                designation.city is not None
                # حلّ بنواكشوط؛ حط رحاله في الدوحة
                and (designation.prep in {"ب", IN} or self._in_capital(designation))
            )
            or self._as_guest_of(designation)  # حل X ضيفا على الرئيس Y
            or (  # حل أمس في زيارة رسمية إلى الصين: the state the visit goes to
                designation.prep in word_sets()["to"]
                and any(
                    doc.tokens[at] in VISITED_CITY_WORDS for at in range(tok1 + 1, designation.tok0)
                )
            )
            for designation in doc.in_sentence(sentence)
            if tok1 < designation.tok0 <= tok1 + 16  # (a day and a long title between)
        )

    def _as_guest_of(self, designation: Designation) -> bool:
        """Whether ضيفا على stands right before *designation* (words of address between)."""
        doc = self.doc
        if designation.prep != ON:
            return False
        at = designation.tok0 - 1
        filler = word_sets()["filler"]
        while at > 0 and doc.tokens[at] in filler:
            at -= 1
        if doc.tokens[at] == ON:
            at -= 1  # على written apart
        return at >= 0 and doc.tokens[at] in GUEST

    def _in_capital(self, designation: Designation) -> bool:
        """Whether بالعاصمة (المغربية) / بمدينة comes right before the city named."""
        tokens = self.doc.tokens
        for at in range(designation.tok0 - 1, max(designation.tok0 - 3, -1), -1):
            word = tokens[at]
            if word.startswith("ب") and word[1:] in CAPITAL_WORDS:
                return True
        return False

    def clause_start(self, token: int) -> int:
        """First token of the clause of *token*: after a bare complementizer or a colon."""
        if self._joined_light_verb(token - 1):
            return token - 1  # التقى X Y، وأجرى لقاء مع Z: the verb opens a clause of its own
        return self._scanned_clause_start(token)

    def _scanned_clause_start(self, token: int) -> int:
        """The clause start :meth:`clause_start` finds by scanning back from *token*."""
        doc = self.doc
        sentence = doc.sentence_of[token]  # (a contact word's first token: one read)
        complementizers = word_sets()["complementizers"]
        at = token - 1
        sentence_of = doc.sentence_of
        tokens = doc.tokens
        colon_after = doc.colon_after
        reach = PRE_WINDOW
        if token >= 2 and tokens[token - 2] == THAT_IS and tokens[token - 1] in AS_FOR_WORDS:  # noqa: PLR2004
            reach = THAT_IS_WINDOW  # ... وذلك في اتصال هاتفي: the whole report before it
        while at >= 0 and sentence_of[at] == sentence and token - at <= reach:
            word = tokens[at]
            if word in complementizers and (cue := self._plan_before(at)) >= 0:
                at = cue - 1  # X ونظيره Y من المقرر أن يلتقيا: the subjects before the plan
                continue
            if (
                word in complementizers or word == QUESTION or word in AFTER_WORDS
            ) and at not in doc.name_tokens:  # (مون جاي إن: the name's last word)
                return at + 1
            if word in {THEN, AS_WELL} and at == token - 1:
                # زار X الدوحة ثم توجه إلى الكويت: a clause of its own, X's; so after كما
                # (استقبل X Y، كما استقبل Z: not Y again)
                return token
            if word in CONTENT and at == token - 1 and tokens[token].startswith("ال"):
                # كشف ...، الخميس، فحوى الاتصال: the date is the disclosure's (not أطلع X على
                # تفاصيل لقائه: his meeting, the clause goes on to its subject)
                return token
            if word in RELATIVES:
                # X الذي يزور القاهرة / أطلعه على نتائج زيارته: the clause of X, the
                # antecedent (a name or title, maybe with words unknown after it)
                antecedent = next(
                    (
                        item
                        for item in reversed(doc.in_sentence(sentence))
                        if at - 3 <= item.tok1 < at
                    ),
                    None,
                )
                if antecedent is not None:
                    return antecedent.tok0
            if at in colon_after:  # a colon between it and the next token
                return at + 1
            at -= 1
        return at + 1

    def _joined_light_verb(self, verb: int) -> bool:
        """Whether a light verb at *verb* opens a clause mid-sentence, with no subject of its own.

        ، وأجرى لقاء / كما أجرى لقاء (the noun right after the verb): the sides the sentence
        named before are the last verb's, not this one's.
        """
        doc = self.doc
        if verb < 2 or doc.sentence_of[verb - 1] != doc.sentence_of[verb]:  # noqa: PLR2004
            return False
        word = doc.tokens[verb]
        if word.removeprefix("و") not in PLURAL_CALL_VERBS:
            return False
        if doc.tokens[verb - 1] in CLAUSE_OPENERS:
            return True
        return word.startswith("و") and doc.comma_before(verb)

    def _plan_before(self, at: int) -> int:
        """Where a cue of planning ends right before أن at *at* begins (-1 if none).

        من المقرر أن، من المتوقع أن، من المنتظر أن: the clause after it goes on the subject
        written before the cue.
        """
        doc = self.doc
        if doc.tokens[at] != THAT:
            return -1
        planned = cue_phrases()["planned"]
        first = next(
            (
                first
                for first in range(at - 1, max(at - PLAN_CUE_MOST, 0) - 1, -1)
                if doc.tokens_match(first, planned, bare=True) == at - first
            ),
            -1,
        )
        # only right after a name or title, no comma, the cue not opening a clause with و
        # (وصل X ...، ومن المقرر أن يلتقي Y: X is not the subject written before it)
        if first > 0 and doc.tokens[first - 1].removeprefix("و") == FROM:
            first -= 1  # من المقرر: من with the cue
        before = first - 1
        if (
            before < 0
            or doc.tokens[first].startswith("و")
            or not (before in doc.name_tokens or before in doc.title_tokens)
            or COMMA.search(doc.text, doc.ends[before], doc.starts[first]) is not None
        ):
            return -1
        return first

    def _own_subject_after(self, at: int, sentence: int) -> bool:
        """Whether the clause opened by فيما at *at* names its own subject (no preposition)."""
        first = next(
            (
                item
                for item in self.doc.in_sentence(sentence)
                if item.tok0 > at
                and item.refs
                and any(ref.kind != "adjective" for ref in item.refs)
            ),
            None,
        )
        if first is None or first.prep or first.tok0 - at > WHILE_SUBJECT_REACH:
            return False
        # (بينما كان يستقبل Y: Y after the clause's own contact word is its object)
        index = bisect.bisect_right(self.trigger_tokens, at)
        if index < len(self.trigger_tokens) and self.trigger_tokens[index] < first.tok0:
            return False
        return any(ref.kind in {"person", "office"} for ref in first.refs)

    def _fronted_stop(self, designation: Designation, sentence: int) -> bool:
        """Whether a time word opening the clause stands right before *designation*.

        وبعد قطر، سيزور X ...؛ بعد الأردن ومصر، وصل X: at the sentence's start or after a comma,
        and a comma closes the stops (not قبل X: «X accepted», nor a time word inside a clause).
        """
        doc = self.doc
        at = designation.tok0 - 1
        if at < 0 or doc.tokens[at] not in ANY_TIME_WORDS:
            return False
        opens = at == bisect.bisect_left(doc.sentence_of, sentence) or not COMMAS.isdisjoint(
            doc.text[doc.ends[at - 1] : doc.starts[at]]
        )
        end = designation.tok1
        while end + 1 < len(doc.tokens) and any(
            item.tok0 == end + 1 and item.conjoined and _place_only(item)
            for item in doc.in_sentence(sentence)
        ):
            end = next(item.tok1 for item in doc.in_sentence(sentence) if item.tok0 == end + 1)
        return (
            opens
            and end + 1 < len(doc.tokens)
            and not COMMAS.isdisjoint(doc.text[doc.ends[end] : doc.starts[end + 1]])
        )

    def _after_fronted_time(self, barrier: int, tok0: int, sentence: int) -> int:
        """*barrier*, or the token after the comma that closes a time clause opening the sentence.

        قبل مغادرته لزيارة الأردن وإسرائيل، أجرى X اتصالا مع Y: the states of the time clause are
        its trip's, no side of the call after the comma.
        """
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        if first >= tok0 - 1 or doc.tokens[first] not in PLAIN_TIME_WORDS:
            return barrier
        for at in range(first + 1, tok0):
            if doc.comma_before(at):
                return max(barrier, at)
        return barrier

    def _while_clause(self, barrier: int, tok0: int, tok1: int, sentence: int) -> int:
        """*barrier*, or the token after a فيما / بينما before *tok0* whose clause has a subject.

        التقى X Y، فيما ألغى Z زيارته: the sides before فيما are the first verb's; بينما يزور
        فرنسا بعد غد (no subject of its own) keeps the sentence's traveller.
        """
        doc = self.doc
        at = next(
            (at for at in range(tok0 - 1, barrier - 1, -1) if doc.tokens[at] in WHILE_WORDS), None
        )
        if at is None:
            return barrier
        for item in doc.in_sentence(sentence):
            if item.prep or not any(ref.kind in {"person", "office"} for ref in item.refs):
                continue
            if at < item.tok0 < tok0 or (
                tok0 == at + 1 and tok1 < item.tok0 <= tok1 + 1  # فيما سيغادر X: verb, subject
            ):
                return at + 1
        return barrier

    def _after_speaker(self, sentence: int, barrier: int, tok0: int) -> int:
        """*barrier*, or the token after a verb of saying whose own subject precedes *tok0*.

        ترامب يؤكد اعتزام ويتكوف لقاء بوتين: Trump says it; Witkoff is the side.
        """
        doc = self.doc
        for at in range(tok0 - 1, barrier - 1, -1):
            if doc.tokens[at] in REPORTING or doc.bare_tokens[at] in REPORTING:
                if any(
                    at < designation.tok0 and designation.tok1 < tok0 and not designation.prep
                    for designation in doc.in_sentence(sentence)
                    if any(ref.kind == "person" for ref in designation.refs)
                ):
                    return at + 1
                break
        return barrier

    def _denied_report(self, tok0: int) -> bool:
        """Whether a verb of denying and a report word come earlier in the sentence.

        نفى الوزير صحة الأنباء التي تداولتها ... بشأن إجرائه محادثات: the talks are denied,
        however far the report runs.
        """
        doc = self.doc
        reach = max(tok0 - 23, 0)
        if DENIAL_VERBS.isdisjoint(doc.tokens[reach:tok0]) and DENIAL_VERBS.isdisjoint(
            doc.bare_tokens[reach:tok0]
        ):
            return False  # (most sentences: no verb of denying in reach)
        sentence = doc.sentence(tok0)
        cues = cue_phrases()
        for at in range(tok0 - 1, max(tok0 - 24, -1), -1):
            if doc.sentence_of[at] != sentence:
                break
            word = doc.tokens[at]
            if word[:1] == "و" and word[1:] in REPORTING:
                return False  # نفت ما نشرته الصحف وقالت إن X أجرى اتصالا: what it said
            if doc.tokens[at] in DENIAL_VERBS or doc.bare_tokens[at] in DENIAL_VERBS:
                last = min(at + 10, tok0 - 1)  # the subject may come between
                return doc.any_phrase(at + 1, last, cues["denied_reports"], bare=True) is not None
        return False

    def _cue_before_clause(self, start: int, sentence: int, phrases: Phrases) -> bool:
        """Whether one of *phrases* stands right before the complementizer opening the clause."""
        doc = self.doc
        if not (
            start > 0
            and doc.sentence_of[start - 1] == sentence
            and doc.tokens[start - 1] in word_sets()["complementizers"]
        ):
            return False
        if doc.any_phrase(max(start - 4, 0), start - 2, phrases, bare=True) is not None:
            return True
        # ومن المقرر، وفق ما أعلنته الخارجية الأمريكية، أن يلتقي: the cue before a source's aside
        asides = word_sets()["source_asides"]
        aside = next(
            (
                at
                for at in range(start - 3, max(start - SOURCE_ASIDE_REACH, 0), -1)
                if doc.tokens[at] in asides and doc.sentence_of[at] == sentence
            ),
            None,
        )
        return aside is not None and (
            doc.any_phrase(max(aside - 3, 0), aside - 1, phrases, bare=True) is not None
        )

    def _status(self, trigger: Trigger, tok0: int, tok1: int, start: int) -> Status | None:  # noqa: C901, PLR0911, PLR0912, PLR0915
        """The status the words around a contact word give it; notes :attr:`future_verb_at`."""
        self.future_verb_at = None
        doc = self.doc
        cues = cue_phrases()
        sentence = doc.sentence(tok0)
        before = range(max(start, tok0 - 7), tok0)
        sentence_of = doc.sentence_of
        same = [at for at in before if sentence_of[at] == sentence]
        after_last = min(tok1 + 3, len(doc.tokens) - 1)
        while after_last > tok1 and sentence_of[after_last] != sentence:
            after_last -= 1
        ruled_out = self._ruled_out(tok0, same)
        if ruled_out is not None:
            return ruled_out
        if trigger.kind == "noun" and same and doc.tokens[tok0 - 1] in word_sets()["since"]:
            return None  # لم يجتمعا منذ قمة بالي: the summit was held; the negation is the verb's
        denied_at = doc.any_phrase(same[0], tok0 - 1, cues["denied"]) if same else None
        if denied_at is not None and doc.tokens_match(
            denied_at + 1, cues["unannounced"], bare=True
        ):
            # زيارة لم يعلن عنها مسبقا: what was not done is the announcement (لم يعلن عن موعد
            # زيارة X: the visit is to come, its day unknown)
            if any(doc.bare_tokens[at] in UNANNOUNCED_DAYS for at in range(denied_at + 2, tok0)):
                return Status.PLANNED
            denied_at = None
        if (
            denied_at is not None
            # (لا نية لاستقبال وفد، فيما التقى X Y: the cue is the clause's before فيما)
            and WHILE_WORDS.isdisjoint(doc.tokens[denied_at + 1 : tok0])
            and not self._denial_denied(denied_at, sentence)
            and not self._done_of_another(denied_at, tok0)
        ):
            if doc.bare_tokens[denied_at] in POSTPONING and self._to_a_new_date(tok1, sentence):
                return Status.PLANNED  # تأجيل الزيارة إلى الأحد المقبل: put off, to come
            return Status.DENIED
        if self._present_denial(same):
            return Status.DENIED  # أردوغان يلغي زيارته: a headline's present for a deed done
        if self._denied_any(tok0, tok1, sentence):
            # نفى وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني أي لقاء مع ...: the verb
            # of denying is further back than the few words of the cues, and أي says it denies
            return Status.DENIED
        if self._denied_report(tok0):
            return Status.DENIED
        if self._denied_that(trigger, tok0, tok1, start, sentence):
            return Status.DENIED
        if trigger.kind == "noun" and self._off_after(tok1, sentence):
            return Status.DENIED  # إن زيارة لافروف إلى فيتنام ألغيت
        if self._denied_thereafter(tok1, sentence):
            return Status.DENIED  # أن X التقى Y، وهو ما نفاه Z
        if self._right_before(trigger, tok0, cues["denied_right_before"]):
            if self._to_a_new_date(tok1, sentence):
                return Status.PLANNED  # أرجئت زيارة X إلى يوم الأحد المقبل: put off, to come
            return Status.DENIED  # اعتذر عن زيارة، تعذر عقد لقاء، أرجئت زيارة
        if self._right_before(trigger, tok0, cues["proposed_right_before"]) and not (
            doc.tokens_match(tok1 + 1, cues["planned_after"], bare=True)
        ):
            return Status.PROPOSED  # طلب لقاء، أمله في لقاء، قد يلتقي (تطلعه إلى زيارته المرتقبة:
            # planned)
        if doc.any_phrase(tok1 + 1, after_last, cues["proposed_after"], bare=True) is not None:
            return Status.PROPOSED
        if (
            trigger.kind == "verb"
            and trigger.word[:1] in IMPERFECT_PREFIXES
            and self._right_before(trigger, tok0, cues["planned_right_before"])
            and self._opens_clause(tok0 - 2)  # (not اعترض على أن يزور: an objection's object)
        ):
            return Status.PLANNED  # ...، على أن يزور مصر: a visit to come
        if same and doc.any_phrase(same[0], tok0 - 1, cues["proposed"], bare=True) is not None:
            return self._invitation_answered(sentence) or Status.PROPOSED
        if trigger.kind == "verb" and self._urged(tok0, sentence):
            return Status.PROPOSED  # دعا ماكرون الرئيسين إلى أن يتصلا: urged, not held
        if self._cue_before_clause(start, sentence, cues["wish"]) and all(
            at in doc.name_tokens or at in doc.title_tokens or doc.bare_tokens[at] in HOLDING
            for at in range(start, tok0)
        ):
            # يأمل البيت الأبيض أن يلتقي: a wish, not a plan (not من المحتمل أن تتناول
            # المباحثات: the topic is what may be)
            return Status.PROPOSED
        if (
            trigger.word in TRIPS
            and (doc.tokens[tok0].startswith("ل") or doc.tokens[tok0 - 1] in word_sets()["to"])
            and any(
                doc.tokens[at] in INVITING or doc.tokens[at] in INVITATION_NOUNS
                for at in self._words_before(
                    tok0, bisect.bisect_left(doc.sentence_of, sentence), INVITATION_REACH
                )
            )
        ):
            # يدعو رئيس الوزراء العراقي لزيارة البيت الأبيض؛ دعوة الأمير إلى الرئيس لزيارة الدوحة
            return self._invitation_answered(sentence) or Status.PROPOSED
        if trigger.future or self._agreed(trigger, tok0):
            return Status.PLANNED  # سيزور؛ اتفقا على أن يزور السيسي أنقرة قريبا: to come
        if self._programme_present(trigger, tok0):
            return Status.PLANNED  # غادر X ... ويلتقي جلالته خلال الزيارة Y: to come
        if (
            trigger.kind == "verb"
            and trigger.word[:1] in IMPERFECT_PREFIXES
            and tok0 > 0
            and doc.tokens[tok0 - 1] in STOP_LIST
        ):
            return Status.PLANNED  # وصل X إلى القاهرة اليوم ثم يتوجه إلى عمان: the next leg
        if (
            trigger.word == TOUR
            and tok0 > 0
            and doc.tokens[tok0 - 1] in TOUR_INCLUDES
            and doc.tokens[tok0 - 1].removeprefix("و")[:1] in {*IMPERFECT_PREFIXES, "س"}
        ):
            return Status.PLANNED  # وتشمل جولة أردوغان أيضا تشاد وتونس: stops to come
        if (
            trigger.kind == "noun"
            and tok0 > 0
            and doc.tokens[tok0 - 1] in VISIT_STAGES
            and doc.tokens[tok0 - 1][:1] in IMPERFECT_PREFIXES
        ):
            return Status.PLANNED  # جولة يستهلها بزيارة الإمارات: a trip announced
        opener = tok0 - 1  # يستهل أردوغان جولته بالسعودية: the opening verb before its subject
        while opener >= 0 and (opener in doc.name_tokens or opener in doc.title_tokens):
            opener -= 1
        if (
            trigger.word == TOUR  # (not يختتم زيارته اليوم: a visit under way, ending today)
            and trigger.suffix  # (not يبدأ جولة: a tour begun, told in the present)
            and opener >= 0
            and doc.tokens[opener].removeprefix("و") in TRIP_OPENERS
            and doc.tokens[opener].removeprefix("و")[:1] in IMPERFECT_PREFIXES
        ):
            return Status.PLANNED
        if trigger.kind == "noun" and doc.tokens_match(tok1 + 1, cues["held_after"], bare=False):
            return None  # اتصال هاتفي جرى يوم السبت: it took place
        cue = doc.any_phrase(same[0], tok0 - 1, cues["planned"], bare=True) if same else None
        if cue is not None and (cue == 0 or doc.tokens[cue - 1] not in NOT):
            # (أمر غير متوقع حصل خلال اجتماع: unexpected, not expected)
            return Status.DENIED if self._plan_dropped(cue) else Status.PLANNED
        if self._cue_before_clause(start, sentence, cues["planned"]):
            # من المقرر أن يصل: the cue is before the complementizer
            return Status.DENIED if self._plan_dropped(start - 2) else Status.PLANNED
        # a participle (متوجها) takes the tense of its verb further back (وسيغادر ... متوجها)
        # the last three words before it, a date between them not counted (سيجري خلال
        # الأسبوع المقبل زيارة), and the verb before the subject right before it (سيجري
        # وزير الخارجية الروسي X محادثات)
        recent = [at for at in same if at not in self.date_tokens][-3:]
        subject = next((item for item in doc.in_sentence(sentence) if item.tok1 == tok0 - 1), None)
        if subject is not None and subject.tok0 - 1 >= max(start, 0) and not subject.prep:
            recent.append(subject.tok0 - 1)
        for at in same if trigger.word in PARTICIPLES else recent:
            if at in doc.name_tokens:
                continue  # سيرغي is a name, not a verb with the future prefix
            word = doc.tokens[at]
            if trigger.word in PARTICIPLES and word[:1] in {"و", "ف"}:
                word = word[1:]
            if (
                len(word) > 3  # noqa: PLR2004
                and word[0] == "س"
                and word[1] in IMPERFECT_PREFIXES
                and word not in NOT_FUTURE_VERBS  # (سياسي، سنتين، سيرجيو لافروف)
            ):
                self.future_verb_at = at  # its date may stand between (سيجري اليوم اتصالا)
                return Status.PLANNED  # سيعقد لقاء، ستجري محادثات
        if trigger.kind == "noun" and (maker_end := self._planned_maker(tok1)):
            # الزيارة التي كان من المقرر أن يقوم بها X (إلى طهران ألغيت)
            if self._called_off_after(maker_end, sentence):
                return Status.DENIED
            return Status.PLANNED
        # on to the sentence's last token, at most 8 after the word (sentence numbers ascend)
        clause_end = max(after_last, min(tok1 + 8, bisect.bisect_right(sentence_of, sentence) - 1))
        cue = doc.any_phrase(tok1 + 1, clause_end, cues["planned_after"], bare=True)
        while cue is not None:
            if doc.bare_tokens[cue - 1] != FROM:  # (ومن المقرر أن: the next clause's plan)
                return Status.PLANNED
            cue = doc.any_phrase(cue + 1, clause_end, cues["planned_after"], bare=True)
        return None

    def _holding_before(self, tok0: int, start: int) -> int | None:
        """The token of a verb of holding whose object the contact noun at *tok0* is, if any.

        من المقرر أن يجري لافروف غدا الخميس، محادثات مع نظيره: only its subject's name and
        titles and a date stand between, so the date is the noun's (as after سيجري).
        """
        doc = self.doc
        at = tok0 - 1
        while at > start and (
            at in doc.name_tokens
            or at in doc.title_tokens
            or at in self.date_tokens
            or doc.tokens[at] in word_sets()["filler"]
        ):
            at -= 1
        if at >= start and at < tok0 - 1 and doc.bare_tokens[at] in HOLDING:
            return at
        return None

    def _plan_dropped(self, cue: int) -> bool:
        """Whether كان stands right before the cue of planning at token *cue* (a plan dropped).

        وكان من المقرر أن يزور X لندن اليوم: what was to be, and is told as such, did not
        happen as planned (put off or called off); the tables annotate it denied.
        """
        tokens = self.doc.tokens
        return any(tokens[at] in WAS_FORMS for at in range(max(cue - 3, 0), cue))

    def _programme_present(self, trigger: Trigger, tok0: int) -> bool:
        """Whether a present contact verb with و opens a sentence after the first (to come).

        غادر الملك اليوم في زيارة إلى اليابان. ويلتقي جلالته خلال الزيارة الإمبراطور: the
        programme of a trip told up to TRIP_SENTENCES sentences before or in its own; a
        headline's present (الرئيس يلتقي وزير الخارجية) tells a deed done.
        """
        doc = self.doc
        sentence = doc.sentence_of[tok0]
        opener = tok0
        if trigger.kind == "noun":
            # ويعقد شي محادثات مع الملك: the present of holding opens it, its subject between
            opener = tok0 - 1
            while opener > 0 and (opener in doc.name_tokens or opener in doc.title_tokens):
                opener -= 1
        word = doc.tokens[opener]
        # (ويستقبله: the verb with its object's pronoun)
        stem = (
            word[1:].removesuffix(trigger.suffix) if opener == tok0 and trigger.suffix else word[1:]
        )
        return (
            opener > 0
            and doc.sentence_of[opener - 1] != sentence
            and word.startswith("و")
            and (stem == trigger.word or opener < tok0)
            and stem in PROGRAMME_VERBS
            and any(
                earlier in self.trip_sentences
                for earlier in range(sentence - TRIP_SENTENCES, sentence + 1)
            )
        )

    def _welcomer(
        self, tok0: int, barrier: int, sentence: int, to_host: Designation
    ) -> Designation | None:
        """The person right before a visit noun with a maker's clause, of the state visited."""
        destination = to_host.city_state or to_host.place_state
        if destination is None:
            return None
        return next(
            (
                item
                for item in self.doc.in_sentence(sentence)
                if barrier <= item.tok0
                and tok0 - 3 <= item.tok1 < tok0  # رحب الملك X بالزيارة: the verb's subject
                and item.tok0 - 1 not in self.trigger_tokens  # (not زيارة X ... للزيارة التي)
                and not item.prep
                and item.refs
                and all(
                    ref.kind in {"person", "office"} and self.doc.state_of_ref(ref) == destination
                    for ref in item.refs
                )
            ),
            None,
        )

    def _after_qualifiers(self, tok1: int) -> int:
        """The token after a contact noun at *tok1* and up to two adjectives of MAKER_QUALIFIERS.

        الزيارة الرسمية التي، الزيارة المرتقبة التي: where a maker's relative clause may open.
        """
        tokens = self.doc.tokens
        at = tok1 + 1
        while at < len(tokens) and at <= tok1 + 2 and tokens[at] in MAKER_QUALIFIERS:
            at += 1
        return at

    def _planned_maker(self, tok1: int) -> int:
        """Where a relative clause right after the contact noun at *tok1* says it is to come.

        الزيارة (الرسمية) التي كان من المقرر أن يقوم بها X (PLANNED_DOER_CLAUSES), زيارة كان
        مقررا أن يقوم بها X (an indefinite noun: no التي), القمة التي من المقرر أن تعقد: to come,
        or it was to. The token after the clause's opening words, else 0.
        """
        doc, cues = self.doc, cue_phrases()
        at = self._after_qualifiers(tok1)
        if at + 2 >= len(doc.tokens):
            return 0
        if doc.tokens[at] not in RELATIVES:
            indefinite = at == tok1 + 1 and not definite(doc.tokens[tok1])
            length = doc.tokens_match(at, cues["planned_doer"], bare=True) if indefinite else 0
            return at + length if length else 0
        length = doc.tokens_match(at + 1, cues["planned_doer"], bare=True)
        if length:
            return at + 1 + length
        # القمة التي (كان) من المقرر أن تعقد: its own plan, not the next clause's
        at += 1 + (doc.tokens[at + 1] in WAS_FORMS)
        if at + 1 < len(doc.tokens) and doc.bare_tokens[at] == FROM:
            length = doc.tokens_match(at + 1, cues["planned_after"], bare=True)
            return at + 1 + length if length else 0
        return 0

    def _called_off_after(self, at: int, sentence: int) -> bool:
        """Whether a verb of calling off follows token *at* in its sentence (... ألغيت، أرجئت).

        الزيارة التي كان مقررا أن يقوم بها X إلى طهران ألغيت، ... قبل أن تؤجل: the plan is off.
        """
        doc = self.doc
        last = bisect.bisect_right(doc.sentence_of, sentence)
        off, present = cue_phrases()["denied_after"], word_sets()["denied_present"]
        return doc.any_phrase(at, last - 1, off, bare=True) is not None or any(
            doc.tokens[k] in present for k in range(at, last)
        )

    def _invitation_answered(self, sentence: int) -> Status | None:
        """What the invited side said to an invitation in *sentence*, if the sentence says it.

        رفض X دعوة من Y لزيارة بودابست: denied; وقبل السيسي الدعوة: planned. The answer's
        verb (:data:`~diplomatext.data.contact_words.INVITATION_ANSWERS`) has an invitation
        noun as its object: a few words after it, names and titles passed over.
        """
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        for at in range(first, last):
            verb = doc.tokens[at].removeprefix("و")
            answer = INVITATION_ANSWERS.get(verb)
            if answer is None:
                continue
            words = [
                k
                for k in range(at + 1, min(at + 12, last))
                if k not in doc.name_tokens and k not in doc.title_tokens
            ][:2]
            noun = next((k for k in words if doc.tokens[k] in INVITATION_NOUNS), None)
            if noun is None:
                continue
            if verb == BEFORE_OR_ACCEPTED and noun == at + 1:
                continue  # قبل الدعوة بيومين: before the invitation (وقبل X الدعوة: accepted)
            return Status(answer)
        return None

    def _agreed(self, trigger: Trigger, tok0: int) -> bool:
        """Whether an imperfect contact verb follows a word of agreeing and أن (على أن يزور)."""
        doc = self.doc
        if not (
            trigger.kind == "verb"
            and trigger.word[:1] in IMPERFECT_PREFIXES
            and tok0 > 1
            and doc.tokens[tok0 - 1] == THAT
        ):
            return False
        if doc.bare_tokens[tok0 - 2] in AGREEING:
            return True  # تقرر أن يلتقي
        if doc.tokens[tok0 - 2] != ON:
            return False
        sentence = doc.sentence(tok0)
        return any(
            doc.bare_tokens[at].removeprefix("و") in AGREEING
            for at in range(max(tok0 - 16, 0), tok0 - 2)
            if doc.sentence(at) == sentence
        )  # اتفق الرئيسان، خلال اتصال هاتفي اليوم، على أن يزور

    def _quoted_first_person(self, tok0: int) -> bool:
        """Whether a verb of the first person opens the quote a contact noun is in.

        أردوغان: أتوقع إجراء مكالمة مع بوتين، لافروف: سنجري محادثات مع بلينكن: the first word
        after the colon, in the noun's sentence, a few words before it.
        """
        doc = self.doc
        before = bisect.bisect_left(doc.colons, doc.starts[tok0])
        if not before:
            return False
        first = doc.token_at(doc.colons[before - 1])
        if not 0 < tok0 - first <= QUOTE_REACH or doc.sentence_of[first] != doc.sentence_of[tok0]:
            return False
        if doc.tokens[first] in FIRST_PERSON:
            return True
        start, end = doc.normalized.to_original(doc.starts[first], doc.ends[first])
        written = self.original[start:end]
        return len(written) > 4 and written.startswith(FIRST_PERSON_FUTURE)  # noqa: PLR2004

    def _told_during(self, designation: Designation, tok0: int) -> bool:
        """Whether a person after ل is the one told, right before خلال and the contact word.

        قال وانغ يي لنظيره السعودي خلال مكالمة هاتفية (في اتصال، خلال لقائهما): the speaker told him
        during the call (not during a forum's session, خلال اجتماع وزراء الخارجية العرب).
        """
        doc = self.doc
        return (
            0 < tok0 - designation.tok1 <= TOLD_REACH
            and (doc.bare_tokens[tok0 - 1] in DURING_WORDS or doc.tokens[tok0 - 1] == IN)
            and any(ref.kind in {"person", "office", "counterpart"} for ref in designation.refs)
        )

    def _genitive_side(self, tok1: int, sentence: int) -> bool:
        """Whether a person or office follows the noun ending at *tok1* as its genitive."""
        return any(
            item.tok0 == tok1 + 1
            and not item.prep
            and any(ref.kind in {"person", "office"} for ref in item.refs)
            for item in self.doc.in_sentence(sentence)
        )

    def _words_before(self, tok0: int, start: int, reach: int) -> list[int]:
        """The *reach* tokens before *tok0* from *start* on, names and titles not counted."""
        doc = self.doc
        found: list[int] = []
        counted = 0
        at = tok0 - 1
        while at >= start and counted < reach:
            found.append(at)
            if not (at in doc.name_tokens or at in doc.title_tokens):
                counted += 1
            at -= 1
        return found

    def _next_designation(self, designation: Designation) -> Designation | None:
        """The designation after *designation* in its sentence, if any."""
        doc = self.doc
        return next(
            (
                item
                for item in doc.in_sentence(doc.sentence_of[designation.tok0])
                if item.tok0 > designation.tok1
            ),
            None,
        )

    def _place_of_a_title(self, designation: Designation) -> bool:
        """Whether *designation*, a place with no preposition, ends a title the table lacks.

        حاكم دبي الشيخ محمد بن راشد، ولي عهد أبوظبي الشيخ خالد بن محمد: the person of that
        state named right after it (words of address between) is the side, not the place.
        """
        if designation.prep or not (designation.city or designation.place_state):
            return False
        if any(ref.kind in {"person", "office"} for ref in designation.refs):
            return False
        state = designation.city_state or designation.place_state
        doc = self.doc
        following = self._next_designation(designation)
        if following is None or following.prep:
            return False
        filler = word_sets()["filler"]
        if any(doc.tokens[at] not in filler for at in range(designation.tok1 + 1, following.tok0)):
            return False
        persons = self.actors.persons
        return any(
            ref.kind == "person"
            and ref.role is None  # (قبرص الرئيس القبرصي X: a title of his own, the place stays)
            and ref.value in persons
            and any(office.state == state for office in persons[ref.value].offices)
            for ref in following.refs
        )

    def _place_of_own_title(self, designation: Designation) -> bool:
        """Whether *designation*, a place with no preposition, ends the title of the one before.

        الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، محمد بن راشد حاكم دبي: a title right after
        a person of that state names where he holds it, not a side.
        """
        if designation.prep or not (designation.city or designation.place_state):
            return False
        if any(ref.kind in {"person", "office"} for ref in designation.refs):
            return False
        doc = self.doc
        at = designation.tok0 - 1
        place_titles = word_sets()["place_titles"]  # حاكم دبي: a title the table lacks
        while at >= 0 and (at in doc.title_tokens or doc.bare_tokens[at] in place_titles):
            at -= 1
        if at == designation.tok0 - 1:
            return False  # no title before it
        state = designation.city_state or designation.place_state
        persons = self.actors.persons
        return any(
            item.tok1 == at
            and any(
                ref.kind == "person"
                and ref.value in persons
                and any(office.state == state for office in persons[ref.value].offices)
                for ref in item.refs
            )
            for item in doc.in_sentence(doc.sentence_of[designation.tok0])
        )

    def _to_each_of(self, designation: Designation) -> bool:
        """Whether إلى كل من comes right before *designation* (جولة تقوده إلى كل من X وY)."""
        at = designation.tok0
        tokens = self.doc.tokens
        return (
            designation.prep in {"", FROM}
            and at >= 3  # noqa: PLR2004
            and tokens[at - 1] == FROM
            and tokens[at - 2] in EACH
            and tokens[at - 3] in word_sets()["to"]
        )

    def _returning_to(self, designation: Designation) -> bool:
        """Whether a verb of returning governs إلى and *designation* (عاد X إلى القاهرة).

        The verb comes a few words before, the returning one's name and title passed over.
        """
        doc, to_words = self.doc, word_sets()["to"]
        words = [
            at
            for at in range(designation.tok0 - 2, max(designation.tok0 - 14, -1), -1)
            if at not in doc.name_tokens and at not in doc.title_tokens
        ][:4]
        for at in words:
            word = doc.tokens[at]
            if word.removeprefix("و") in RETURNING:
                return True
            if word in to_words or doc.bare_tokens[at] in TOUR_NOUNS or word in AFTER_WORDS:
                return False  # عاد إلى القاهرة بعد زيارة إلى موسكو: the visit's own إلى
        return False

    def _place_before_met(self, designation: Designation) -> bool:
        """Whether *designation* is a state written as the place, the one met right after it.

        التقى X اليوم بالكويت نظيره الكويتي: a state after ب or في with no person in it, and
        a person or an office without a preposition next (at most a day between).
        """
        if designation.prep not in {"ب", IN} or any(
            ref.kind in {"person", "office"} for ref in designation.refs
        ):
            return False
        following = self._next_designation(designation)
        if following is None or following.prep:
            return False
        between = range(designation.tok1 + 1, following.tok0)
        return (
            len(between) <= 3  # noqa: PLR2004 (a day: اليوم، يوم الأحد)
            and all(at in self.date_tokens for at in between)
            and any(ref.kind in {"person", "office"} for ref in following.refs)
        )

    def _right_before(self, trigger: Trigger, tok0: int, phrases: Phrases) -> bool:
        """Whether one of *phrases* stands right before the contact word.

        عقد، إجراء، أي may come between (تعذر عقد لقاء), and a subject's name and title
        between a verb and its preposition or the word (اعتذر الرئيس X عن زيارة، طلب X لقاء).
        قد and ربما only right before a verb of the present (قد التقى: he has met); أجل not
        after من (من أجل زيارة: in order to visit).
        """
        doc = self.doc
        if not doc.may_hold(phrases, bare=True):
            return False  # (most lists: no phrase of them in the text)
        sentence = doc.sentence_of[tok0]
        end = tok0 - 1
        while end >= 0 and end > tok0 - 3 and doc.bare_tokens[end] in RULED_OUT_OBJECT:
            end -= 1
        kept: list[int] = []  # the two words before, nearest first, the subject passed over
        at = end
        while at >= 0 and len(kept) < 2 and doc.sentence_of[at] == sentence:  # noqa: PLR2004
            if not (at in doc.name_tokens or at in doc.title_tokens):
                kept.append(at)
            at -= 1
        if not kept:
            return False
        bare = doc.bare_tokens
        found = (bare[kept[0]],) in phrases.bare.get(bare[kept[0]], ())
        cue = kept[0]
        if not found and len(kept) == 2:  # noqa: PLR2004
            found = (bare[kept[1]], bare[kept[0]]) in phrases.bare.get(bare[kept[1]], ())
            cue = kept[1]
        if not found:
            return False
        if bare[cue] in MODAL_PARTICLES:
            verb = doc.tokens[tok0]
            verb = verb[1:] if verb[:1] in "وف" else verb  # (bare forms lose ال: التقى)
            return cue == tok0 - 1 and trigger.kind == "verb" and verb[:1] in IMPERFECT_PREFIXES
        return not (bare[cue] == POSTPONED and cue > 0 and bare[cue - 1] == FROM)

    def _not_since(self, tok0: int, tok1: int, sentence: int) -> bool:
        """Whether لم comes right before the verb and منذ after it in its clause.

        لم يلتق الرئيسان منذ عامين، لم يجتمعا منذ قمة بالي: how long since they last met, no
        occasion denied.
        """
        doc = self.doc
        lexicon = word_sets()
        if tok0 == 0 or doc.tokens[tok0 - 1] not in lexicon["lam"]:
            return False
        other = 0  # words that are no name or title of the ones not met
        at = tok1 + 1
        while at < len(doc.tokens) and doc.sentence_of[at] == sentence and other <= NOT_SINCE_REACH:
            if doc.tokens[at] in lexicon["since"]:
                return not self._trigger_between(tok1, at)
            if at not in doc.name_tokens and at not in doc.title_tokens:
                other += 1
            at += 1
        return False

    def _present_denial(self, same: Sequence[int]) -> bool:
        """Whether a bare present of cancelling stands in *same* (the words before the word).

        يلغي، ويؤجل (``DENIED_PRESENT_CUES``), not after لا، لن، لم، دون، غير، أن or بأن (طالب
        بأن تلغي: a call to cancel, not a cancellation).
        """
        doc = self.doc
        present = word_sets()["denied_present"]
        return any(
            doc.tokens[at].removeprefix("و") in present  # (ويلغي: and cancels)
            and not (
                at > 0
                and (doc.tokens[at - 1] in NOT_BEFORE_DENIAL or doc.tokens[at - 1] in {THAT, BI_AN})
            )
            for at in same
        )

    def _urged(self, tok0: int, sentence: int) -> bool:
        """Whether إلى أن، على أن or بأن, after a verb of urging in the sentence, opens the clause.

        دعا ماكرون الرئيسين الروسي والأوكراني إلى أن يتصلا، حث X Y على أن يلتقيا، طالب X بأن
        يجتمعا (URGING_VERBS).
        """
        doc = self.doc
        tokens = doc.tokens
        if tok0 < 2 or not (  # noqa: PLR2004
            tokens[tok0 - 1] == BI_AN
            or (
                tokens[tok0 - 1] == THAT
                and (tokens[tok0 - 2] in word_sets()["to"] or tokens[tok0 - 2] == ON)
            )
        ):
            return False
        urging = word_sets()["urging"]
        other = 0  # words between that are no name or title of the urger or the urged
        at = tok0 - 2
        while at >= 0 and doc.sentence_of[at] == sentence and other <= URGING_REACH:
            if tokens[at].removeprefix("و") in urging:
                return True
            if at not in doc.name_tokens and at not in doc.title_tokens:
                other += 1
            at -= 1
        return False

    def _fronted_for_next(self, first: int, last: int) -> bool:
        """Whether the date at *first*..*last* opens a clause right before a contact word.

        التقى الرئيس X، واليوم التقى في وارسو Y: واليوم is the second verb's, fronted.
        """
        index = bisect.bisect_left(self.trigger_tokens, last + 1)
        return (
            index < len(self.trigger_tokens)
            and self.trigger_tokens[index] == last + 1
            and (self.doc.tokens[first].startswith("و") or self._opens_clause(first))
        )

    def _clause_after(self, before: Sequence[Designation], tok0: int) -> bool:
        """Whether a comma stands between the last of *before* and the verb at *tok0*.

        With only و, فيما or بينما after it (استقبل X Y، فيما التقى Z W؛ ...، والتقى Z W).
        """
        if not before:
            return False
        doc = self.doc
        last = max(item.tok1 for item in before)
        return (
            last < tok0
            and COMMA.search(doc.text, doc.ends[last], doc.starts[tok0]) is not None
            and all(doc.tokens[at] in WHILE_WORDS for at in range(last + 1, tok0))
        )

    def _opens_clause(self, at: int) -> bool:
        """Whether token *at* opens its clause: first of its sentence, or after a comma."""
        doc = self.doc
        return (
            at <= 0
            or doc.sentence_of[at - 1] != doc.sentence_of[at]
            or COMMA.search(doc.text, doc.ends[at - 1], doc.starts[at]) is not None
        )

    def _denied_thereafter(self, tok1: int, sentence: int) -> bool:
        """Whether «وهو ما نفاه» follows in the sentence, with no other contact word between.

        ذكرت وسائل إعلام أن X التقى Y في نيوم، وهو ما نفاه Z: the report is denied.
        """
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence) - 1
        at = doc.any_phrase(tok1 + 1, last, cue_phrases()["denied_thereafter"], bare=False)
        if at is None or self._trigger_between(tok1, at):
            return False
        # only a report is denied so (ذكرت X أن ...، وهو ما نفاه): not a contact told as fact
        # with a later clause of its own (التقى X Y، وأكد الجانبان ...، وهو ما نفاه)
        return not CLAUSE_THAT.isdisjoint(doc.tokens[first:tok1])

    def _off_after(self, tok1: int, sentence: int) -> bool:  # noqa: PLR0911 (a case each)
        """Whether a verb of DENIED_AFTER follows the contact noun as its predicate.

        Within OFF_AFTER_REACH tokens of its sentence, with no other contact word and no
        comma and و (a new clause) between: إن القمة بين الرئيسين لن تعقد.
        """
        doc = self.doc
        # (the sides' names and titles not counted: قمة عمان بين الملك X والرئيس Y ... ألغيت)
        last = doc.words_on(tok1, OFF_AFTER_REACH, sentence=sentence)
        at = doc.any_phrase(tok1 + 1, last, cue_phrases()["denied_after"], bare=True)
        if at is None:
            return False
        if (
            at > 1
            and doc.bare_tokens[at - 1] in QAD
            and (
                doc.tokens[at - 2] in WAS_FORMS
                or any(doc.tokens[k] in WAS_FORMS for k in range(max(tok1 - 4, 0), tok1))
            )
        ):
            # في زيارة كانت قد أرجئت في فبراير، وكانت زيارة X إلى تركيا قد أرجئت: an earlier
            # putting off, recalled (قد تأجلت alone: put off now; in الرحلة التي كان من المقرر
            # إجراؤها ... قد ألغيت, كان is the relative clause's)
            return False
        after = at + doc.tokens_match(at, cue_phrases()["denied_after"], bare=True)
        if any(
            doc.bare_tokens[later] in NOT_OFF_AFTER
            for later in range(after, min(after + 4, len(doc.tokens)))
            if doc.sentence_of[later] == sentence
        ):
            return False  # لم يعقد بعد، لن تعقد إلا، لن يعقد قبل، لم يعقد منذ سنوات
        if self._trigger_between(tok1, at):
            return False  # the verb is another contact's
        complementizers = word_sets()["complementizers"]
        if any(
            (doc.tokens[between] in RELATIVES and between > tok1 + 1)
            or doc.tokens[between] in complementizers
            for between in range(tok1 + 1, at)
        ):
            return False  # ملف الانتخابات التي تأجلت، أكد خلال اتصال أن التهجير لن يحصل
        for between in range(tok1 + 1, at + 1):
            if doc.tokens[between] in WHILE_WORDS:
                return False  # أجرى اتصالا ...، فيما ألغى X لقاءه: the next clause's
            gap = doc.text[doc.ends[between - 1] : doc.starts[between]]
            if not COMMAS.isdisjoint(gap) and doc.tokens[between].startswith("و"):
                return False
        return True

    def _ruled_out(self, tok0: int, same: Sequence[int]) -> Status | None:
        """DENIED when a word of ruling out has the contact word as its object (RULED_OUT_CUES).

        PROPOSED when the word is negated (لم يستبعد عقد لقاء: possible). Only the word's subject
        and RULED_OUT_OBJECT words (عقد، إجراء، أي) may stand between, no comma, and not when the
        contact word frames the statement (خلال اتصال هاتفي).
        """
        if not same:
            return None
        doc = self.doc
        at = doc.any_phrase(same[0], tok0 - 1, cue_phrases()["ruled_out"], bare=True)
        if at is None or doc.bare_tokens[tok0 - 1] in DURING_WORDS or doc.tokens[tok0 - 1] == IN:
            return None
        if not COMMAS.isdisjoint(doc.text[doc.ends[at] : doc.starts[tok0]]):
            return None
        after_cue = at + doc.tokens_match(at, cue_phrases()["ruled_out"], bare=True)
        if not all(  # the contact word its object: its subject and عقد، إجراء، أي between
            between in doc.name_tokens
            or between in doc.title_tokens
            or doc.tokens[between] in RULED_OUT_OBJECT
            for between in range(after_cue, tok0)
        ):
            return None  # استبعد محللون نجاح القمة، استبعد X مستشاره من اجتماع: not the contact
        negated = at > 0 and doc.bare_tokens[at - 1] in NOT_BEFORE_DENIAL
        return Status.PROPOSED if negated else Status.DENIED

    def _denied_any(self, tok0: int, tok1: int, sentence: int) -> bool:
        """Whether «أي» right before the contact word is the object of a verb of denying.

        The verb up to DENIED_DENIAL_REACH tokens back in the clause, no comma between (نفت
        وجود أي خلاف، ورحبت بأي لقاء: welcomed), and no cancelling word after the contact word
        (نفى أن تكون أي زيارة ... قد ألغيت: the cancellation is what is denied).
        """
        doc = self.doc
        at = tok0 - 1
        if at < 0 or doc.tokens[at] not in ANY or doc.sentence_of[at] != sentence:
            return False
        if self._denial_before(at, sentence) is None:
            return False
        after = min(tok1 + DENIED_DENIAL_REACH, len(doc.tokens) - 1)
        return doc.any_phrase(tok1 + 1, after, cue_phrases()["denied"]) is None

    def _denied_that(  # noqa: PLR0911 (one return per case of the rule)
        self, trigger: Trigger, tok0: int, tok1: int, start: int, sentence: int
    ) -> bool:
        """Whether the clause of the contact word is the object of a verb of denying.

        نفى X أن يكون قد التقى Y، نفت الخارجية أن يكون الوزير قد أجرى اتصالا، نفى أنه التقى:
        the verb up to DENIED_DENIAL_REACH tokens before the complementizer, no comma between.
        Not when the contact noun is the clause's subject (نفى أن يكون اللقاء قد تطرق إلى ...:
        what is said of it is denied), nor with a cancelling word after it (نفى أن تكون الزيارة
        قد ألغيت), nor when a verb other than a light one stands between (نفت أن تؤجل زيارة:
        the postponement is denied), nor when the verb is negated (دون أن ينفي، لا ينفي) or
        more than the sides, place and day follows (بطلب من واشنطن، للمرة الأولى: a detail).
        """
        doc = self.doc
        that = start - 1
        if that < 0 or doc.sentence_of[that] != sentence:
            return False
        if doc.tokens[that] not in word_sets()["complementizers"]:
            return False
        if trigger.kind == "noun" and all(doc.tokens[at] in TO_BE for at in range(start, tok0)):
            return False  # أن يكون اللقاء ...: the meeting is the subject
        for at in range(start, tok0):
            word = doc.tokens[at]
            if not (
                word in TO_BE
                or word == ALREADY
                or word.removeprefix("و") in PLURAL_CALL_VERBS  # أجرى اتصالا، تلقى اتصالا
                or word in INTENT_WORDS  # أن يكون X يعتزم زيارة: the intent is denied
                or at in doc.name_tokens
                or at in doc.title_tokens
                or at in self.date_tokens
            ):
                return False  # أن تؤجل زيارة، أن يكون سيؤجل زيارته: another verb is denied
        denial = self._denial_before(that, sentence)
        if denial is None:
            return False
        before = doc.bare_tokens[max(denial - 2, 0) : denial]  # لا ينفي، دون أن ينفي
        if not NOT_BEFORE_DENIAL.isdisjoint(before):
            return False  # denying nothing
        return self._only_sides_after(tok1, sentence)

    def _denial_before(self, that: int, sentence: int) -> int | None:
        """The verb of denying a few tokens before token *that* (its sentence, no comma between)."""
        doc = self.doc
        text, starts, ends = doc.text, doc.starts, doc.ends
        for before in range(that - 1, max(that - DENIED_DENIAL_REACH, 0) - 1, -1):
            if doc.sentence_of[before] != sentence or not COMMAS.isdisjoint(
                text[ends[before] : starts[before + 1]]
            ):
                return None
            word = doc.tokens[before]
            if word.removeprefix("و") in DENIAL_VERBS:
                return before
            if (
                word in WHAT
                or word.removeprefix("و") in REPORTING
                or (
                    word.startswith("و")
                    and before not in doc.name_tokens
                    and before not in doc.title_tokens
                )
            ):
                # نفت ما نشرته الصحف وقالت إن ...، نفى الاتهامات وشدد على أنه: the clause
                # after أن is another verb's
                return None
        return None

    def _only_sides_after(self, tok1: int, sentence: int) -> bool:
        """Whether only the contact's sides, place and day follow it to its clause's end.

        نفى أن يكون قد التقى X بطلب من واشنطن، للمرة الأولى، في عجالة: what is denied may be
        the detail, so the contact is not denied.
        """
        doc = self.doc
        lexicon, phone = word_sets(), cue_phrases()["phone"]
        text, starts, ends = doc.text, doc.starts, doc.ends
        at = tok1 + 1
        while at < len(doc.tokens) and doc.sentence_of[at] == sentence:
            if not COMMAS.isdisjoint(text[ends[at - 1] : starts[at]]):
                break
            word = doc.tokens[at]
            if (
                at in doc.name_tokens
                or at in doc.title_tokens
                or at in self.date_tokens
                or word in lexicon["with"]
                or word in lexicon["filler"]
                or word == IN
                # خلال هذا الشهر: the words that lead its day
                or (doc.bare_tokens[at] in DURING_WORDS and at + 1 in self.date_tokens)
            ):
                at += 1
            elif length := doc.tokens_match(at, phone, bare=True):
                at += length  # هاتفيا
            else:
                # لبحث التصعيد، حول الملف: what the denied contact was for; else a detail
                return word in PURPOSE_WORDS
        return True

    def _own_ground(self, designation: Designation, refs: Sequence[Ref]) -> bool:
        """Whether *designation* (after ب) is only the state of the one side taken so far.

        استقبل الرئيس تبون بالجزائر، ماكرون بالإليزيه: the host's own country or seat is where
        the contact is, not a side (بالوفد الإيراني, another state's, stays a side).
        """
        if len(refs) != 1 or not designation.refs:
            return False
        if any(ref.kind != "state" for ref in designation.refs):
            return False
        side = refs[0]
        if side.kind == "person":
            own = self.actors.country_of(side.value, self.reference)
        elif side.kind == "office":
            own = side.state
        else:
            return False
        return own is not None and all(ref.value == own for ref in designation.refs)

    def _to_a_new_date(self, tok1: int, sentence: int) -> bool:
        """Whether إلى and a date follow the contact word in its clause (put off to a day)."""
        doc = self.doc
        to_words = word_sets()["to"]
        last = min(tok1 + NEW_DATE_REACH, len(doc.tokens) - 2)
        return any(
            doc.tokens[at] in to_words
            and doc.sentence_of[at] == sentence
            and any(later in self.date_tokens for later in range(at + 1, at + 3))
            for at in range(tok1 + 1, last + 1)
        )

    def _done_of_another(self, at: int, tok0: int) -> bool:
        """Whether «لم يتم» at *at* negates another verbal noun (لم يتم تحديد موعد الزيارة).

        لم يتم اللقاء، لم يتم عقد اللقاء deny the contact; لم يتم حتى الآن تحديد موعدها
        only says that it is not yet dated.
        """
        doc = self.doc
        if at + 1 >= tok0 or doc.bare_tokens[at + 1] not in PASSIVE_DONE:
            return False
        return any(
            doc.bare_tokens[between] not in RULED_OUT_OBJECT for between in range(at + 2, tok0)
        )

    def _denial_denied(self, at: int, sentence: int) -> bool:
        """Whether a verb of denying comes shortly before the cancelling word at *at*.

        نفى المتحدث أن يكون الرئيس سيؤجل زيارته: the postponement is what is denied, so the
        visit still stands.
        """
        doc = self.doc
        return any(
            doc.tokens[before].removeprefix("و") in DENIAL_VERBS
            for before in range(max(at - DENIED_DENIAL_REACH, 0), at)
            if doc.sentence_of[before] == sentence
        )

    def occurrence(self, trigger: Trigger) -> Occurrence | None:  # noqa: C901, PLR0911, PLR0912, PLR0915
        doc = self.doc
        cues = cue_phrases()
        lexicon = word_sets()
        tok0 = doc.token_at(trigger.start)
        tok1 = doc.token_before(trigger.end)
        if tok0 >= len(doc.tokens) or tok1 < tok0:
            return None
        sentence_of = doc.sentence_of
        sentence = sentence_of[tok0]
        previous = doc.tokens[tok0 - 1] if tok0 > 0 and sentence_of[tok0 - 1] == sentence else ""
        bare_previous = doc.bare_tokens[tok0 - 1] if previous else ""
        # ضمن جولة خليجية شملت الكويت والبحرين: a tour that lists its stops is a trip of its
        # own, whatever frames it
        listing = self._listing_verb(tok1, sentence) if trigger.word in TRIPS else None
        listed_tour = trigger.word == TOUR and listing is not None
        framed = bool(previous) and (
            (
                bare_previous in cues["blocking"].bare
                and doc.tokens_match(tok0 - 1, cues["blocking"], bare=True)
            )
            or self._venue_before(tok0, sentence, visit=trigger.mode == "visit")
        )
        if (framed and not listed_tour) or (
            previous
            and (
                (trigger.mode == "phone" and bare_previous in lexicon["groups"])  # لجنة الاتصال
                # البقاء على اتصال، سيبقيان على اتصال: staying in touch, ongoing
                or (bare_previous == ON and tok0 > 1 and _staying(doc.tokens[tok0 - 2]))
                # أنه على اتصال دائم مع X، في تواصل مستمر مع X: in touch all along, no occasion
                or (
                    previous in {ON, IN}
                    and tok1 + 1 < len(doc.tokens)
                    and doc.tokens[tok1 + 1] in ONGOING
                )
                # توجه إلى الكويت لتقديم واجب العزاء: the trip's purpose, the trip the visit
                or (trigger.word == CONDOLENCE and previous in CONDOLENCE_PURPOSES)
            )
        ):
            return None
        call_recap = (
            trigger.kind == "discussion"
            and tok1 + 1 < len(doc.tokens)
            and doc.tokens[tok1 + 1] in DURING
            # after a call of the sentence (not a visit's programme: زيارة يبحث خلالها)
            and any(
                doc.bare_tokens[at].startswith(CALL_STEMS)  # (اتصالا، مكالمة)
                for at in range(bisect.bisect_left(sentence_of, sentence), tok0)
            )
        )  # اتصالا هاتفيا مع X وY بحث خلاله: what the call discussed (see the end)
        if trigger.mode == "visit" and any(
            doc.bare_tokens[at] in ADVISED
            for at in range(max(tok0 - 3, 0), tok0)
            if doc.sentence_of[at] == sentence
        ):
            return None  # نصحت الخارجية مواطنيها بعدم زيارة لبنان: travel advice
        if trigger.mode == "visit" and self._private_trip(tok1, sentence):
            return None  # غادر الملك إلى المغرب في إجازة خاصة: no one met
        # (the names and titles of its sides not counted: يتحادث الملك X والرئيس Y هاتفيا بانتظام)
        reach = doc.words_on(tok1, RECURRING_REACH)
        recurring = doc.any_phrase(tok1 + 1, reach, cues["recurring"], bare=True)
        if (
            recurring is not None
            and sentence_of[recurring] == sentence
            # (not after a comma: ...، واتفقا على التشاور بانتظام: a plan of the contact's own)
            and not COMMA.search(doc.text, doc.ends[tok1], doc.starts[recurring])
        ):
            return None  # التقاها في عدة مناسبات، التقى X مرات عدة: no one occasion
        if trigger.kind == "verb" and self._not_since(tok0, tok1, sentence):
            return None  # لم يجتمعا منذ قمة بالي: no occasion, how long since the last one
        mention_end = trigger.end
        extra: list[tuple[int, int]] = []
        if tok0 in self.visit_words:
            extra.append(self.visit_words[tok0])
        if trigger.word in CREDENTIALS and (verb := self._credentials_verb(tok0, sentence)) >= 0:
            extra.append((doc.starts[verb], doc.ends[verb]))  # تسلم الرئيس X أوراق اعتماد
        mode = trigger.mode
        # a phone modifier right after (اتصال هاتفي) or a little later (تحدثت مع ... عبر الهاتف)
        phone_at = None
        phone = cues["phone"]
        bare_tokens = doc.bare_tokens
        # a later contact word has its own modifier (بحث ... ثم تلقى اتصالا هاتفيا)
        index = bisect.bisect_right(self.trigger_tokens, tok1)
        reach = min(tok1 + PHONE_REACH, len(doc.tokens))
        if index < len(self.trigger_tokens):
            next_trigger = self.trigger_tokens[index]
            reach = min(reach, next_trigger)
            if (
                mode == "meeting"
                and next_trigger - tok1 <= VIA_REACH
                and doc.tokens[next_trigger - 1] in VIA
                and sentence_of[next_trigger] == sentence
                and doc.tokens_match(next_trigger + 1, phone, bare=True)
            ):
                mode = "phone"  # المحادثات، التي جرت عبر اتصال هاتفي: talks held by phone
            elif (
                mode == "meeting"
                and next_trigger - tok1 <= VIA_REACH + 1
                and doc.tokens[next_trigger - 1] in VIA_MEDIA
                and doc.tokens[next_trigger - 2] in VIA
                and sentence_of[next_trigger] == sentence
            ):
                mode = "phone"  # اجتماعا عبر تقنية الاتصال المرئي: a video call
        # the last token still in the sentence (sentence numbers ascend)
        last_of_sentence = bisect.bisect_right(sentence_of, sentence) - 1
        # (only the words a phone phrase starts with are matched: found in C)
        stop = min(reach, last_of_sentence + 1)
        for at in itertools.compress(
            range(tok1 + 1, stop), map(phone.bare.__contains__, bare_tokens[tok1 + 1 : stop])
        ):
            length = doc.tokens_match(at, phone, bare=True)
            if length:
                phone_at = (at, length)
                break
        if phone_at is not None:
            at, length = phone_at
            if at == tok1 + 1:
                mention_end = doc.ends[at + length - 1]
                mode = "phone"
                tok1 = at + length - 1
            elif trigger.kind in {"speaking", "verb", "noun", "discussion"} and (
                mode in {None, "phone"}
            ):
                # تحدثت مع ... عبر الهاتف; بحث X وY هاتفيا (the sides between)
                extra.append((doc.starts[at], doc.ends[at + length - 1]))
                mode = "phone"
        if trigger.kind == "speaking" and mode == "phone" and phone_at is None:
            if not self._spoke_with(tok1, sentence):
                return None
            mode = None  # تحدث بوتين اليوم مع رئيس الوزراء المجري: a contact, how untold
        if (
            trigger.kind == "noun"
            and trigger.word in CALLS
            and not self._calls_made(tok0)
            # طالب X في اتصالات هاتفية مع A وB: indefinite, with its modifier, the calls he made
            and not (
                mention_end != trigger.end
                and tok0 > 0
                and not doc.tokens[tok0].startswith("ال")
                and doc.tokens[tok0 - 1] in DURING_WORDS | {IN}
            )
            # اتصالات هاتفية لـX مع A وB: indefinite, with its modifier and caller, several calls
            and (
                doc.tokens[tok0].startswith("ال")
                or mention_end == trigger.end
                or not self._caller_after(tok1 + 1, sentence)
            )
        ):
            return None  # مواصلة الاتصالات، الاتصالات بين البلدين: ongoing, not one call
        arriving = trigger.kind == "verb" and trigger.word in ARRIVING
        if (arriving or (trigger.kind == "noun" and trigger.word == TOUR)) and not (
            self._to_follows(tok1, sentence, ARRIVAL_REACH if arriving else TOUR_REACH)
            # ووصل كذلك X: where the arrival told before was (see _arrival_repeated)
            or (arriving and tok1 + 1 < len(doc.tokens) and doc.tokens[tok1 + 1] in ALSO)
            or (arriving and self._place_object(tok1, sentence))  # وصل القاهرة الرئيس X
            or (not arriving and tok0 > 0 and doc.tokens[tok0 - 1] in TOUR_INCLUDES)  # وتشمل جولة
        ):
            # وصل (أبو مازن اليوم) إلى القاهرة: an arrival needs إلى a few words on; so
            # does a tour (جولة إلى الخليج، not جولته في المنطقة)
            return None
        if trigger.kind == "verb" and trigger.word in ALIGHTING and not self._alights(tok0, tok1):
            return None
        forum = bool(
            tok1 + 1 < len(doc.tokens)
            and sentence_of[tok1 + 1] == sentence
            and doc.tokens_match(tok1 + 1, cues["forum"], bare=True)
        )
        role_adjective = None
        if tok1 + 1 < len(doc.tokens) and sentence_of[tok1 + 1] == sentence:
            role_adjective = role_adjectives().get(doc.tokens[tok1 + 1])
        start = self.clause_start(tok0)
        # التقى X Y أمس ويلتقي Z غدا: a verb joined by و opens a clause of its own, whose
        # subject is the first verb's (not its object, nor its day)
        carried = self._joined_verb_subject(trigger, tok0, start, sentence)
        if carried:
            start = tok0
        status = self._status(trigger, tok0, tok1, start)
        # sides: before the word in its clause, and after it until the topic starts
        refs: list[Ref] = []
        pairs: list[Ref] = []
        places: list[Designation] = []
        to_host = None
        has_with = False
        # a day and words of address (يوم الأربعاء 16 أبريل 2025، سعادة السيد) do not count
        filler = lexicon["filler"]
        light = sum(
            1
            for at in range(tok1 + 1, min(tok1 + WINDOW, last_of_sentence) + 1)
            if at in self.date_tokens or doc.tokens[at] in filler
        )
        aside_tokens = doc.asides(tok1 + 1, min(tok1 + WINDOW, last_of_sentence))
        light += len(aside_tokens)
        window_end = max(tok1, min(tok1 + WINDOW + light, len(doc.tokens) - 1, last_of_sentence))
        if doc.lists_in(tok1 + 1, window_end):
            # ...، وهم سفيرة الاتحاد السويسري السيدة X، وسفير مالي السيد Y: a list to its end
            window_end = max(window_end, min(tok1 + LIST_WINDOW, last_of_sentence))
        # (وصل X إلى الرياض، فيما كان Y قد زار طهران: the sides after فيما are the next clause's
        # when it has a subject of its own; فيما اتفق مع Y: the one met on the trip)
        window_end = next(
            (
                at - 1
                for at in range(tok1 + 1, window_end + 1)
                if doc.tokens[at] in WHILE_WORDS and self._own_subject_after(at, sentence)
            ),
            window_end,
        )
        complementizers = lexicon["complementizers"]
        # الزيارة التي سيقوم بها الرئيس X: who makes it follows, no side before the word
        relative_at = self._after_qualifiers(tok1)
        maker_end = (
            self._maker_words(relative_at, tok1, len(doc.tokens))
            if relative_at < len(doc.tokens)
            and (doc.tokens[relative_at] in RELATIVES or trigger.kind == "noun")
            else 0
        )
        # the first complementizer of the window, if any (looked up in C), past a maker's
        # words (الزيارة التي كان من المقرر أن يقوم بها X: أن inside them)
        stop_at = _first_outside(
            complementizers, doc, max(tok1 + 2, maker_end), window_end + 1, window_end
        )
        index = bisect.bisect_left(self.trigger_tokens, tok0)
        previous_trigger = self.trigger_tokens[index - 1] if index > 0 else -1
        pre_designations: list[Designation] = []
        received = False  # a receiving verb in the passive (استقبل من قبل X)
        # زيارة المقداد السعودية وبعد اجتماع لدول عربية: no side before وبعد for this word
        # (and none before قبيل زيارته: his visit, whoever the clause names before)
        times = ANY_TIME_WORDS if trigger.suffix in POSSESSIVES else TIME_WORDS
        barrier = next(
            (at for at in range(tok0 - 1, start - 1, -1) if doc.tokens[at] in times),
            start,
        )
        if (
            trigger.kind == "noun"
            and start <= previous_trigger < tok0 - 1
            and previous_trigger in self.noun_triggers
            and doc.tokens[tok0 - 1] in PLAIN_TIME_WORDS
        ):
            # زيارة السيسي للخرطوم بعد زيارة البشير للقاهرة: the sides before بعد are the
            # first noun's (تصريحات لافروف بعد اجتماع: no word before; سيزور X الدوحة بعد
            # اتصال: a verb's subject, X in both)
            barrier = tok0
        elif (
            trigger.kind == "noun"
            and not trigger.suffix
            and start <= previous_trigger < tok0 - 1
            and previous_trigger in self.noun_triggers
            and doc.bare_tokens[tok0 - 1] in DURING_WORDS
            and self._genitive_side(tok1, sentence)
        ):
            # مكالمة مع بايدن خلال زيارة الأخير لإسرائيل: the visit is its own maker's, the
            # call's sides before خلال are not its sides
            barrier = tok0
        if self._recap_dual(trigger, tok0, previous_trigger, sentence):
            barrier = tok0  # حيث تناول اللقاءان، خلال اللقاءين: the contacts told before, no sides
        barrier = self._while_clause(barrier, tok0, tok1, sentence)
        barrier = self._after_fronted_time(barrier, tok0, sentence)
        barrier = self._after_speaker(sentence, barrier, tok0)
        if self._judged(barrier, tok0):
            barrier = tok0  # أدان الصفدي زيارة وزير إسرائيلي إلى الأقصى: a judge, no side
        time_clause = (
            previous_trigger > start
            and sentence_of[previous_trigger] == sentence
            and doc.tokens[previous_trigger - 1] in ANY_TIME_WORDS
        )
        invited = trigger.word in TRIPS and doc.tokens[tok0].startswith("ل")
        # (not الاتصال الذي أجراه مع X: the maker is the one named before, a side)
        made_by = maker_end > 0 and any(
            item.tok0 == maker_end
            and not item.prep
            and any(ref.kind in {"person", "office"} for ref in item.refs)
            for item in doc.in_sentence(sentence)
        )
        # the sides before the contact word before stay this one's only in one phrase of both
        verb_pair = occurrence_is_verb_pair(doc, previous_trigger, tok0)
        stop_list_end = -2  # the last token of the stops named after بعد or قبل
        for designation in doc.in_sentence(sentence):
            if (
                designation.tok1 >= tok0 or designation.tok1 < barrier or made_by
            ):  # a long title may open before
                continue
            if designation.tok0 <= previous_trigger and not verb_pair:
                continue
            if time_clause and designation.tok0 > previous_trigger:
                continue  # يتوجه البرهان بعد لقائه السيسي لزيارة ...: Sisi is the time clause's
            if _place_only(designation) and (
                self._fronted_stop(designation, sentence)
                or (designation.conjoined and designation.tok0 <= stop_list_end + 1)
            ):
                # وبعد قطر، سيزور X ألمانيا؛ بعد الأردن ومصر، وصل X: the stops before, no side
                stop_list_end = designation.tok1
                continue
            if _place_only(designation) and doc.tokens[designation.tok0 - 1] in DEPARTURES:
                continue  # عقب مغادرته الرياض، وكان Y في استقباله: the place left, no side
            if (
                # (بين lists every side, the subject's too)
                (designation.prep in WITH_EACH or designation.prep == "ب")
                and previous_trigger >= 0
                and designation.tok0 > previous_trigger
                and sentence_of[previous_trigger] == sentence
                and designation.tok0 != start  # مع X، الذي تلقى دعوة: X opens the clause
                and self._clause_between(designation.tok1, tok0)
            ):
                # بحث X مع Y ...، ثم تلقى اتصالا من Z; اتصالا بالرئيس Y، كما أجرى اتصالا بـZ:
                continue  # Y was the word before's side
            if doc.sentence_of[designation.tok0] != sentence:
                continue
            if designation.tok0 in self.venue_tokens and not designation.city:
                continue  # على هامش أعمال الجمعية العامة للأمم المتحدة، التقى: no side
            if designation.prep in lexicon["to"] and self._returning_to(designation):
                continue  # عاد X إلى القاهرة قادما من باريس، بعد زيارة ...: home, no host
            if designation.prep in lexicon["to"]:
                if invited and self._invited_since(designation, start):
                    self._take(designation, refs, pairs)  # دعوة X إلى الرئيس Y لزيارة: the guest
                    pre_designations.append(designation)
                    continue
                if trigger.mode == "visit":
                    to_host = designation  # وصل X إلى بيروت في زيارة
                    if designation.city:
                        places.append(designation)
                continue
            if designation.prep == FROM and self._invited_by(designation):
                self._take(designation, refs, pairs)  # دعوة من الرئيس X لزيارة: the host
                pre_designations.append(designation)
                continue
            if (
                # (لنظيره; للبشير, a name written with ل + ال, read whole)
                (designation.prep == "ل" or doc.tokens[designation.tok0].startswith(LI_AL))
                and (trigger.mode == "phone" or trigger.suffix)  # (not a forum's session)
                and self._told_during(designation, tok0)
            ):
                if not refs:  # القذافي أكد للبشير في اتصال: the one who told, before his verb
                    first = bisect.bisect_left(doc.sentence_of, sentence)
                    teller = self._plain_subject(sentence, first, designation.tok0)
                    if teller is not None:
                        refs.append(teller)
                self._take(designation, refs, pairs)  # قال X لنظيره Y خلال اتصال: the one told
                pre_designations.append(designation)
                continue
            if (
                designation.prep in lexicon["topic_preps"]
                or designation.prep in {"ل", "ك"}
                or (designation.prep == "ب" and designation.city)
            ):
                if (
                    (designation.city or designation.place_state)
                    and tok0 - designation.tok1 <= 4  # noqa: PLR2004
                    # قادما من أنقرة، وصل إلى أثينا: where he came from (not for the visit he
                    # came from: قادما من دمشق بعد زيارة ...، قادما من تل أبيب حيث التقى)
                    and not (designation.prep == FROM and trigger.word in ARRIVING)
                ):
                    places.append(designation)
                continue
            if trigger.word in PARTICIPLES and _place_only(designation):
                continue  # وسيغادر أردوغان موسكو متوجها إلى ...: the place left
            self._take(designation, refs, pairs)
            pre_designations.append(designation)
        pre_count = len(refs)
        # after the word: a chain of sides, each close to the last; a topic word ends
        # it, and a later بين or مع opens a list of sides again
        chain_end = tok1
        if tok0 in self.visit_words:
            chain_end = tok1 + 2  # والتقى خلال الزيارة X: the sides follow the visit noun
        between = False
        free = 0
        listed_between = 0
        hosts: list[Designation] = []
        taken = 0
        taken_prep = ""
        last_taken: Designation | None = None
        listed = False
        subjects_listed = False  # the list is a verb's subjects (استقبل X وY Z: Z the object)
        guest_last = False
        refs_after = False
        callers = 0  # the sides after a call word, each with its own من
        # التقى X مع كل من Y ...: a list of the ones met, however long their titles
        each_of = any(
            doc.tokens[at] in EACH and doc.tokens[at + 1] == FROM
            for at in range(tok1 + 1, min(tok1 + EACH_OF_REACH, len(doc.tokens) - 1))
        )
        index = bisect.bisect_right(self.trigger_tokens, tok1)
        next_trigger = (
            self.trigger_tokens[index] if index < len(self.trigger_tokens) else len(doc.tokens)
        )
        stop_at = min(stop_at, next_trigger - 1)
        # a list of sides may run past the window (التقى سموه معالي X وزير ...، ومعالي Y ...)
        list_end = stop_at
        if stop_at == window_end:
            list_end = min(last_of_sentence, next_trigger - 1)
            list_end = _first_outside(complementizers, doc, window_end + 1, list_end + 1, list_end)
        # ...، وكذلك مع Z: another one met, past the window and the topic
        also_at = next(
            (
                item.tok0
                for item in doc.in_sentence(sentence)
                if tok1 < item.tok0 < next_trigger and self._also_with(item.tok0 - 1)
            ),
            -1,
        )
        for designation in doc.in_sentence(sentence):
            if designation.tok0 <= tok1 or list_end < designation.tok0 != also_at:
                continue
            if designation.tok0 > stop_at and not listed and also_at < designation.tok0:
                break
            if all(ref.kind == "adjective" for ref in designation.refs) and not designation.city:
                continue  # وزير الخارجية وشؤون المصريين: an adjective alone is no side
            if (
                designation.tok0 in aside_tokens or designation.tok0 in self.venue_tokens
            ) and not designation.city:
                continue  # ، على هامش مشاركته في قمة الاتحاد الأفريقي، : no side
            if designation.city and self._after_forum_word(designation):
                continue  # صيغة أستانا: a format named after a city
            if _place_only(designation) and doc.tokens[designation.tok0 - 1] in ANY_TIME_WORDS:
                continue  # وصل X إلى الرياض بعد ميونخ: the stop before, no host
            if _place_only(designation) and doc.tokens[designation.tok0 - 1] in DEPARTURES:
                continue  # وصل X إلى الدوحة، عقب مغادرته الرياض: the place left, no side
            if self._own_session(trigger, tok1, designation):
                continue  # قبل اجتماع لحلف شمال الأطلسي: the organization meets, no side
            # استقبل من قبل جلالة الملك X: a receiving verb with its agent right after it
            passive = trigger.kind == "verb" and trigger.word in RECEIVING_VERBS
            agent_at = (
                self._agent(
                    designation, reception=passive or trigger.word in RECEPTION, address=passive
                )
                if trigger.kind == "noun" or passive
                else -1
            )
            if (agent_at >= 0 if trigger.kind == "noun" else agent_at == tok1 + 1) and not any(
                ref.kind == "person" and any(ref.value == r.value for r in refs)
                for ref in designation.refs
            ):
                # مراسم استقبال جرت لـX ... من قبل Y: the agent of a passive, a side however far
                self._take(designation, refs, pairs)
                received = received or passive  # استقبل من قبل Y: Y receives
                chain_end = designation.tok1
                continue
            if (
                designation.prep == "ل"
                and taken == 0
                and trigger.kind == "noun"
                and trigger.mode != "visit"
                and designation.tok0 - tok1 <= HEADLINE_AGENT_GAP
                and any(ref.kind in {"person", "office"} for ref in designation.refs)
                and self._with_after(designation.tok1, list_end)
            ):
                # اتصالات هاتفية لجلالة السلطان مع أمير قطر والرئيس الإيراني: the one who called
                self._take(designation, refs, pairs)
                taken += 1
                free += 1
                chain_end = designation.tok1
                continue
            if designation.tok0 == self.visit_places.get(tok0, -1):
                places.append(designation)  # ويلتقي خلال زيارته بغداد الرئيس X: where, not who
                chain_end = designation.tok1
                continue
            if trigger.mode == "visit" and self._stage_stop(designation):
                to_host = to_host or designation  # يستهلها بالإمارات، ويختتمها بالكويت: a stop
                hosts.append(designation)
                chain_end = designation.tok1
                continue
            if self._place_of_a_title(designation) or self._place_of_own_title(designation):
                continue  # حاكم دبي الشيخ محمد بن راشد: the place his untracked title names
            if (designation.city or designation.place_state) and (
                self._after_place_noun(designation) or self._place_before_met(designation)
            ):
                places.append(designation)  # إلى مطار مسقط الدولي: where, not who
                chain_end = designation.tok1
                continue
            if (
                designation.refs
                and all(ref.kind == "org" for ref in designation.refs)
                and self._after_place_noun(designation)
                and any(  # (another met after it; alone, التقى X بمقر الجامعة: the League)
                    other.tok0 > designation.tok1
                    and any(ref.kind in {"person", "office"} for ref in other.refs)
                    for other in doc.in_sentence(sentence)
                )
            ):
                chain_end = designation.tok1
                continue  # بمقر الأمم المتحدة في نيويورك، مع X: the venue, no side
            if (
                (trigger.word in RECEPTION or trigger.word in RECEIVERS)
                and designation.tok0 == tok1 + 1
                and doc.tokens[designation.tok0] in honorific_pronouns()
            ):
                # في استقبال فخامته وزير الخارجية X، في مقدمة مستقبلي سموه X: the guest, as
                # استقباله says; X receives
                self._take(designation, refs, pairs)
                chain_end = designation.tok1
                continue
            gap, opened, between = self._gap_after(
                chain_end,
                designation.tok0 if designation.lead < 0 else designation.lead,
                between=between,
                reopen=trigger.kind != "discussion",
                asides=aside_tokens,
                reception=trigger.mode == "visit" and trigger.kind == "noun",
            )
            if not opened and self._with_after_topic(trigger, refs, chain_end, designation):
                opened, gap = True, 0  # بحث X العلاقات الثنائية مع الرئيس Y: the one met
            if not opened and gap <= 2 and self._named_again(last_taken, designation):  # noqa: PLR2004
                chain_end = designation.tok1  # X نائب القائد الأعلى، رئيس المجلس التنفيذي: X
                continue
            met_to = (  # اجتمع المالكي إلى الرئيس روحاني: the one met, not a destination
                (
                    (trigger.kind == "verb" and trigger.word in MEETING_TO)
                    # قدم أوراق اعتماده إلى الرئيس X: the one who receives them
                    or (trigger.kind == "noun" and trigger.word in CREDENTIALS)
                )
                and designation.prep in lexicon["to"]
                and not (designation.city or designation.place_state)
            )
            if met_to:
                opened, gap = True, 0  # as after مع
            elif designation.prep in lexicon["to"] or self._to_each_of(designation):
                # (إلى itself, a topic word, counts 3 in the gap; جولة تقوده إلى كل من X وY)
                if self._returning_to(designation):
                    continue  # زيارته إلى مصر، وعاد إلى موسكو: home, no host and no place
                if designation.city and self._reached_on_arrival(designation):
                    places.append(designation)  # التقى عقب وصوله إلى عمان: where they met
                if trigger.mode == "visit" and (
                    gap <= 5  # noqa: PLR2004
                    or self._visit_clause(chain_end, designation.tok0)
                ):
                    to_host = designation
                    hosts.append(designation)
                    if designation.city:
                        places.append(designation)
                    chain_end = designation.tok1
                continue
            then = designation.tok0 > 0 and doc.tokens[designation.tok0 - 1] in STOP_LIST
            if (
                hosts
                and designation.place_state
                and ((gap == 0 and self._conjoined(designation)) or then)  # X ثم Y
            ):
                hosts.append(designation)  # زيارة إلى تركيا وبريطانيا: a second host
                if designation.city:
                    places.append(designation)  # جولة شملت دمشق وعمان: each leg its city
                chain_end = designation.tok1
                continue
            if (
                designation.prep == "من"
                and mode == "phone"
                and gap <= 2  # noqa: PLR2004
                and (
                    not refs_after
                    or (designation.conjoined and several_calls(trigger))
                    or callers > 0  # ...، ومن Y، وكذلك من Y: من again, another caller
                )
            ):
                # تلقى اتصالا هاتفيا من نظيره: the caller; ..., ومن Y: a call from each
                self._take(designation, refs, pairs)
                callers += 1
                # ...، ومن Y، ومن Z: a list of callers, which may run past the window
                listed = listed or callers > 1
                refs_after = True
                chain_end = designation.tok1
                continue
            if designation.prep == "ب" and self._own_ground(designation, refs):
                places.append(designation)  # استقبل تبون بالجزائر ميلوني: where, not who
                chain_end = designation.tok1
                continue
            if designation.city and (
                designation.prep == "ب" or (designation.prep == IN and trigger.word in ALIGHTING)
            ):
                if trigger.word in ALIGHTING and to_host is None:
                    to_host = designation  # حلّ الوزير بنواكشوط: the host
                    hosts.append(designation)
                places.append(designation)  # بالرباط: where, not who
                chain_end = designation.tok1
                continue
            if trigger.word in ALIGHTING and to_host is None and self._as_guest_of(designation):
                self._take(designation, refs, pairs)  # حل X ضيفا على Y: Y receives
                to_host = designation
                hosts.append(designation)
                chain_end = designation.tok1
                continue
            if (
                designation.prep == "ل"
                and trigger.kind == "noun"
                and trigger.word in RECEPTION
                and not trigger.suffix
                and taken == 1
                and gap == 0
                and any(ref.kind in {"person", "office"} for ref in designation.refs)
            ):
                # خلال استقبال الرئيس X لوزير الخارجية Y: the receiver, then the one received
                self._take(designation, refs, pairs)
                taken += 1
                chain_end = designation.tok1
                continue
            if designation.prep in lexicon["topic_preps"]:
                if (
                    designation.prep == "في"
                    and (designation.city or designation.place_state)
                    and gap <= 4  # noqa: PLR2004
                    # (بحثا الأوضاع في أوكرانيا: the topic's country, not where they met)
                    and not self._after_topic(designation)
                ):
                    places.append(designation)
                    chain_end = designation.tok1
                continue
            if opened:
                has_with = True
            # و before the first side joins titles (نائب رئيس الوزراء ووزير الخارجية), not sides
            same_prep = designation.prep == taken_prep and designation.conjoined
            conjoined = (
                (designation.prep == "" or same_prep) and taken > 0 and self._conjoined(designation)
            )  # بالرئيس X، وبأمين عام الجامعة Y: the same preposition again after و
            second = trigger.kind != "noun" and free == 1 and gap <= 4  # noqa: PLR2004
            if (
                not second
                and trigger.kind != "noun"
                and (free == 1 or (free == 0 and pre_count > 0))  # (وكان X قد التقى: before)
                and designation.prep in {"", "ب"}  # (التقى ... بوزير الخارجية Y: the same)
                and not designation.city
                and self._margin_between(chain_end, designation)
            ):
                second = True  # التقى X على هامش مؤتمر ميونخ رئيس الوزراء الكويتي: the object
            # a verb has a subject and an object; a noun one complement (لقائه لافروف), a
            # visit also the place visited (زيارة وزير الخارجية السوري السعودية)
            most = (
                2
                if trigger.kind != "noun"
                or (trigger.mode == "visit" and (designation.place_state or designation.city))
                # لقاء الرئيس X بالسفير Y: the one met, after ب
                or (trigger.mode != "visit" and designation.prep == "ب" and not designation.city)
                # وكان في استقبال أردوغان الرئيس السنغالي: the guest, then who receives him
                or self._being_at(trigger, tok0)
                # خلال لقاء المنفي رئيس المجلس الأوروبي X: the noun's agent, then whom it met
                or (
                    not trigger.suffix
                    and not definite(doc.tokens[tok0])  # (not اللقاء: no construct)
                    and free == 1
                    and not designation.prep
                    and any(ref.kind == "person" for ref in designation.refs)
                    and any(  # its agent right after it, in construct, a person named
                        item.tok0 == tok1 + 1
                        and not item.prep
                        and item.tok1 < designation.tok0
                        and any(ref.kind == "person" for ref in item.refs)
                        for item in doc.in_sentence(sentence)
                    )
                    and self._of_other_states(designation, refs)
                )
                else 1
            )
            if trigger.kind != "noun" and free == 1 and designation.counterpart and gap <= 8:  # noqa: PLR2004
                second = True  # استقبل X، اليوم بالقاعة الشرفية بمطار ...، نظيره السوري
            object_after_subjects = (  # (a receiving verb's: its subjects are co-hosts)
                subjects_listed
                and trigger.word.startswith(RECEIVING)
                and free == 1
                and gap <= 1
                and not designation.prep
                and self._of_other_states(designation, refs)
            )
            if (
                not (opened or conjoined or object_after_subjects)
                and gap <= 6  # noqa: PLR2004
                and (listed or free >= most)
            ):
                # X وزير خارجية جورجيا، ومعالي Y: the office of the side before, not a side
                chain_end = designation.tok1
                continue
            # (بين X وY: and a list opened by كل من, X، المدير العام لمنظمة ...، وY: the next
            # side after the title of the one before)
            if not (
                opened
                or gap <= 2  # noqa: PLR2004
                or second
                or ((between or (listed and each_of)) and conjoined and gap <= 6)  # noqa: PLR2004
            ):
                if gap > 6 and also_at < designation.tok0:  # noqa: PLR2004
                    break  # (not before «، وكذلك مع Z», which goes on)
                continue
            if opened or conjoined:
                subjects_listed = (
                    not opened
                    and trigger.kind == "verb"
                    and free == 1
                    and (subjects_listed or not listed)
                )
                listed = True
            elif object_after_subjects:
                # استقبل أمير الكويت X والشيخ Y وزير الخارجية الأمريكي Z: after the
                # subjects joined by و, the object
                free += 1
                subjects_listed = False
                guest_last = True
            else:
                # a verb has a subject and an object; a noun one complement (لقائه لافروف);
                # after a list (بين X وY) nothing more
                if listed or free >= most:
                    continue
                if not (gap == 0 and self._own_title(last_taken, designation)):
                    free += 1  # التقى X وزير الخارجية الأردني اليوم Y: X's own title, no side
            if trigger.word in LEAVING and _place_only(designation):
                places.append(designation)  # غادر موسكو: the place left, not a side
                chain_end = designation.tok1
                continue
            if trigger.mode == "visit" and to_host is None and self._states_listed(designation):
                to_host = designation  # لزيارة السعودية والإمارات: one visit to each
                hosts.append(designation)
                chain_end = designation.tok1
                continue
            before_take = len(refs)
            self._take(designation, refs, pairs)
            last_taken = designation
            if between and (opened or conjoined):
                listed_between += len(refs) - before_take
            taken += 1
            taken_prep = designation.prep
            if (
                trigger.mode == "visit"
                and designation.place_state
                and not designation.city
                and designation.prep in {"", "ل"}  # زيارة لمصر: to Egypt
                and (
                    designation.tok0 == tok1 + 1
                    or (
                        (designation.prep == "ل" or doc.tokens[designation.tok0].startswith(LI_AL))
                        and trigger.word in TRIPS  # (not أوراق اعتماده سفيرا لمصر: for whom)
                        and self._visit_words_only(tok1, designation.tok0)
                    )
                )
                and all(ref.kind == "state" for ref in designation.refs)
            ):
                places.append(designation)  # لزيارة روسيا: the state visited is the place
                to_host = to_host or designation
            if designation.city and trigger.mode == "visit":
                places.append(designation)  # زار موسكو: the city visited is the place
                if not designation.refs and designation.city_state and not designation.prep:
                    # زار X بنغازي: a city that is no capital; its state receives the visit
                    state = designation.city_state
                    refs.append(office_or_state(None, state, designation.start, designation.end))
                    to_host = to_host or designation
            chain_end = designation.tok1
        if (
            time_clause
            and pre_count == 0
            and (len(refs) == 1 or (refs and has_with))  # (اجتمع مع X وY: with each)
            and trigger.kind == "verb"
            and not trigger.suffix
            and previous_trigger in self.possessed_nouns
        ):
            # وبعد لقائه X، اجتمع مع Y: the verb's subject is the one the time clause's ه names,
            # the sentence's subject when it names one (التقى X Y، وبعد لقائه ...: X)
            first = bisect.bisect_left(sentence_of, sentence)
            subject = self._plain_subject(sentence, first, previous_trigger) or self._possessor(
                previous_trigger, sentence
            )
            if subject is not None and all(subject.value != ref.value for ref in refs):
                refs.insert(0, attrs.evolve(subject, evidence=EvidenceKind.ANAPHOR))
        if (
            len(refs) > pre_count
            and trigger.word not in TRIPS  # (وذلك خلال زيارتها: the trip the contact is part of)
            and self._reported_link(tok0, sentence)
        ):
            # قال X إن طهران ترحب بالتقارب مع السعودية، وذلك خلال لقاء عقده مع Y: the words
            # of the statement are no sides; the one who spoke is, when the noun names one
            del refs[:pre_count]
            first = bisect.bisect_left(sentence_of, sentence)
            speaker = self._plain_subject(sentence, first, tok0 - 2, anaphor=False)
            if speaker is not None and speaker.value not in {ref.value for ref in refs}:
                refs.insert(0, speaker)
        if not refs and (hosts or to_host is not None) and trigger.kind == "verb":
            subject = None if trigger.suffix else self._sequel_subject(tok0, sentence)
            if subject is not None:
                refs.append(subject)  # يلتقي الملك X، قبل أن يتوجه إلى المجر: the king goes
                first = bisect.bisect_left(doc.sentence_of, sentence)
                index = bisect.bisect_left(self.trigger_tokens, tok0) - 1
                main = self.trigger_tokens[index] if index >= 0 else -1
                if status is None and (
                    doc.any_phrase(first, tok0 - 1, cues["planned"], bare=True)
                    or (main >= first and doc.tokens[main].removeprefix("و").startswith(WILL))
                ):
                    status = Status.PLANNED  # ومن المقرر أن يلتقي / سيلتقي ...، ثم يتوجه: to come
        if trigger.mode == "visit":
            inviter = self._inviter_after(tok1, min(next_trigger - 1, last_of_sentence))
            if inviter is not None:
                known = {(ref.value, ref.role, ref.state) for ref in refs}
                if any((ref.value, ref.role, ref.state) not in known for ref in inviter.refs):
                    self._take(inviter, refs, pairs)  # زيارة ... تلبية لدعوة من الرئيس X
                to_host = to_host or inviter  # the inviter receives the visit
        namely = any(  # (a list after وهم names those met, not every side as بين does)
            doc.tokens[at] in NAMELY for at in range(tok1 + 1, min(chain_end, window_end) + 1)
        )
        if listed_between >= 2 and pre_count and not namely:  # noqa: PLR2004
            # تستضيف الدوحة جولة من المحادثات بين الولايات المتحدة وإيران: the بين list
            # names the sides; a city before the word is where
            places.extend(item for item in pre_designations if item.city)
            del refs[:pre_count]
        speaker = None
        trip = _distinct_hosts(hosts)
        personal = start > 0 and doc.tokens[start - 1] in PRONOUN_COMPLEMENTIZERS
        # أعلن لافروف أنه مستعد للقاء روبيو: the clause is a word of intent, then the word (or
        # a few words of stance: قال إنه يرفض فكرة لقاء X، أكد أنه غير مستعد للقاء X)
        stance = doc.tokens[start:tok0] if personal and tok0 - start <= STANCE_MOST else []
        intending = bool(stance) and all(word in INTENT_WORDS or word in STANCE for word in stance)
        negated = sum(word in STANCE_NEGATIONS or word in STANCE_REFUSALS for word in stance)
        if intending and negated % 2:
            status = Status.DENIED  # أنه غير مستعد للقاء، لا ينوي لقاء: it will not happen
        elif intending and negated:
            status = Status.PROPOSED  # إنه لا يرفض فكرة لقاء X: possible, not refused
        if (
            (
                has_with
                or intending
                or (personal and trigger.kind == "verb" and not trigger.suffix)  # إنه سيلتقي
            )
            # (or none but where a trip goes: قال إنه سيزور إسرائيل ومصر، إنه سيتوجه إلى طهران)
            and (
                len(refs) == 1
                or (not refs and (len(trip) > 1 or to_host is not None))
                # قال X إنه سيلتقي المسؤولين الأتراك والسعوديين: he meets each of them
                or (
                    personal
                    and trigger.kind in {"verb", "discussion"}
                    and not trigger.suffix
                    and all(ref.start >= trigger.end for ref in refs)
                )
            )
            and start > 0
            and sentence_of[start - 1] == sentence
        ):
            # أعلن بوتين أنه سيجري محادثة مع ...: أنه is the speaker, a side in person
            # (so in قال الوزير إنه استقبل X); قال عراقجي إن من المقرر عقد محادثات مع ...:
            # his state is the side
            speaker = self._reporter(
                start,
                sentence,
                as_state=trigger.kind == "noun" and not (personal or intending),
            )
        possessor = None
        if trigger.suffix in {"ه", "ها"} or self._gathered(tok1):
            # (التقى X الرئيس المصري خلال زيارته إلى إسرائيل ومصر: not the host's own)
            bound_for = {ref.value for ref in trip} if trigger.mode == "visit" else set()
            possessor = self._possessor(tok0, sentence, bound_for)
            if trigger.kind == "verb" and trigger.word in RECEIVING_VERBS:
                # وصل X ...، والتقى Y، ثم استقبله Z: the one received is the traveller, the
                # first named of another state than Z's and of the pronoun's gender
                possessor = self._received(tok0, sentence, refs, trigger.suffix) or possessor
        if (
            trigger.kind == "noun"
            and len(refs) == 1
            and self._pronoun_object(tok1)
            and self._opens_sentence(refs[0], sentence)  # (سلم X رسالة: X, the subject)
        ):
            # سلم X رسالة إلى Y خلال لقائه به، خلال لقاء جمعهما: the other one named before
            other = self._named_before_other(tok0, sentence, refs[0])
            if other is not None:
                refs.append(other)
        if made_by and to_host is not None:
            # رحب الملك X بالزيارة التي يقوم بها الرئيس Y إلى عمان: the one who welcomes a
            # visit to his own state is its host (not one who praises another state's visit)
            welcomer = self._welcomer(tok0, barrier, sentence, to_host)
            if welcomer is not None:
                self._take(welcomer, refs, pairs)
        if not refs:
            # عقب اجتماع ... اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان
            for designation in doc.in_sentence(sentence):
                if designation.listed and doc.sentence(designation.tok0) == sentence:
                    self._take(designation, refs, pairs)
                    break
        if (
            pre_count == 0
            and has_with
            and refs
            and trigger.kind in {"verb", "discussion"}
            and not trigger.suffix
            and not trigger.word.endswith(("ا", "وا"))
            and self._with_next(tok1)
        ):
            # وهكذا أجرى بوريطة مباحثات ... كما تباحث مع كل من X وY: the subject of the
            # sentence before (not وبحث X مع Y: its own subject)
            subject = self._previous_subject(sentence)
            if subject is not None and all(ref.value != subject.value for ref in refs):
                refs.insert(0, subject)
        if pre_count == 0 and self._guests_again(trigger, tok0, tok1, refs):
            # واستقبل أيضا X وY: the receiver named before receives both (X استقبل Y، كما
            # استقبل Z وW: the sentence's own subject)
            first = bisect.bisect_left(doc.sentence_of, sentence)
            subject = self._plain_subject(sentence, first, tok0) or self._previous_subject(sentence)
            if subject is not None and all(_who(subject) != _who(ref) for ref in refs):
                refs.insert(0, subject)
        if (
            pre_count == 0
            and trigger.kind == "noun"
            # أجرى مباحثات مع X وY: a list after مع has no subject in it either; nor تلقى
            # اتصالين من X وY, its sides all callers
            and (
                len(refs) == 1
                or (has_with and self._with_next(tok1))
                or (callers > 0 and several_calls(trigger))
                or (start == tok0 - 1 and self._joined_light_verb(start))
            )
        ):
            subject = None
            sequel = (
                self._sequel_subject(tok0 - 1, sentence)
                if tok0 > 0 and doc.tokens[tok0 - 1] in PLURAL_CALL_VERBS
                else None
            )
            if sequel is not None:
                # اجتمع X مع Y، قبل أن يجري محادثات هاتفية مع Z: X, the sentence's subject
                subject = sequel
            elif self._subjectless_light_verb(tok0, start):
                # ... بالرئيس الجزائري. كما أجرى اتصالا بالرئيس التونسي: the caller named before
                # (التقى X Y، وأجرى لقاء مع Z / كما أجرى محادثات مع Z: X, the sentence's subject)
                first = bisect.bisect_left(doc.sentence_of, sentence)
                subject = self._plain_subject(sentence, first, start) or self._previous_subject(
                    sentence
                )
            if subject is not None and all(_who(subject) != _who(ref) for ref in refs):
                refs.insert(0, subject)
        if pre_count == 0 and len(refs) == 1 and has_with and trigger.kind == "noun":
            # وفي اتصال هاتفي مع X، أكد Y: the phrase opens the sentence, whose subject is a side
            # (not a spokesperson who tells of it: ...، قال المتحدث باسم الخارجية Y إن)
            first = bisect.bisect_left(doc.sentence_of, sentence)
            subject = self._fronted_subject(first, tok0, sentence)
            if subject is not None and self._role_of(subject) not in offices.SPOKESPERSON_ROLES:
                self._carry_subject(subject, refs)
        if pre_count == 0 and len(refs) == 1 and self._opens_subjectless(trigger, tok0, sentence):
            # التقى X في القدس Y. والتقى في رام الله Z / ويلتقي في رام الله Z: X again
            self._carry_subject(self._previous_subject(sentence), refs)
        if (
            pre_count == 0
            and refs
            and trigger.kind == "verb"
            and not trigger.suffix
            and tok0 > 0
            and doc.tokens[tok0 - 1] in WHEREUPON
        ):
            # وصل X إلى ميونيخ وأجرى لقاءات، حيث التقى Y وZ: X, the clause's subject, met them
            first = bisect.bisect_left(doc.sentence_of, sentence)
            self._carry_subject(self._plain_subject(sentence, first, tok0), refs)
        elif (
            pre_count == 0
            and len(refs) == 1
            and trigger.kind == "verb"
            and not trigger.suffix
            # a verb of meeting or receiving (after يتوجه, the name is its own subject)
            and (trigger.mode == "meeting" or trigger.word in RECEIVING_VERBS)
            and tok0 >= 2  # noqa: PLR2004
            and doc.tokens[tok0 - 1] == THAT
        ):
            # أجرى X اتصالا مع Y أمس، بعد أن التقى Z: X met Z (the sentence's subject)
            self._carry_subject(self._sequel_subject(tok0, sentence), refs)
        if len(refs) == 1 and self._came_of(tok0, sentence):
            # أكد X ... جاء ذلك خلال اتصال هاتفي تلقاه من Y: X, the sentence before's subject
            subject = self._previous_subject(sentence)
            if subject is not None and subject.value != refs[0].value:
                refs.insert(0, subject)
        first_person = None
        quoted = (  # أردوغان: أتوقع إجراء مكالمة مع بوتين وربما مع ترامب: a call with each
            trigger.kind == "noun"
            and (len(refs) < 2 or (has_with and pre_count == 0))  # noqa: PLR2004
            and self._quoted_first_person(tok0)
        )
        if quoted or (
            trigger.kind in {"verb", "speaking", "discussion"}
            and trigger.word.endswith("ت")
            and len(refs) < 2  # noqa: PLR2004
        ):
            first_person = self._speaker(tok0)
        verb_at = self.future_verb_at
        if verb_at is None and trigger.kind == "noun" and status is Status.PLANNED:
            verb_at = self._holding_before(tok0, start)  # أن يجري X غدا الخميس، محادثات
        date, vague = self._date(
            tok0,
            tok1,
            start if verb_at is None else verb_at,
            stop_at,
            after_only=status not in {None, Status.HELD}
            and trigger.word not in PARTICIPLES
            and verb_at is None,
            noun=trigger.word if trigger.kind == "noun" else None,
        )
        if trigger.mode != "phone" and not any(place.city for place in places):
            city = self._margin_city(tok1, sentence)
            if city is not None:
                places.append(city)  # التقى X Y على هامش قمة العشرين في أوساكا: where they met
        offset = self._day_offset(tok0)
        if offset is not None:
            date, vague = offset, False
        if date is None and not vague:
            if self._came_of(tok0, sentence):
                date = self._previous_date(sentence)  # أكد X اليوم الأحد ... جاء ذلك خلال لقاء
            elif status in {None, Status.HELD} and not (
                # (a plan's day is its own, not the report's; so is a purpose's: تعتزم زيارة
                # الرياض للقاء Y)
                trigger.kind == "noun"
                and doc.tokens[tok0].lstrip("وف").startswith("ل" + trigger.word[:2])
            ):
                date = self._came_of_date(sentence)  # التقى X Y. جاء ذلك ... أمس السبت
        recall_at = doc.any_phrase(tok1 + 1, min(tok1 + 2, len(doc.tokens) - 1), cues["recalled"])
        pluperfect = self._pluperfect(tok0, start)
        recalled = bool(
            (
                recall_at is not None
                # خلال المحادثات، التي جرت عبر اتصال هاتفي: during the talks the text reports,
                # not an earlier contact the relative clause recalls (خلال لقائهما الأخير is)
                and not (
                    tok0 > 0
                    and doc.tokens[tok0 - 1] in DURING_WORDS
                    and doc.tokens[recall_at] in RELATIVES
                )
            )
            # آخر لقاء بين; not وفي لقاء آخر، بحث X opening a sentence (another meeting, then
            # the verb)
            or (
                tok0 > 0
                and doc.tokens[tok0 - 1] in RECALLED_BEFORE
                and not (
                    doc.tokens[tok0 - 1] in ANOTHER
                    and doc.comma_before(tok0)
                    and self._opens_another(tok0 - 1)
                )
            )
            or pluperfect
            or (vague and self._was_before(trigger, tok0, start))
        )
        dated_future = bool(
            date is not None
            and self.reference is not None
            and date.first is not None
            and date.first > self.reference
        )
        if pluperfect and status is Status.PLANNED and not dated_future:
            # وكان X وY قد تحدثا هاتفيا في سبتمبر الماضي، قبل قمتهما المقررة اليوم: done
            status = None
        future_date = dated_future or (
            # يلتقي X Y الأسبوع المقبل: a week to come (no date) with a verb of the present
            vague
            and trigger.kind == "verb"
            and trigger.word[:1] in IMPERFECT_PREFIXES
            and self._vague_future(tok0, tok1, sentence)
        )
        if (
            pre_count
            and trigger.kind == "verb"
            and free >= 2  # noqa: PLR2004
            and not listed  # (التقى خلالها X وY: one list, the ones met)
            and not has_with
            and self._clause_after(pre_designations, tok0)
        ):
            # استقبل X Y، فيما التقى Z W: a verb with its own subject and object after a comma;
            # the sides of the clause before are not its own
            refs = refs[pre_count:]
            pre_count = 0
        if carried and len(refs) == 1 and all(ref.value != refs[0].value for ref in carried):
            refs = [*carried, *refs]  # ويلتقي Z: the first verb's subject meets Z
            pre_count = len(carried)
        if (
            pre_count
            and trigger.kind == "verb"
            and len(refs) > pre_count
            and doc.tokens[tok0 - 1] in WHILE_WORDS
        ):
            # التقى X Y، فيما التقى لاحقا Z (سيلتقي جلالته Y، فيما سيلتقي Z): the subject
            # carried over, not the first verb's object
            carried = self._carried_subject(tok0, sentence)
            if carried:
                refs = [*carried, *refs[pre_count:]]
                pre_count = len(carried)
            elif pre_count >= 2:  # noqa: PLR2004
                refs = [refs[0], *refs[pre_count:]]
                pre_count = 1
        if trigger.suffix and self._being_at(trigger, tok0):
            # وكان في استقباله X وY وZ: the first of the receiving line receives
            refs = [*refs[:pre_count], *self._first_receiver(refs[pre_count:])]
        if trigger.word in ONE_BY_ONE and all(ref.role != "ambassador" for ref in refs):
            # تسلم X أوراق اعتماد السفراء الجدد لكل من البحرين ومالطا / ... عدد من السفراء.
            # وذكر بيان أن السفراء هم سفير جمهورية صربيا ...: the envoys listed after
            refs = [*refs, *self._envoys_listed(tok1, sentence, refs)]
        if _owned_talks(trigger, has_with=has_with, pre_count=pre_count, refs=refs):
            # اطلع الرئيس الأمريكي سمو الأمير على نتائج مباحثاته مع X: his talks with X,
            # not a meeting of all three (the subject, the first named, owns them)
            refs = [refs[0], *refs[pre_count:]]
        if call_recap and len(refs) >= 2:  # noqa: PLR2004 (one side: a mention of the call)
            first = bisect.bisect_left(sentence_of, sentence)
            subject = self._plain_subject(sentence, first, tok0)
            if subject is None or all(ref.value != subject.value for ref in refs):
                return None  # the call's partners alone: no meeting of theirs
        # توجه X إلى العراق الاثنين، ضمن جولة تشمل لبنان؛ الزيارة التي تشمل أيضا المغرب: the
        # day is the stop's under way, the other stops listed come on days untold (a month or
        # a year is the whole trip's: في نوفمبر 2009 خلال جولة شملت أيضا الإكوادور)
        other_stops = (framed and listed_tour) or (
            listing is not None
            and listing + 1 < len(doc.tokens)
            and doc.tokens[listing + 1] in ALSO
        )
        if (
            other_stops
            and date is not None
            and ONE_DAY.match(date.value.partition("/")[0])
            and not self._written_after(date, trigger.end)
        ):
            date, vague = None, True
        if (
            other_stops
            and status is None
            and listing is not None
            and doc.tokens[listing] in TOUR_INCLUDES_AHEAD
        ):
            status = Status.PLANNED  # (تشمل لبنان: still ahead; شملت: done)
        if other_stops and not any(ref.kind in {"person", "office"} for ref in refs):
            # زيارة لوزير الخارجية X إلى الجزائر خلال جولة شملت أيضا تونس: X makes the tour
            traveller = self._plain_subject(sentence, 0, tok0, preps=("", "ل"))
            if traveller is not None:
                refs = [traveller, *refs]
        return Occurrence(
            trigger=trigger,
            tok0=tok0,
            tok1=tok1,
            sentence=sentence,
            mention_end=mention_end,
            extra_mentions=extra,
            mode=mode,
            forum=forum,
            refs=refs,
            pairs=pairs,
            role_adjective=role_adjective,
            status=status,
            future_date=future_date,
            date=date,
            vague_date=vague,
            reported_date=date is not None and self._reported_day(date, tok0),
            recalled=recalled,
            places=places,
            to_host=to_host,
            has_with=has_with,
            first_person=first_person,
            possessor=possessor,
            speaker=speaker,
            hosts=trip,
            passive=received,
            guest_first=self._being_at(trigger, tok0),
            guest_last=guest_last,
            one_by_one=trigger.word in ONE_BY_ONE
            or (mode == "phone" and (self._from_each(tok1) or callers > 1))
            # أجرى مباحثات مع نظرائه من البحرين وفرنسا وبريطانيا: one with each counterpart
            or (trigger.word in SERIES and sum(ref.kind == "counterpart" for ref in refs) > 1)
            # عقد لقاءات مع X، وY، وZ: a meeting with each, of one subject and no joint frame
            or (
                trigger.word in SERIES_WITH
                and pre_count <= 1
                and tok1 + 1 < len(doc.tokens)
                and doc.tokens[tok1 + 1] == WITH
                and not self._joint_frame(sentence)
            )
            or (quoted and first_person is not None and len(refs) > 1)
            or (
                (trigger.word in SERIES or trigger.suffix in DUAL)  # لقاءين منفصلين
                and (
                    (tok1 + 1 < len(doc.tokens) and doc.tokens[tok1 + 1] in BILATERAL)
                    or (self._counted(tok0) and self._listed_after(tok1))
                )
            ),
        )

    def _joint_frame(self, sentence: int) -> bool:
        """Whether *sentence* calls its meetings joint (ضمن آلية التعاون الثلاثي، مشترك)."""
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        return not JOINT.isdisjoint(doc.bare_tokens[first:last])

    def _credentials_verb(self, tok0: int, sentence: int) -> int:
        """The verb of handing over or receiving the credentials at *tok0*, else -1.

        The nearest word of ``CREDENTIALS_VERBS`` before it in its sentence, with no contact
        word between (تسلم رئيس الجمهورية X، اليوم، أوراق اعتماد; قدموا له أوراق اعتمادهم).
        """
        doc = self.doc
        index = bisect.bisect_left(self.trigger_tokens, tok0) - 1
        previous = self.trigger_tokens[index] if index >= 0 else -1
        for at in range(tok0 - 1, max(tok0 - CREDENTIALS_VERB_REACH, previous, -1), -1):
            if doc.sentence_of[at] != sentence:
                break
            if doc.tokens[at].removeprefix("و") in CREDENTIALS_VERBS:
                return at
        return -1

    def _envoys_listed(self, tok1: int, sentence: int, refs: Sequence[Ref]) -> list[Ref]:
        """The ambassadors of a credentials clause that names none, from the list after it.

        Only when ambassadors in the plural are near the word in its sentence (أوراق اعتماد عدد
        من السفراء الجدد): the states after كل من in that sentence (لكل من مملكة البحرين السيد
        X، وجمهورية مالطا السيد Y), else the ambassadors (سفير جمهورية صربيا) of the first of
        the next :data:`LISTED_ENVOYS_REACH` sentences that holds any (السفراء هم كل من ...،
        الأمر يتعلق بكل من ...).
        """
        doc = self.doc
        tokens = doc.tokens
        first = max(bisect.bisect_left(doc.sentence_of, sentence), tok1 - ENVOYS_REACH)
        last = min(bisect.bisect_right(doc.sentence_of, sentence) - 1, tok1 + ENVOYS_REACH)
        # (also before: عددا من السفراء الأجانب، الذين قدموا له أوراق اعتمادهم)
        plural = next((at for at in range(first, last + 1) if tokens[at] in AMBASSADORS), -1)
        if plural < 0:
            return []
        states = {ref.state or ref.value for ref in refs}
        each = next(
            (
                at
                for at in range(plural + 1, last + 1)
                if tokens[at] == FROM and tokens[at - 1].removeprefix("ل") in EACH
            ),
            -1,
        )
        if each >= 0:
            return [
                ref
                for item in doc.in_sentence(sentence)
                if item.tok0 > each
                for ref in item.refs
                # (لكل من مملكة البحرين ...; لكل من: سفير جمهورية صربيا X، وسفير ...)
                if (ref.kind == "state" and ref.value not in states)
                or (ref.role == "ambassador" and ref.state and ref.state not in states)
            ]
        # the next sentences with words (a line's end and a full stop make an empty one)
        after = bisect.bisect_right(doc.sentence_of, sentence)
        later_sentences = sorted(set(doc.sentence_of[after : after + LISTED_ENVOYS_WORDS]))
        for later in later_sentences[:LISTED_ENVOYS_REACH]:
            envoys = [
                ref
                for item in doc.in_sentence(later)
                for ref in item.refs
                if ref.role == "ambassador" and ref.state and ref.state not in states
            ]
            if envoys:
                return envoys
        return []

    def _listed_after(self, tok1: int) -> bool:
        """Whether a word that lists the meetings' sides (شملت، تضمنت) follows in the sentence."""
        doc = self.doc
        last = bisect.bisect_right(doc.sentence_of, doc.sentence_of[tok1]) - 1
        listing = cue_phrases()["series_listing"]
        return doc.any_phrase(tok1 + 1, min(tok1 + WINDOW, last), listing) is not None

    def _counted(self, tok0: int) -> bool:
        """Whether words of number end right before *tok0* (عقد عددا من اللقاءات، سلسلة لقاءات)."""
        series_of = cue_phrases()["series_of"]
        return any(
            self.doc.tokens_match(at, series_of, bare=False) == tok0 - at
            for at in range(max(0, tok0 - 3), tok0)
            if self.doc.sentence_of[at] == self.doc.sentence_of[tok0]
        )

    def _margin_between(self, chain_end: int, designation: Designation) -> bool:
        """Whether «على هامش» and its event stand between the subject and *designation*.

        Only the event's words are between (no name or title, no comma inside the event's
        words: one may close them), within an aside's length.
        """
        doc = self.doc
        at = chain_end + 1
        while at < designation.tok0 and at in self.date_tokens:
            at += 1  # التقى X أمس على هامش ... Y: the day first
        if not (at < designation.tok0 <= at + ASIDE_MOST):
            return False
        if not doc.tokens_match(at, cue_phrases()["margin"], bare=False):
            return False
        return not any(
            other.tok0 > chain_end
            and other.tok1 < designation.tok0
            and not other.city
            and other.tok0 not in self.venue_tokens  # (the event's organization)
            for other in doc.in_sentence(doc.sentence(designation.tok0))
        ) and not COMMA.search(doc.text, doc.starts[at], doc.ends[designation.tok0 - 1])

    def _place_object(self, tok1: int, sentence: int) -> bool:
        """Whether a city or a state, with no preposition, follows the verb at *tok1* at once.

        وصل القاهرة الرئيس الإندونيسي، وصلت طهران: the place reached as the verb's object (not
        after the subject: وصل الرئيس X العاصمة ... is too rare to tell from a clause going on).
        """
        return any(
            item.tok0 == tok1 + 1
            and not item.prep
            and not item.conjoined
            and (item.city or item.place_state)
            and all(ref.kind == "state" for ref in item.refs)
            for item in self.doc.in_sentence(sentence)
        )

    def _to_follows(self, tok1: int, sentence: int, reach: int) -> bool:
        """Whether إلى comes within *reach* words after token *tok1*, in its sentence.

        The words of a date, a name or a title do not count (وصل رئيس وزراء باكستان، السيد
        محمد شهباز شريف، اليوم الخميس 12 مارس 2026 (الموافق ...) إلى محافظة جدة).
        """
        doc = self.doc
        to_words = word_sets()["to"]
        counted = 0
        # a stop named by a verb of opening or closing the trip: يبدأها بإثيوبيا، بدأ X جولته بمصر
        stops = {
            item.tok0
            for item in doc.in_sentence(sentence)
            if item.tok0 > tok1 and item.place_state and self._stage_stop(item)
        }
        for at in range(tok1 + 1, len(doc.tokens)):
            if doc.sentence(at) != sentence or counted >= reach:
                return False
            if (
                doc.tokens[at] in to_words
                or doc.tokens[at] in TOUR_INCLUDES
                or at in stops
                or (doc.tokens[at].removeprefix("و") in VISIT_STAGES and {at + 1, at + 2} & stops)
            ):
                return True  # (a tour's list: جولة إفريقية تشمل السنغال ومالي، يبدأها بإثيوبيا)
            if not (at in self.date_tokens or at in doc.name_tokens or at in doc.title_tokens):
                counted += 1
        return False

    def _listing_verb(self, tok1: int, sentence: int) -> int | None:
        """The verb that lists a trip's stops (شملت، تشمل) shortly after token *tok1*, if any."""
        doc = self.doc
        return next(
            (
                at
                for at in range(tok1 + 1, min(tok1 + 1 + TOUR_REACH, len(doc.tokens)))
                if doc.sentence_of[at] == sentence and doc.tokens[at] in TOUR_INCLUDES
            ),
            None,
        )

    def _written_after(self, date: DateMention, end: int) -> bool:
        """Whether *date* is written after folded offset *end*."""
        return self.doc.normalized.to_normalized(date.start, date.end)[0] >= end

    def is_venue_before_the_met(self, trigger: Trigger) -> bool:
        """Whether the contact noun *trigger* names the forum and the one met follows it.

        التقى X على هامش القمة Y: the noun is no contact of its own and must not end the
        verb's clause before its object. The one met is found by :meth:`_met_after_venue`; an
        indefinite noun in construct with a person or an office is named by its own sides
        (على هامش لقاء الرئيس X والرئيس Y). The words from «على هامش» to the one met are noted
        in :attr:`venue_tokens`: they name no side.
        """
        if trigger.kind != "noun" or trigger.suffix:
            return False
        doc = self.doc
        tok0, tok1 = doc.token_at(trigger.start), doc.token_before(trigger.end)
        sentence = doc.sentence(tok0)
        if not self._venue_before(tok0, sentence, visit=trigger.mode == "visit"):
            return False
        if not definite(doc.tokens[tok0]) and any(
            item.tok0 == tok1 + 1 and any(ref.kind in {"person", "office"} for ref in item.refs)
            for item in doc.in_sentence(sentence)
        ):
            return False  # على هامش لقاء الرئيس X والرئيس Y: a forum named by its sides
        opening = next(
            (at for at in range(tok0 - 1, max(tok0 - 5, 0), -1) if doc.tokens[at] == ON), 0
        )
        enclosed = doc.comma_before(opening)  # (0: no على found)
        after = self._met_after_venue(tok1, sentence, enclosed=enclosed)
        if after is None:
            return False
        self.venue_tokens.update(range(max(tok0 - 3, 0), self._met_start(after)))
        return True

    def is_visit_the_verb_runs_over(self, trigger: Trigger, verbs: frozenset[int]) -> bool:
        """Whether the contact noun *trigger* only dates the contact verb right before it.

        والتقى خلال الزيارة X وY، ويلتقي خلال زيارته X: the visit told before, named again
        between the verb and its objects; the noun is no contact of its own and must not end
        the verb's clause before them, but a mention of the verb's contact (noted in
        :attr:`visit_words`). A visit noun may also follow the verb's subject (ويلتقي المالكي
        خلال زيارته X) and name its own place before the objects (:attr:`visit_places`).
        """
        if trigger.kind != "noun":
            return False
        doc = self.doc
        tok0, tok1 = doc.token_at(trigger.start), doc.token_before(trigger.end)
        sentence = doc.sentence(tok0)
        if not (tok0 >= 2 and doc.bare_tokens[tok0 - 1] in DURING_WORDS):  # noqa: PLR2004
            return False
        verb = tok0 - 2
        if verb not in verbs:
            # ويلتقي المالكي خلال زيارته X: the verb's subject between them
            subject = next((item for item in doc.in_sentence(sentence) if item.tok1 == verb), None)
            if (
                trigger.mode != "visit"  # (بحث X، خلال لقائه مع Y: the meeting's own sides)
                or trigger.word in RECEPTION  # (بحث X، خلال استقباله Y: whom he received)
                or subject is None
                or subject.prep
                or subject.tok0 - 1 not in verbs
            ):
                return False
            verb = subject.tok0 - 1
        if doc.sentence(verb) != sentence:
            return False
        # خلال زيارته إلى بغداد: the noun's own place, which the verb must not take, unless
        # the verb's objects follow it (ويلتقي خلال زيارته بغداد الرئيس X ورئيس الوزراء Y)
        in_sentence = doc.in_sentence(sentence)
        place = next(
            (item for item in in_sentence if tok1 < item.tok0 <= tok1 + 3 and _place_only(item)),
            None,
        )
        if place is not None:
            met = next((item for item in in_sentence if item.tok0 > place.tok1), None)
            if (
                met is None
                or met.tok0 > place.tok1 + 2  # (a comma between them at most)
                # (خلال زيارته للصين بوزير الخارجية: the verb's ب or مع, for one of the state
                # visited; no other preposition; not بالسفير الإيراني on a visit to Baghdad)
                or (
                    met.prep
                    and (
                        (met.prep != "ب" and met.prep not in WITH_EACH)
                        or not self._of_the_place(met, place)
                    )
                )
                or not any(ref.kind in {"person", "office"} for ref in met.refs)
            ):
                return False
            self.visit_places[verb] = place.tok0
        self.visit_words[verb] = (trigger.start, trigger.end)
        return True

    def note_venues(self) -> None:
        """Note in :attr:`venue_tokens` the words of each «على هامش» and its event.

        From the phrase to the one met after it (التقى X على هامش أعمال الجمعية العامة للأمم
        المتحدة نظيره Y; على هامش ...، التقى X Y): the event's organization is no side.
        """
        doc = self.doc
        margin = cue_phrases()["margin"]
        tokens = doc.tokens
        if not doc.may_hold(margin):
            return
        for at in itertools.compress(range(len(tokens)), map(margin.exact.__contains__, tokens)):
            length = doc.tokens_match(at, margin, bare=False)
            if not length:
                continue
            enclosed = doc.comma_before(at)
            met = self._met_after_venue(at + length - 1, doc.sentence_of[at], enclosed=enclosed)
            if met is not None:
                end = self._met_start(met)
                # على هامش المؤتمر لقاءات مع X، وY: a contact noun past the event, opening its
                # own sides with مع, ends the event's words (X is met, not part of the forum)
                later = bisect.bisect_right(self.trigger_tokens, at + length)
                if (
                    later < len(self.trigger_tokens)
                    and (noun := self.trigger_tokens[later]) < end
                    and noun + 1 < len(tokens)
                    and tokens[noun + 1] == WITH
                ):
                    end = noun
                self.venue_tokens.update(range(at, end))

    def _met_start(self, met: Designation) -> int:
        """Where the one met after a venue starts: at مع before it, which opens the list.

        تحادث X على هامش القمة اليوم مع Y: مع is the verb's, not the event's word.
        """
        at = met.tok0 - 1
        return at if at >= 0 and self.doc.tokens[at] == WITH else met.tok0

    def _margin_city(self, tok1: int, sentence: int) -> Designation | None:
        """The city of the event of a «على هامش» after the contact word, in its sentence.

        التقى X Y على هامش قمة مجموعة العشرين في أوساكا: the first city after في or ب within
        ASIDE_MOST words of the phrase, no comma between (another clause's city); also of a
        phrase that opens the sentence before the word.
        """
        doc = self.doc
        margin = cue_phrases()["margin"]
        if not doc.may_hold(margin):
            return None
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        # (or opening the sentence: على هامش القمة الأفريقية بأديس أبابا، عقد X لقاء مع Y)
        for at in itertools.chain(range(first, min(first + 1, tok1)), range(tok1 + 1, last)):
            if doc.tokens[at] not in margin.exact or not doc.tokens_match(at, margin, bare=False):
                continue
            return next(
                (
                    item
                    for item in doc.in_sentence(sentence)
                    if at < item.tok0 <= at + ASIDE_MOST
                    and item.city
                    and item.prep in {IN, "ب"}
                    and COMMAS.isdisjoint(doc.text[doc.ends[at] : item.start])
                    and not self._after_topic(item)  # على هامش منتدى دافوس الوضع في غزة
                ),
                None,
            )
        return None

    def _met_after_venue(
        self, tok1: int, sentence: int, *, enclosed: bool = False
    ) -> Designation | None:
        """The person or office met after the event of «على هامش», which ends at *tok1*.

        The first one after the event's words (its adjectives, its city after في, its
        organization after ل: القمة العربية في المنامة اليوم، أعمال الجمعية العامة للأمم
        المتحدة), or after the comma that closes the event (، على هامش اجتماعات وزراء
        الخارجية العرب، نظيره), within ASIDE_MOST words; none past a relative pronoun (القمة
        التي حضرها الرئيس X: who attended, not who was met). Past the closing comma, مع
        opens the one met only when a comma opened the phrase too (*enclosed*: تحادث X، على
        هامش القمة، مع Y: an aside inside the clause).
        """
        doc = self.doc
        last = min(tok1 + ASIDE_MOST, len(doc.tokens) - 1)
        closing = next(
            (at for at in range(tok1 + 1, last + 1) if doc.comma_before(at)),
            None,
        )
        for at in range(tok1 + 1, (closing or last + 1)):
            if doc.tokens[at] in RELATIVES:
                return None
        for item in doc.in_sentence(sentence):
            if item.tok0 <= tok1:
                continue
            if closing is not None and item.tok0 < closing:
                if not item.prep and any(ref.kind == "person" for ref in item.refs):
                    return item  # على هامش القمة الرئيس X، فيما ...: a person named before it
                continue
            if item.tok0 > last:
                return None
            if (
                item.city
                or item.place_state
                # (مع نظيره Y: the one met, after مع in the phrase itself, not past a comma)
                or (item.prep and (item.prep != WITH or (closing is not None and not enclosed)))
                or not any(ref.kind in {"person", "office"} for ref in item.refs)
            ):
                if closing is None:
                    continue  # the event's city, organization, adjective
                return None
            return item
        return None

    def _venue_before(self, tok0: int, sentence: int, *, visit: bool) -> bool:
        """Whether a venue word comes before the meeting word at *tok0* (على هامش القمة).

        At most two words of participation may stand between (على هامش مشاركته في اجتماع).
        A word of framework (في إطار القمة) only before a meeting word, not a visit word.
        """
        doc, venue = self.doc, cue_phrases()["venue"]
        at = tok0 - 1
        floor = max(0, tok0 - 3)
        while at >= floor and doc.sentence_of[at] == sentence:  # (floor >= 0)
            if doc.bare_tokens[at] in venue.bare and doc.tokens_match(at, venue, bare=True):
                return True
            if not visit and doc.bare_tokens[at] in FRAMEWORK and not definite(doc.tokens[at]):
                return True  # (not وفي هذا الإطار التقى X Y: "in this context", no construct)
            if doc.tokens[at] not in PARTICIPATION:
                return False
            at -= 1
        return False

    def _previous_date(self, sentence: int) -> DateMention | None:
        """The first day written in the sentence before *sentence* (over an empty line)."""
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        if first == 0:
            return None
        previous = doc.sentence_of[first - 1]
        return next(
            (
                mention
                for _, _, mention in self.dates_by_sentence.get(previous, ())
                if CONCRETE.match(mention.value)
            ),
            None,
        )

    def _came_of_date(self, sentence: int) -> DateMention | None:
        """The first day written in the sentence after *sentence* when it opens with جاء ذلك.

        التقى X Y. جاء ذلك على هامش ... أمس السبت: the sentence after gives the occasion, and
        its day, of the contact told before it.
        """
        doc = self.doc
        first = bisect.bisect_right(doc.sentence_of, sentence)
        if first >= len(doc.tokens) or not doc.tokens_match(
            first, cue_phrases()["came_of"], bare=False
        ):
            return None
        day = next(
            (
                (start, mention)
                for start, _, mention in self.dates_by_sentence.get(doc.sentence_of[first], ())
                if CONCRETE.match(mention.value)
            ),
            None,
        )
        if day is None:
            return None
        start, mention = day
        reference = self.reference
        if (reference is not None and mention.last is not None and mention.last > reference) or any(
            doc.bare_tokens[at] in CAME_OF_ANCHORS or doc.tokens[at] in CAME_OF_ANCHORS
            for at in range(first, doc.token_at(start))
        ):
            return None  # جاء ذلك بعد يوم من ...، خلال جولة بدأها الاثنين: another event's day
        return mention

    def lasts_days(self, sentence: int) -> bool:
        """Whether *sentence* says a visit lasts several days (تستغرق 3 أيام، لمدة يومين)."""
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        lasting = word_sets()["lasting"]
        return any(
            doc.bare_tokens[at] in lasting and self._length_end(at, last)
            for at in range(first, last)
        )

    def _came_of(self, tok0: int, sentence: int) -> bool:
        """Whether the sentence opens with جاء ذلك (خلال ...) before the contact word.

        Not when the contact word is what came (وجاءت زيارة X بدعوة من ...: its subject).
        """
        doc = self.doc
        first = bisect.bisect_left(doc.sentence_of, sentence)
        length = (
            doc.tokens_match(first, cue_phrases()["came_of"], bare=False) if first < tok0 else 0
        )
        return bool(length) and first + length < tok0

    def _subjectless_light_verb(self, tok0: int, start: int) -> bool:
        """Whether a call verb with no subject opens the clause of the noun at *tok0*.

        كما أجرى اتصالا، وتلقى اتصالا: the verb right before the noun (or before خلال and its
        noun), only clause openers (كما، قد) before the verb.
        """
        tokens = self.doc.tokens
        verb = tok0 - 1
        if verb - 2 >= start and self.doc.bare_tokens[verb - 1] in DURING_WORDS:
            verb -= 2  # يجري خلال الزيارة لقاءات: the visit dates the meetings
        if verb < start or tokens[verb].removeprefix("و") not in PLURAL_CALL_VERBS:
            return False
        return all(
            tokens[at] in CLAUSE_OPENERS
            or tokens[at] in QAD
            or tokens[at] in SAWFA
            or tokens[at] in TRANSITIONS  # وفي هذا الإطار، تلقى اتصالين من X وY
            for at in range(start, verb)
        )

    def _from_each(self, tok1: int) -> bool:
        """Whether من كل من follows a call word closely: a call from each (تلقى اتصالا من كل من)."""
        return any(self._from_each_at(at, len(self.doc.tokens)) for at in range(tok1 + 1, tok1 + 4))

    def _from_each_at(self, at: int, before: int) -> bool:
        """Whether من كل من starts at token *at* and ends before token *before*."""
        tokens = self.doc.tokens
        return (
            at + 2 < before
            and at + 2 < len(tokens)
            and tokens[at] == FROM
            and tokens[at + 1] in EACH
            and tokens[at + 2] == FROM
        )

    def _sequel_subject(self, tok0: int, sentence: int) -> Ref | None:
        """The subject a travel verb with none of its own takes from its sentence, if any.

        After قبل أن، بعد أن، ثم (يلتقي الملك الأردني الرئيس الإيطالي، قبل أن يتوجه إلى
        المجر): the first person the sentence names with no preposition before the verb.
        """
        doc = self.doc
        before = doc.tokens[tok0 - 2 : tok0] if tok0 >= 2 else []  # noqa: PLR2004
        that = len(before) == 2 and before[1] == THAT and before[0] in SEQUEL_WORDS  # noqa: PLR2004
        if not (that or (before and before[-1] in SEQUEL_WORDS)):
            return None
        first = bisect.bisect_left(doc.sentence_of, sentence)
        verb = tok0 - 2 if that else tok0 - 1
        starts = [first]
        for at in range(verb - 1, first - 1, -1):
            word = doc.tokens[at]
            if word in RECEIVING_VERBS:
                return None  # استقبل X الضيف Y، قبل أن يغادر: who leaves is not said plainly
            if word in CLAUSE_THAT and self._trigger_between(at, verb):
                # قال X إن الرئيس سيلتقي ...، ثم يزور: the reported clause's subject first
                starts.insert(0, at + 1)
                break
        for low in starts:
            subject = self._plain_subject(sentence, low, tok0)
            if subject is not None:
                return subject
        return None

    def _also_with(self, at: int) -> bool:
        """Whether «، وكذلك مع» stands at token *at* (مع): a comma, an adverb of also, مع."""
        doc = self.doc
        also = at - 1
        return (
            also > 0
            and doc.tokens[at] == WITH
            and doc.tokens[also] in ALSO_WITH
            and COMMA.search(doc.text, doc.ends[also - 1], doc.starts[also]) is not None
        )

    def _reported_link(self, tok0: int, sentence: int) -> bool:
        """Whether وذلك خلال (:data:`REPORTED_LINKS`) ties a statement to the noun at *tok0*."""
        tokens = self.doc.tokens
        first = bisect.bisect_left(self.doc.sentence_of, sentence)
        return tok0 - 2 > first and (tokens[tok0 - 2], tokens[tok0 - 1]) in REPORTED_LINKS

    def _plain_subject(
        self,
        sentence: int,
        low: int,
        tok0: int,
        *,
        preps: tuple[str, ...] = ("",),
        anaphor: bool = True,
    ) -> Ref | None:
        """The first person the sentence names from token *low* to *tok0* with no preposition.

        *preps* are the prepositions allowed before it (a trip's traveller: زيارة لـX); with
        *anaphor*, the side is evidenced as an anaphor (a subject the contact word leaves out).
        """
        for item in self.doc.in_sentence(sentence):
            if item.tok0 >= tok0:
                break
            if item.tok0 < low:
                continue
            people = [ref for ref in item.refs if ref.kind in {"person", "office"}]
            if item.prep in preps and len(people) == 1:
                return (
                    attrs.evolve(people[0], evidence=EvidenceKind.ANAPHOR) if anaphor else people[0]
                )
        return None

    def _trigger_between(self, low: int, high: int, *, venues: bool = True) -> bool:
        """Whether a contact word stands strictly between tokens *low* and *high*.

        Without *venues*, the event of a «على هامش» phrase does not count.
        """
        index = bisect.bisect_right(self.trigger_tokens, low)
        if venues:
            return index < len(self.trigger_tokens) and self.trigger_tokens[index] < high
        doc = self.doc
        return any(
            not self._margin_event(at)
            # (على هامش الاجتماعات التي تنطلق غدا: the event's own day, in its relative clause;
            # على هامش القمة، وفق ما أعلن البيت الأبيض اليوم: past a comma, another clause's)
            or any(doc.tokens[k] in RELATIVES for k in range(at + 1, high))
            or COMMA.search(doc.text, doc.ends[at], doc.starts[high]) is not None
            for at in itertools.takewhile(
                lambda at: at < high, itertools.islice(self.trigger_tokens, index, None)
            )
        )

    def _margin_event(self, at: int) -> bool:
        """Whether the contact word at token *at* is the event of a «على هامش» phrase.

        على هامش القمة، على هامش أعمال القمة العربية: at most two words between, whatever they
        are (اجتماعات القمة: a second contact word of the same event), where
        :meth:`_venue_before` allows only words of participation.
        """
        doc = self.doc
        margin = cue_phrases()["margin"]
        return any(
            (length := doc.tokens_match(first, margin, bare=False))
            and first + length <= at <= first + length + 2
            for first in range(max(at - MARGIN_EVENT_REACH, 0), at)
        )

    def _after_topic(self, designation: Designation) -> bool:
        """Whether a topic word (الوضع، الأوضاع، التطورات ...) stands right before في X."""
        doc = self.doc
        at = designation.tok0 - 1
        if at >= 0 and doc.tokens[at] == IN:
            at -= 1  # في written apart
        stop = word_sets()["stop"]
        return at >= 0 and (doc.tokens[at] in stop or doc.bare_tokens[at] in stop)

    def _with_next(self, tok1: int) -> bool:
        """Whether مع (or another word of a list) follows the contact word at *tok1*.

        Only a date, words of address or adverbs between: no subject of its own stands there.
        """
        doc = self.doc
        lexicon, cues = word_sets(), cue_phrases()
        at, end = tok1 + 1, min(tok1 + WINDOW, len(doc.tokens))
        while at < end:
            word = doc.tokens[at]
            if word in lexicon["with"]:
                return True
            if at in self.date_tokens or word in lexicon["filler"] or word in SEPARATE:
                at += 1  # (محادثات هاتفية منفصلة الجمعة مع X وY)
                continue
            # في وقت لاحق، هاتفيا: no subject
            length = doc.tokens_match(at, cues["adverb"], bare=False) or doc.tokens_match(
                at, cues["phone"], bare=True
            )
            if not length:
                return False
            at += length
        return False

    def _carry_subject(self, subject: Ref | None, refs: list[Ref]) -> None:
        """Put *subject*, carried from before, first in *refs* when it is another state's side."""
        if (
            subject is not None
            and refs[0].kind in {"person", "office"}
            and self._state_of(subject) != self._state_of(refs[0])
        ):
            refs.insert(0, subject)

    def _opens_subjectless(self, trigger: Trigger, tok0: int, sentence: int) -> bool:
        """Whether a contact verb with و (and سـ) opens its sentence with no subject of its own.

        ... والتقى في رام الله الرئيس عباس: the one side after it is the object; the subject
        is the last sentence's. Not when a name or title follows the verb at once (its
        subject, maybe one the table lacks).
        """
        doc = self.doc
        word = doc.tokens[tok0]
        after = tok0 + 1
        # وكان قد استقبل صباح اليوم Y: the verb opens its sentence right after كان قد
        pluperfect = tok0 > 1 and doc.tokens[tok0 - 1] in QAD and doc.tokens[tok0 - 2] in WAS_FORMS
        opening = tok0 - 2 if pluperfect else tok0
        return (
            trigger.kind == "verb"
            and not trigger.suffix
            and not trigger.word.endswith(("ا", "ان", "وا"))
            and opening > 0
            and doc.sentence_of[opening - 1] != sentence
            and (word in {"و" + trigger.word, "وس" + trigger.word} or opening < tok0)
            # (والتقى الرئيس غزواني ...: a name right after the verb may be its subject)
            and after < len(doc.tokens)
            and after not in doc.name_tokens
            and after not in doc.title_tokens
            and doc.tokens[after] not in word_sets()["filler"]
        )

    def _guests_again(self, trigger: Trigger, tok0: int, tok1: int, refs: Sequence[Ref]) -> bool:
        """Whether a verb repeats the last one's subject, its sides all its objects.

        واستقبل أيضا X وY، كما استقبل X وY: a receiving verb with أيضا/كذلك after it or كما
        before it; كما التقى X: any verb right after كما. The sides: one after كما, or the
        second written with و right after the first, or one phrase listing them (وزيري
        الخارجية العراقي X والأردني Y).
        """
        doc = self.doc
        tokens = doc.tokens
        # (ثم التقى Y، ثم اجتمع بـY: then, the same subject, as after كما)
        after_kama = tok0 > 0 and tokens[tok0 - 1] in {AS_WELL, THEN}
        if trigger.kind != "verb" or trigger.suffix or not refs:
            return False
        if after_kama and len(refs) == 1:
            return True
        if (
            not (after_kama or trigger.word.startswith(RECEIVING))
            or len(refs) < 2  # noqa: PLR2004
            or not (
                (tok1 + 1 < len(tokens) and tokens[tok1 + 1] in ALSO)
                or (tok0 > 0 and tokens[tok0 - 1] in ALSO)
            )
        ):
            return False
        second = doc.token_at(refs[1].start)
        designations = doc.in_sentence(doc.sentence(second))
        if any(all(ref in item.refs for ref in refs) for item in designations):
            return True  # كما استقبل وزيري الخارجية العراقي X والأردني Y: one phrase lists them
        holder = next((item for item in designations if refs[1] in item.refs), None)
        start = holder.tok0 if holder else second
        if start - 1 > doc.token_at(refs[0].end - 1) and self._conjoined_adjective(start - 1):
            start -= 1  # والأردني أيمن الصفدي: the و on the adjective before the name
        if start - doc.token_at(refs[0].end - 1) != 1:
            return False
        # every side after the first joined by و, and no other one right after them: X وY Z
        # would be two receivers and their guest
        last = doc.token_at(refs[-1].end - 1)
        following = next((item for item in designations if item.tok0 > last), None)
        return all(
            any(designation.conjoined and ref in designation.refs for designation in designations)
            for ref in refs[1:]
        ) and not (
            following is not None
            and following.tok0 - last <= 4  # noqa: PLR2004 (a name's ancestry between)
            and not following.conjoined
            and any(ref.kind in {"person", "office"} for ref in following.refs)
        )

    def _conjoined_adjective(self, at: int) -> bool:
        """Whether token *at* is و + a state's adjective (والأردني)."""
        token = self.doc.tokens[at]
        return token.startswith("و") and "adjective" in self.actors.kinds(token[1:])

    def _previous_subject(self, sentence: int) -> Ref | None:
        """The person a sentence before *sentence* opens with (its subject), if any."""
        doc = self.doc
        for before in range(sentence - 1, max(sentence - 4, -1), -1):
            items = doc.in_sentence(before)
            if not items:
                continue
            for item in items:
                people = [ref for ref in item.refs if ref.kind in {"person", "office"}]
                if item.prep == "" and len(people) == 1:
                    return attrs.evolve(people[0], evidence=EvidenceKind.ANAPHOR)
            return None
        return None

    def _judged(self, first: int, tok0: int) -> bool:
        """Whether the contact word at *tok0* is the object of a verb of condemning.

        أدان X زيارة Y: only the verb's subject (names, titles, words of address) between;
        not أدان X، خلال اتصال هاتفي مع Y، ...: a contact the subject takes part in.
        """
        doc = self.doc
        filler = word_sets()["filler"]
        for at in range(tok0 - 1, first - 1, -1):
            if doc.bare_tokens[at] in CONDEMNING:
                return True
            if not (at in doc.name_tokens or at in doc.title_tokens or doc.tokens[at] in filler):
                return False
        return False

    def _maker_words(self, at: int, chain_end: int, token: int) -> int:
        """The token after words at *at* that only say who makes the contact, else 0.

        A verb of gathering right after a meeting noun (لقاء جمع الرئيس X بالرئيس Y) or a
        relative clause of DOER_CLAUSES (الزيارة التي قام بها X): the sides follow them.
        """
        doc = self.doc
        word = doc.tokens[at]
        if at == chain_end + 1 and word in GATHERING and chain_end in self.noun_triggers:
            return at + 1
        doer = cue_phrases()["doer"]
        if word in RELATIVES and at + 1 < token and doc.bare_tokens[at + 1] in doer.bare:
            length = doc.tokens_match(at + 1, doer, bare=True)
            if length and at + 1 + length <= token:
                return at + 1 + length
        if (
            at == chain_end + 1
            and chain_end in self.noun_triggers
            and not definite(doc.tokens[chain_end])
            and doc.bare_tokens[at] in doer.bare
        ):
            # زيارة كان مقررا أن يقوم بها X، خلال زيارة قام بها إلى: an indefinite noun's
            # relative clause has no التي
            length = doc.tokens_match(at, doer, bare=True)
            if length and at + length <= token:
                return at + length
        return 0

    def _being_at(self, trigger: Trigger, tok0: int) -> bool:
        """Whether a reception or farewell noun follows كان في (وكان في استقباله Y: Y receives)."""
        tokens = self.doc.tokens
        return (
            (trigger.word in RECEPTION or trigger.word in FAREWELL)
            and tok0 >= 2  # noqa: PLR2004
            and tokens[tok0 - 1] == "في"
            and tokens[tok0 - 2].removeprefix("و") in BEING_WORDS
        )

    def _aside_length(self, at: int, token: int, *, reception: bool) -> int:
        """The length of a phrase at *at*, ending before *token*, that keeps no side apart.

        A time adverb (في وقت سابق); كلا من, which opens a verb's object list (التقى X خلال
        زيارته إلى برلين كلا من Y وZ); after a reception noun, also the moment or spot of the
        arrival (لدى وصوله، على أرض المطار). 0 when none stands there.
        """
        doc, cues = self.doc, cue_phrases()
        if (
            at + 2 <= token
            and doc.tokens[at + 1] == FROM
            and (
                doc.tokens[at] == BOTH_OF
                or (doc.tokens[at] in EACH and doc.tokens[at - 1] in word_sets()["to"])
            )
        ):
            return 2  # كلا من X وY؛ جولة تقوده إلى كل من X وY
        # على رأس وفد هام إلى الجزائر: a led delegation, only before إلى (not على رأس وفد يضم
        # وزير الخارجية: its members, the visitor's side)
        for phrases, read in (
            (cues["adverb"], True),
            (cues["heading"], True),
            (cues["arrival"], reception),
        ):
            if read and doc.tokens[at] in phrases.exact:
                length = doc.tokens_match(at, phrases, bare=False)
                if phrases is cues["heading"] and not (
                    at + length < len(doc.tokens) and doc.tokens[at + length] in word_sets()["to"]
                ):
                    continue
                if length and at + length <= token:
                    # لدى وصوله مطار الملك عبد العزيز الدولي: the airport reached goes with it
                    site = self._site_named(at + length, token) if phrases is cues["arrival"] else 0
                    return site - at if site else length
        if at + 2 <= token and (doc.tokens[at], doc.tokens[at + 1]) in ADDITION:
            return 2  # ، بالإضافة إلى X: one more of the list, no distance
        if doc.tokens[at] in cues["moment"].exact:
            length = doc.tokens_match(at, cues["moment"], bare=False)
            if length and at + length <= token:
                return length + self._place_reached(at + length, token)
        return 0

    def _reached_on_arrival(self, designation: Designation) -> bool:
        """Whether the moment of an arrival and إلى stand right before *designation*."""
        doc = self.doc
        at = designation.tok0 - 1  # إلى
        moment = cue_phrases()["moment"]
        return at >= 2 and any(  # noqa: PLR2004
            doc.tokens[start] in moment.exact
            and doc.tokens_match(start, moment, bare=False) == at - start
            for start in (at - 2, at - 3)
            if start >= 0
        )

    def _joined_verb_subject(
        self, trigger: Trigger, tok0: int, start: int, sentence: int
    ) -> list[Ref]:
        """The subject an imperfect contact verb joined by و to a past one of its clause carries.

        التقى X Y أمس ويلتقي Z غدا: the first verb's subject (X), right after it; empty
        when the verb has no و, or no past contact verb with a subject after it comes before.
        """
        doc = self.doc
        if (
            trigger.kind != "verb"
            or trigger.word[:1] not in IMPERFECT_PREFIXES  # (to come, or under way)
            or not doc.tokens[tok0].startswith("و" + trigger.word[:1])
        ):
            return []
        index = bisect.bisect_left(self.trigger_tokens, tok0)
        if index == 0 or (verb := self.trigger_tokens[index - 1]) < start:
            return []
        if doc.tokens[verb].removeprefix("و")[:1] in IMPERFECT_PREFIXES:
            return []  # (يلتقي X Y ويبحث معه: one time, one clause)
        return self._carried_subject(tok0, sentence)

    def _carried_subject(self, tok0: int, sentence: int) -> list[Ref]:
        """The sides right after the contact verb before a فيما at *tok0* - 1, its subject.

        وسيلتقي جلالته في واشنطن Y، فيما سيلتقي في أوتاوا Z: the clause after فيما has no
        subject of its own and carries the first verb's (جلالته), not its object. Empty when
        no contact verb of the sentence comes before, or no side follows it at once.
        """
        index = bisect.bisect_left(self.trigger_tokens, tok0 - 1)
        if index == 0:
            return []
        verb = self.trigger_tokens[index - 1]
        if verb in self.noun_triggers or self.doc.sentence(verb) != sentence:
            return []
        return next(
            (
                list(item.refs)
                for item in self.doc.in_sentence(sentence)
                if item.tok0 == verb + 1
                and not item.prep
                and item.refs
                and all(ref.kind in {"person", "office"} for ref in item.refs)
            ),
            [],
        )

    def _first_receiver(self, refs: list[Ref]) -> list[Ref]:
        """The first of a receiving line of persons of one state, the guest a pronoun.

        وكان في استقباله (وداعه) ولي العهد X ورئيس مجلس الأمة Y ووزير الخارجية Z: the first
        named receives (sees off) the guest; the others, of the same state, are the welcome's
        company, not sides of a contact among themselves.
        """
        if len(refs) < 2 or any(ref.kind != "person" for ref in refs):  # noqa: PLR2004
            return refs
        states = {self.actors.country_of(ref.value, self.reference) for ref in refs}
        return refs if len(states) != 1 or None in states else refs[:1]

    def _of_other_states(self, designation: Designation, refs: Sequence[Ref]) -> bool:
        """Whether *designation* names persons or offices of states none of *refs* is of."""
        actors = self.actors
        mine = {
            ref.state if ref.kind == "office" else actors.country_of(ref.value, None)
            for ref in refs
        }
        theirs = [
            ref.state if ref.kind == "office" else actors.country_of(ref.value, None)
            for ref in designation.refs
            if ref.kind in {"person", "office"}
        ]
        return bool(theirs) and all(state is not None and state not in mine for state in theirs)

    def _place_reached(self, at: int, token: int) -> int:
        """The length of إلى + a place at token *at*, before *token* (0 if none stands there).

        عقب وصوله إلى عمان: the city reached, no side; لدى وصوله مطار الملك خالد الدولي: a site
        named up to الدولي, with or without إلى (its name may be a person's: no side either).
        """
        doc = self.doc
        if at >= token:
            return 0
        site = self._site_named(at + (doc.tokens[at] in word_sets()["to"]), token)
        if site:
            return site - at
        if doc.tokens[at] not in word_sets()["to"]:
            return 0
        place = next(
            (
                item
                for item in doc.in_sentence(doc.sentence(at))
                if item.tok0 == at + 1 and (item.city or item.place_state)
            ),
            None,
        )
        return 0 if place is None or place.tok1 >= token else place.tok1 + 1 - at

    def _in_quote_after(self, chain_end: int, at: int) -> bool:
        """Whether a quotation opens after the sides (token *chain_end*) and holds token *at*.

        What a side says names no side: قال X خلال محادثاته مع Y: "تعاون بين اليابان وروسيا".
        """
        doc, quote = self.doc, '"'  # (all quote marks fold to ")
        first, sentence = chain_end, doc.sentence_of[chain_end]
        while first > 0 and doc.sentence_of[first - 1] == sentence:
            first -= 1
        if doc.text.count(quote, doc.starts[first], doc.ends[chain_end]) % 2:
            return False  # the sides are quoted themselves: أجرى "مكالمة مطولة" مع X
        return doc.text.count(quote, doc.ends[chain_end], doc.starts[at]) % 2 == 1

    def _site_named(self, at: int, token: int) -> int:
        """The token after a site noun at *at* and its name up to الدولي, before *token*; else 0.

        (مطار الملك عبد العزيز الدولي, بمطار رفيق الحريري الدولي.)
        """
        bare = self.doc.bare_tokens
        if at >= token or not (bare[at] in PLACE_NOUNS or bare[at][1:] in PLACE_NOUNS):
            return 0
        for k in range(at + 1, min(at + 2 + SITE_NAME_MOST, token)):
            if bare[k] in SITE_NAME_ENDS:
                return k + 1
        return 0

    def _gap_after(  # noqa: C901, PLR0912, PLR0915 (one walk over the words, a case per kind)
        self,
        chain_end: int,
        token: int,
        *,
        between: bool,
        reopen: bool = True,
        asides: frozenset[int] = NO_TOKENS,
        reception: bool = False,
    ) -> tuple[int, bool, bool]:
        """How far *token* is from the chain of sides, and whether a list is open.

        Returns the tokens between that are not transparent, whether a بين/مع opened
        a list right before *token*, and whether a بين list is open. After a reception
        noun (*reception*) the moment and spot of the arrival are passed over too
        (وكان في استقباله لدى وصوله إلى المطار Y).
        """
        doc = self.doc
        lexicon = word_sets()
        gap = 0
        opened = False
        tokens, bare_tokens = doc.tokens, doc.bare_tokens
        with_words, stop, filler = lexicon["with"], lexicon["stop"], lexicon["filler"]
        lasting = lexicon["lasting"]
        skip_to = chain_end + 1
        openers = _passing_openers()
        including_ends = doc.including_ends  # (doc.including_before, for each word)
        for at in range(chain_end + 1, token):
            word = tokens[at]
            if at < skip_to or at in asides or at in self.venue_tokens:
                continue  # (على هامش أعمال الجمعية العامة ... مع Y: the event, no distance)
            if at + 1 < token and self._also_with(at + 1):
                # اجتمع X بـY لبحث ...، وكذلك مع Z: another one met, past the topic
                opened, between, gap = True, False, 0
                skip_to = at + 2
                continue
            if word in openers and (
                passed := self._passed_to(at, chain_end, token, reception=reception)
            ):
                skip_to = passed  # في وقت سابق، لدى وصوله إلى المطار: no gap
                continue
            if at + 1 in including_ends:
                gap = 0  # كبار المسؤولين، وعلى رأسهم X: a member of the group, no gap
                continue
            if bare_tokens[at] in lasting and (length_end := self._length_end(at, token)):
                skip_to = length_end  # زيارة تستمر ثلاثة أيام لتركيا: the visit's length, no gap
                continue
            if opened and (
                (word in EACH and at + 1 < len(tokens) and tokens[at + 1] == FROM)
                or (word == FROM and tokens[at - 1] in EACH)
            ):
                continue  # مع كل من X وY: the list goes on
            # (من كل من starts with من: the test of the rest only then)
            if word == FROM and (gap == 0 or opened) and self._from_each_at(at, token):
                opened, between, gap = True, False, 0  # اتصالا من كل من X وY: each a caller
                skip_to = at + 3
                continue
            if at in doc.summit_attendance:  # القمة الثلاثية ... بحضور X وY: its participants
                opened, between, gap = True, True, 0
                skip_to = at + doc.tokens_match(at, cue_phrases()["attendance"], bare=False)
                continue
            if word in with_words or word in NAMELY:  # (...، وهم X وY: a list as بين's)
                previous = tokens[at - 1] if at > 0 else ""
                before = bare_tokens[at - 2] if at > 1 else ""
                if (
                    previous in stop
                    or strip_article(previous) in stop
                    or before.removeprefix("و") in RELATIONS  # التعاون المشترك بين
                    or (previous in BINDING and self._bond_of_relation(at - 1))
                    or bare_tokens[at - 1] in EXCHANGED  # تبادل السجناء بين روسيا و...
                    or (word != WITH and self._relation_before(chain_end, at))
                    or (word != WITH and self._parties_of_a_noun(chain_end, at))
                    or (not reopen and gap >= 3)  # noqa: PLR2004 (بحثا سبل وقف النار بين ...)
                    or (word == WITH and gap >= 6)  # noqa: PLR2004 (... والتنسيق المستمر مع)
                    or self._in_quote_after(chain_end, at)  # قال X خلال لقائه Y: "... بين البلدين"
                ):
                    opened = False  # العلاقات بين موسكو وواشنطن: a topic
                    between = False
                    gap += 3
                    continue
                opened = True
                between = word != "مع"
                gap = 0
                continue
            if (word in stop or bare_tokens[at] in stop) and not (
                (at == chain_end + 1 and word in ANOTHER)  # اتصالا آخر بالرئيس: another call
                or at in self.date_tokens  # قبل ظهر اليوم: part of a date, no time clause
            ):
                opened = False
                between = False
                gap += 3
                continue
            if (
                at in self.date_tokens
                or at in doc.title_tokens
                or word in filler
                or word in self.transparent
                or self._in_building(at)
            ):
                continue
            if word in NAME_LINKS and gap > 0:
                skip_to = at + 2  # الأمير تركي بن محمد بن فهد: a name the table lacks, one word
                continue
            gap += 1
            opened = False
        return gap, opened, between

    def _with_after_topic(
        self, trigger: Trigger, refs: list[Ref], chain_end: int, designation: Designation
    ) -> bool:
        """Whether مع opens a discussion verb's other side after its topic.

        بحث X العلاقات الثنائية مع الرئيس Y: one side so far (the subject), a person or an
        office right after مع, a short topic between (not بحث X العلاقات مع إيران: a state
        after مع is the topic's).
        """
        start = designation.tok0 if designation.lead < 0 else designation.lead
        return (
            trigger.kind == "discussion"
            and len(refs) == 1
            and start - chain_end <= TOPIC_MOST
            and self.doc.tokens[start - 1] == WITH
            and any(ref.kind in {"person", "office"} for ref in designation.refs)
        )

    def _length_end(self, at: int, token: int) -> int:
        """Where a visit's length opened by a lasting word at *at* ends (0: none before *token*).

        تستمر ثلاثة أيام، تستغرق يومين، لمدة أسبوع: a unit of days within two words.
        """
        bare, days = self.doc.bare_tokens, word_sets()["days"]
        return next((k + 1 for k in range(at + 1, min(at + 3, token)) if bare[k] in days), 0)

    def _passed_to(self, at: int, chain_end: int, token: int, *, reception: bool) -> int:
        """Where the maker's words or the aside that token *at* opens end (0 if it opens none).

        What :meth:`_gap_after` passes over without a gap: only tokens of
        :func:`_passing_openers` can open either.
        """
        passed = self._maker_words(at, chain_end, token)
        if passed:
            return passed
        length = self._aside_length(at, token, reception=reception)
        return at + length if length else 0

    @staticmethod
    def _named_again(named: Designation | None, designation: Designation) -> bool:
        """Whether *designation*, with no preposition, names only the person(s) of *named*.

        محمد بن زايد ولي عهد أبوظبي ...، رئيس المجلس التنفيذي لإمارة أبوظبي: an office the
        table gives to the same person, written after his name and titles, is him again.
        """
        if named is None or designation.prep or not designation.refs:
            return False
        persons = {ref.value for ref in named.refs if ref.kind == "person"}
        return all(ref.kind == "person" and ref.value in persons for ref in designation.refs)

    def _own_title(self, named: Designation | None, designation: Designation) -> bool:
        """Whether *designation*, an office right after the person *named*, is his title.

        أيمن الصفدي وزير الخارجية الأردني: an office the person has held in the table, for
        the same state, written after his name, names him again and no second side.
        """
        if named is None or not designation.refs:
            return False
        persons = self.actors.persons
        held = {
            (office.role, office.state)
            for ref in named.refs
            if ref.kind == "person" and ref.value in persons
            for office in persons[ref.value].offices
        }
        named_ids = {ref.value for ref in named.refs if ref.kind == "person"}
        # (رئيس مجلس الوزراء after محمد بن راشد آل مكتوم: an office read as its holder, him)
        return bool(held) and all(
            (ref.kind == "office" and (ref.role, ref.state) in held)
            or (ref.kind == "person" and ref.value in named_ids)
            for ref in designation.refs
        )

    def _visit_clause(self, chain_end: int, token: int) -> bool:
        """Whether only a visit's relative clause and إلى stand between the chain and *token*.

        الزيارة الرسمية التي يقوم بها إلى العاصمة الرياض: the destination after it.
        """
        lexicon = word_sets()
        words = self.doc.tokens[chain_end + 1 : token]
        return len(words) <= VISIT_CLAUSE_MOST and all(
            word in VISIT_CLAUSE
            or word in lexicon["to"]
            or word in lexicon["filler"]
            or word in CAPITAL_WORDS
            for word in words
        )

    def _visit_words_only(self, tok1: int, at: int) -> bool:
        """Whether the few words between a visit noun and ل + a state only qualify the visit.

        زيارة رسمية لإثيوبيا، زيارة عمل لمصر، زيارة تستغرق يومين لإثيوبيا: the state visited, as
        right after the noun; no name, title, date, other contact word or clause between.
        """
        doc = self.doc
        between = range(tok1 + 1, at)
        lasting = word_sets()["lasting"]
        length = next(  # زيارة دولة تستمر ستة أيام للولايات المتحدة: the length, passed over
            (
                (k, end)
                for k in between
                if doc.bare_tokens[k] in lasting and (end := self._length_end(k, at))
            ),
            None,
        )
        if length is not None:
            between = range(tok1 + 1, length[0])
            if length[1] != at:
                return False  # (words after the length: not the state's phrase)
            if not between:
                return True
        return (
            0 < len(between) <= VISIT_QUALIFIERS_MOST
            and not any(
                k in doc.name_tokens or k in doc.title_tokens or k in self.date_tokens
                for k in between
            )
            and not self._trigger_between(tok1, at)
            and not self._clause_between(tok1, at)
        )

    def _clause_between(self, first: int, last: int) -> bool:
        """Whether a new clause opens between tokens *first* and *last* (ثم، كما، a comma)."""
        doc = self.doc
        if any(doc.tokens[at] in CLAUSE_OPENERS for at in range(first + 1, last)):
            return True
        return COMMA.search(doc.text, doc.ends[first], doc.starts[last]) is not None

    def _in_building(self, at: int) -> bool:
        """Whether token *at* is a building noun or the one word naming it (بقصر قرطاج).

        استقبل الرئيس صباح اليوم بقصر قرطاج وزير ...: where, which a list of sides runs over.
        """
        bare_tokens = self.doc.bare_tokens
        word = bare_tokens[at]
        if word in PLACE_NOUNS or word[1:] in PLACE_NOUNS:  # قصر، بقصر، لمقر
            return True
        previous = bare_tokens[at - 1] if at > 0 else ""
        return previous in PLACE_NOUNS or previous[1:] in PLACE_NOUNS

    def _bond_of_relation(self, verb: int) -> bool:
        """Whether the bond verb at ``verb`` follows a relation noun (العلاقات التي تجمع).

        Then its بين is a topic; after a contact word (قمة جمعت بين) it lists the sides.
        """
        bare = self.doc.bare_tokens
        return any(
            bare[k].removeprefix("و") in RELATIONS for k in range(max(verb - BOND_REACH, 0), verb)
        )

    def _relation_before(self, chain_end: int, at: int) -> bool:
        """Whether a relation word comes shortly before بين, after the contact word.

        تطرقت المحادثة إلى الروابط الأخوية الوطيدة القائمة بين تونس والجزائر: the states of
        the relations talked about, not the sides of the talk.
        """
        bare_tokens = self.doc.bare_tokens
        return any(
            bare_tokens[k].removeprefix("و") in RELATIONS
            for k in range(max(chain_end + 1, at - 4), at - 1)
        )

    def _parties_of_a_noun(self, chain_end: int, at: int) -> bool:
        """Whether بين at *at* names the parties of a noun after the contact word, not its sides.

        The noun right before بين, or before a relative pronoun that opens the clause بين is in
        (استئناف المفاوضات بين إيران والولايات المتحدة; الاتفاق الذي جرى التوصل إليه بالقاهرة بين
        إيران والوكالة).
        """
        tokens, bare_tokens = self.doc.tokens, self.doc.bare_tokens
        if at - 1 > chain_end and bare_tokens[at - 1] in PARTY_NOUNS:
            return True
        return any(
            tokens[k + 1] in RELATIVES and bare_tokens[k] in PARTY_NOUNS
            for k in range(chain_end + 1, at - 1)
        )

    def _invited_by(self, designation: Designation) -> bool:
        """Whether the phrase is who invites: دعوة (رسمية) من X، الدعوة الموجهة من X."""
        return self._invitation_before(designation, designation.tok0 - 4, verbs=False)

    def _inviter_after(self, tok1: int, last: int) -> Designation | None:
        """Who invited, named after a visit word, if anyone.

        زيارة رسمية إلى تركيا غدا، تلبية لدعوة من الرئيس التركي: the inviter receives the visit.
        """
        doc = self.doc
        for designation in doc.in_sentence(doc.sentence_of[tok1]):
            if designation.tok0 <= tok1:
                continue
            if designation.tok0 > last:
                break
            if (
                designation.prep in {"", FROM}
                and any(ref.kind in INVITERS for ref in designation.refs)
                and self._invited_by(designation)
            ):
                return designation
        return None

    def _invited_since(self, designation: Designation, start: int) -> bool:
        """Whether an invitation (دعا، دعوة) opens the clause before *designation*."""
        first = max(start, designation.tok0 - INVITATION_REACH)
        return self._invitation_before(designation, first, verbs=True)

    def _invitation_before(self, designation: Designation, first: int, *, verbs: bool) -> bool:
        """Whether an invitation noun (or, with *verbs*, verb) is in tokens [first, the phrase)."""
        doc = self.doc
        return any(
            doc.bare_tokens[at] in INVITATIONS or (verbs and doc.tokens[at] in INVITING)
            for at in range(max(first, 0), designation.tok0)
        )

    def _agent(self, designation: Designation, *, reception: bool, address: bool = False) -> int:
        """The token of من when من قبل (by) stands right before the phrase, else -1.

        A passive's agent. After a word of reception also من لدن and من طرف (حظي باستقبال من طرف
        الرئيس); with *address*, words of address may stand between (من قبل جلالة الملك).
        """
        tokens = self.doc.tokens
        at = designation.tok0
        if address:
            words_of_address = word_sets()["address"]
            while at > 0 and (tokens[at - 1] in words_of_address or tokens[at - 1] == MAJESTY):
                at -= 1
        if at < 2 or tokens[at - 2] != FROM:  # noqa: PLR2004
            return -1
        word = tokens[at - 1]
        if word in AGENT_NOUNS or (reception and word in RECEPTION_AGENT_NOUNS):
            return at - 2
        return -1

    def _after_place_noun(self, designation: Designation) -> bool:
        """Whether a building or site noun comes right before the phrase (مطار مسقط)."""
        at = designation.tok0 - 1
        if (
            at >= 0
            and (designation.city or designation.place_state)
            and designation.prep in {IN, "ب"}
        ):
            # إلى مطار إيسنبوغا الدولي في أنقرة، بقصر الشعب بدمشق: the site's city; في مقر
            # إقامته بالولايات المتحدة: the site's state
            bare = self.doc.bare_tokens
            return any(
                bare[k] in PLACE_NOUNS or bare[k][1:] in PLACE_NOUNS
                for k in range(max(at - SITE_NAME_MOST, 0), at)
            )
        if at < 0 or designation.prep:
            return False
        word = self.doc.bare_tokens[at]
        if word in PLACE_NOUNS or word[1:] in PLACE_NOUNS:  # بمطار، لمقر
            return True
        # في بودابست عاصمة المجر: the capital's state, after a city, says where it is
        return (
            self.doc.tokens[at].removeprefix("و") == CAPITAL_OF
            and at > 0
            and any(
                item.tok1 == at - 1 and item.city
                for item in self.doc.in_sentence(self.doc.sentence_of[at])
            )
        )

    def _after_forum_word(self, designation: Designation) -> bool:
        """Whether a forum word comes right before the phrase (صيغة أستانا، مسار جنيف)."""
        at = designation.tok0 - 1
        return at >= 0 and bool(self.doc.tokens_match(at, cue_phrases()["forum"], bare=True))

    def _own_session(self, trigger: Trigger, tok1: int, designation: Designation) -> bool:
        """Whether *designation* is an organization whose own session the word names.

        اجتماع لحلف شمال الأطلسي، قمة للاتحاد الأفريقي، اجتماع مجلس جامعة الدول العربية: the
        organization is the forum (its members meet), not a counterpart of the persons around
        the word.
        """
        at = tok1 + 1
        if at < designation.tok0 and self.doc.bare_tokens[at] in SESSION_BODIES:
            at += 1  # اجتماع مجلس جامعة الدول العربية: the council of the organization
        return (
            trigger.kind == "noun"
            and designation.tok0 == at
            and designation.prep in {"ل", ""}
            and bool(designation.refs)
            and all(
                ref.kind == "org"
                or (ref.kind == "state" and ref.value in self.actors.organizations)
                for ref in designation.refs
            )
        )

    def _stage_stop(self, designation: Designation) -> bool:
        """Whether a verb that opens or closes the trip names *designation* as a stop.

        يختتمها بالكويت، يستهلها بزيارة: ب on the state; يبدأها بدول إثيوبيا وتنزانيا: the
        states after بدول (the later ones join them as a list does).
        """
        if not designation.place_state or not _place_only(designation):
            return False
        doc = self.doc
        tokens, at = doc.tokens, designation.tok0 - 1
        if not designation.prep and at > 0 and strip_article(tokens[at]) == STATES_NOUN:
            at -= 1  # بدول
        elif designation.prep != "ب":
            return False
        if at >= 0 and tokens[at].removeprefix("و") in VISIT_STAGES:
            return True
        # يستهل أردوغان جولته الخليجية بالسعودية: the trip noun (and an adjective) before, and
        # before it its subject and a verb of opening or closing a trip
        for noun in range(at, max(at - 2, -1), -1):
            if doc.bare_tokens[noun] in TOUR_NOUN_FORMS:
                verb = noun - 1
                while verb >= 0 and (verb in doc.name_tokens or verb in doc.title_tokens):
                    verb -= 1
                return verb >= 0 and tokens[verb].removeprefix("و") in TRIP_OPENERS
        return False

    def _states_listed(self, designation: Designation) -> bool:
        """Whether a bare state name is the first of a list of states (السعودية والإمارات)."""
        if designation.prep or not designation.place_state or not _place_only(designation):
            return False
        items = self.doc.in_sentence(self.doc.sentence(designation.tok0))
        following = next((item for item in items if item.tok0 > designation.tok1), None)
        if following is None or not following.place_state or not _place_only(following):
            return False
        if following.tok0 == designation.tok1 + 2:  # الإمارات ثم قطر: the next stop
            return self.doc.tokens[designation.tok1 + 1] in STOP_LIST
        return following.tok0 == designation.tok1 + 1 and self._conjoined(following)

    def _after_unknown_title(self, designation: Designation) -> bool:
        """Whether a و opens a title whose state the table lacks right before the phrase.

        ورئيس جمهورية السينغال ماكي سال: the title and its state are no designation, so the و
        on the title's first word joins the person named after them.
        """
        doc = self.doc
        sentence_of = doc.sentence_of  # (read only when at >= 0: a token read)
        at = designation.tok0 - 1
        stop = word_sets()["stop"]
        for head in range(at, max(designation.tok0 - UNKNOWN_TITLE_MOST - 1, -1), -1):
            word = doc.tokens[head]
            if head in doc.name_tokens or word in stop or sentence_of[head] != sentence_of[at]:
                return False
            if word.startswith("و") and word[1:] in TITLE_HEADS and head < at:
                return True
        return False

    def _conjoined(self, designation: Designation) -> bool:
        """Whether the phrase is the second of a list: وY، X – Y, or Y in X، Y وZ."""
        doc = self.doc
        text = doc.text
        if designation.conjoined or self._after_unknown_title(designation):
            return True
        at = designation.tok0 - 1
        filler = word_sets()["filler"]
        titled = doc.title_tokens
        while at > max(designation.tok0 - 6, -1):
            word = doc.tokens[at]
            if (
                word == AND
                or (word in STOP_LIST and at == designation.tok0 - 1)  # X ثم Y: one more
                or (
                    word.startswith("و")
                    and (
                        word[1:] in filler
                        or word[1:] in ALSO  # ، وكذلك X: one more of the list
                        or (at in titled and word[1:] in TITLE_HEADS)
                    )
                )
            ):
                # ومعالي جاستن تكاتشينكو: the و is on the word of address; ونائب رئيس مجلس
                # الوزراء وزير الخارجية فؤاد حسين: on the first title of two; ، و الأمير
                # فيصل: a و written apart from its word
                return True
            if word not in filler and doc.bare_tokens[at] not in filler and at not in titled:
                break
            at -= 1
        if any(  # والإيراني عباس عراقجي: the و is on the adjective before the name
            other.tok1 == designation.tok0 - 1
            and other.conjoined
            and all(ref.kind == "adjective" for ref in other.refs)
            for other in doc.in_sentence(doc.sentence(designation.tok0))
        ):
            return True
        if designation.tok0 == 0:
            return False
        if doc.including_before(designation.tok0) or any(
            # وزيري الدفاع X والخارجية Y: the و is on the second department of the title
            doc.tokens[at].startswith("و") and doc.tokens[at][1:] in DEPARTMENTS
            for at in range(max(designation.tok0 - DEPARTMENT_MOST, 0), designation.tok0)
        ):
            return True  # كبار المسؤولين، بما في ذلك وزير الخارجية X: a member of the group
        between = text[doc.ends[designation.tok0 - 1] : doc.starts[designation.tok0]]
        # ميشال عون، نبيه بري ونجيب ميقاتي: a list closed by و; روسيا – الناتو: a dash
        # between two names, not before a byline (قريبا - زاخاروفا)
        return bool(COMMA.search(between) and self._comma_listed(designation)) or (
            any(dash in between for dash in "-–—") and doc.ends_name(designation.tok0 - 1)
        )

    def _comma_listed(self, designation: Designation) -> bool:
        """Whether *designation*, after a comma, is a person in a list that و closes.

        X، Y وZ: persons (or states) named one after another, the comma right after each, the
        last joined by و; a title after a comma (X، وزير الخارجية) is no list member.
        """
        doc = self.doc
        items = doc.in_sentence(doc.sentence(designation.tok0))
        index = next((i for i, item in enumerate(items) if item is designation), -1)
        if index <= 0 or index + 1 >= len(items):
            return False
        before = items[index - 1]
        if before.tok1 != designation.tok0 - 1:
            return False
        # on through the members after it, each right after the one before, to the one with و
        # (الأردن، فلسطين، قطر، وإسرائيل: states listed so too)
        listed = [before, designation]
        for after in items[index + 1 :]:
            if after.tok0 != listed[-1].tok1 + 1:
                return False
            listed.append(after)
            if after.conjoined:
                break
        else:
            return False
        kinds = {ref.kind for item in listed for ref in item.refs}
        return all(item.refs for item in listed) and (kinds in ({"person"}, {"state"}))

    @staticmethod
    def _take(designation: Designation, refs: list[Ref], pairs: list[Ref]) -> None:
        for ref in designation.refs:
            if ref.kind == "pair":
                pairs.append(ref)
            elif ref.kind == "adjective":
                continue
            else:
                refs.append(ref)

    def _reporter(self, start: int, sentence: int, *, as_state: bool) -> Ref | None:
        """Who reports a contact with one side named: the first side before the clause.

        قال وزير الخارجية الإيراني إن من المقرر عقد محادثات مع الولايات المتحدة.
        """
        for designation in self.doc.in_sentence(sentence):
            if designation.tok0 >= start:
                break
            if designation.prep:
                continue
            for ref in designation.refs:
                if ref.kind in {"person", "office", "state"}:
                    return attrs.evolve(ref, as_state=as_state and ref.kind != "state")
        return None

    def _opens_another(self, another: int) -> bool:
        """Whether في + a noun + آخر (token *another*) open their sentence (وفي لقاء آخر،)."""
        doc = self.doc
        at = another - 2
        return (
            at >= 0
            and doc.tokens[at].removeprefix("و") == IN
            and (at == 0 or doc.sentence_of[at - 1] != doc.sentence_of[at])
        )

    def _private_trip(self, tok1: int, sentence: int) -> bool:
        """Whether a private purpose follows the trip word ending at *tok1* (في إجازة خاصة).

        Within :data:`PRIVATE_TRIP_REACH` words of its sentence, no contact word but a trip noun
        after the trip word in the sentence, and not after بعد or عقب (بعد إجازة قضاها في المغرب:
        a stay before this trip).
        """
        doc = self.doc
        reach = doc.words_on(tok1, PRIVATE_TRIP_REACH)
        at = doc.any_phrase(tok1 + 1, reach, cue_phrases()["private_trip"], bare=True)
        if at is None or doc.sentence_of[at] != sentence:
            return False
        # another contact word in the sentence, not a trip noun (في رحلة علاجية، في زيارة خاصة
        # للعلاج): someone is met (غادر إلى القاهرة حيث يلتقي X، وصل في إجازة والتقى خلالها X)
        triggers = self.trigger_tokens
        for index in range(bisect.bisect_right(triggers, tok1), len(triggers)):
            token = triggers[index]
            if doc.sentence_of[token] != sentence:
                break
            if doc.bare_tokens[token] not in TRIPS:
                return False
        words_before = {doc.tokens[k] for k in range(tok1 + 1, at)}
        return AFTER not in words_before and AFTER_WORDS.isdisjoint(words_before)

    def _pluperfect(self, tok0: int, start: int) -> bool:
        """Whether كان ... قد comes right before the verb: a contact before the news.

        يُذكر أن الرئيسين كانا قد تحادثا الشهر الماضي: an earlier call, not the one announced.
        """
        doc = self.doc
        if tok0 == 0 or doc.tokens[tok0 - 1] not in QAD:
            return False
        # the subject's name and title do not count (وكان رئيس الوزراء العراقي محمد شياع
        # السوداني قد التقى)
        words = [
            at
            for at in range(tok0 - 2, start - 1, -1)
            if at not in doc.name_tokens and at not in doc.title_tokens
        ][:5]
        return any(doc.tokens[at] in WAS_FORMS for at in words)

    def _was_before(self, trigger: Trigger, tok0: int, start: int) -> bool:
        """Whether كان and the subject come right before a verb of the past (no قد).

        وكان الرئيس السوري استقبل قبل أيام وفدا: with a vague day of the past, a contact before
        the news (with a day of its own, وكان X وصل مساء أمس, often a step of the same trip).
        """
        if trigger.kind != "verb" or trigger.word[:1] in IMPERFECT_PREFIXES:
            return False
        doc = self.doc
        index = bisect.bisect_right(self.trigger_tokens, tok0)
        if index < len(self.trigger_tokens) and (
            doc.sentence_of[self.trigger_tokens[index]] == doc.sentence_of[tok0]
        ):
            return False  # وكان ماكرون زار قبل أيام موسكو والتقى بوتين: one trip, told whole
        at = tok0 - 1  # back over the subject's name and title to كان
        while at >= start and (at in doc.name_tokens or at in doc.title_tokens):
            at -= 1
        return at >= start and doc.tokens[at] in WAS_FORMS

    def _calls_made(self, tok0: int) -> bool:
        """Whether تلقى/أجرى (and its subject) come right before the plural اتصالات.

        The subject's name, titles and words of address do not count (أجرى معالي السيد X،
        وزير الخارجية، سلسلة اتصالات).
        """
        doc = self.doc
        verbs = PLURAL_CALL_VERBS
        sentence_of = doc.sentence_of  # (tok0 and the tokens before it are read)
        sentence = sentence_of[tok0]
        filler = word_sets()["filler"]
        other = 0  # words that are no name, title or word of address
        for at in range(tok0 - 1, max(tok0 - CALLS_MADE_FAR, -1), -1):
            if sentence_of[at] != sentence:
                return False
            word = doc.tokens[at]
            if word in verbs or (word[:1] in {"و", "ف"} and word[1:] in verbs):
                return tok0 - at <= CALLS_MADE_REACH or other <= CALLS_MADE_OTHER
            if not (at in doc.name_tokens or at in doc.title_tokens or word in filler):
                other += 1
        return False

    def _caller_after(self, at: int, sentence: int) -> bool:
        """Whether a person or an office after ل starts at token *at* (اتصالات هاتفية لـX).

        A word of address may come between (لجلالة السلطان هيثم بن طارق).
        """
        tokens = self.doc.tokens
        return at < len(tokens) and any(
            0 <= designation.tok0 - at <= 1
            and (designation.prep == "ل" or tokens[at].startswith("ل"))
            and any(ref.kind in {"person", "office"} for ref in designation.refs)
            for designation in self.doc.in_sentence(sentence)
        )

    def _spoke_with(self, tok1: int, sentence: int) -> bool:
        """Whether a person or an office comes after مع right after a verb of speaking.

        تحدث بوتين اليوم مع رئيس الوزراء المجري: with whom he spoke, a contact; تحدث عن،
        تواصل التنسيق: none. At most a few words between, not counting the subject's name and
        title, the date's words and an adverb of manner (تحدث وزير الخارجية الألماني فرانك فالتر
        شتاينماير ، أمس الثلاثاء ، بشكل منفصل مع).
        """
        doc = self.doc
        tokens, light = doc.tokens, (self.date_tokens, doc.name_tokens, doc.title_tokens)
        at, counted = tok1 + 1, 0
        while at < len(tokens) and counted < SPOKE_WITH_REACH and doc.sentence(at) == sentence:
            if tokens[at] == WITH:
                break
            if tokens[at] in MANNERS:
                at += 2  # بشكل منفصل: the adverb and its adjective
                continue
            counted += not any(at in tokens_of for tokens_of in light)
            at += 1
        else:
            return False
        return any(
            at < designation.tok0 <= at + SPOKE_WITH_REACH
            and any(ref.kind in {"person", "office"} for ref in designation.refs)
            for designation in doc.in_sentence(sentence)
        )

    def _with_after(self, tok1: int, last: int) -> bool:
        """Whether مع comes within a few tokens after token *tok1* (at most *last*)."""
        tokens = self.doc.tokens
        return any(tokens[at] in WITH_EACH for at in range(tok1 + 1, min(last, tok1 + 6) + 1))

    def _pronoun_object(self, tok1: int) -> bool:
        """Whether a pronoun names the other side right after the contact noun.

        لقائه به، لقائه معه (the one met, named before), لقاء جمعهما (the two named before).
        """
        tokens = self.doc.tokens
        if tok1 + 1 >= len(tokens):
            return False
        word = tokens[tok1 + 1]
        return word in PRONOUN_OBJECTS or (word.startswith(GATHERED) and word.endswith("هما"))

    def _opens_sentence(self, side: Ref, sentence: int) -> bool:
        """Whether *side* is the first person its sentence names with no preposition."""
        first = bisect.bisect_left(self.doc.sentence_of, sentence)
        subject = self._plain_subject(sentence, first, len(self.doc.tokens))
        return subject is not None and _who(subject) == _who(side)

    def _named_before_other(self, tok0: int, sentence: int, side: Ref) -> Ref | None:
        """The last person or office named before *tok0* in its sentence other than *side*.

        With no preposition or with إلى / لدى / ل; a message's addressee too (سلم X رسالة إلى Y
        خلال لقائه به: Y).
        """
        lexicon = word_sets()
        doc = self.doc
        addressees = [
            item for item in doc.conveyed if item.prep in lexicon["to"] or item.prep == "ل"
        ]
        named = [*doc.in_sentence(sentence), *addressees]  # (a message's addressee too)
        for item in sorted(named, key=lambda item: item.tok0, reverse=True):
            if item.tok1 >= tok0 or doc.sentence(item.tok0) != sentence:
                continue
            if item.prep and item.prep not in lexicon["to"] and item.prep != "ل":
                continue
            ref = next((ref for ref in item.refs if ref.kind in {"person", "office"}), None)
            if ref is not None and _who(ref) != _who(side):
                return ref
        return None

    def _gathered(self, tok1: int) -> bool:
        """Whether اللقاء الذي جمعه (ب/مع ...) follows: ه is a side, as in لقائه."""
        tokens = self.doc.tokens
        if tok1 + 2 >= len(tokens) or tokens[tok1 + 1] not in RELATIVES:
            return False
        word = tokens[tok1 + 2]
        return word.startswith(GATHERED) and word.endswith(("ه", "ها", "هما"))

    def _possessor(
        self, tok0: int, sentence: int, bound_for: AbstractSet[str] = frozenset()
    ) -> Ref | None:
        """Who ه/ها of لقائه، استقباله refers to.

        The last person named before it in its sentence, not after a preposition; else
        the sentence before's subject, the first person it names so (وكان ميقاتي قد أجرى
        ... مع بلينكن ... وزراء خارجية كندا. وفور وصوله استقبله ...: Mikati). None of the
        states *bound_for*, the ones a visit goes to.
        """
        doc = self.doc
        # the sentence before is the one of the token before this sentence (a line break
        # after a full stop makes an empty sentence between)
        first = bisect.bisect_left(doc.sentence_of, sentence)
        fronted = self._fronted_subject(first, tok0, sentence)
        if fronted is not None:
            return fronted
        previous = doc.sentence_of[first - 1] if first > 0 else sentence
        before = bisect.bisect_left(doc.last_tokens, tok0)  # the designations ending before tok0
        subject: Ref | None = None
        for index in range(before - 1, -1, -1):
            designation = doc.designations[index]
            at = doc.sentence(designation.tok0)
            if at < min(previous, sentence - 1):
                break
            if designation.prep:
                continue
            ref = next((ref for ref in designation.refs if ref.kind in {"person", "office"}), None)
            if ref is None or (bound_for and self._state_of(ref) in bound_for):
                continue
            if at == sentence:
                return ref
            subject = ref  # the earliest of the sentence before, as the scan goes back
        return subject

    def _fronted_date(self, first: int, last: int, tok0: int, sentence: int) -> bool:
        """Whether the date at tokens *first*..*last* opens the sentence of the word at *tok0*.

        ويوم غد الاثنين، سيلتقي؛ في 25 مايو سيستقبل؛ يوم 18 مايو، من المقرر أن يلتقي: only a
        preposition before it, and nothing or words of planning between it and the word.
        """
        doc = self.doc
        opening = bisect.bisect_left(doc.sentence_of, sentence)
        return all(doc.tokens[at] in DATE_LEADS for at in range(opening, first)) and all(
            doc.bare_tokens[at] in PLAN_WORDS for at in range(last + 1, tok0)
        )

    def _received(
        self, tok0: int, sentence: int, receivers: Sequence[Ref], suffix: str | None
    ) -> Ref | None:
        """Whom the object pronoun of a receiving verb at *tok0* means (ثم استقبله Z).

        The first person or office named before it in *sentence*, with no preposition, of
        another state than the receivers' and, for a person of the table, of the pronoun's
        gender (ها a woman: التقى X اليوم رئيسة الوزراء Y، ثم استقبلها Z: Y).
        """
        doc = self.doc
        persons = self.actors.persons
        theirs = {self._state_of(ref) for ref in receivers} - {None}
        woman = suffix == "ها"
        for designation in doc.in_sentence(sentence):
            if designation.tok0 >= tok0:
                return None
            if designation.prep:
                continue
            ref = next((r for r in designation.refs if r.kind in {"person", "office"}), None)
            if ref is None or self._state_of(ref) in theirs:
                continue
            person = persons.get(ref.value) if ref.kind == "person" else None
            if person is not None and person.gender is not None and (person.gender == "f") != woman:
                continue
            return ref
        return None

    def _role_of(self, ref: Ref) -> str | None:
        """The role *ref* names: a person's on the reference date, else its title's."""
        if ref.kind == "person":
            return self.actors.role_of(ref.value, self.reference) or ref.role
        return ref.role

    def _of_the_place(self, designation: Designation, place: Designation) -> bool:
        """Whether every person or office of *designation* is of the state of *place*."""
        state = place.city_state or place.place_state
        refs = [ref for ref in designation.refs if ref.kind in {"person", "office"}]
        return state is not None and all(self._state_of(ref) == state for ref in refs)

    def _state_of(self, ref: Ref) -> str | None:
        """The state *ref* stands for: an office's, else a person's on the reference date."""
        if ref.kind != "person":
            return ref.state or ref.value or None
        return self.actors.country_of(ref.value, self.reference)

    def _fronted_subject(self, first: int, tok0: int, sentence: int) -> Ref | None:
        """The subject after a fronted phrase that opens the sentence with the contact word.

        خلال لقائه الرئيس X، أكد الوزير Y: only time words stand before the word (خلال، عقب،
        بعد، قبيل، في), a comma closes the phrase, and the first person or office after it,
        with no preposition, is whom the pronoun means.
        """
        doc = self.doc
        if not all(
            doc.bare_tokens[at] in FRONTING_WORDS or doc.tokens[at] in FRONTING_WORDS
            for at in range(first, tok0)
        ):
            return None
        last = bisect.bisect_right(doc.sentence_of, sentence) - 1
        comma = next(
            (
                at
                for at in range(tok0 + 1, min(last, tok0 + ASIDE_MOST) + 1)
                # (a date between commas is passed over: في اتصال مع X، اليوم، أكد Y)
                if doc.comma_before(at) and at not in self.date_tokens
            ),
            None,
        )
        if comma is None:
            return None
        for designation in doc.in_sentence(sentence):
            if designation.tok0 < comma or designation.prep:
                continue
            if designation.tok0 != comma + 1:  # the verb at the comma, its subject next
                return None
            return next((r for r in designation.refs if r.kind in {"person", "office"}), None)
        return None

    def _speaker(self, tok0: int) -> Ref | None:
        """The speaker of a quote, for a verb in the first person.

        وقال بوتين لبومبيو: ... تحدثت مع ...: the speaker is Putin.
        """
        doc = self.doc
        sentence = doc.sentence(tok0)
        offset = doc.starts[tok0]
        before = bisect.bisect_left(doc.colons, offset)  # the colons before the verb
        if not before:
            return None
        colon = doc.colons[before - 1]
        if doc.sentence(doc.token_before(colon)) != sentence:
            return None
        for designation in doc.in_sentence(sentence):
            if designation.end > colon:
                break
            if designation.prep:
                continue
            for ref in designation.refs:
                if ref.kind in {"person", "office"}:
                    return ref
        return None

    def _day_offset(self, tok0: int) -> DateMention | None:
        """The day of a contact dated from another day (بعد يوم من اجتماعه), if any.

        The other day is the nearest concrete day written before in the sentence, else the
        publication date; the result spans the phrase.
        """
        doc = self.doc
        sentence = doc.sentence_of[tok0]  # (tok0 and any phrase found are tokens read)
        phrases = cue_phrases()["day_offsets"]
        at = doc.any_phrase(max(tok0 - 5, 0), tok0 - 1, phrases, bare=True)
        if at is None or doc.sentence_of[at] != sentence:
            return None
        phrase = " ".join(doc.tokens[at:tok0])
        days = next((n for text, n in DAY_OFFSETS.items() if phrase.endswith(text)), None)
        if days is None:
            return None
        anchor: DateMention | None = None
        for date_start, _date_end, mention in self.dates_by_sentence.get(sentence, ()):
            if (
                doc.token_at(date_start) < at
                and mention.first is not None
                and mention.first == mention.last
            ):
                anchor = mention
        day = anchor.first if anchor is not None else self.reference
        margin = dt.timedelta(days=abs(days))
        if day is None or not dt.date.min + margin <= day <= dt.date.max - margin:
            return None  # (a day at the calendar's ends has none beyond it)
        day += dt.timedelta(days=days)
        start, end = doc.normalized.to_original(doc.starts[at], doc.ends[tok0 - 1])
        return DateMention(
            start=start,
            end=end,
            text=self.original[start:end],
            value=day.isoformat(),
            mod=None,
            first=day,
            last=day,
            granularity=Granularity.DAY,
            calendar=Calendar.UNSPECIFIED,
            hijri=None,
            anchor=Anchor.RELATIVE,
            rule=anchor.rule if anchor is not None else "prefixed",
        )

    def _date(  # noqa: C901, PLR0912
        self,
        tok0: int,
        tok1: int,
        start: int,
        stop_at: int,
        *,
        after_only: bool = False,
        noun: str | None = None,
    ) -> tuple[DateMention | None, bool]:
        """The date written in the clause of a contact word, and whether it is vague.

        *noun* is the contact word when it is a noun (its gender tells its relative clauses).

        The nearest date wins; a date nearer another contact word is left to it.
        """
        doc = self.doc
        sentence = doc.sentence_of[tok0]  # (a contact word's first token: one read)
        best: tuple[int, DateMention] | None = None
        vague = False
        # the relative pronoun of the other gender than a contact noun's introduces a clause
        # of another noun (الزيارة ... للبروتوكول الذي تم توقيعه: الذي is not the visit's)
        other_relative = None
        if noun is not None:
            other_relative = WHICH_OF["masculine" if noun in FEMININE_NOUNS else "feminine"]
        for date_start, date_end, mention in self.dates_by_sentence.get(sentence, ()):
            first = doc.token_at(date_start)
            last = doc.token_before(date_end)
            if first >= len(doc.tokens) or doc.sentence_of[first] != sentence:
                continue
            if last < tok0:
                fronted = self._fronted_date(first, last, tok0, sentence)
                if (first < start or after_only) and not fronted:
                    continue  # نفى الكرملين، اليوم، وقوع اتصال: the date of the denial
                distance = tok0 - last
                if COMMA.search(doc.text, date_end, doc.starts[tok0]):
                    distance += COMMA_DISTANCE  # سيزور الدوحة غدا، بعد اتصال جرى أمس
            elif first > tok1:
                if self._fronted_for_next(first, last):
                    continue  # التقى X، واليوم التقى Y: the day of the verb after it
                # the words of the sides between do not count (استقبل X، وزير ...، نظيره Y،
                # وزير ... اليوم): a long title keeps the verb's date its own
                named = (
                    self._named_between(tok1, first)
                    if first - tok1 <= NAMED_REACH
                    else 0  # far beyond any title: never the word's date
                )
                if first - named > max(stop_at, tok1 + DATE_DISTANCE):
                    continue
                if other_relative is not None and any(
                    doc.tokens[at] == other_relative for at in range(tok1 + 1, first)
                ):
                    continue  # الزيارة تنفيذا للبروتوكول الذي تم توقيعه في ...: another noun's
                if self._relative_of_another(tok1, first):
                    continue  # وبحثا تداعيات الحرب التي اندلعت في 15 أبريل 2023: the war's
                distance = first - tok1 - named
            else:
                continue
            if distance > DATE_DISTANCE:
                continue
            low, high = (last, tok0) if last < tok0 else (tok1, first)
            if self._trigger_between(low, high, venues=False):
                # the date is another contact word's (not the event of على هامش القمة أمس:
                # the sidelines meeting's day is the summit's)
                continue
            if (
                self._in_span(first, tok1)
                or not OCCASION.isdisjoint(doc.tokens[max(0, first - OCCASION_REACH) : first])
                or mention.rule in FEAST_RULES  # هنأه بعيد الفصح، عيد الميلاد ورأس السنة
            ):
                continue  # لتهنئته ببداية شهر رمضان: the occasion, not the day of the call
            if _stretch(mention):
                # التقدم الذي شهدته العلاقات خلال الأشهر الثمانية الماضية: a stretch, no day; after
                # the word, in its clause, the window it fell in (أجرى اتصالا واحدا مع X خلال
                # الأشهر الثلاثة الماضية): no day either, not the article's
                vague = vague or (
                    mention.rule == "vague"  # (not years: خطة للأعوام 2025-2027, the plan's)
                    and first > tok1
                    and distance <= VAGUE_DISTANCE
                    # (not استعرضا ما تحقق خلال ...، بحثا التعاون الذي تطور خلال ...: the topic's)
                    and not any(
                        doc.tokens[at] in RELATIVES or doc.tokens[at] in WHAT
                        for at in range(tok1 + 1, first)
                    )
                )
                continue
            if BRACKETED_YEAR.search(doc.text, max(0, date_start - BRACKET_REACH), date_start):
                continue  # تنفيذ القرار 2334 (2016): the resolution's year, not the call's
            if not CONCRETE.match(mention.value) and not spans_days(mention):
                # قبل بضعة أيام right by the contact word: no date at all, not the article's
                vague = vague or (
                    (
                        mention.value in {"PAST_REF", "FUTURE_REF"}  # (حاليا: now, the news)
                        or mention.granularity is Granularity.WEEK
                    )
                    and distance <= VAGUE_DISTANCE
                )
                continue
            if best is None or distance < best[0]:
                best = (distance, mention)
        return (best[1] if best else None), (vague and best is None)

    def _reported_day(self, date: DateMention, tok0: int) -> bool:
        """Whether *date* is the day of a report that names the contact word at *tok0* after عن.

        وكانت الخارجية قد أعلنت أمس الأحد عن زيارة X: the day the visit was announced, a date of
        the contact only where nothing else dates it.
        """
        doc = self.doc
        if tok0 < 2 or doc.tokens[tok0 - 1] != ABOUT or date.end > doc.starts[tok0]:  # noqa: PLR2004
            return False
        at = doc.token_at(date.start) - 1
        for _ in range(REPORT_REACH):
            if at < 0:
                return False
            word = doc.tokens[at].removeprefix("و")
            if word in REPORTING:
                return True
            if not (at in doc.name_tokens or at in doc.title_tokens or word in PERFECT_PARTICLES):
                return False
            at -= 1
        return False

    def _vague_future(self, tok0: int, tok1: int, sentence: int) -> bool:
        """Whether a week to come or a vague future (قريبا) is written close to a contact word."""
        doc, reference = self.doc, self.reference
        for date_start, date_end, mention in self.dates_by_sentence.get(sentence, ()):
            first, last = doc.token_at(date_start), doc.token_before(date_end)
            # (the sides' names and titles between do not count, as for a date: _date)
            distance = (
                tok0 - last if last < tok0 else first - tok1 - self._named_between(tok1, first)
            )
            if distance > VAGUE_DISTANCE:
                continue
            if mention.value == "FUTURE_REF" or (
                mention.granularity is Granularity.WEEK
                and reference is not None
                and mention.first is not None
                and mention.first > reference
            ):
                return True
        return False

    def _relative_of_another(self, tok1: int, first: int) -> bool:
        """Whether a relative clause of another noun holds the date at token *first*.

        الحرب التي اندلعت في ...، قرار مجلس الأمن الذي صدر في ...، مؤتمر كوب 28 الذي ينطلق في
        ...: the relative pronoun stands a few words past the contact word, after a word that
        names no side (الاتصال الذي جرى أمس، الزيارة الرسمية التي بدأها اليوم: the contact's own;
        استقبل X الوزير Y الذي وصل أمس: the side's, left to the finder's other rules).
        """
        doc = self.doc
        tokens = doc.tokens
        # (only the relative pronouns are tried: found in C)
        relatives = itertools.compress(
            range(tok1 + 3, first), map(RELATIVES.__contains__, tokens[tok1 + 3 : first])
        )
        return any(
            at - 1 not in doc.name_tokens
            and at - 1 not in doc.title_tokens
            and tokens[at - 1] not in DEMONSTRATIVES  # آخر زيارة ... تلك التي أجراها
            # (زيارة العمل القصيرة التي بدأها: the noun's own definite words, then its clause)
            and not all(tokens[k].startswith("ال") for k in range(tok1 + 1, at))
            for at in relatives
        )

    def _recap_dual(self, trigger: Trigger, tok0: int, previous: int, sentence: int) -> bool:
        """Whether the definite dual contact noun at *tok0* follows a recap word (تناول، خلال).

        التقى X كلا من Y وZ، حيث تناول اللقاءان: after another contact word of the sentence (at
        *previous*), the persons between are that word's sides
        (:data:`~diplomatext.data.contact_words.RECAP_WORDS`).
        """
        tokens = self.doc.tokens
        return (
            0 <= previous < tok0 - 1
            and self.doc.sentence_of[previous] == sentence
            and trigger.kind == "noun"
            and trigger.suffix in DUAL  # اللقاءان: two contacts told before
            and tokens[tok0].startswith("ال")
            and tokens[tok0 - 1] in RECAP
        )

    def _named_between(self, low: int, high: int) -> int:
        """How many tokens strictly between *low* and *high* name or title a side."""
        doc = self.doc
        return sum(
            1 for at in range(low + 1, high) if at in doc.name_tokens or at in doc.title_tokens
        )

    def _in_span(self, first: int, tok1: int) -> bool:
        """Whether the date at token *first* bounds a span of time, not the contact's day.

        منذ 12 عاماً، حتى العام 2026; after the contact word, منذ a few words before it
        (الأولى منذ توليه الرئاسة عام 2013: the start of another span).
        """
        doc = self.doc
        lexicon = word_sets()
        before = doc.tokens[first - 1] if first > 0 else ""
        if before in lexicon["until"] or doc.tokens[first] in SPAN_WORDS:
            return True
        since = next(
            (
                at
                for at in range(first - 1, max(tok1, first - SINCE_REACH - 1), -1)
                if doc.tokens[at] in lexicon["since"]
            ),
            None,
        )
        # (منذ أنهت السعودية وحلفاؤها مقاطعة للدوحة قبل نحو عامين: the clause of منذ, no comma)
        return since is not None and not COMMA.search(doc.text, doc.ends[since], doc.starts[first])

    # ------------------------------------------------------------------ resolution

    def resolve(self, ref: Ref, day: dt.date | None, others: Sequence[Side]) -> Side | None:  # noqa: C901, PLR0911
        """The side *ref* designates on *day* (a person, else a state or organization)."""
        actors = self.actors
        span = (ref.evidence, ref.start, ref.end, ref.role)
        if ref.kind == "person":
            value = ref.value
            when = day or self.reference
            if ref.others and not actors.in_office(value, when):
                # الملك عبدالله in 2024: the king of that name in office, not the late one
                value = next((pid for pid in ref.others if actors.in_office(pid, when)), value)
                ref = attrs.evolve(ref, value=value)
            country = actors.country_of(ref.value, day)
            role = actors.role_of(ref.value, day)
            if ref.as_state and country:
                return self.state_side(country, span)
            return Side(ref.value, ActorKind.PERSON, country, role, [span])
        if ref.kind in {"state", "org"}:
            return self.state_side(ref.value, (EvidenceKind.STATE, ref.start, ref.end, None))
        if ref.kind == "office":
            assert ref.role is not None  # noqa: S101
            state = ref.state or ""
            holder = self._holder(ref, state, day, others)
            if holder is None and not ref.as_state and ref.role != HEAD:
                holder = self._named_before(ref.role, state, ref.start, day)
            if holder is not None and not ref.as_state:
                role = actors.role_of(holder, day) if ref.role == HEAD else ref.role
                return Side(holder, ActorKind.PERSON, state, role, [span])
            side = self.state_side(state, span)
            if not ref.as_state:
                side.role = ref.role  # someone of that state in that office: not a state alone
            return side
        if ref.kind == "counterpart":
            antecedent = next((side for side in others if side.kind is ActorKind.PERSON), None)
            if ref.state is None:
                return None
            role = antecedent.role if antecedent is not None else None
            if role is not None and role not in offices.SEVERAL_AT_ONCE:
                holder = actors.holder(role, ref.state, day)
                if holder is not None:
                    return Side(
                        holder,
                        ActorKind.PERSON,
                        ref.state,
                        role,
                        [(EvidenceKind.ANAPHOR, ref.start, ref.end, role)],
                    )
            return self.state_side(ref.state, (EvidenceKind.ANAPHOR, ref.start, ref.end, role))
        return None

    def _holder(
        self, ref: Ref, state: str, day: dt.date | None, others: Sequence[Side]
    ) -> str | None:
        """The one holder of the office *ref* names for *state* on *day*, if the table knows it.

        An ambassador whose receiving state is not written is the one accredited to the state
        of the other side (السفير الأمريكي received by Lebanon's prime minister); with no such
        side, nobody: one of many, never the only one the table happens to hold.
        """
        assert ref.role is not None  # noqa: S101
        region = ref.region
        if region is None and ref.role in ENVOY_ROLES:
            # (so is an envoy whose mandate is not written: المبعوث الأممي received in Sanaa)
            region = next((o.country for o in others if o.country not in {None, state}), None)
            if region is None:
                return None
        if ref.role in offices.SEVERAL_AT_ONCE:
            return None  # one of several at once: never the only one the table happens to hold
        if ref.role == HEAD:
            # الزعيمان البريطاني والفرنسي: whoever leads each in the text, head of state or of
            # government; else the one who leads it on the day (the British prime minister, not
            # the king: offices.GOVERNMENT_LED)
            named = (
                self._named_before(role, state, ref.start, day) for role in offices.LEADER_ROLES
            )
            leading = (
                ("prime-minister",)
                if state in offices.GOVERNMENT_LED
                else offices.HEAD_OF_STATE_ROLES
            )
            table = (self.actors.holder(role, state, day) for role in leading)
            found = (holder for holder in itertools.chain(named, table) if holder is not None)
            return next(found, None)
        holder = self.actors.holder(ref.role, state, day, region)
        if holder is not None and self._feminine(ref):
            person = self.actors.persons.get(holder)
            return holder if person is not None and person.gender == "f" else None
        return holder

    def _feminine(self, ref: Ref) -> bool:
        """Whether *ref*'s title is a woman's (ملكة الأردن, السفيرة الفرنسية): so its holder is one.

        Only this way round: news gives women the masculine titles too (وزير الخارجية بيني وونغ).
        """
        words = self.doc.text[ref.start : ref.end].split(maxsplit=1)
        if not words:
            return False
        forms = proclitic_readings(words[0])  # بوزيرة، وللسفيرة: للسفيرة is ل + السفيرة
        return any(
            form in FEMININE_TITLES or (form.startswith("لل") and "ا" + form[1:] in FEMININE_TITLES)
            for form in forms
        )

    def _named_before(self, role: str, state: str, start: int, day: dt.date | None) -> str | None:
        """The person named earlier in the text who holds *role* for *state* on *day*.

        المبعوث الأممي after ستيفان دي ميستورا was named: the same envoy, where the office
        alone has several holders (envoys, ambassadors, spokespersons).
        """
        actors = self.actors
        key = (role, state, day)
        holders = self._holders_named.get(key)
        if holders is None:
            holders = self._holders_named[key] = [
                value
                for value in self.doc.persons_named()
                if actors.role_of(value, day) == role and actors.country_of(value, day) == state
            ]
        designations, named = self.doc.designations, self.doc.persons_named()
        before = self.doc.designation_before(start)
        last = -1  # the last designation ending by *start* that names one of them
        for value in holders:
            indexes = named[value]
            at = bisect.bisect_left(indexes, before) - 1
            while at >= 0 and designations[indexes[at]].end > start:
                at -= 1  # (a designation around *start*)
            if at >= 0:
                last = max(last, indexes[at])
        if last < 0:
            return None
        return next(
            ref.value
            for ref in designations[last].refs
            if ref.kind == "person" and ref.value in holders
        )

    def state_side(self, code: str, span: tuple[EvidenceKind, int, int, str | None]) -> Side:
        kind = ActorKind.ORGANIZATION if code in self.actors.organizations else ActorKind.STATE
        return Side(code, kind, code, None, [span])

    def persons_before(self, occurrence: Occurrence) -> list[Ref]:
        """The persons named in the two sentences with names before *occurrence*'s."""
        doc = self.doc
        found: list[Ref] = []
        seen = 0
        for sentence in range(occurrence.sentence - 1, max(occurrence.sentence - 4, -1), -1):
            items = [
                ref
                for item in doc.in_sentence(sentence)
                for ref in item.refs
                if ref.kind == "person"
            ]
            if items:
                found = items + found
                seen += 1
            if seen == 2:  # noqa: PLR2004
                break
        return list({ref.value: ref for ref in found}.values())

    def sides(self, refs: Sequence[Ref], day: dt.date | None) -> list[Side]:
        """The sides *refs* designate on *day*, merged by id.

        A state is dropped when a person of theirs is there.
        """
        resolved: list[Side] = []
        for ref in refs:
            if ref.kind == "group":
                group = self.actors.groups.get(ref.value)
                for member in group.members if group else ():
                    resolved.append(  # noqa: PERF401
                        self.state_side(member, (EvidenceKind.STATE, ref.start, ref.end, None))
                    )
                continue
            if _after_others(ref):
                continue
            side = self.resolve(ref, day, resolved)
            if side is not None:
                resolved.append(side)
        for ref in refs:
            if _after_others(ref):
                side = self.resolve(ref, day, resolved)
                if side is not None:
                    resolved.append(side)
        return merge_sides(resolved)


def _after_others(ref: Ref) -> bool:
    """Whether *ref* is read from the other sides.

    A counterpart (نظيره), or an ambassador or envoy whose receiving state is not written (the
    state of the one who receives or meets them, or of the place visited).
    """
    return ref.kind == "counterpart" or (
        ref.kind == "office" and ref.role in ENVOY_ROLES and ref.region is None
    )


def _treaty_year(start: int, end: int, named: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether the date at folded [start, end) is a bare year right after a treaty's name."""
    return text[start:end].isdigit() and any(
        0 < start - name_end <= 2 and not text[name_end:start].strip()  # noqa: PLR2004
        for _, name_end in named
    )


def merge_sides(sides: Sequence[Side]) -> list[Side]:
    by_id: dict[str, Side] = {}
    for side in sides:
        if side.id in by_id:
            by_id[side.id].evidence.extend(side.evidence)
        else:
            by_id[side.id] = Side(side.id, side.kind, side.country, side.role, list(side.evidence))
    represented = {side.country for side in by_id.values() if side.kind is ActorKind.PERSON}
    return [
        side
        for side in by_id.values()
        if side.kind is ActorKind.PERSON or side.id not in represented
    ]


def _who(ref: Ref) -> tuple[str, str, str | None, str | None]:
    """What tells one side from another: a person's id, an office's role and state."""
    return ref.kind, ref.value, ref.role, ref.state


def spans_days(mention: DateMention) -> bool:
    """Whether *mention* is a season, a quarter or a half with its days known.

    الصيف الماضي، الربع الأول من العام: the contact is dated by that span of days
    (:func:`contact_value`).
    """
    return (
        mention.granularity in SPAN_GRAINS
        and mention.first is not None
        and mention.last is not None
        and not mention.value.endswith("_REF")
    )


def _staying(word: str) -> bool:
    """Whether *word* says staying (البقاء، ويبقيان، سيبقيان) before على and a call word."""
    word = word.removeprefix("و")
    return word in STAYING or (word[:1] == "س" and word[1:] in STAYING)


def contact_value(mention: DateMention) -> str:
    """The value a contact takes from *mention*: as written, else in the guideline's forms.

    A season, quarter or half within one year is that year (الصيف الماضي: 2010), as the
    tables write it; one across two years the interval of its days (الشتاء الماضي).
    """
    first, last = mention.first, mention.last
    if CONCRETE.match(mention.value) or not spans_days(mention) or first is None or last is None:
        return mention.value
    if first.year == last.year:
        return str(first.year)
    return f"{first.isoformat()}/{last.isoformat()}"


def two_meetings(trigger: Trigger) -> bool:
    """Whether the word says two meetings: عقد لقاءين مع الرئيسين X وY (one with each)."""
    return trigger.word in MEETING_NOUNS_DUAL and trigger.suffix in DUAL


def several_calls(trigger: Trigger) -> bool:
    """Whether the word says several calls: تلقى اتصالات / اتصالين (مكالمتين) هاتفيين من X وY.

    One call with each side named after it.
    """
    return trigger.word in CALLS or (trigger.word in CALL_NOUNS and trigger.suffix in DUAL)


def _owned_talks(trigger: Trigger, *, has_with: bool, pre_count: int, refs: list[Ref]) -> bool:
    """Whether a noun with ه/ها and a مع list has several sides before it (only one owns it)."""
    return (
        trigger.kind == "noun"
        and trigger.suffix in {"ه", "ها"}
        and has_with
        and pre_count > 1
        and len(refs) > pre_count
        and len({(ref.kind, ref.value, ref.state) for ref in refs[:pre_count]}) > 1
    )


def _place_only(designation: Designation) -> bool:
    """Whether a phrase names only a place (a city, a capital, a state), no person."""
    return bool(designation.city or designation.place_state) and all(
        ref.kind == "state" for ref in designation.refs
    )


def _distinct_hosts(hosts: Sequence[Designation]) -> list[Ref]:
    """The destinations of a trip to several states (none when it goes to one).

    وصل إلى العاصمة السعودية الرياض ... في زيارة إلى المملكة: one state, one visit.
    """
    refs: list[Ref] = []
    seen: set[str] = set()
    for host in hosts:
        for ref in host.refs:
            state = host.city_state or ref.state or ref.value
            if state not in seen:
                seen.add(state)
                refs.append(ref)
    return refs if len(refs) > 1 else []
