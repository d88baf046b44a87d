"""A contact to its :class:`~diplomatext.events.Event`, by the guideline's rules.

The date by the guideline's order, the place, host, participants and treaties,
and the mentions as spans of the original text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from typing import TYPE_CHECKING

from diplomatext._lexical import fold, through_marks
from diplomatext.dates import Anchor, DateMention, DateNote, Granularity
from diplomatext.events._clause import contact_value
from diplomatext.events._grouping import Contact, receiving_side
from diplomatext.events._model import (
    Actor,
    DateBasis,
    Event,
    EventDate,
    EventType,
    Evidence,
    EvidenceKind,
    Mention,
    Mode,
    Place,
    Status,
)
from diplomatext.events._words import (
    CONCRETE,
    DAY_NOUN,
    FEAST_RULES,
    LEAVING,
    NEAREST_DAYS,
    NEWS_DAYS,
    OCCASION,
    OCCASION_REACH,
    ONE_DAY,
    RELATIVE_REACH,
    RELATIVES,
    REPORTING,
    THAT,
    TOKEN,
    WEEKDAYS,
    cue_phrases,
    definite,
    strip_article,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from diplomatext.events._clause import Assembler, Occurrence, Side
    from diplomatext.events._doc import Designation, Doc


def build_event(  # noqa: C901, PLR0912, PLR0915
    assembler: Assembler,
    contact: Contact,
    trip: Event | None,
    *,
    first_contact: bool,
    news: EventDate | None = None,
) -> Event:
    doc = assembler.doc
    normalized = doc.normalized
    original = assembler.original
    reasons: list[str] = []

    mentions_made = assembler.mentions

    def span(start: int, end: int) -> Mention:
        mention = mentions_made.get((start, end))
        if mention is None:
            first, last = normalized.to_original(start, end)
            last = through_marks(original, last)  # اتصالاً هاتفياً: its final tanween
            mention = Mention(start=first, end=last, text=original[first:last])
            mentions_made[start, end] = mention
        return mention

    # date, by the guideline's ordered rules
    status = contact.status or Status.HELD
    date_mention = contact.date
    later = False
    if (
        status is Status.HELD
        and not contact.explicit_status
        and date_mention is not None
        and date_mention.first is not None
        and assembler.reference is not None
        and date_mention.first > assembler.reference
    ):
        # يغادر الأمير غدا متوجها إلى فرنسا: no word says held, and its day is still to come
        status = Status.PLANNED
        later = True
    vague = any(occ.vague_date for occ in contact.occurrences)
    recalled = contact.recalled
    date: EventDate | None = None
    if date_mention is not None:
        value = contact_value(date_mention)
        named = _named_weekday(date_mention)
        if named is not None:
            value = named
            reasons.append("the weekday named, not the page's day")
        date = EventDate(
            value=value,
            basis=DateBasis.CLAUSE,
            start=date_mention.start,
            end=date_mention.end,
            text=date_mention.text,
        )
        reasons.append(f"date written with it: {date_mention.text!r}")
    elif trip is not None and trip.date is not None and trip.date.basis is DateBasis.CLAUSE:
        date = trip.date
        reasons.append(f"date of the visit it is part of: {trip.date.text!r}")
    main = first_contact
    if date is None and not vague and not recalled and status is Status.HELD and main:
        statement = _statement_date(assembler)
        if statement is not None:
            date = _event_date(statement, DateBasis.STATEMENT)
            reasons.append(f"date of the statement: {statement.text!r}")
        elif news is not None:
            date = news
            reasons.append(f"date of the article's news: {news.text!r}")
        elif (lead := _lead_day(assembler, contact)) is not None:
            date = _event_date(lead, DateBasis.CLAUSE)
            reasons.append(f"the day its article's lead tells: {lead.text!r}")
        elif assembler.reference is not None:
            date = EventDate(value=assembler.reference.isoformat(), basis=DateBasis.PUBLICATION)
            reasons.append("the article's news: publication date")
    if date is None and not vague and not recalled and status is Status.HELD and not main:
        # وكانت الخارجية أعلنت أمس الإثنين أن X أجرى اتصالا: the statement of its own sentence
        statement = _statement_date(assembler, contact.occurrences[0])
        if statement is not None:
            date = _event_date(statement, DateBasis.STATEMENT)
            reasons.append(f"date of the statement that tells it: {statement.text!r}")
    if date is None:
        reasons.append("no date written")
    sides = sorted(contact.sides, key=lambda side: side.id)
    # mode
    modes = contact.modes
    places = [
        place
        for occ in contact.occurrences
        if occ.trigger.word not in LEAVING  # غادر سوتشي: where the visit was, not this one
        for place in occ.places
    ]
    place_designation = next((p for p in places if p.city and not _read_as_state(p)), None) or next(
        (p for p in places if p.place_state), None
    )
    host_side: Side | None = None
    state_ids = {side.country for side in sides}
    if "phone" in modes:
        mode = Mode.PHONE
    elif any(occ.forum for occ in contact.occurrences) or len(state_ids) >= 3:  # noqa: PLR2004
        mode = Mode.MULTILATERAL
    else:
        mode = Mode.MEETING
        host_side = _host(contact, sides, place_designation)
        if host_side is None and trip is not None and trip.mode is Mode.VISIT and trip.place:
            # وصل X إلى القاهرة ... كما التقى رئيس الوزراء Y: a meeting of the visit, Y hosts
            hosts = [side for side in sides if side.country == trip.place.country]
            host_side = hosts[0] if len(hosts) == 1 and len(sides) == 2 else None  # noqa: PLR2004
        if host_side is not None or "visit" in modes:
            mode = Mode.VISIT
    place: Place | None = None
    if mode is not Mode.PHONE and place_designation is not None:
        if place_designation.city and not _read_as_state(place_designation):
            place = _place(
                place_designation.city,
                place_designation.city_state,
                span(place_designation.start, place_designation.end),
            )
        elif place_designation.place_state:
            place = _place(
                place_designation.place_state,
                place_designation.place_state,
                span(place_designation.start, place_designation.end),
            )
    if (
        place is None
        and trip is not None
        and trip.place is not None
        and host_side is not None
        and trip.place.country == host_side.country
    ):
        place = trip.place
    if mode is Mode.VISIT and place is None and host_side is not None and host_side.country:
        place = Place(id=host_side.country, country=host_side.country)
    if mode is Mode.VISIT and host_side is None:
        reasons.append("visit: host not written")
    # mentions
    spans: list[tuple[int, int]] = []
    for occ in contact.occurrences:
        spans.append((occ.trigger.start, occ.mention_end))
        spans.extend(occ.extra_mentions)
    # one mention per original span (two folded spans may map to one): its text follows
    made = {(mention.start, mention.end): mention for mention in itertools.starmap(span, spans)}
    mentions = tuple(made[key] for key in sorted(made))
    first = contact.occurrences[0]
    trigger = span(first.trigger.start, first.mention_end)
    participants = tuple(_actor(side, span) for side in sides)
    host = next((actor for actor in participants if host_side and actor.id == host_side.id), None)
    treaties = _treaties(assembler, contact)
    reasons.insert(
        0, f"{mode.value} ({', '.join(sorted({occ.trigger.word for occ in contact.occurrences}))})"
    )
    reasons.insert(
        1,
        "sides: "
        + ", ".join(
            f"{side.id} by {'+'.join(sorted({str(kind) for kind, *_ in side.evidence}))}"
            for side in sides
        ),
    )
    if later:
        reasons.append("planned: its day is after the publication date")
    elif status is not Status.HELD:
        reasons.append(f"{status.value}: a cue word says so")
    key = "|".join(
        ["+".join(actor.id for actor in participants), mode.value, date.value if date else "-"]
    )
    return Event(
        type=EventType.CONSULT,
        mode=mode,
        status=status,
        participants=participants,
        host=host,
        date=date,
        place=place,
        mentions=mentions,
        trigger=trigger,
        treaties=treaties,
        why="; ".join(reasons),
        key=key,
    )


def _place(place_id: str, country: str | None, mention: Mention) -> Place:
    return Place(
        id=place_id, country=country, start=mention.start, end=mention.end, text=mention.text
    )


def _actor(side: Side, span: object) -> Actor:
    # distinct evidence by its fields (the text follows the span), each record made once
    seen: dict[tuple[EvidenceKind, int, int, str | None], Mention] = {}
    for kind, start, end, role in side.evidence:
        mention = span(start, end)  # type: ignore[operator]
        seen.setdefault((kind, mention.start, mention.end, role), mention)
    unique = tuple(
        Evidence(kind=kind, start=start, end=end, text=mention.text, role=role)
        for (kind, start, end, role), mention in sorted(
            seen.items(), key=lambda item: (item[0][1], item[0][2], item[0][0].value)
        )
    )
    return Actor(id=side.id, kind=side.kind, country=side.country, role=side.role, evidence=unique)


def _host(  # noqa: C901
    contact: Contact, sides: Sequence[Side], place: Designation | None
) -> Side | None:
    """The receiving side of a visit.

    The side whose state is the place, or the one not travelling, or the object of
    زار / the subject of استقبل.
    """
    visitors = set(contact.visitors)
    for occ in contact.occurrences:
        if occ.to_host is not None:
            for ref in occ.to_host.refs:
                hosted = [
                    side
                    for side in sides
                    if side.country in {ref.value, ref.state} or side.id == ref.value
                ]
                if len(hosted) == 1:
                    return hosted[0]
            if occ.to_host.city_state:
                hosted = [side for side in sides if side.country == occ.to_host.city_state]
                if len(hosted) == 1:
                    return hosted[0]
    if place is not None:
        state = place.city_state or place.place_state
        hosted = [side for side in sides if side.country == state]
        if state and len(hosted) == 1 and len(sides) == 2:  # noqa: PLR2004
            return hosted[0]
        if state and not hosted:
            return None  # وصل X إلى بالي، والتقى Y: in a third state's city nobody of theirs hosts
    if visitors:
        others = [side for side in sides if side.id not in visitors]
        if len(others) == 1:
            return others[0]
    return receiving_side(contact, sides) if len(sides) == 2 else None  # noqa: PLR2004


def _named_weekday(mention: DateMention) -> str | None:
    """The day nearest a relative day whose written weekday is not its own, if any.

    A wire copied the day after (مساء اليوم الجمعة on a Saturday page) or published the
    eve before (اليوم الخميس on a Wednesday) names the day it means by its weekday.
    """
    if (
        DateNote.WEEKDAY_MISMATCH not in mention.notes
        or mention.anchor is not Anchor.RELATIVE
        or mention.granularity is not Granularity.DAY
        or mention.first is None
        # (يوم الأحد المقبل 10 أفريل: a day of the month written too, which the date keeps)
        or any(char.isdigit() for char in mention.text)
    ):
        return None
    named = next(
        (WEEKDAYS[word] for word in TOKEN.findall(fold(mention.text)) if word in WEEKDAYS),
        None,
    )
    if named is None:
        return None
    for offset in NEAREST_DAYS:
        day = mention.first + dt.timedelta(days=offset)
        if day.weekday() == named:
            return day.isoformat()
    return None


def _statement_date(
    assembler: Assembler, occurrence: Occurrence | None = None
) -> DateMention | None:
    """The date of a statement or report in the text (وجاء في بيان ... في 5 فبراير 2021).

    With *occurrence*, only one in its sentence before its contact word, whose clause then
    goes on with أن (أعلنت الخارجية أمس الإثنين أن X أجرى اتصالا).
    """
    doc = assembler.doc
    statement = cue_phrases()["statement"].bare
    for date_start, date_end, mention in assembler.dates:
        if occurrence is not None and not _announces(doc, date_start, date_end, occurrence):
            continue
        if not CONCRETE.match(mention.value) or len(mention.value) != 10:  # noqa: PLR2004
            continue
        if (
            assembler.reference is not None
            and mention.first
            and mention.first > assembler.reference
        ):
            continue
        sentence = doc.sentence_at(date_start)
        window_start = doc.boundaries[sentence - 1] + 1 if sentence > 0 else 0
        window = doc.text[max(window_start, date_start - 60) : date_start]
        words = [strip_article(word) for word in TOKEN.findall(window)][-6:]
        # (قال البيت الأبيض، الثلاثاء، إن: a verb of saying opens it; in the contact's own
        # sentence, anywhere before the date: وكانت الخارجية أعلنت أمس أن)
        if not words:
            continue
        said = words[0] in REPORTING if occurrence is None else not REPORTING.isdisjoint(words)
        if said or any(word in statement for word in words):
            return mention
    return None


def _announces(doc: Doc, date_start: int, date_end: int, occurrence: Occurrence) -> bool:
    """Whether the date at *date_start* dates a statement that tells *occurrence* after أن.

    In the contact word's sentence, before it, with أن between the date and the word.
    """
    trigger = occurrence.trigger
    if date_end > trigger.start or doc.sentence_at(date_start) != occurrence.sentence:
        return False
    between = TOKEN.findall(doc.text[date_end : trigger.start])
    return bool(between) and between[0].removeprefix("و") == THAT


def _read_as_state(place: Designation) -> bool:
    """Whether a city's name was read as another state (عمان in السعودية والإمارات وعمان: Oman)."""
    return any(ref.kind == "state" and ref.value != place.city_state for ref in place.refs)


