"""Assembly of contacts: sides, date, place, mode, status, and merging of mentions.

Sides come from the clause of each contact word, the date by the guideline's
ordered rules, and every mention of one contact is merged into it.

Everything here works on the MATCHING fold of the text and its tokens; spans go
back to the original text through the normalization map at the very end.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from diplomatext.events._clause import Assembler, contact_value
from diplomatext.events._grouping import (
    Contact,
    group_occurrences,
    joint_sentences,
    lists_retold,
    private,
    same_call,
    same_news,
    separate_tokens,
    series_told,
    split_contact,
    summit_trips,
    without_idle_participles,
)
from diplomatext.events._model import ActorKind, DateBasis, EventDate, Mode, Status
from diplomatext.events._output import build_event
from diplomatext.events._triggers import find_triggers, tokenize
from diplomatext.events._words import (
    ENVOY_TEXT_REACH,
    ENVOY_WORD,
    LEAVING,
    NEWS_DAYS,
    ONE_BY_ONE,
    ONE_DAY,
    POSSESSIVES,
    SAME_DAY_REACH,
    TOUR,
    WHILE_WORDS,
    cue_phrases,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from diplomatext.dates import DateMention
    from diplomatext.events._actors import Actors
    from diplomatext.events._model import Event
    from diplomatext.events._triggers import Trigger
    from diplomatext.normalize import Normalized
    from diplomatext.treaties import TreatyMention


__all__ = ["assemble"]


def assemble(
    original: str,
    normalized: Normalized,
    *,
    mentions: Callable[[], tuple[Sequence[DateMention], Sequence[TreatyMention], dt.date | None]],
    actors: Actors,
) -> tuple[Event, ...]:
    """The events of one document (see :func:`diplomatext.find_events`).

    *mentions* gives the document's dates and treaties and the day it speaks from; it
    is called only when the document has a contact word, so that a text of date words
    with none never holds its date mentions here.
    """
    tokens = tokenize(normalized.text)  # the one tokenization of the text
    triggers = find_triggers(normalized.text, tokens)
    if not triggers:
        return ()
    dates, treaties, reference = mentions()
    assembler = Assembler(
        original,
        normalized,
        reference=reference,
        dates=dates,
        treaties=treaties,
        actors=actors,
        near=[trigger.start for trigger in triggers] + _envoy_offsets(normalized.text, triggers),
        tokens=tokens,
    )
    triggers = without_idle_participles(assembler.doc, triggers)
    # verbs whose sides may follow them (not استعرضا، سيبحثان: the sides are the verb's)
    verbs = frozenset(
        assembler.doc.token_at(trigger.start)
        for trigger in triggers
        if trigger.kind != "noun"
        and not trigger.suffix
        and not trigger.word.endswith(("ا", "ان", "وا"))
    )
    # the sentences that tell a departure or a tour (a programme of meetings may follow)
    assembler.trip_sentences = frozenset(
        assembler.doc.sentence_of[assembler.doc.token_at(trigger.start)]
        for trigger in triggers
        if trigger.word in LEAVING or trigger.word == TOUR
    )
    # والتقى خلال الزيارة X: the noun only dates the verb, whose objects follow it
    triggers = [t for t in triggers if not assembler.is_visit_the_verb_runs_over(t, verbs)]
    assembler.trigger_tokens = sorted(
        assembler.doc.token_at(trigger.start)
        for trigger in triggers
        if not assembler.is_venue_before_the_met(trigger)  # على هامش القمة Y: Y is met
    )
    assembler.note_venues()
    assembler.noun_triggers = frozenset(
        assembler.doc.token_at(trigger.start) for trigger in triggers if trigger.kind == "noun"
    )
    assembler.possessed_nouns = frozenset(
        assembler.doc.token_at(trigger.start)
        for trigger in triggers
        if trigger.kind == "noun" and trigger.suffix in POSSESSIVES
    )
    occurrences = [occ for occ in (assembler.occurrence(trigger) for trigger in triggers) if occ]
    separately = separate_tokens(assembler.doc)
    joint = joint_sentences(assembler.doc)
    contacts: list[Contact] = []
    whole: dict[int, int] = {}  # the parts of one split contact share its standing
    grouped = [
        contact
        for contact in lists_retold(
            assembler.doc, summit_trips(group_occurrences(assembler, occurrences))
        )
        if not private(assembler.doc, contact, assembler.trigger_tokens)
    ]
    for number, contact in enumerate(grouped):
        parts = split_contact(contact, separately, joint)
        for part in parts:
            same = same_call(part, grouped) if len(parts) > 1 else None
            if same is not None:
                # تلقى اتصالات من ترامب ومن ولي العهد: the call with Trump the text reports
                # again (اتصالاً هاتفياً من الرئيس الأميركي دونالد ترامب)
                same.add(*part.occurrences)
                continue
            if all(side.role == "ambassador" for side in part.sides):
                continue  # أوراق اعتماد سفراء X وY with no receiver: no contact among them
            contacts.append(part)
            whole[id(part)] = number
    contacts = _stops_met(series_told(assembler, contacts, occurrences))
    return _build(assembler, contacts, whole)


def _envoy_offsets(text: str, triggers: Sequence[Trigger]) -> list[int]:
    """Where an ambassador is written after a credentials word, for the names to be read there.

    تسلم X أوراق اعتماد عدد من السفراء الجدد. وذكر بيان أن السفراء هم سفير جمهورية صربيا ...:
    the list is in a sentence with no contact word of its own.
    """
    offsets: list[int] = []
    for trigger in triggers:
        if trigger.word not in ONE_BY_ONE:
            continue
        end = min(trigger.end + ENVOY_TEXT_REACH, len(text))
        at = text.find(ENVOY_WORD, trigger.end, end)
        while at >= 0:
            offsets.append(at)
            at = text.find(ENVOY_WORD, at + len(ENVOY_WORD), end)
    return offsets


def _build(
    assembler: Assembler, contacts: list[Contact], whole: dict[int, int]
) -> tuple[Event, ...]:
    """The events of *contacts*, the article's first contact built first (its day is the news's)."""
    # the article's news: its first contact that is not recalled (اللقاء السابق)
    first = next(
        (c for c in contacts if not c.recalled),
        contacts[0] if contacts else None,
    )
    # (contacts made from one of its words are news of the same day: وصل X وY إلى قازان)
    first_words = {id(occ) for occ in first.occurrences} if first is not None else set()
    built: dict[int, Event] = {}
    news: EventDate | None = None  # the day of the first contact, for the news told with it
    for contact in ([first] if first is not None else []) + contacts:
        # a contact's trip is built before it: follow the links down, then build back up
        # (a loop, which odd text can make, loses the link that closes it)
        chain: list[Contact] = []
        seen: set[int] = set()
        current: Contact | None = contact
        while current is not None and id(current) not in built:
            if id(current) in seen:
                chain[-1].trip = None
                break
            seen.add(id(current))
            chain.append(current)
            current = current.trip
        for item in reversed(chain):
            trip = built[id(item.trip)] if item.trip is not None else None
            is_first = first is not None and (
                whole.get(id(item)) == whole.get(id(first))
                or same_news(assembler, item, first)
                or any(id(occ) in first_words for occ in item.occurrences)
                or _while_news(assembler, item, first)
            )
            built[id(item)] = build_event(assembler, item, trip, first_contact=is_first, news=news)
            if item is first:
                news = _news_day(assembler, built[id(item)])
    return _retellings_joined(_same_day(assembler, contacts, built))


def _same_day(
    assembler: Assembler, contacts: list[Contact], built: dict[int, Event]
) -> list[Event]:
    """The events of *contacts*, one undated after في اليوم نفسه dated by the day told before it.

    وهي تأتي في اليوم نفسه الذي يزور فيه X تل أبيب; وأعلنت الرئاسة السبت ...، وفي اليوم نفسه
    تحدث X مع Y: the last day the text wrote before the phrase (a contact's or any other's).
    """
    events = [built[id(contact)] for contact in contacts]
    doc, phrases = assembler.doc, cue_phrases()["same_day"]
    if not doc.may_hold(phrases, bare=True):
        return events
    for at, (contact, event) in enumerate(zip(contacts, events, strict=True)):
        first = contact.occurrences[0]
        if event.date is not None or contact.recalled:
            continue
        reach = max(first.tok0 - SAME_DAY_REACH, 0)
        while doc.sentence_of[reach] != first.sentence:
            reach += 1  # (the phrase in the contact word's sentence)
        phrase = doc.any_phrase(reach, first.tok0 - 1, phrases, bare=True)
        if phrase is None:
            continue
        told = [
            mention
            for _, date_end, mention in assembler.dates
            if date_end <= doc.starts[phrase] and ONE_DAY.match(mention.value)
        ]
        if told:
            day = max(told, key=lambda mention: mention.start)
            why = event.why.removesuffix("no date written").rstrip("; ")
            date = EventDate(
                value=contact_value(day),
                basis=DateBasis.CLAUSE,
                start=day.start,
                end=day.end,
                text=day.text,
            )
            events[at] = attrs.evolve(
                event, date=date, why=f"{why}; the same day as the one told before: {day.text!r}"
            )
    return events


def _retellings_joined(events: list[Event]) -> tuple[Event, ...]:
    """*events* with those of the same sides, day, standing and kind made one.

    استقبل X اليوم Y ... وعقد X وY اجتماعا: one contact told twice apart, its mentions joined,
    its first telling kept for the rest (a visit and a meeting are one kind, face to face; a
    call and a forum's session others). Undated ones stay apart (two recalled meetings), but
    for those to come (a tour's stop in the headline and again in the body).
    """
    told: dict[tuple[tuple[str, ...], str, Mode, Status], list[int]] = {}
    merged: list[Event] = []
    for event in events:
        same = (
            tuple(actor.id for actor in event.participants),
            event.date.value if event.date is not None else "",
            event.mode if event.mode in {Mode.PHONE, Mode.MULTILATERAL} else Mode.MEETING,
            event.status,
        )
        at = next(
            (
                at
                for at in told.get(same, ())
                # (not كما التقى X Y في فيينا after Geneva: another city, another meeting)
                if _same_place(merged[at], event)
            ),
            None,
        )
        if (event.date is None and event.status is not Status.PLANNED) or at is None:
            told.setdefault(same, []).append(len(merged))
            merged.append(event)
            continue
        kept = merged[at]
        mentions = {(mention.start, mention.end): mention for mention in kept.mentions}
        for mention in event.mentions:
            mentions.setdefault((mention.start, mention.end), mention)
        merged[at] = attrs.evolve(
            kept,
            mentions=tuple(mentions[span] for span in sorted(mentions)),
            place=kept.place or event.place,
            treaties=tuple(dict.fromkeys((*kept.treaties, *event.treaties))),
        )
    return tuple(merged)


def _same_place(one: Event, other: Event) -> bool:
    """Whether *one* and *other* are placed alike, or either not at all."""
    return one.place is None or other.place is None or one.place.id == other.place.id


def _while_news(assembler: Assembler, contact: Contact, first: Contact) -> bool:
    """Whether *contact* is told held after فيما / بينما in the first contact's sentence.

    أجرى X اتصالا مع Y، فيما اجتمع Z بـW: two contacts of the news reported in one sentence,
    the news of one day.
    """
    tokens = assembler.doc.tokens
    sentences = {occ.sentence for occ in first.occurrences}
    return (
        contact.status in {None, Status.HELD}
        and first.status in {None, Status.HELD}
        and any(
            occ.sentence in sentences
            and not occ.recalled
            and occ.tok0 > 0
            and tokens[occ.tok0 - 1] in WHILE_WORDS
            for occ in contact.occurrences
        )
    )


def _news_day(assembler: Assembler, event: Event) -> EventDate | None:
    """The day written with the article's first contact, if the news is of that week.

    استقبل الرئيس أمس X ... والتقى الوزير المعلم مع X: what is told with the news happened
    on its day (أمس), not on the page's; a day in the past week only, never a day to come.
    """
    date = event.date
    reference = assembler.reference
    if (
        event.status is not Status.HELD
        or date is None
        or date.basis is not DateBasis.CLAUSE
        or reference is None
        or not ONE_DAY.match(date.value)
    ):
        return None
    days = (reference - dt.date.fromisoformat(date.value)).days
    return date if 0 <= days <= NEWS_DAYS else None


def _stops_met(contacts: list[Contact]) -> list[Contact]:
    """*contacts* with a tour's visit of a state given to the meeting with its person on it.

    جولة شملت السعودية والإمارات، التقى خلالها وزير الخارجية السعودي ... والإماراتي ...: one
    contact with each person met, the visit of his state its mention, not a contact of its own.
    Only in one sentence, of one status, the traveller a side of both.
    """
    absorbed: set[int] = set()
    for visit in contacts:
        states = [side for side in visit.sides if side.kind is ActorKind.STATE]
        persons = [side for side in visit.sides if side.kind is ActorKind.PERSON]
        if (
            "visit" not in visit.modes
            or len(states) != 1
            or len(persons) != 1
            or not any(occ.trigger.word == TOUR for occ in visit.occurrences)
        ):
            continue  # (one visit and a meeting to come on it stay two: سيؤجل زيارته ...)
        sentences = {occ.sentence for occ in visit.occurrences}
        meeting = next(
            (
                other
                for other in contacts
                if other is not visit
                and id(other) not in absorbed
                and other.status == visit.status
                and len(other.sides) == 2  # noqa: PLR2004
                and persons[0].id in other.ids
                and any(
                    side.kind is ActorKind.PERSON and side.country == states[0].id
                    for side in other.sides
                )
                and sentences & {occ.sentence for occ in other.occurrences}
            ),
            None,
        )
        if meeting is not None:
            meeting.add(*visit.occurrences)
            meeting.sort()
            absorbed.add(id(visit))
    return [contact for contact in contacts if id(contact) not in absorbed]