def _event_date(mention: DateMention, basis: DateBasis) -> EventDate:
    """A contact's date read from *mention*, on *basis*, with its span."""
    return EventDate(
        value=mention.value,
        basis=basis,
        start=mention.start,
        end=mention.end,
        text=mention.text,
    )


def _lead_day(assembler: Assembler, contact: Contact) -> DateMention | None:
    """A day of the past week told in the lead, with a contact word, up to *contact*'s sentence.

    التقى الأمين العام عددا من القادة على هامش القمة في الدوحة أمس. فقد استقبل الرئيس X ...:
    the contacts the article then lists happened on the day its lead tells, not on the page's.
    """
    reference = assembler.reference
    if reference is None:
        return None
    doc = assembler.doc
    last = contact.occurrences[0].sentence
    told = {doc.sentence_of[at] for at in assembler.trigger_tokens}
    # وعلى هامش المؤتمر، بحث X مع Y: the sentence before that tells the conference and its day
    # (المؤتمر ... الذي انطلق في أديس أبابا، السبت) tells the day of the meetings on its margin
    forums = _margin_events(doc, {occ.sentence for occ in contact.occurrences})
    if forums:
        told |= {
            doc.sentence_of[at]
            for at in range(bisect.bisect_left(doc.sentence_of, last))
            if strip_article(doc.tokens[at]) in forums
        }
    for date_start, _, mention in assembler.dates:
        sentence = doc.sentence_at(date_start)
        if sentence > last:
            break
        if sentence not in told or not ONE_DAY.match(mention.value) or mention.first is None:
            continue
        at = doc.token_at(date_start)
        if any(doc.tokens[k] in RELATIVES for k in range(max(at - RELATIVE_REACH, 0), at)):
            continue  # تفجير سوروج الذي تم أمس الاثنين: the day of another event
        if mention.rule in FEAST_RULES or not OCCASION.isdisjoint(
            doc.tokens[max(0, at - OCCASION_REACH) : at]
        ):
            continue  # هنأه بعيد الفصح: the occasion, not a day told
        # (the first day the lead tells: today's leaves the page's day)
        return mention if 0 < (reference - mention.first).days <= NEWS_DAYS else None
    return None


def _margin_events(doc: Doc, sentences: AbstractSet[int]) -> frozenset[str]:
    """The nouns of the events «على هامش» names in *sentences* (المؤتمر: مؤتمر), bare."""
    margin = cue_phrases()["margin"]
    if not doc.may_hold(margin):
        return frozenset()
    nouns = set()
    tokens = doc.tokens
    for sentence in sentences:
        first = bisect.bisect_left(doc.sentence_of, sentence)
        last = bisect.bisect_right(doc.sentence_of, sentence)
        for at in range(first, last):
            if tokens[at] in margin.exact and (length := doc.tokens_match(at, margin, bare=False)):
                after = at + length
                if (
                    after < len(tokens)
                    and definite(tokens[after])  # (not هامش زيارته: no event named)
                    # (not على هامش المؤتمر في يومه الأخير: another of its days)
                    and not any(DAY_NOUN in token for token in tokens[after + 1 : after + 4])
                ):
                    nouns.add(strip_article(tokens[after]))
    return frozenset(nouns)


def _treaties(assembler: Assembler, contact: Contact) -> tuple[str, ...]:
    """The ids of the treaties named in the sentences of *contact*'s mentions, in text order."""
    sentences = {occ.sentence for occ in contact.occurrences}
    found: list[str] = []
    for sentence, treaty in assembler.treaty_sentences:
        if sentence in sentences and treaty not in found:
            found.append(treaty)
    return tuple(found)
