"""Occurrences to contacts: merging the mentions of one contact, splitting lists.

One :class:`Contact` per occasion: the occurrences that speak of it are grouped,
a visit takes the meetings held during it, and a list of sides met one by one is split.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

import attrs

from diplomatext.data import offices
from diplomatext.events._clause import (
    Assembler,
    Occurrence,
    Side,
    merge_sides,
    several_calls,
    two_meetings,
)
from diplomatext.events._doc import Designation, Doc, Ref
from diplomatext.events._model import (
    ActorKind,
    EvidenceKind,
    Status,
)
from diplomatext.events._words import (
    AFTER,
    ALIGHTING,
    ALSO,
    APART,
    ARRIVING,
    BOTH_OF,
    CLAUSE_OPENERS,
    COMMAS,
    CONCRETE,
    DURING,
    DUTY,
    EACH,
    FORUM_TRIP_REACH,
    FROM,
    IMPERFECT_PREFIXES,
    IN,
    IN_OR_ON,
    JOINT,
    JOINT_HEADS,
    LEAVING,
    MANNERS,
    MEETING_OBJECT_VERBS,
    ON,
    ONE_DAY,
    PARTICIPLES_RECEIVING,
    POSSESSIVES,
    PRIVATE,
    REACHING,
    RECEIVERS,
    RECEIVING,
    RECEPTION,
    SEPARATE,
    SEPARATE_HEADS,
    SEQUEL_WORDS,
    SERIES,
    SUMMIT,
    TALKED,
    THAT,
    THIS,
    TO,
    TO_A_FORUM,
    TOUR,
    TOUR_INCLUDES_AHEAD,
    TRIP_SENTENCES,
    TRIPS,
    VISIT_DAYS_MOST,
    VISIT_STAGES,
    WAS,
    WHILE_WORDS,
    WITH_EACH,
    definite,
    strip_article,
    word_sets,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence
    from collections.abc import Set as AbstractSet

    from diplomatext.dates import DateMention
    from diplomatext.events._triggers import Trigger


_NOT_TELLING: Final = TRIPS | LEAVING  # the trip as a whole, or leaving: no word of the meeting


@attrs.define
class Contact:
    """A contact being assembled from its occurrences."""

    occurrences: list[Occurrence]  # changed only by add() and sort(), which keep the notes
    sides: list[Side]
    status: Status | None
    explicit_status: bool
    context_role: str | None = None
    trip: Contact | None = None  # the visit this contact is part of
    visitors: set[str] = attrs.Factory(set)
    # kept by add(), never set by hand: the modes of the mentions, whether one is recalled
    modes: set[str] = attrs.field(factory=set, init=False)
    recalled: bool = attrs.field(default=False, init=False)
    dated: list[Occurrence] = attrs.field(factory=list, init=False)  # the mentions with a date
    # the places of the mentions: their cities' states, and each one's city or state
    city_states: set[str | None] = attrs.field(factory=set, init=False)
    place_keys: set[str | None] = attrs.field(factory=set, init=False)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(side.id for side in self.sides)

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(side.country or side.id for side in self.sides)

    def add(self, *occurrences: Occurrence) -> None:
        """Add mentions, noting their modes, dates and whether one is recalled.

        Noted as they come, so that asking costs nothing however many mentions there are.
        """
        self.occurrences.extend(occurrences)
        self._note(occurrences)

    def _note(self, occurrences: Iterable[Occurrence]) -> None:
        for occ in occurrences:
            if occ.mode:
                self.modes.add(occ.mode)
            self.recalled = self.recalled or occ.recalled
            if occ.date is not None:
                self.dated.append(occ)
            for place in occ.places:
                if place.city:
                    self.city_states.add(place.city_state)
                self.place_keys.add(place.city or place.place_state)

    def sort(self) -> None:
        """Put the mentions in text order."""
        self.occurrences.sort(key=lambda occ: occ.trigger.start)
        self.dated = [occ for occ in self.occurrences if occ.date is not None]

    def __attrs_post_init__(self) -> None:
        self._note(self.occurrences)

    @property
    def date(self) -> DateMention | None:
        """The first date written with a mention, or a span of days that holds it.

        ألغى رحلته التي كانت مقررة يوم غد الإثنين ... الرحلة المقررة يومي الاثنين والثلاثاء:
        the planned trip's two days, not its first (a held reception keeps its day).
        """
        dated = self.dated
        if not dated:
            return None
        # (أعلنت أمس عن زيارة X ... وصل X اليوم: the report's day only when nothing else dates it)
        dated = [occ for occ in dated if not occ.reported_date] or dated
        if len(dated) > 1 and _arrival(dated[0]):
            # وصل X مساء أمس، واستقبله الرئيس Y اليوم: the reception's own day
            # (not a tour's: وصل X اليوم ... في إطار جولته التي بدأت الأحد, the tour's first day)
            dated = [
                occ
                for occ in dated
                if not _arrival(occ)
                and occ.trigger.word != TOUR
                and occ.date is not None
                and ONE_DAY.match(occ.date.value)
            ] or dated
        first = dated[0].date
        assert first is not None  # noqa: S101
        if dated[0].status in {None, Status.HELD}:
            return first
        for other in (occ.date for occ in dated[1:] if occ.date is not None):
            low, _, high = other.value.partition("/")
            if high and len(low) == len(first.value) and low <= first.value <= high:
                return other
        return first


def _modes(occurrence: Occurrence) -> set[str]:
    return {occurrence.mode} if occurrence.mode else set()


def _mode_class(mode: str | None) -> str | None:
    if mode is None:
        return None
    return "phone" if mode == "phone" else "presence"


def _compatible_modes(left: set[str], right: set[str]) -> bool:
    classes_left = {_mode_class(mode) for mode in left}
    classes_right = {_mode_class(mode) for mode in right}
    return not classes_left or not classes_right or bool(classes_left & classes_right)


def _compatible_status(left: Contact, status: Status | None, *, unstated: bool = False) -> bool:
    """Whether a mention of *status* fits *left*.

    A cue-less mention fits any contact; one with a cue fits the same status only, or with
    *unstated* (a mention that names the contact's sides) a contact whose standing no word
    has said yet (المقداد يصل إلى موسكو ... يصل ... الأربعاء القادم: it takes the mention's).
    Planned and proposed are both to come: من المنتظر أن يكون اللقاء في 11 نوفمبر is the
    proposed meeting of the sentence before.
    """
    if status is None:
        return True
    if {left.status, status} <= {Status.PLANNED, Status.PROPOSED}:
        return True
    if unstated and not left.explicit_status:
        # (not a proposal into a dated contact that no word has placed: خلال زيارته إلى بكين
        # اليوم، دعا X Y إلى زيارة تونس: another visit, to come)
        return not (status is Status.PROPOSED and left.dated)
    return left.status == status or (not left.explicit_status and status is Status.HELD)


def without_idle_participles(doc: Doc, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The contact words less a receiving participle that is no caption's.

    X مستقبلا Y (a photo caption): a name on either side and no contact word before it in
    its sentence; elsewhere مستقبلا is «in the future» (أن يلتقي بايدن مستقبلا شي).
    """
    kept: list[Trigger] = []
    for trigger in triggers:
        if trigger.word in PARTICIPLES_RECEIVING:
            tok0, tok1 = doc.token_at(trigger.start), doc.token_before(trigger.end)
            sentence = doc.sentence(tok0)
            if not (
                tok0 > 0
                and tok1 + 1 < len(doc.tokens)
                and doc.ends_name(tok0 - 1)
                and tok1 + 1 in doc.name_tokens
                and not any(doc.sentence(doc.token_at(other.start)) == sentence for other in kept)
            ):
                continue
        kept.append(trigger)
    return kept


def same_news(assembler: Assembler, contact: Contact, first: Contact) -> bool:
    """Whether *contact* is more of the article's news: its first contact's person, or كما.

    A person of the first contact again, or a contact told on with كما (:func:`_also_told`).
    بوريطة ... أجرى مباحثات مع X. كما تباحث مع Y: Y's talks are news of the same day; not a
    contact recalled with كان ... قد.
    """
    persons = {side.id for side in first.sides if side.kind is ActorKind.PERSON}
    if not (persons & {side.id for side in contact.sides} or _also_told(assembler, contact)):
        return False
    return not any(occ.recalled for occ in contact.occurrences) and not _told_as_past(
        assembler, contact
    )


def _also_told(assembler: Assembler, contact: Contact) -> bool:
    """Whether *contact* opens with كما and a past contact verb (كما زار X Y): more of the news.

    The report goes on with the same day's doings, whoever the sides are (استقبل الرئيس X
    السفير Y ... كما زار Y رئيس الوزراء Z).
    """
    occurrence = contact.occurrences[0]
    tok0 = occurrence.tok0
    tokens = assembler.doc.tokens
    return (
        occurrence.trigger.kind == "verb"
        and occurrence.trigger.word[:1] not in IMPERFECT_PREFIXES
        and tok0 > 0
        and tokens[tok0 - 1] in CLAUSE_OPENERS
    )


def separate_tokens(doc: Doc) -> set[int]:
    """The sentences that say كل على حدة (and the one after it) or call their contacts separate.

    محادثات منفصلة مع X وY، تحدث X بشكل منفصل مع Y وZ: one each. The sentence after such a
    summary often lists whom (التقى ... عدداً من الوزراء، كل على حدة. فقد التقى سموه X وY ...).
    """
    found: set[int] = set()
    tokens = doc.tokens
    if doc.holds_bare(SEPARATE):  # محادثات منفصلة، لقاءين منفصلين (not تصريحات منفصلة)
        bare = doc.bare_tokens
        found.update(
            doc.sentence(at)
            for at, word in enumerate(bare)
            if word in SEPARATE
            and at > 0
            # (تحدث X بشكل منفصل مع Y وZ: an adverb of the verb)
            and (bare[at - 1] in SEPARATE_HEADS or tokens[at - 1] in MANNERS)
        )
    if EACH.isdisjoint(tokens):
        return found  # (both phrases hold a word of EACH; most texts have none)
    first_words = WITH_EACH | EACH
    for at in itertools.compress(range(len(tokens) - 2), map(first_words.__contains__, tokens)):
        if tokens[at] in WITH_EACH and tokens[at + 1] in EACH and tokens[at + 2] == FROM:
            found.add(doc.sentence(at))  # تباحث مع كل من X وY: with each of them
        if tokens[at] in EACH and tokens[at + 1] == ON and tokens[at + 2] in APART:
            sentence = doc.sentence(at)
            following = doc.sentence(at + 3)
            if following > sentence:  # the mark and a line break count as two
                following = doc.sentence(doc.token_at(doc.boundaries[following - 1] + 1))
            found.update({sentence, following})
    return found


def _one_list_told(contact: Contact) -> bool:
    """Whether every word of *contact* with sides names the same persons (a headline, its body)."""
    lists = {
        frozenset(ref.value for ref in occ.refs if ref.kind == "person")
        for occ in contact.occurrences
        if occ.trigger.word not in TRIPS and occ.refs
    }
    return len(lists) == 1 and len(next(iter(lists))) >= 3  # noqa: PLR2004


def joint_sentences(doc: Doc) -> set[int]:
    """The sentences that call a contact joint (في اتصال مشترك، مكالمة جماعية، اتصال ثلاثي)."""
    if not doc.holds_bare(JOINT):  # (most texts have none)
        return set()
    bare = doc.bare_tokens
    return {
        doc.sentence(at)
        for at, word in enumerate(bare)
        if word in JOINT and at > 0 and bare[at - 1] in JOINT_HEADS  # (not العمل المشترك)
    }


def split_contact(
    contact: Contact, separately: set[int], joint: AbstractSet[int] = frozenset()
) -> list[Contact]:
    """Separate bilaterals that one word reports.

    A visitor who meets several persons of one state (سيلتقي خلالها خادم الحرمين الشريفين
    وولي العهد ووزير الخارجية) has one contact with each; so does one side meeting
    several others one by one (كل على حدة).
    """
    if len({_first_span(side) for side in contact.sides}) == 1:
        return [contact]  # وزراء الخارجية لكل من X وY وZ سيلتقون: one plural title, one meeting
    if len(contact.sides) >= 3 and any(  # noqa: PLR2004
        occ.sentence in separately
        or occ.one_by_one
        or several_calls(occ.trigger)
        or two_meetings(occ.trigger)  # عقد لقاءين مع الرئيسين X وY
        for occ in contact.occurrences
    ):
        # التقى X كلا من Y وZ، كل على حدة: one meeting with each, X named first
        ordered = sorted(contact.sides, key=_first_evidence)
        return [_part(contact, ordered[0], other) for other in ordered[1:]]
    ordered = sorted(contact.sides, key=_first_evidence)
    if (
        len(contact.sides) >= 3  # noqa: PLR2004
        and all(
            (
                occ.trigger.kind in {"verb", "speaking"}
                # تحادث X هاتفيا مع Y وZ: the verb spelt as its verbal noun, read as the noun
                or (occ.trigger.word == TALKED and occ.mode == "phone")
            )
            and not occ.trigger.suffix
            and (
                # (not اجتمع X مع Y وZ، في لقاء ثلاثي: one meeting)
                (occ.trigger.mode == "meeting" and occ.sentence not in joint)
                # يتحادث X هاتفيا مع Y وZ وW: one call each (not في اتصال مشترك: one call)
                or ((occ.mode or occ.trigger.mode) == "phone" and occ.sentence not in joint)
                # استقبلت الدوحة أمس العاهل المغربي ورئيس الوزراء التركي: guests of two states
                or (
                    occ.trigger.word.startswith(RECEIVING)
                    and len({side.country for side in ordered[1:]}) >= 2  # noqa: PLR2004
                )
            )
            for occ in contact.occurrences
            if occ.trigger.word not in _NOT_TELLING
        )
        and (
            # (a word with no side of its own, attached to it, tells nothing more: كما التقى)
            sum(
                occ.trigger.word not in _NOT_TELLING and bool(occ.refs)
                for occ in contact.occurrences
            )
            == 1
            # (nor one that names none but the list's first: كما التقى X مع رئيس مؤسسة ...)
            or sum(
                occ.trigger.word not in _NOT_TELLING
                and any(_names_other(ref, ordered[0]) for ref in occ.refs)
                for occ in contact.occurrences
            )
            == 1
            # (a headline and its body telling the same verb with the same list)
            or _one_list_told(contact)
            # استقبل X الوفود ... واستقبل أيضا Y وZ: receptions told twice, one guest each
            or (
                (
                    receptions := [
                        occ.trigger.word.startswith(RECEIVING)
                        for occ in contact.occurrences
                        if occ.trigger.word not in _NOT_TELLING
                    ]
                )
                and all(receptions)
            )
        )
    ):
        # يجتمع الأمين بالرئيس X، وبأمين عام الجامعة Y، ووزير الخارجية Z: one meeting with
        # each (a verb with one subject and listed objects; a summit noun would say otherwise);
        # subjects joined by و before one guest each receive him (استقبل الأمير X والشيخ Y
        # الوزير الأمريكي Z)
        if any(occ.guest_last for occ in contact.occurrences):
            return [_part(contact, host, ordered[-1]) for host in ordered[:-1]]
        return [_part(contact, ordered[0], other) for other in ordered[1:]]
    persons = [side for side in contact.sides if side.kind is ActorKind.PERSON]
    by_country: dict[str | None, list[Side]] = {}
    for side in contact.sides:
        by_country.setdefault(side.country, []).append(side)
    if len(persons) == len(contact.sides) >= 3 and len(by_country) == 2:  # noqa: PLR2004
        single = [group for group in by_country.values() if len(group) == 1]
        many = [group for group in by_country.values() if len(group) > 1]
        if (
            len(single) == 1
            and len(many) == 1
            and not _receives(contact, single[0][0])
            and (
                # اجتماع الرؤساء الثلاثة X وY وZ مع الوسيط W: the many named first meet him
                # together; not the ones who see a guest off or receive him (في مقدمة مودعيه)
                _first_evidence(single[0][0]) < min(map(_first_evidence, many[0]))
                or any(occ.trigger.word in RECEIVERS for occ in contact.occurrences)
            )
        ):
            return [
                _part(contact, single[0][0], other)
                for other in sorted(many[0], key=_first_evidence)
            ]
    return [contact]


def _names_other(ref: Ref, side: Side) -> bool:
    """Whether *ref* may name someone other than *side* (its office of its state does not)."""
    if ref.kind == "office":
        return ref.state is not None and ref.state != side.country
    if ref.kind in {"person", "state", "org"}:
        return ref.value not in {side.id, side.country}
    return True


def _leaves_elsewhere(occurrence: Occurrence, other: Side) -> bool:
    """Whether *occurrence* is a verb of leaving that does not leave *other*'s state.

    فيما سيغادر X بعد ذلك متوجها إلى W: the next leg's word, no word of a meeting with
    *other*; غادر X بكين after meeting a Chinese host: the end of that very visit.
    """
    if occurrence.trigger.word not in LEAVING:
        return False
    left: set[str | None] = set()
    for place in occurrence.places:
        if place.prep:
            continue  # (غادر إلى نيويورك: where he goes, not what he leaves)
        left.update((place.city_state, place.place_state))
        left.update(ref.state or ref.value for ref in place.refs if ref.kind == "state")
    return other.country not in left


def _part(contact: Contact, first: Side, other: Side) -> Contact:
    """The bilateral of *first* and *other* split from *contact*.

    Without the mentions that name, by name, only others of the split sides (وكان في مقدمة
    مستقبليه X وY ... وقال إن X يستقبله: the second verb is X's alone).
    """
    apart = contact.ids - {first.id, other.id}
    spans = {(start, end) for _, start, end, _ in other.evidence}
    kept = [
        occ
        for occ in contact.occurrences
        if not _leaves_elsewhere(occ, other)
        and (
            other.id in (named := {ref.value for ref in occ.refs if ref.kind == "person"})
            or not named & apart
            # وأجرى لقاءات مع كل من X وY، ونظيره Z: the list's word is Z's too, named by office
            or any(
                ref.kind in {"office", "counterpart"} and (ref.start, ref.end) in spans
                for ref in occ.refs
            )
        )
    ]
    if kept and all(occ.date is None for occ in kept):
        # غادر X اليوم الثلاثاء بلاده في جولة يلتقي فيها Y وZ: the leaving verb dates the trip
        dated = (occ for occ in contact.occurrences if occ.trigger.word in LEAVING and occ.date)
        if (leaving := next(dated, None)) is not None:
            kept.append(leaving)
    return attrs.evolve(
        contact,
        occurrences=kept or list(contact.occurrences),
        sides=[first, other],
        visitors=set(contact.visitors),
    )


def same_call(part: Contact, contacts: Sequence[Contact]) -> Contact | None:
    """Another contact of the same sides and mode that one of several calls repeats."""
    if not any(several_calls(occ.trigger) for occ in part.occurrences):
        return None
    for contact in contacts:
        if (
            contact.ids == part.ids
            and "phone" in contact.modes
            and not any(several_calls(occ.trigger) for occ in contact.occurrences)
        ):
            return contact
    return None


def _receives(contact: Contact, side: Side) -> bool:
    """Whether *side* is the subject of استقبل: the others were received together.

    استقبل الدبيبة المبعوث الفرنسي والسفير الفرنسي is one reception, unlike a visitor who
    meets a king, a crown prince and a minister in turn.
    """
    first = min(contact.sides, key=_first_evidence)
    return first is side and any(
        occ.trigger.kind == "verb"
        and occ.trigger.word.startswith(RECEIVING)
        and not occ.passive
        and not _other_receiver(occ, side)
        for occ in contact.occurrences
    )


def _other_receiver(occurrence: Occurrence, side: Side) -> bool:
    """Whether the receiving verb's clause names another person first, its subject.

    مشعل الأحمد يستقبل بن سلمان: the guest named first in the article is not the receiver.
    """
    if not occurrence.refs:
        return False
    first = min(occurrence.refs, key=lambda ref: ref.start)
    return first.kind == "person" and first.value != side.id


def _first_span(side: Side) -> tuple[int, int]:
    """The folded span of the phrase that first names a side."""
    return min(((start, end) for _, start, end, _ in side.evidence), default=(0, 0))


def _first_evidence(side: Side) -> int:
    """Where a side is first named (split contacts come in text order)."""
    return min((start for _, start, _, _ in side.evidence), default=0)


def _day(assembler: Assembler, occurrence: Occurrence) -> dt.date | None:
    if occurrence.date is not None and occurrence.date.first is not None:
        return occurrence.date.first
    return assembler.reference


def summit_trips(contacts: list[Contact]) -> list[Contact]:
    """Trips to a summit merged into the summit: one contact, not two.

    غادر الملك متوجها إلى مصر للمشاركة في قمة ... وتستضيف العلمين قمة ثلاثية يترأسها
    السيسي والملك وعباس. A visit whose mentions name a summit joins a later multilateral
    contact that holds its persons and the states of its other sides.
    """
    merged: set[int] = set()
    for index, summit in enumerate(contacts):
        if "multilateral" not in summit.modes and len(summit.sides) < 3:  # noqa: PLR2004
            continue
        for trip in contacts[:index]:
            if id(trip) in merged or "visit" not in trip.modes:
                continue
            if not any(occ.trigger.word == SUMMIT for occ in trip.occurrences):
                continue
            persons = {side.id for side in trip.sides if side.kind is ActorKind.PERSON}
            others = {side.id for side in trip.sides if side.kind is not ActorKind.PERSON}
            if not persons or not persons <= summit.ids or not others <= summit.countries:
                continue
            summit.add(*trip.occurrences)
            summit.sort()
            merged.add(id(trip))
            for contact in contacts:
                if contact.trip is trip:
                    contact.trip = summit
    return [contact for contact in contacts if id(contact) not in merged]


def lists_retold(doc: Doc, contacts: list[Contact]) -> list[Contact]:
    """A meeting noun that only names again some of a list's sides, merged into the list.

    التقى X على هامش القمة كلا من Y وZ وW، وجرى خلال الاجتماعات ...: the noun has no side of
    its own; the names it would take are the list's own words, so it tells the list's meetings
    again, not one among Z and W. So does المشاورات التي أجراها مع مسؤولي هذه البلدان after a
    tour of the states it would take. Its mention belongs to every contact of the list.
    """
    merged: set[int] = set()
    for index, retold in enumerate(contacts):
        if (
            len(retold.sides) < 2  # noqa: PLR2004
            or any(
                occ.trigger.kind not in {"noun", "discussion"}
                # (not a tour's legs: جولة تشمل X وY; nor a meeting of three: اجتماعا ثلاثيا)
                or (occ.trigger.kind == "noun" and occ.trigger.mode != "meeting")
                or occ.mode not in {None, "meeting"}
                or occ.date is not None
                or not occ.refs
                for occ in retold.occurrences
            )
            # (a noun that tells a list again is definite or plural: خلال الاجتماعات، لقاءات
            # منفصلة; عقد الوزيران اجتماعا is a meeting of its own, بحث alone may be a verb)
            or not any(
                occ.trigger.kind == "noun"
                and (definite(doc.tokens[occ.tok0]) or doc.tokens[occ.tok0].endswith("ات"))
                for occ in retold.occurrences
            )
        ):
            continue
        earlier = [contact for contact in contacts[:index] if id(contact) not in merged]
        targets = _list_of(retold, earlier)
        if not targets:
            continue
        if len(targets) == 1:
            # (a name of the list that its verb missed is one of the list still)
            targets[0].sides = merge_sides([*targets[0].sides, *retold.sides])
        for target in targets:
            target.add(*(attrs.evolve(occ, refs=[], pairs=[]) for occ in retold.occurrences))
            target.sort()
        merged.add(id(retold))
    return [contact for contact in contacts if id(contact) not in merged]


def series_told(
    assembler: Assembler, contacts: list[Contact], occurrences: Sequence[Occurrence]
) -> list[Contact]:
    """Meetings announced as a series before the text lists them take the series' words.

    عقد الرئيس X اليوم عددا من اللقاءات على هامش القمة ... والتقى X كلا من Y وZ: the plural
    noun that names X alone tells the meetings with Y and Z, which come after it. A contact it
    made with a state only (سلسلة لقاءات ... في الرياض) is those meetings' too, not one more.
    """
    dropped: set[int] = set()
    # where each contact is first told, before any series joins it
    first = {
        id(contact): min(occ.trigger.start for occ in contact.occurrences) for contact in contacts
    }
    for series in occurrences:
        if series.trigger.kind != "noun" or series.trigger.word not in SERIES:
            continue
        named = [ref for ref in series.refs if ref.kind in {"person", "office"}]
        if len(named) != 1 or any(
            ref.kind not in {"person", "office", "state"} for ref in series.refs
        ):
            continue
        subjects = assembler.sides(named, _day(assembler, series))
        if len(subjects) != 1:
            continue
        subject = subjects[0].id
        listed = [
            contact
            for contact in contacts
            if id(contact) not in dropped
            and len(contact.sides) == 2  # noqa: PLR2004
            and subject in contact.ids
            and contact.modes <= {"meeting"}
            and series not in contact.occurrences
            and all(side.kind is not ActorKind.STATE for side in contact.sides)
            and first[id(contact)] > series.trigger.start
            and (
                series.date is None
                or contact.date is None
                or contact.date.value == series.date.value
            )
        ]
        if len(listed) < 2:  # noqa: PLR2004
            continue
        words = [series]
        for contact in contacts:
            if (
                series in contact.occurrences
                and len(contact.sides) == 2  # noqa: PLR2004
                and subject in contact.ids
                and any(side.kind is ActorKind.STATE for side in contact.sides)
            ):
                # (عقد X سلسلة لقاءات في الرياض: not a visit of X to the state of the venue)
                words += [occ for occ in contact.occurrences if occ not in words]
                dropped.add(id(contact))
        for contact in listed:
            contact.add(*words)
            contact.sort()
    return [contact for contact in contacts if id(contact) not in dropped]


def _list_of(retold: Contact, earlier: Sequence[Contact]) -> list[Contact]:
    """The contacts of the earlier word whose list holds the sides *retold* names again.

    Two of its names are the list's very words and the others lie among them; one contact
    with more sides, or the legs of one word (a tour's states) that hold every side.
    """
    spans = {(ref.start, ref.end) for occ in retold.occurrences for ref in occ.refs}
    first = min(occ.trigger.start for occ in retold.occurrences)
    for word in (occ for contact in earlier for occ in contact.occurrences):
        own = {(ref.start, ref.end) for ref in (*word.refs, *word.hosts)}
        if (
            word.trigger.start >= first
            or len(spans & own) < 2  # noqa: PLR2004
            or not all(
                min(own)[0] <= start and end <= max(right for _, right in own)
                for start, end in spans
            )
        ):
            continue
        targets = [
            contact
            for contact in earlier
            if any(occ.trigger.start == word.trigger.start for occ in contact.occurrences)
        ]
        if len(targets) == 1 and len(targets[0].sides) > len(retold.sides):
            return targets
        if len(targets) > 1 and retold.ids <= frozenset().union(*(c.ids for c in targets)):
            return targets
    return []


def group_occurrences(assembler: Assembler, occurrences: Sequence[Occurrence]) -> list[Contact]:  # noqa: C901, PLR0912, PLR0915
    contacts: list[Contact] = []
    pending: list[Occurrence] = []  # bare mentions before any contact (a headline)
    by_sentence: dict[int, list[tuple[Occurrence, Contact]]] = {}
    trips: list[tuple[int, str, Contact]] = []  # (sentence, visitor, contact) of a trip noun

    def join(
        target: Contact, occurrence: Occurrence, sides: Sequence[Side], status: Status | None
    ) -> None:
        """Attach a mention of the same sides; a contact of no standing yet takes its own."""
        attach(target, occurrence, sides)
        if status is not None and not target.explicit_status:
            target.status, target.explicit_status = status, True

    def attach(target: Contact, occurrence: Occurrence, sides: Sequence[Side] = ()) -> None:
        target.add(occurrence)
        if sides:
            target.sides = merge_sides([*target.sides, *sides])
        by_sentence.setdefault(occurrence.sentence, []).append((occurrence, target))

    def meet(
        traveller: Side, occurrence: Occurrence, sides: Sequence[Side], status: Status | None
    ) -> None:
        """A meeting during a trip (يلتقي خلالها): the traveller and the ones met.

        To come when the verb is imperfect; on the visit's day when the visit of that sentence
        lasts one day.
        """
        visit = next(
            (
                c
                for c in contacts
                if traveller.id in c.ids
                and "visit" in c.modes
                and any(occ.sentence == occurrence.sentence for occ in c.occurrences)
            ),
            None,
        )
        if (
            visit is not None
            and len(sides) == 1
            and any(
                side.kind is ActorKind.STATE and side.id == sides[0].country for side in visit.sides
            )
        ):
            # سيؤدي زيارة إلى الجزائر ... سيلتقي خلالها الرئيس الجزائري: the host state's person
            join(visit, occurrence, [traveller, *sides], status)
            return
        met_during(visit, traveller, occurrence, sides, status)

    def met_during(
        visit: Contact | None,
        traveller: Side,
        occurrence: Occurrence,
        sides: Sequence[Side],
        status: Status | None,
    ) -> None:
        """A contact of its own between the traveller of *visit* and the ones met on it.

        On the visit's day when the visit lasts one day; to come when the verb is imperfect.
        """
        visit_day = visit.date if visit is not None else None
        if (
            occurrence.date is None
            and visit_day is not None
            and len(visit_day.value) == len("YYYY-MM-DD")
            and not assembler.lasts_days(occurrence.sentence)
        ):
            occurrence = attrs.evolve(occurrence, date=visit_day)
        tokens, at = assembler.doc.tokens, occurrence.tok0
        imperfect = occurrence.trigger.word.startswith(("ي", "ت")) and not (
            # وصل X أمس ...، قبل أن يلتقي الرئيس Y: a sequence told in the past
            at > 1 and tokens[at - 1] == THAT and tokens[at - 2] in SEQUEL_WORDS
        )
        if visit is not None and visit.status is Status.DENIED and status is not Status.HELD:
            status = Status.DENIED  # سيؤجل زيارته ... أن يلتقي خلالها X: nor the meeting
        create(
            occurrence, [traveller, *sides], status or (Status.PLANNED if imperfect else None)
        ).visitors.add(traveller.id)

    def arrive(occurrence: Occurrence, side: Side, status: Status | None) -> None:
        """A visit of *side* to the state its arrival or departure verb is bound for."""
        assert occurrence.to_host is not None  # noqa: S101
        destination = _host_state(occurrence.to_host) or ""
        sides = [side, assembler.state_side(destination, (EvidenceKind.STATE, 0, 0, None))]
        target = _find_same(contacts, sides, occurrence, status)
        if status is None and _perfect(occurrence.trigger):
            # وصل X إلى أنقرة: it happened, whatever is to come (also after a headline's يصل)
            status = Status.HELD
        if target is not None:  # غادر ... متوجها إلى الجزائر: the visit the headline named
            join(target, occurrence, sides, status)
            target.visitors.add(side.id)
            return
        create(occurrence, sides, status).visitors.add(side.id)

    loose: list[tuple[Occurrence, Side]] = []  # one side, no contact yet (وصل X إلى بيروت)
    dated: list[tuple[Occurrence, Contact]] = []  # no side, a day of its own (آخر زيارة في ...)

    # no side yet, a status of its own (أعلنت ... إلغاء القمة الرباعية): the next sentence's
    # mention of the same word that names the sides (وكان من المفترض أن تضم القمة ...)
    waiting: list[Occurrence] = []

    def create(occurrence: Occurrence, sides: Sequence[Side], status: Status | None) -> Contact:
        waited = _waited_for(waiting, occurrence) if status is None else None
        if waited is not None:
            waiting.clear()
            loose[:] = [item for item in loose if item[0] is not waited]
            status = waited.status
        contact = Contact([occurrence], list(sides), status or Status.HELD, status is not None)
        if waited is not None:
            contact.add(waited)
        contacts.append(contact)
        by_sentence.setdefault(occurrence.sentence, []).append((occurrence, contact))
        for earlier, side in list(loose):
            if (
                earlier.sentence == occurrence.sentence
                and side.id in contact.ids
                # (وصل X الخرطوم الثلاثاء، بعد يوم من اجتماعه مع Y: another day, another contact)
                and not _days_apart(earlier, occurrence)
                # (توجه X إلى العراق، ضمن جولة تشمل لبنان: bound elsewhere, a visit of its own)
                and not (occurrence.trigger.word == TOUR and _bound_elsewhere(earlier, contact))
            ):
                contact.add(earlier)
                if earlier.mode == "visit":
                    contact.visitors.add(side.id)  # وصل X إلى بيروت ... يلتقي خلالها Y
                if earlier.status is not None and not contact.explicit_status:
                    # سيصل X إلى بغداد ... في زيارة رسمية: the arrival says it is to come
                    contact.status, contact.explicit_status = earlier.status, True
                elif earlier.future_date and not contact.explicit_status:
                    # يتوجه X إلى واشنطن الأسبوع المقبل للقاء Y: the arrival's time is ahead
                    contact.status, contact.explicit_status = Status.PLANNED, True
                elif _perfect(earlier.trigger) and not contact.explicit_status:
                    contact.explicit_status = True  # وصل X إلى أنقرة في زيارة: it happened
                loose.remove((earlier, side))
        return contact

    for occurrence in occurrences:
        day = _day(assembler, occurrence)
        refs = list(occurrence.refs)
        if occurrence.first_person is not None:
            refs.insert(0, occurrence.first_person)
        if occurrence.hosts:
            # عقب زيارة قام بها وزير الخارجية السعودي إلى تركيا وبريطانيا: one visit each
            # a later leg of a trip (وبعدها إلى قطر) is not on the day written; no leg of a
            # tour is (جولة تشمل السنغال ومالي بين 20 و23 فبراير: which day where, untold)
            tour = occurrence.trigger.word == TOUR and len(occurrence.hosts) > 1
            # (توجه X إلى العراق، ضمن جولة تشمل لبنان: Lebanon, the one stop listed, still ahead)
            onward = occurrence.trigger.word == TOUR and _after_first_stop(occurrence, occurrences)
            # a month or a year is the whole trip's (زيارة تشمل إسرائيل ومصر منتصف ديسمبر)
            coarse = occurrence.date is not None and len(occurrence.date.value) in {4, 7}
            # زار الإمارات والسعودية في 6 ديسمبر: a date after the whole list is every leg's
            # (a trip told as done: سيقوم بزيارة X وY اعتبارا من الأحد starts the tour that day)
            dated_after = _dated_after(assembler, occurrence, occurrence.hosts[-1].end)
            shared = (
                occurrence.status in {None, Status.HELD}
                and not occurrence.future_date
                and dated_after
            )
            # سيزور الأردن وتركيا ولبنان من 11 حتى 16 فبراير: the days of the whole trip, which
            # day where untold (as a tour's)
            spanning = (
                dated_after
                and len(occurrence.hosts) > 1
                and occurrence.date is not None
                and "/" in occurrence.date.value
            )
            # (وصل X القاهرة في مستهل جولة تشمل Y وZ: the state arrived in is no traveller)
            travellers = [ref for ref in refs if ref.kind != "state"] or refs
            if not travellers:
                # قال X إنه سيزور إسرائيل ومصر، وتشمل زيارته إسرائيل ومصر: the speaker, the
                # pronoun's person
                travellers = [ref for ref in (occurrence.speaker, occurrence.possessor) if ref][:1]
            bound_for = {host.value for host in occurrence.hosts}
            for number, host in enumerate(occurrence.hosts):
                # (التقى X الرئيس المصري خلال زيارته إلى إسرائيل ومصر: the one met in Egypt is
                # a side of the leg to Egypt alone)
                elsewhere = bound_for - {host.value}
                leg_refs = [
                    ref for ref in travellers if assembler.doc.state_of_ref(ref) not in elsewhere
                ]
                visit_sides = assembler.sides([*leg_refs, host], day)
                if len({side.country for side in visit_sides}) >= 2:  # noqa: PLR2004
                    leg = attrs.evolve(occurrence, date=None) if number or onward else occurrence
                    at = assembler.doc.token_at(host.start)
                    first_at = assembler.doc.token_at(occurrence.hosts[0].start)
                    # لزيارة السعودية والإمارات: a list of states with no إلى before it
                    bare_list = first_at > 0 and (
                        assembler.doc.tokens[first_at - 1] not in word_sets()["to"]
                    )
                    if number and bare_list and not onward:
                        # سيزور الأردن وتركيا: the verb tells each visit, and the destination
                        # which one (each leg's mentions: the verb and its state)
                        leg = attrs.evolve(
                            leg,
                            extra_mentions=[(host.start, host.end)],
                        )
                    elif onward or (
                        number and at > 0 and assembler.doc.tokens[at - 1] in word_sets()["to"]
                    ):
                        # an onward leg (وبعدها إلى قطر; لزيارة السعودية والإمارات): its
                        # mention is the destination
                        leg = attrs.evolve(
                            occurrence,
                            date=None,
                            trigger=attrs.evolve(
                                occurrence.trigger, start=host.start, end=host.end
                            ),
                            mention_end=host.end,
                            extra_mentions=[],
                        )
                    if coarse:
                        leg = attrs.evolve(leg, date=occurrence.date)  # منتصف ديسمبر: all legs
                    elif (tour or spanning) and occurrence.date is not None:
                        leg = attrs.evolve(leg, date=None, vague_date=True)
                    elif tour and occurrence.date is None:
                        # عاد X بعد جولة شملت Y وZ: no day of a leg told, nor the page's
                        leg = attrs.evolve(leg, vague_date=True)
                    if shared and not tour:
                        leg = attrs.evolve(leg, date=occurrence.date)
                    # each leg where it went: its own city (جولة شملت دمشق وعمان وأنقرة)
                    own = [
                        place
                        for place in occurrence.places
                        if place.start <= host.start < place.end
                    ]
                    if own or any(place.city for place in occurrence.places):
                        leg = attrs.evolve(leg, places=own)
                    # (بدأ X جولة تشمل Y وZ، زيارة تشمل Y وZ: Y the stop under way, Z still ahead)
                    status = occurrence.status or (
                        Status.PLANNED
                        if occurrence.future_date
                        or ((onward or number) and _stops_to_come(assembler, occurrence))
                        else None
                    )
                    # the visit already told (وصل X إلى القاهرة ... وتشمل زيارته إسرائيل ومصر),
                    # the meeting held on that leg (التقى X الرئيس المصري خلال زيارته إلى ...)
                    target = _find_same(contacts, visit_sides, leg, status)
                    if target is not None:
                        join(target, leg, visit_sides, status)
                    else:
                        target = create(leg, visit_sides, status)
                    target.visitors.update(
                        side.id for side in visit_sides if side.country != host.value
                    )
            continue
        sides = assembler.sides(refs, day)
        if (
            len(sides) == 1
            and occurrence.to_host is not None
            and (
                occurrence.trigger.word in TRIPS
                # وصل المبعوث الأممي إلى صنعاء: an organization's envoy arrives in a state
                or (occurrence.trigger.word in ARRIVING and sides[0].kind is ActorKind.ORGANIZATION)
            )
            and occurrence.to_host.place_state
        ):
            # زيارة لوزير الخارجية الأمريكي إلى السعودية: the destination is the host
            sides = assembler.sides([*refs, *occurrence.to_host.refs], day)
        if len(sides) == 1 and occurrence.possessor is not None:
            sides = assembler.sides([occurrence.possessor, *refs], day)
        if occurrence.speaker is not None and (
            len(sides) <= 1
            or (
                occurrence.trigger.kind in {"verb", "discussion"}
                and all(ref.start >= occurrence.trigger.end for ref in refs)
            )
        ):
            # (none yet: قال X إنه سيتوجه إلى طهران, the speaker travels; قال X إنه سيلتقي Y
            # وZ: the speaker meets them)
            sides = assembler.sides([occurrence.speaker, *refs], day)
        envoy = next((ref for ref in occurrence.refs if ref.region), None)
        if (
            envoy is not None
            and len(sides) == 1
            and occurrence.mode == "visit"
            and envoy.region in assembler.actors.states
            and envoy.region != sides[0].country
            and occurrence.to_host is None
        ):
            # يزور المبعوث الأمريكي الخاص للسودان البلاد غدا: an envoy visits his mandate's
            # state (named after him, so that he is the visitor)
            mandate = (EvidenceKind.STATE, envoy.end, envoy.end, None)
            sides = [*sides, assembler.state_side(str(envoy.region), mandate)]
        role = occurrence.role_adjective
        if role in offices.ROLES and sides and all(side.kind is ActorKind.STATE for side in sides):
            sides = _with_role(assembler, sides, role, day, occurrence)  # قمة رئاسية
        real = [side for side in sides if side.kind is not ActorKind.ORGANIZATION]
        if not real:
            sides = []  # organizations alone are no contact
        status = occurrence.status
        kind = occurrence.trigger.kind
        if status is None and len(sides) >= 2 and _perfect(occurrence.trigger):  # noqa: PLR2004
            status = Status.HELD  # التقى X وY: it happened (a perfect verb outweighs the date)
        if status is None and occurrence.future_date:
            status = Status.PLANNED
        if (
            status is None
            and occurrence.date is not None
            and occurrence.date.last is not None
            and assembler.reference is not None
            and occurrence.date.last < assembler.reference
        ):
            status = Status.HELD  # عقدا لقاء في 15 أغسطس المنصرم: a date gone by
        before = _arrival_repeated(assembler, occurrence, occurrences)
        if before is not None:
            # وصل X إلى جدة، ووصل كذلك Y: Y arrived where X did, X no side of Y's arrival
            if occurrence.to_host is None:
                occurrence.to_host, occurrence.places = before.to_host, list(before.places)
            if occurrence.date is None:
                occurrence.date = before.date  # (the same day, unless it says another)
            sides = [side for side in sides if _first_evidence(side) > occurrence.trigger.start]
        if len(sides) >= 2 and len({side.country for side in sides}) == 1:  # noqa: PLR2004
            traveller = _visitor_during(assembler, occurrence, loose, sides, contacts)
            if traveller is None and (
                visit := _visit_of_host(assembler.doc, contacts, occurrence, sides, status)
            ):
                # بدأ ظريف زيارة إلى لبنان ... سيلتقي الرؤساء الثلاثة عون والحريري وبري
                traveller = next(side for side in visit.sides if side.country != sides[0].country)
            if traveller is not None:
                # في زيارة يلتقي خلالها رئيس الوزراء ورئيس مجلس النواب: the traveller meets
                # each (split into one contact each when the contacts are built)
                meet(traveller, occurrence, sides, status)
                continue
        if _fellow_travellers(assembler, occurrence, occurrences, sides):
            # وصل الرئيسان الجيبوتي والكيني إلى مقديشو: each visits Somalia, not the other
            for side in sides:
                arrive(occurrence, side, status)
            continue
        host_state = _host_of_guests(assembler, occurrence, sides)
        if host_state is not None:
            # استقبل مسؤول في مطار بغداد كلا من X وY: guests of Iraq, each received apart
            for side in sides:
                create(occurrence, [side, host_state], status).visitors.add(side.id)
            continue
        welcomed = _welcomed(contacts, occurrence, sides)
        if welcomed:
            # ... حيث كان في استقبالهما الرئيس الصومالي: the host of each guest's visit
            for visit, pair in welcomed:
                join(visit, occurrence, pair, status)
            continue
        if len(sides) >= 2:  # noqa: PLR2004
            same = _find_same(contacts, sides, occurrence, status)
            if same is not None:
                if any(_received(occ) for occ in same.occurrences) and _talks_of_the_visit(
                    same,
                    frozenset(side.country or side.id for side in sides),
                    {side.id for side in sides if side.kind is ActorKind.PERSON},
                    occurrence,
                    status,
                ):
                    # استقبل X Y اليوم ...، وسيبحثان: the talks of a visit told as done, held
                    attach(same, occurrence, sides)
                else:
                    join(same, occurrence, sides, status)
                continue
            target = _trip_of(assembler, contacts, occurrence, sides)
            if target is not None:
                attach(target, occurrence, sides)
                continue
            if kind == "discussion" and not occurrence.has_with and occurrence.recalled:
                # كانا قد تحادثا الشهر الماضي: an earlier contact of its own
                create(occurrence, sides, status or Status.HELD)
                continue
            if kind == "discussion" and not occurrence.has_with and not _spoke(occurrence, sides):
                target = _same_sentence(by_sentence, occurrence, status) or _nearest(
                    contacts, occurrence, status
                )
                if target is not None:
                    attach(target, occurrence)
                continue
            if occurrence.trigger.word in LEAVING:
                target = _nearest(contacts, occurrence, status)
                if target is not None:
                    attach(target, occurrence)
                continue
            target = _same_sentence(by_sentence, occurrence, status, sides=sides)
            if target is not None:
                attach(target, occurrence, sides)
                continue
            create(occurrence, sides, status)
            continue
        if len(sides) == 1 and occurrence.trigger.word in LEAVING and occurrence.places:
            # وسيغادر الرئيس التركي سوتشي: the end of the visit to Sochi, not the next trip
            left = {place.city for place in occurrence.places if place.city}
            target = next(
                (
                    contact
                    for contact in reversed(contacts)
                    if sides[0].id in contact.ids
                    and any(
                        place.city in left
                        for occ in contact.occurrences
                        for place in occ.places
                        if occ is not occurrence
                    )
                ),
                None,
            )
            if target is not None:
                attach(target, occurrence)
                continue
        if len(sides) == 1 and _lone_arrival(assembler, occurrence, occurrences, sides[0]):
            # يتوجه الأخير إلى العاصمة الإيرانية طهران: a visit to that state
            arrive(occurrence, sides[0], status)
            continue
        trip = _trip_of(assembler, contacts, occurrence, sides)
        if trip is not None:
            # وتعد هذه الزيارة فرصة للقاء مع الرئيس X: X is whom the traveller meets
            attach(trip, occurrence, sides)
            continue
        traveller = _visitor_during(assembler, occurrence, loose, sides, contacts)
        if traveller is not None:
            # غادر سموه متوجها إلى الولايات المتحدة في زيارة يلتقي خلالها ترمب: the
            # traveller meets the one named
            meet(traveller, occurrence, sides, status)
            continue
        visit = _visit_of_host(assembler.doc, contacts, occurrence, sides, status)
        if visit is not None:
            # وصل لافروف إلى دمشق واجتمع مع الأسد، ومن المقرر أن يلتقي لاحقا وليد المعلم:
            # another person of the host state met on that trip, a contact of its own
            traveller = next(side for side in visit.sides if side.country != sides[0].country)
            met_during(visit, traveller, occurrence, sides, status)
            continue
        if len(sides) == 1:
            side = sides[0]
            target = None
            invited = (
                _invited_by_side(contacts, occurrence, side) if status is Status.PROPOSED else None
            )
            if invited is not None:
                # اتصل X بـY ... ووجه له دعوة لزيارة تونس: Y is invited, X receives
                guest, inviter = invited
                same = _find_same(contacts, [guest, inviter], occurrence, status)
                if same is not None:
                    join(same, occurrence, [guest, inviter], status)  # مستعد للقاء ... وجه دعوة
                else:
                    create(occurrence, [guest, inviter], status).visitors.add(guest.id)
                continue
            if occurrence.trigger.word in TRIPS and not _to_host_is(occurrence, side):
                # (not وتأتي الزيارة تلبية لدعوة تبون: the one side is the inviter, a host)
                target = next(
                    (c for c in contacts if side.id in c.ids and not _hosted_by(c, side)), None
                )
                if target is not None:
                    target.visitors.add(side.id)
                    trips.append((occurrence.sentence, side.id, target))
            target = target or _same_sentence(by_sentence, occurrence, status)
            if target is None:
                target = next(
                    (
                        c
                        for c in reversed(contacts)
                        if side.id in c.ids
                        and _compatible_modes(c.modes, _modes(occurrence))
                        and _compatible_status(c, status, unstated=True)
                        and not _earlier_than(occurrence, c)
                        and not (occurrence.trigger.word in TRIPS and _hosted_by(c, side))
                        # زار X رام الله عام 2000: a stay of its own year, not today's visit
                        and (
                            occurrence.date is None
                            or c.date is None
                            or _one_stay(occurrence.date, c.date)
                        )
                    ),
                    None,
                )
            if target is None and occurrence.mode in {"meeting", "visit"}:
                target = _visit_to_state_of(assembler.doc, contacts, occurrence, side, status)
            if target is not None:
                # في زيارة ... يلتقي فيها الرئيس ترامب: the person of a side named only as
                # a state (إلى أميركا) is that side
                join(target, occurrence, [side] if _names_state_side(target, side) else (), status)
            else:
                loose.append((occurrence, side))
                if status is not None and status is not Status.HELD:
                    waiting.append(occurrence)  # أعلنت الخارجية الأردنية إلغاء القمة
            continue
        # no side of its own: a later mention (المحادثة، الاجتماع، الجانبان) or, with a
        # cue of its own, a new contact between the sides of the context (قمة رئاسية محتملة)
        if status is not None and status is not Status.HELD:
            same = _same_sentence(by_sentence, occurrence, status) or _nearest(
                contacts, occurrence, status, strict=True
            )
            if same is not None:
                attach(same, occurrence)
                continue
            context = _same_sentence(by_sentence, occurrence, None) or (
                contacts[-1] if contacts else None
            )
            if context is not None and _talks_of_the_visit(
                context, context.countries, set(), occurrence, status
            ):
                attach(context, occurrence)  # ومن المقرر أن يجري الزعيمان مباحثات: the visit's
                continue
            pair_role = next((pair.role for pair in occurrence.pairs if pair.role), None)
            role = occurrence.role_adjective or pair_role
            if context is not None and (role or occurrence.pairs):
                states = [
                    assembler.state_side(
                        code,
                        (
                            EvidenceKind.ANAPHOR,
                            occurrence.trigger.start,
                            occurrence.trigger.end,
                            None,
                        ),
                    )
                    for code in sorted(context.countries)
                ]
                if role in offices.ROLES:
                    states = _with_role(assembler, states, role, day, occurrence)
                elif role is None and occurrence.pairs:
                    states = list(context.sides)  # الرجلان، الجانبان: the sides as they are
                if len(states) >= 2:  # noqa: PLR2004
                    contact = create(occurrence, states, status)
                    contact.context_role = role
                    continue
            waiting.append(occurrence)
            continue
        dual = occurrence.trigger.suffix == "هما" or occurrence.pairs
        # الرئيسان كانا قد تحادثا الشهر الماضي: an earlier contact of the same sides
        recalled_pair = bool(dual and occurrence.recalled and contacts)
        target = (
            None
            if recalled_pair
            else _same_sentence(by_sentence, occurrence, status)
            or _nearest(contacts, occurrence, status)
        )
        if target is not None and _other_day(target, occurrence):
            # آخر زيارة ... في كانون الأول 1999، عندما زار ...: the contact of that day,
            # written after it
            dated.append((occurrence, target))
            continue
        if target is not None:
            attach(target, occurrence)
            continue
        if contacts and dual:
            # أجرى الرئيسان مكالمة؛ خلال لقائهما الأخير: another contact of the same sides
            base = contacts[-1]
            role = next((pair.role for pair in occurrence.pairs if pair.role), None)
            sides = list(base.sides)
            if role in offices.ROLES and not recalled_pair:  # (then: the same persons)
                states = [
                    assembler.state_side(
                        side.country or side.id,
                        (
                            EvidenceKind.ANAPHOR,
                            occurrence.trigger.start,
                            occurrence.trigger.end,
                            None,
                        ),
                    )
                    for side in base.sides
                ]
                sides = _with_role(assembler, states, role, day, occurrence)
            if len({side.country for side in sides}) >= 2:  # noqa: PLR2004
                create(occurrence, sides, status or (Status.HELD if recalled_pair else None))
            continue
        if occurrence.pairs and not contacts:
            # قال البيت الأبيض إن بايدن وجه الشكر لسلطان عمان ... «الزعيمان أكدا خلال
            # الاتصال»: the two persons named before, when no contact came before
            sides = assembler.sides(assembler.persons_before(occurrence), day)
            if len(sides) == 2 and len({side.country for side in sides}) == 2:  # noqa: PLR2004
                create(occurrence, sides, status)
                continue
        if kind == "noun" and not contacts:
            pending.append(occurrence)  # a headline before the contact it announces
    for occurrence, fallback in dated:
        assert occurrence.date is not None  # noqa: S101
        value = occurrence.date.value
        same_day = next(
            (
                contact
                for contact in contacts
                if contact.date is not None
                and contact.date.value == value
                and abs(contact.occurrences[0].sentence - occurrence.sentence) <= 2  # noqa: PLR2004
            ),
            fallback,
        )
        attach(same_day, occurrence)
    if pending and contacts:
        contacts[0].add(*pending)
    for sentence, visitor, trip in trips:
        for contact in contacts:
            if contact is trip or visitor not in contact.ids or contact.visitors:
                continue
            if sentence in {occ.sentence for occ in contact.occurrences}:
                contact.visitors.add(visitor)
                contact.trip = trip
    _meetings_of_visits(assembler, contacts)
    _receptions_of_visits(contacts)
    for contact in contacts:
        contact.sort()
        if _to_come_on_visit(assembler, contact):
            # وصل X إلى مينسك اليوم في زيارة يلتقي خلالها Y: he came, the meeting is to come
            contact.status = Status.PLANNED
    # a contact is between states: sides of one country only are not one
    return [
        contact
        for contact in contacts
        if len(contact.sides) >= 2 and len(contact.countries) >= 2  # noqa: PLR2004
    ]


def _spoke(occurrence: Occurrence, sides: Sequence[Side]) -> bool:
    """Whether a discussion word without مع names a contact of its own: persons of two states.

    بحث X وY هاتفيا is a call of the two, بحث وزير الخارجية الإماراتي ووزير الخارجية
    الأميركي تطورات ... their talk. With a state among the sides, what follows is more often
    the topic (بحث الوزير الأزمة في ليبيا): it makes none; so do persons of one state.
    """
    return (
        occurrence.trigger.kind == "discussion"
        and all(side.kind == "person" for side in sides)
        and len({side.country for side in sides}) >= 2  # noqa: PLR2004
    )


def _received(occ: Occurrence) -> bool:
    """Whether *occ* is a receiving verb in the perfect (استقبل، استقبلت): the sides have met."""
    return _perfect(occ.trigger) and occ.trigger.word.startswith(RECEIVING)


def _perfect(trigger: Trigger) -> bool:
    """Whether a verb is in the perfect (التقى، زار، استقبل): a contact that happened."""
    if trigger.kind not in {"verb", "discussion", "speaking"} or trigger.future:
        return False
    return trigger.word[:1] in {"ا", "ز", "و", "غ", "ه", "ب"} or trigger.word.startswith(
        ("تباحث", "ناقش", "تحدث", "تكلم")
    )


def _to_come_on_visit(assembler: Assembler, contact: Contact) -> bool:
    """Whether *contact* is a meeting still to come on a visit reported as begun.

    وصل X إلى مينسك اليوم في زيارة يلتقي خلالها Y: the arrival happened, and every word of
    the meeting itself is an imperfect verb after it with no day gone by; a meeting noun or a
    perfect verb (واستهل جولته بلقاء Y) says nothing of the kind, and a headline's imperfect
    (X يلتقي Y) comes before the story.
    """
    if contact.status is not Status.HELD:
        return False
    visits = [occ for occ in contact.occurrences if occ.mode == "visit"]
    met = [occ for occ in contact.occurrences if occ.mode != "visit"]
    if not visits or not met or any(occ.recalled for occ in visits):
        return False
    if any(_received(occ) for occ in visits):
        return False  # استقبل X Y ...، وسيبحثان: received, they have met; the talks are its own
    # someone met in person (يلتقي خلالها كبار المسؤولين: the visit itself, under way), and an
    # arrival of the day, not of a day before (وصل إلى جدة أمس: he may have met him since)
    if sum(side.kind is ActorKind.PERSON for side in contact.sides) < 2:  # noqa: PLR2004
        return False
    reference = assembler.reference
    day = contact.date
    if day is not None and day.last is not None and reference is not None and day.last < reference:
        return False
    last_visit = max(occ.tok0 for occ in visits)
    tokens = assembler.doc.tokens
    return all(
        occ.tok0 > last_visit
        and occ.trigger.kind in {"verb", "discussion"}
        and occ.trigger.word[:1] in {"ي", "ت"}
        and not occ.recalled
        # (زار X الرباط قبل أن يلتقي Y: a sequence told in the past)
        and not (occ.tok0 > 1 and tokens[occ.tok0 - 1] == THAT and _after_sequel(tokens, occ.tok0))
        and (
            occ.date is None
            or reference is None
            or occ.date.last is None
            or occ.date.last >= reference
        )
        for occ in met
    )


def _with_role(
    assembler: Assembler,
    sides: Sequence[Side],
    role: str,
    day: dt.date | None,
    occurrence: Occurrence,
) -> list[Side]:
    """States replaced by the holders of *role* for them (قمة رئاسية: the presidents)."""
    found = []
    for side in sides:
        ref = Ref(
            "office",
            role=role,
            state=side.id,
            evidence=EvidenceKind.ANAPHOR,
            start=occurrence.trigger.start,
            end=occurrence.mention_end,
        )
        resolved = assembler.resolve(ref, day, [])
        found.append(resolved if resolved is not None else side)
    return merge_sides(found)


def _names_state_side(contact: Contact, side: Side) -> bool:
    """Whether *side*, a person, is of a state that is a side of *contact* only as a state."""
    return (
        side.kind is ActorKind.PERSON
        and side.id not in contact.ids
        and side.country is not None
        and any(
            other.kind is ActorKind.STATE and other.id == side.country for other in contact.sides
        )
        and not any(
            other.kind is ActorKind.PERSON and other.country == side.country
            for other in contact.sides
        )
    )


def _earlier_than(occurrence: Occurrence, contact: Contact) -> bool:
    """Whether *occurrence* recalls a contact before *contact*, the text's news.

    وكان وزير الخارجية السوري قد اتصل في وقت سابق بنظيره: an earlier call of the same
    persons, not the one of the news (كان ... قد before the verb, undated).
    """
    return (
        occurrence.recalled
        and not contact.recalled
        and occurrence.trigger.kind == "verb"
        and (occurrence.date is None or contact.date is None)
    )


def private(doc: Doc, contact: Contact, stops: Sequence[int]) -> bool:
    """Whether *contact* is a trip to a state with nobody met: no diplomatic contact.

    A private trip (رحلة خاصة إلى فرنسا، الزيارة الخاصة: a word of ``PRIVATE_TRIP_WORDS``
    agreeing with the visit word right before it; not الزيارة خاصة في ظل, «especially») or a
    trip to a forum the state hosts (وصل إلى نيويورك للمشاركة في أشغال الجمعية العامة), told
    only by visit words: a meeting word joined to it (التقى خلالها) keeps it. *stops* are the
    tokens of the contact words.
    """
    if (
        "visit" not in contact.modes
        or sum(side.kind is ActorKind.PERSON for side in contact.sides) > 1
        or any(
            occ.trigger.mode != "visit" and not _the_forum(doc, occ) for occ in contact.occurrences
        )
    ):
        return False
    tokens = doc.tokens
    for occ in contact.occurrences:
        after = tokens[occ.tok1 + 1 : occ.tok1 + 3]
        if after and _private_after(tokens[occ.tok0], after):
            return True
        if _to_a_forum(doc, occ, stops):
            return True
    return False


def _arrival(occ: Occurrence) -> bool:
    """Whether *occ* is a verb of arriving (وصل), whose day is the trip's, not a meeting's."""
    return occ.trigger.kind == "verb" and occ.trigger.word in ARRIVING


def _dated_after(assembler: Assembler, occurrence: Occurrence, end: int) -> bool:
    """Whether *occurrence*'s date is written after folded offset *end* (a list's end)."""
    date = occurrence.date
    if date is None:
        return False
    start, _ = assembler.doc.normalized.to_normalized(date.start, date.end)
    return start >= end


def _the_forum(doc: Doc, occ: Occurrence) -> bool:
    """Whether the meeting word *occ* is the forum a trip goes to (للمشاركة في القمة).

    Not a forum of two sides of its own (للمشاركة في القمة الثلاثية مع مصر وجنوب السودان: a
    summit with the states it names).
    """
    at = occ.tok0
    if sum(1 for ref in occ.refs if ref.start >= occ.trigger.start) > 1:
        return False
    return (at >= 1 and doc.tokens[at - 1] in TO_A_FORUM) or (
        at >= 2 and doc.tokens[at - 1] == IN and doc.tokens[at - 2] in TO_A_FORUM  # noqa: PLR2004
        # (لحضور القمة: the forum right after)
    )


def _to_a_forum(doc: Doc, occ: Occurrence, stops: Sequence[int]) -> bool:
    """Whether the trip word *occ* goes on, in its clause, to a forum (للمشاركة في، لحضور).

    حل بنيويورك للمشاركة في أشغال الجمعية العامة; not past the next contact word or a comma
    (زار القاهرة أمس، وسيتوجه غدا إلى نيويورك لحضور جلسة مجلس الأمن: another trip).
    """
    index = bisect.bisect_right(stops, occ.tok1)
    end = stops[index] if index < len(stops) else len(doc.tokens)
    last = min(end - 1, len(doc.tokens) - 1)
    text, starts, ends = doc.text, doc.starts, doc.ends
    filler = word_sets()["filler"]
    counted = 0  # the traveller's name, title and rank do not count (الفريق أول ركن X)
    for at in range(occ.tok1 + 1, last + 1):
        if doc.sentence(at) != occ.sentence or not COMMAS.isdisjoint(
            text[ends[at - 1] : starts[at]]
        ):
            return False
        if doc.tokens[at] in TO_A_FORUM:
            # (لأداء واجب العزاء: condolences offered to the hosts, no forum)
            return not (at + 1 < len(doc.tokens) and doc.tokens[at + 1] == DUTY)
        if not (at in doc.name_tokens or at in doc.title_tokens or doc.tokens[at] in filler):
            counted += 1
            if counted > FORUM_TRIP_REACH:
                return False
    return False


def _private_after(noun: str, after: Sequence[str]) -> bool:
    """Whether the words *after* the visit word *noun* make it a private trip.

    The adjective agrees in the article (not الزيارة خاصة، «especially») and is the only one
    (not زيارة خاصة ورسمية).
    """
    word = after[0]
    if len(after) > 1 and after[1].startswith("و") and after[1][1:] not in PRIVATE:
        return False  # زيارة خاصة ورسمية: an official visit too
    if definite(noun):
        return word.startswith("ال") and word[2:] in PRIVATE
    return word in PRIVATE


def _elsewhere(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a meeting in a city of another state than *contact*'s meeting.

    التقى X وY في جنيف ... كما التقى X Y في فيينا: two meetings. A trip may take its traveller
    to several cities of one state (الرياض، العلا), and a visit to several states: not for those.
    """
    if occurrence.mode == "visit" or "visit" in contact.modes:
        return False
    states = {place.city_state for place in occurrence.places if place.city}
    if not states:
        return False
    theirs = contact.city_states
    return bool(theirs) and not states & theirs  # (الرياض then العلا: one trip, one host)


def _find_same(  # noqa: C901
    contacts: Sequence[Contact],
    sides: Sequence[Side],
    occurrence: Occurrence,
    status: Status | None,
) -> Contact | None:
    ids = frozenset(side.id for side in sides)
    countries = frozenset(side.country or side.id for side in sides)
    persons = {side.id for side in sides if side.kind is ActorKind.PERSON}
    modes = _modes(occurrence)
    date = occurrence.date
    for contact in reversed(contacts):
        if not _compatible_modes(contact.modes, modes) or _elsewhere(contact, occurrence):
            continue
        if (
            _announced_visit(contact, ids, occurrence, status)
            or _undated_announcement(contact, countries, persons, occurrence, status)
            or _talks_of_the_visit(contact, countries, persons, occurrence, status)
        ):
            return contact
        if not _compatible_status(contact, status, unstated=True):
            continue
        other = contact.date
        recalled = contact.recalled
        if occurrence.recalled != recalled and (
            date is None or other is None or not _nested(date, other)
        ):
            # وكان آخر لقاء بين ...: an earlier contact of the same sides; وكانت X قد أدت يوم
            # الثلاثاء زيارة: an earlier visit on a day of its own, not a day of this one
            continue
        trip = (
            "visit" in contact.modes
            and occurrence.mode == "visit"
            and not _return_trip(contact, occurrence)
            and (date is None or other is None or _one_stay(date, other))
        )
        if date is not None and other is not None and not (trip or _nested(date, other)):
            continue  # (the days of one visit may differ: arrival, reception)
        if (
            Status.DENIED in {status, contact.status}
            and status != contact.status
            and date is not None
            and other is not None
            and not _nested(date, other)
        ):
            # يزور X روما اليوم، بعد إلغاء زيارته المقررة الأربعاء الماضي: the trip called off
            # on its own day is another one
            continue
        if contact.ids == ids:
            return contact
        contact_persons = {side.id for side in contact.sides if side.kind is ActorKind.PERSON}
        if any(
            side.kind is not ActorKind.PERSON
            and side.role is not None
            and not any(
                other.country == side.country and other.role == side.role for other in contact.sides
            )
            for side in sides
        ):
            continue  # المبعوث الأمريكي: another person of that state than the contact's
        if contact.countries == countries and (
            not persons
            or not contact_persons
            or persons <= contact_persons
            or contact_persons <= persons
        ):
            if not persons and occurrence.places and not _same_place(contact, occurrence):
                continue
            if not persons and status is None and contact.explicit_status:
                continue
            return contact
    return None


def _host_state(host: Designation) -> str | None:
    """The state a destination names: a city's, a state's, or an institution's (البيت الأبيض)."""
    return (
        host.city_state
        or host.place_state
        or next((ref.value for ref in host.refs if ref.kind == "state"), None)
    )


def _visit_of_host(
    doc: Doc,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    sides: Sequence[Side],
    status: Status | None,
) -> Contact | None:
    """The visit just told whose host is another person of its sides' state, if any.

    A meeting verb with one side named, or several persons of one state (ومن المقرر أن يلتقي
    لاحقا وزير الخارجية وليد المعلم)
    after a visit between two persons (وصل لافروف إلى دمشق واجتمع مع الأسد): the traveller
    meets that person too. So after a visit to the state alone when the meeting is to come
    and the visit has been made (وصل بومبيو إلى الخرطوم، وينتظر أن يلتقي البرهان).
    """
    if not _met_on_a_trip(occurrence, sides):
        return None
    side = sides[0]
    for contact in reversed(contacts):
        if _trip_ended(doc, contact, occurrence):
            return None
        if "visit" not in contact.modes or contact.recalled or len(contact.sides) != 2:  # noqa: PLR2004
            continue
        hosts = [other for other in contact.sides if other.country == side.country]
        travellers = [other for other in contact.sides if other.country != side.country]
        if contact.ids & {met.id for met in sides} or len(hosts) != 1 or len(travellers) != 1:
            continue
        if len(sides) > 1 and _before_visit(occurrence, contact):
            continue  # والتقى بوتين ولافروف ... الشهر الماضي: before the trip
        if travellers[0].kind is not ActorKind.PERSON:
            continue
        if hosts[0].kind is ActorKind.PERSON and _hosts(contact) == {hosts[0].id}:
            return contact
        if hosts[0].kind is ActorKind.STATE and (
            len(sides) > 1 or not _compatible_status(contact, status, unstated=True)
        ):
            return contact  # (several persons met: one contact each, the visit stays)
    return None


def _met_on_a_trip(occurrence: Occurrence, sides: Sequence[Side]) -> bool:
    """Whether *sides* may be persons a traveller meets: persons of one state, a meeting verb.

    Several of them (سيلتقي الرؤساء الثلاثة عون والحريري وبري) only as the object of a verb of
    meeting or after مع: after يجتمع they are its subject (ويجتمع بوتين ولافروف غدا).
    """
    return not (
        not sides
        or any(side.kind is not ActorKind.PERSON for side in sides)
        or len({side.country for side in sides}) != 1
        or occurrence.trigger.kind != "verb"
        or occurrence.mode != "meeting"
        or occurrence.recalled
        or (
            len(sides) > 1
            and not occurrence.has_with
            and occurrence.trigger.word not in MEETING_OBJECT_VERBS
        )
    )


def _before_visit(occurrence: Occurrence, contact: Contact) -> bool:
    """Whether *occurrence* is dated before the visit *contact* began."""
    date, visit = occurrence.date, contact.date
    return bool(
        date is not None
        and visit is not None
        and date.last is not None
        and visit.first is not None
        and date.last < visit.first
    )


def _trip_ended(doc: Doc, contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is too far from the trip *contact* to be part of it.

    More than :data:`TRIP_SENTENCES` sentences on, or after a sentence on another subject.
    """
    last = contact.occurrences[-1].sentence
    return occurrence.sentence - last > TRIP_SENTENCES or doc.shift_between(
        last, occurrence.sentence
    )


def _invited_by_side(
    contacts: Sequence[Contact], occurrence: Occurrence, side: Side
) -> tuple[Side, Side] | None:
    """The guest and the host of an invitation to visit a state, from the contact just told.

    ووجه له دعوة لزيارة تونس after a call between the presidents of Tunisia and Senegal:
    the side of the state visited invites, the other one is invited.
    """
    state = side.country or side.id  # (the state visited, or its person named before)
    if occurrence.trigger.word not in TRIPS:
        return None
    for contact in reversed(contacts):
        if not 0 <= occurrence.sentence - contact.occurrences[-1].sentence <= 1:
            return None
        hosts = [other for other in contact.sides if other.country == state]
        guests = [other for other in contact.sides if other.country != state]
        if len(contact.sides) == 2 and len(hosts) == 1 and len(guests) == 1:  # noqa: PLR2004
            return guests[0], hosts[0]
    return None


def _visit_to_state_of(
    doc: Doc,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    side: Side,
    status: Status | None,
) -> Contact | None:
    """The visit just told to *side*'s state, named only as a state, if any.

    سيزور وزير الخارجية موسكو ... وسيلتقي نظيره الروسي سيرغي لافروف: the minister met is
    the side the visit named as Russia.
    """
    for contact in reversed(contacts):
        if _trip_ended(doc, contact, occurrence):
            return None
        if (
            "visit" in contact.modes
            and not contact.recalled
            and side.id not in contact.visitors
            and any(
                other.kind is ActorKind.STATE and other.id == side.country
                for other in contact.sides
            )
            and _compatible_status(contact, status, unstated=True)
        ):
            return contact
    return None


def _hosted_by(contact: Contact, side: Side) -> bool:
    """Whether *side*'s state receives the visit *contact* (so a trip of its own is another).

    زيارة السيسي إلى تركيا تلبية لدعوة أردوغان ... خلال زيارة أردوغان إلى القاهرة.
    """
    return side.id in _hosts(contact) or any(
        occ.to_host is not None and _host_state(occ.to_host) == side.country
        for occ in contact.occurrences
    )


def _return_trip(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether *occurrence* is a visit to the state of one of *contact*'s visitors.

    زيارة السيسي للخرطوم بعد زيارة البشير للقاهرة في 19 مارس: the host's own trip, another
    visit on another day, not a day of the same one.
    """
    host = occurrence.to_host
    if host is None or not contact.visitors:
        return False
    state = _host_state(host)
    return state is not None and any(
        side.country == state for side in contact.sides if side.id in contact.visitors
    )


def _nested(one: DateMention, other: DateMention) -> bool:
    """Whether one date holds the other (2022-09-13 and 2022: one contact, told more or less)."""
    if one.value == other.value:
        return True
    if None in (one.first, one.last, other.first, other.last):
        return False
    return (one.first <= other.first and other.last <= one.last) or (  # type: ignore[operator]
        other.first <= one.first and one.last <= other.last  # type: ignore[operator]
    )


def _one_stay(one: DateMention, other: DateMention) -> bool:
    """Whether two dates may be days of one visit (arrival, reception, departure).

    Not زار الدوحة في 20 نوفمبر الماضي beside a reception of January: an earlier stay.
    """
    if None in (one.first, one.last, other.first, other.last):
        return True
    gap = max(one.first, other.first) - min(one.last, other.last)  # type: ignore[operator, type-var]
    return gap.days <= VISIT_DAYS_MOST


def _announced_visit(
    contact: Contact, ids: frozenset[str], occurrence: Occurrence, status: Status | None
) -> bool:
    """Whether a planned visit is a held one the text reports, announced before it.

    كافيلاشفيلي سيزور تركيا يومي 12 و13 أغسطس after استقبل ... نظيره ... اليوم: the same
    sides, and the held visit's day within the announced days.
    """
    if (
        status is not Status.PLANNED
        or contact.status is not Status.HELD
        or contact.ids != ids
        or occurrence.mode != "visit"
        or "visit" not in contact.modes
        or occurrence.date is None
        or contact.date is None
    ):
        return False
    first, _, last = occurrence.date.value.partition("/")
    day = contact.date.value
    return len(day) == len(first) and first <= day <= (last or first)


def _talks_of_the_visit(
    contact: Contact,
    countries: frozenset[str],
    persons: set[str],
    occurrence: Occurrence,
    status: Status | None,
) -> bool:
    """Whether undated talks to come are those of the held visit the text reports.

    استقبل الرئيس X نظيره Y ... ومن المقرر أن يجري الزعيمان مباحثات شاملة، سيبحثان: the
    visit's own talks, the same states and no other person, with no day of their own
    (سيلتقيان الشهر المقبل is another contact).
    """
    return (
        status is Status.PLANNED
        and contact.status is Status.HELD
        and (occurrence.mode == "meeting" or occurrence.trigger.kind == "discussion")
        and not occurrence.forum
        and occurrence.trigger.word != SUMMIT  # ومن المقرر أن تنطلق القمة: a forum of its own
        and "visit" in contact.modes
        and not contact.recalled
        and (
            occurrence.date is None  # ومن المقرر أن يجري الزعيمان اليوم مباحثات: its day
            or (contact.date is not None and occurrence.date.value == contact.date.value)
        )
        and not occurrence.vague_date
        and len(countries) == 2  # noqa: PLR2004
        and contact.countries == countries
        and persons <= contact.ids
    )


def _hosts(contact: Contact) -> set[str]:
    """The ids of the sides who host a visit.

    Those not travelling, else the one a visit word makes the host (the subject of استقبل).
    """
    if contact.visitors:
        return {side.id for side in contact.sides if side.id not in contact.visitors}
    if len(contact.sides) == 2:  # noqa: PLR2004
        receiver = receiving_side(contact, contact.sides)
        return {receiver.id} if receiver is not None else set()
    return set()


def _undated_announcement(
    contact: Contact,
    countries: frozenset[str],
    persons: set[str],
    occurrence: Occurrence,
    status: Status | None,
) -> bool:
    """Whether an undated planned visit announces the held visit the text reports.

    وكانت الخارجية أعلنت أمس أن الوزير بن مبارك سيجري زيارة رسمية إلى المغرب, after
    استقبل بوريطة نظيره اليمني ... اليوم: the same states, and the one who is to travel is no
    host of the held visit (a return visit of the host is another contact).
    """
    return (
        status is Status.PLANNED
        and contact.status is Status.HELD
        and occurrence.mode == "visit"
        and "visit" in contact.modes
        and occurrence.date is None
        and contact.date is not None
        and contact.countries == countries
        and bool(persons)
        and persons <= contact.ids
        and not persons & _hosts(contact)
    )


def _other_day(contact: Contact, occurrence: Occurrence) -> bool:
    """Whether a mention with no side of its own is dated another day than *contact*."""
    return (
        occurrence.date is not None
        and contact.date is not None
        and occurrence.date.value != contact.date.value
        and CONCRETE.match(occurrence.date.value) is not None
    )


def _bound_elsewhere(arrival: Occurrence, contact: Contact) -> bool:
    """Whether *arrival* goes to a state none of *contact*'s sides is of."""
    state = _host_state(arrival.to_host) if arrival.to_host is not None else None
    return state is not None and state not in contact.countries


def _days_apart(one: Occurrence, other: Occurrence) -> bool:
    """Whether two contact words are dated, each in its clause, to different days."""
    return one.date is not None and other.date is not None and one.date.value != other.date.value


def _reaching(word: str) -> bool:
    """Whether a verb says the traveller got there (وصل، حلّ): a visit named after it is his."""
    return word in REACHING or word in ALIGHTING


def _lone_arrival(
    assembler: Assembler, occurrence: Occurrence, occurrences: Sequence[Occurrence], side: Side
) -> bool:
    """Whether an arrival or departure verb with one side is a visit to its destination.

    Only when the destination is a state other than the traveller's and no later contact
    word of the sentence says what the trip is for (... في زيارة يلتقي خلالها); the
    visit itself named again (وصل إلى جدة في زيارة رسمية) says nothing more, nor does one
    told after بعد أن (done before the trip).
    """
    host = occurrence.to_host
    if (
        occurrence.trigger.kind != "verb"
        or host is None
        or not (
            occurrence.trigger.word in ARRIVING
            or occurrence.trigger.word in ALIGHTING
            # غادر X إلى الصين: a departure with its destination after إلى
            or (occurrence.trigger.word in LEAVING and host.prep == TO)
        )
    ):
        return False
    state = _host_state(host)
    if not state or state == side.country:
        return False
    tokens = assembler.doc.tokens
    return not any(
        other.sentence == occurrence.sentence
        and other.tok0 > occurrence.tok1
        and (other.trigger.mode != "visit" or not _reaching(occurrence.trigger.word))
        # (توجه إلى الرياض لتقديم واجب العزاء: the visit word of the same destination)
        and not (
            other.trigger.mode == "visit"
            and other.to_host is not None
            and other.to_host.start == host.start
        )
        and not _days_apart(other, occurrence)  # (بعد يوم من اجتماعه مع Y: another day's)
        and not _onward_tour(other, state)  # في مستهل جولة تشمل X وY: the next stops
        # وصل X إلى الرياض، بعد أن التقى في بيروت Y: done before the trip, not its purpose
        and not (
            other.tok0 > 1 and tokens[other.tok0 - 1] == THAT and tokens[other.tok0 - 2] == AFTER
        )
        # (وصل X إلى الرياض، فيما كان Y قد زار طهران: another clause's contact)
        and WHILE_WORDS.isdisjoint(tokens[occurrence.tok1 + 1 : other.tok0])
        for other in occurrences
    )


def _arrival_repeated(
    assembler: Assembler, occurrence: Occurrence, occurrences: Sequence[Occurrence]
) -> Occurrence | None:
    """The arrival told just before that an arrival verb with كذلك or أيضا repeats, if any.

    وصل الرئيس التونسي إلى جدة، ووصل كذلك الرئيس الموريتاني: the second has no destination
    of its own; it is the first one's (in the same sentence or the one before).
    """
    trigger, tokens = occurrence.trigger, assembler.doc.tokens
    if (
        trigger.kind != "verb"
        or trigger.word not in ARRIVING
        or occurrence.tok1 + 1 >= len(tokens)
        or tokens[occurrence.tok1 + 1] not in ALSO
    ):
        return None
    return next(
        (
            other
            for other in reversed(occurrences)
            if other.tok0 < occurrence.tok0
            and other.to_host is not None
            and other.trigger.word in ARRIVING
            and occurrence.sentence - other.sentence <= 1
        ),
        None,
    )


def _fellow_travellers(
    assembler: Assembler,
    occurrence: Occurrence,
    occurrences: Sequence[Occurrence],
    sides: Sequence[Side],
) -> bool:
    """Whether an arrival verb's sides of several states travel together to a third state.

    وصل كل من الرئيس الجيبوتي والرئيس الكيني إلى مقديشو: two guests of Somalia, not a
    visit of one to the other; each is a lone arrival (all named between the verb and the
    destination, its subjects).
    """
    host = occurrence.to_host
    return (
        len(sides) >= 2  # noqa: PLR2004
        and host is not None
        and len({side.country for side in sides}) == len(sides)
        and all(
            side.evidence
            and min(start for _, start, _, _ in side.evidence) >= occurrence.trigger.end
            and max(end for _, _, end, _ in side.evidence) <= host.start
            for side in sides
        )
        and all(_lone_arrival(assembler, occurrence, occurrences, side) for side in sides)
    )


def _host_of_guests(
    assembler: Assembler, occurrence: Occurrence, sides: Sequence[Side]
) -> Side | None:
    """The state of the place where a receiver the text does not identify receives guests.

    استقبل وكيل الوزارة في مطار بغداد كلا من X وY: every side follows كلا من, the verb's
    object list, so none is its subject; the guests are each received by the place's state,
    not one by the other. None when a side comes before كلا من or no place names a state.
    """
    trigger = occurrence.trigger
    if (
        len(sides) < 2  # noqa: PLR2004
        or trigger.kind != "verb"
        or occurrence.passive
        or not trigger.word.startswith(RECEIVING)
    ):
        return None
    doc = assembler.doc
    first = doc.token_at(min(start for side in sides for _, start, _, _ in side.evidence))
    tokens = doc.tokens
    if not any(
        tokens[at] == BOTH_OF and tokens[at + 1] == FROM for at in range(occurrence.tok1, first - 1)
    ):
        return None
    state = next((place.city_state or place.place_state for place in occurrence.places), None)
    if state is None or state in {side.country for side in sides}:
        return None
    return assembler.state_side(state, (EvidenceKind.STATE, 0, 0, None))


def _welcomed(
    contacts: Sequence[Contact], occurrence: Occurrence, sides: Sequence[Side]
) -> list[tuple[Contact, list[Side]]]:
    """The visits of this sentence's guests that a reception word names the host of.

    وصل X وY إلى مقديشو حيث كان في استقبالهما الرئيس الصومالي: each guest's visit to
    Somalia, with the president as its host; empty when the word names no such host.
    """
    word = occurrence.trigger.word
    if len(sides) < 3 or not (word.startswith(RECEIVING) or word in RECEPTION):  # noqa: PLR2004
        return []
    for host in sides:
        pairs = []
        for guest in sides:
            if guest is host:
                continue
            visit = next(
                (
                    contact
                    for contact in contacts
                    if guest.id in contact.visitors
                    and host.country in contact.ids
                    and any(occ.sentence == occurrence.sentence for occ in contact.occurrences)
                ),
                None,
            )
            if visit is None:
                break
            pairs.append((visit, [guest, host]))
        else:
            return pairs
    return []


def _to_host_is(occurrence: Occurrence, side: Side) -> bool:
    """Whether *side* is the host the visit word's clause names (its destination, its inviter)."""
    host = occurrence.to_host
    return host is not None and any(
        ref.value in {side.id, side.country} for ref in host.refs if ref.kind != "adjective"
    )


def _onward_tour(occurrence: Occurrence, state: str) -> bool:
    """Whether *occurrence* is a tour that lists stops other than *state* (its next ones)."""
    if occurrence.trigger.word != TOUR:
        return False
    if occurrence.hosts:
        return all(host.value != state for host in occurrence.hosts)
    # (ضمن جولة تشمل لبنان: its one stop)
    stop = _host_state(occurrence.to_host) if occurrence.to_host is not None else None
    return stop is not None and stop != state


def _stops_to_come(assembler: Assembler, occurrence: Occurrence) -> bool:
    """Whether the tour's stops are listed by an imperfect verb (جولة تشمل Y وZ: to come).

    وصل X القاهرة في مستهل جولة تشمل Y وZ: the first stop reached, the others still ahead
    (not جولة شملت: told as done).
    """
    tokens = assembler.doc.tokens
    first = assembler.doc.token_at(occurrence.hosts[0].start)
    return any(
        tokens[at] in TOUR_INCLUDES_AHEAD
        for at in range(occurrence.tok1 + 1, min(first, len(tokens)))
    )


def _after_first_stop(occurrence: Occurrence, occurrences: Sequence[Occurrence]) -> bool:
    """Whether the tour *occurrence* follows a trip to another state in its sentence.

    يتوجه غدا إلى عمان في مستهل جولة تشمل السعودية والعراق: Amman is the first stop, the
    states the tour lists come after it, on days the text does not tell.
    """
    for other in occurrences:
        if other.tok0 >= occurrence.tok0:
            return False
        # (وصل X القاهرة: the city reached with no إلى is where the arrival went)
        host = other.to_host or (
            next((place for place in other.places if place.city), None)
            if other.trigger.word in ARRIVING
            else None
        )
        if other.sentence == occurrence.sentence and host is not None and other is not occurrence:
            state = _host_state(host)
            if state and _onward_tour(occurrence, state):
                return True
    return False


def _visitor_during(
    assembler: Assembler,
    occurrence: Occurrence,
    loose: Sequence[tuple[Occurrence, Side]],
    sides: Sequence[Side],
    contacts: Sequence[Contact] = (),
) -> Side | None:
    """The traveller a verb of meeting followed by خلالها takes as its subject, if any.

    Only when the verb names the sides of one state (يلتقي خلالها رئيس الوزراء ورئيس مجلس
    النواب) and its sentence holds a trip of one traveller of another state: a lone traveller
    not yet in a contact, or the traveller of a visit already made of that sentence. A
    meeting noun after a verb that opens or closes the visit (بدأها بلقاء الرئيس X) too.
    """
    doc = assembler.doc
    after = occurrence.tok1 + 1
    stage = occurrence.trigger.kind == "noun" and doc.tokens[occurrence.tok0 - 1] in VISIT_STAGES
    during = (
        occurrence.trigger.kind == "verb"
        and after < len(doc.tokens)
        # يلتقي خلالها، والتقى خلال الزيارة (the visit noun the verb runs over)
        and (
            doc.tokens[after] in DURING
            or occurrence.tok0 in assembler.visit_words
            or _after_sequel(doc.tokens, occurrence.tok0)
        )
    )
    if not sides or len({side.country for side in sides}) != 1 or not (stage or during):
        return None
    if stage and not _opens_after_visit(assembler, occurrence, loose, contacts):
        return None  # جولة في المحافظات ختمها بلقاء المحافظ: the stage of another trip
    travellers = [
        side
        for earlier, side in loose
        if earlier.sentence == occurrence.sentence
        and earlier.mode == "visit"
        and side.country != sides[0].country
    ]
    # or the traveller of a visit already made of this sentence (وصل X إلى بغداد في زيارة)
    travellers += [
        side
        for contact in contacts
        if "visit" in contact.modes
        and any(occ.sentence == occurrence.sentence for occ in contact.occurrences)
        for side in contact.sides
        if side.kind is ActorKind.PERSON and side.country not in {None, sides[0].country}
    ]
    return travellers[-1] if len({side.id for side in travellers}) == 1 else None


def _after_sequel(tokens: Sequence[str], at: int) -> bool:
    """Whether the verb at *at* follows ثم or قبل أن / بعد أن: its subject is the one before."""
    return (at > 0 and tokens[at - 1] in SEQUEL_WORDS) or (
        at > 1 and tokens[at - 1] == THAT and tokens[at - 2] in SEQUEL_WORDS
    )


def _opens_after_visit(
    assembler: Assembler,
    occurrence: Occurrence,
    loose: Sequence[tuple[Occurrence, Side]],
    contacts: Sequence[Contact],
) -> bool:
    """Whether the contact word before *occurrence*'s stage verb (بدأها) is a visit's.

    The verb's pronoun is the last trip or meeting named before it: في زيارة ... بدأها بلقاء,
    not بجولة في المحافظات ختمها بلقاء or اجتماعا للحكومة اختتمه بلقاء.
    """
    stage_at = occurrence.tok0 - 1
    tokens = assembler.trigger_tokens
    index = bisect.bisect_left(tokens, stage_at) - 1
    if index < 0:
        return False
    last = tokens[index]
    earlier = [item for item, _ in loose] + [
        occ for contact in contacts for occ in contact.occurrences
    ]
    return any(
        item.tok0 == last and item.mode == "visit" and item.sentence == occurrence.sentence
        for item in earlier
    )


def _waited_for(waiting: Sequence[Occurrence], occurrence: Occurrence) -> Occurrence | None:
    """The side-less mention with a status of its own that *occurrence* names the sides of.

    The last one waiting, of the same word, in the sentence before or the same one.
    """
    if not waiting:
        return None
    earlier = waiting[-1]
    if 0 <= occurrence.sentence - earlier.sentence <= 1 and strip_article(
        earlier.trigger.word
    ) == strip_article(occurrence.trigger.word):
        return earlier
    return None


def _meetings_of_visits(assembler: Assembler, contacts: Sequence[Contact]) -> None:
    """Link a meeting to come, with no day of its own, to the visit of its traveller.

    وصل كوشنير اليوم إلى دمشق ... وقال مصدر إن كوشنير سيلتقي الرئيس الأسد ووزير الخارجية
    المعلم: each meeting (one with each host, so not merged into the visit, and split
    later) takes the visit's day. The traveller is a visitor of a visit told up to
    :data:`TRIP_SENTENCES` sentences before; the one met is of the host state. Only a visit
    of one day (the
    guideline's rule): one that lasts several (تستغرق 3 أيام) leaves its meetings to come
    undated.
    """
    for contact in contacts:
        held = contact.status in {None, Status.HELD}
        if (
            contact.trip is not None
            or contact.date is not None
            or (held and contact.recalled)
            or contact.status not in {Status.PLANNED, Status.PROPOSED, Status.HELD, None}
            or len(contact.sides) < 2  # noqa: PLR2004
            or "visit" in contact.modes
        ):
            continue
        if held and _told_as_past(assembler, contact):
            continue  # وكان X قد أجرى اتصالا / وكان X التقى: before the visit, not during it
        sentence = contact.occurrences[0].sentence
        # a meeting to come in a later sentence; a meeting held in the visit's sentence or after
        # it (والتقى الرئيس نظيره ... كما أجرى محادثات مع رئيس الوزراء)
        nearest = 0 if held else 1
        for visit in reversed(contacts):
            if (
                visit is contact
                or "visit" not in visit.modes
                or visit.date is None
                or not nearest <= sentence - visit.occurrences[0].sentence <= TRIP_SENTENCES
                or visit.occurrences[0].tok0 > contact.occurrences[0].tok0
                # غادر X اليوم إلى بيروت. ويلتقي فيها Y: the day of leaving, not of the meetings
                or (not held and any(occ.trigger.word in LEAVING for occ in visit.occurrences))
            ):
                continue
            shared = [side for side in contact.sides if side.id in visit.ids]
            met = [side for side in contact.sides if side.id not in visit.ids]
            if len(shared) != 1 or not met:
                continue
            traveller = shared[0]
            hosts = {side.country for side in visit.sides if side.id != traveller.id}
            elsewhere = {
                place.city_state or place.place_state
                for occ in contact.occurrences
                for place in occ.places
            } - {None}
            if (
                (not visit.visitors or traveller.id in visit.visitors)
                and elsewhere <= hosts  # (التقاه في القاهرة، the visit to Ankara: another meeting)
                and all(side.country in hosts and side.country != traveller.country for side in met)
                and "/" not in visit.date.value
                and not any(assembler.lasts_days(occ.sentence) for occ in visit.occurrences)
            ):
                contact.trip = visit
                break


def _receptions_of_visits(contacts: Sequence[Contact]) -> None:
    """Link a reception at an arrival to the visit it opens (its day and city).

    حل X بالجزائر مساء أمس في زيارة ...، وكان في استقباله بالمطار الوزير الأول Y: the
    reception, a contact of its own with Y, happened on the arrival's day, where he arrived.
    The visit is told up to :data:`TRIP_SENTENCES` sentences before, by the same guest, to
    the receiver's state.
    """
    for contact in contacts:
        if contact.trip is not None or contact.date is not None:
            continue
        if not any(occ.guest_first for occ in contact.occurrences):
            continue
        sentence = contact.occurrences[0].sentence
        for visit in reversed(contacts):
            if (
                visit is contact
                or "visit" not in visit.modes
                or visit.date is None
                or "/" in visit.date.value
                # (told up to a few sentences before: by its first word, or by its arrival
                # in the reception's own sentence)
                or not any(
                    0 <= sentence - occ.sentence <= TRIP_SENTENCES
                    and (occ is visit.occurrences[0] or occ.sentence == sentence)
                    for occ in visit.occurrences
                )
                or visit.occurrences[0].tok0 > contact.occurrences[0].tok0
            ):
                continue
            guests = [side for side in contact.sides if side.id in visit.ids]
            if len(guests) != 1:
                continue
            hosts = {side.country for side in visit.sides} - {guests[0].country}
            others = [side for side in contact.sides if side.id != guests[0].id]
            if others and all(side.country in hosts for side in others):
                contact.trip = visit
                contact.visitors.add(guests[0].id)
                break


def _told_as_past(assembler: Assembler, contact: Contact) -> bool:
    """Whether كان stands in the clause of one of *contact*'s words (وكان X قد التقى Y).

    Not the reception formula (وكان في وداعه / في استقباله X: was there to see him off), nor
    كان as the copula of a contact noun (ومن أبرز لقاءاته كان لقاؤه مع X).
    """
    tokens = assembler.doc.tokens
    return any(
        tokens[at] in WAS
        and not (at + 2 == occurrence.tok0 and tokens[at + 1] == IN)
        and not (at + 1 == occurrence.tok0 and occurrence.trigger.kind == "noun")
        # وكان ولي العهد في مقدمة مستقبليه / على رأس مستقبليه: the reception formula too
        and not (occurrence.trigger.word in RECEIVERS and tokens[occurrence.tok0 - 1] in IN_OR_ON)
        for occurrence in contact.occurrences
        for at in range(assembler.clause_start(occurrence.tok0), occurrence.tok0)
    )


def _trip_of(
    assembler: Assembler,
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    sides: Sequence[Side],
) -> Contact | None:
    """The visit a meeting word is part of: هذه الزيارة / خلال الزيارة in its sentence.

    وتعد هذه الزيارة فرصة للقاء مع الرئيس الجزائري: the meeting is the visit's, with him;
    سيلتقي خلال هذه الزيارة ناصر بوريطة: so is the traveller's meeting with the host's
    minister (who then stands for the host state).
    """
    tok0 = occurrence.tok0
    during_visit = tok0 in assembler.visit_words  # وكان قد التقى خلال الزيارة X: the visit's
    if not 1 <= len(sides) <= 2 or (occurrence.recalled and not during_visit):  # noqa: PLR2004
        return None
    doc = assembler.doc
    this_trip = (  # خلال هذه الزيارة ناصر بوريطة: the trip word took the side
        occurrence.trigger.word in TRIPS and tok0 > 0 and doc.tokens[tok0 - 1] in THIS
    )
    if occurrence.trigger.mode != "meeting" and not this_trip:
        return None
    first = bisect.bisect_left(doc.sentence_of, occurrence.sentence)
    last = bisect.bisect_right(doc.sentence_of, occurrence.sentence)
    named_trip = (
        during_visit
        or this_trip
        or any(
            doc.bare_tokens[at] in TRIPS and doc.tokens[at - 1] in THIS
            for at in range(max(first, 1), min(occurrence.tok1 + 4, last))
        )
    )
    # (not وصل X إلى بيروت اليوم. ومن المقرر أن يلتقي X مع Y: a meeting to come on the trip,
    # a contact of its own, as the guideline's «meeting expected during a visit» is)
    if not named_trip:
        return None
    for contact in reversed(contacts):
        if "visit" not in contact.modes or contact.recalled or len(contact.sides) != 2:  # noqa: PLR2004
            continue
        new = [side for side in sides if side.id not in contact.ids]
        if len(new) != 1:
            continue
        if occurrence.to_host is not None and any(
            _hosted_by(contact, side) for side in sides if side.id in contact.ids
        ):
            continue  # خلال زيارة أردوغان إلى القاهرة: the host's own trip, not this visit
        if len(sides) == 2 and new[0].country not in contact.countries:  # noqa: PLR2004
            continue  # two sides: one the traveller, the other of the host state
        return contact
    return None


def _same_place(contact: Contact, occurrence: Occurrence) -> bool:
    mine = {place.city or place.place_state for place in occurrence.places}
    theirs = contact.place_keys
    return not theirs or bool(mine & theirs)


def _same_sentence(
    by_sentence: dict[int, list[tuple[Occurrence, Contact]]],
    occurrence: Occurrence,
    status: Status | None,
    *,
    sides: Sequence[Side] | None = None,
) -> Contact | None:
    """The contact of another contact word in the same clause (بحث ... في اتصال هاتفي مع)."""
    for other, contact in reversed(by_sentence.get(occurrence.sentence, [])):
        if not _compatible_modes(contact.modes, _modes(occurrence)):
            continue
        if not _compatible_status(contact, status):
            continue
        if sides is not None:
            ids = {side.id for side in sides}
            if not ids <= contact.ids | {side.country for side in contact.sides if side.country}:
                continue
            date, day = occurrence.date, contact.date
            if date is not None and day is not None and not _one_stay(date, day):
                continue  # هذه الزيارة هي الثانية، حيث زار الدوحة في نوفمبر: an earlier one
        if abs(other.tok0 - occurrence.tok0) <= 12:  # noqa: PLR2004
            return contact
    return None


def _nearest(
    contacts: Sequence[Contact],
    occurrence: Occurrence,
    status: Status | None,
    *,
    strict: bool = False,
) -> Contact | None:
    """The latest contact before this word that it can refer to (mode and status agree).

    A recalled contact (المحادثة التي جرت) is passed over for the article's own; with
    *strict*, the status must be the same (planned and proposed count as one: both to come).
    """
    modes = _modes(occurrence)
    before = [c for c in contacts if c.occurrences[0].trigger.start < occurrence.trigger.start]
    for recalled_too in (False, True):
        for contact in reversed(before):
            if not recalled_too and contact.recalled:
                continue
            if not _compatible_modes(contact.modes, modes) or _elsewhere(contact, occurrence):
                continue
            future = {contact.status, status} <= {Status.PLANNED, Status.PROPOSED}
            if (
                (status is not None or strict)
                and contact.status != (status or Status.HELD)
                and not future
            ):
                continue  # (a planned mention may refer to a proposed contact, and back)
            if status is None and contact.explicit_status and contact.status is not Status.HELD:
                continue
            return contact
    return None


def receiving_side(contact: Contact, sides: Sequence[Side]) -> Side | None:  # noqa: PLR0911
    """Of two sides, the one a visit word makes the host.

    The object of زار, the subject of استقبل, the possessor of استقباله (بحث X، خلال
    استقباله Y).
    """
    first, second = sorted(sides, key=_first_evidence)
    for occ in contact.occurrences:
        if occ.trigger.mode == "visit" and occ.trigger.kind == "verb":
            receives = occ.trigger.word.startswith(RECEIVING) and not occ.passive
            # the verb's own subject, when a person named: التقى الملك X، Y الذي يزور الأردن
            # (Y visits, though named second in the sentence)
            subject = occ.refs[0] if len(occ.refs) > 1 and occ.refs[0].kind == "person" else None
            received = occ.possessor
            if receives and received is not None and received.value in {first.id, second.id}:
                return second if received.value == first.id else first  # استقبله Z: Z hosts
            if subject is not None and subject.value in {first.id, second.id}:
                doer, other = (first, second) if subject.value == first.id else (second, first)
                return doer if receives else other
            return first if receives else second
    for occ in contact.occurrences:
        trigger = occ.trigger
        if occ.guest_first and trigger.start < _first_evidence(second):
            return second  # وكان في استقبال(ه) X لدى وصوله Y: Y, named last, receives
        if (
            trigger.word in RECEPTION
            and trigger.suffix in POSSESSIVES
            and _first_evidence(first) < trigger.start < _first_evidence(second)
        ):
            return first
        if (
            trigger.word in RECEPTION
            and not trigger.suffix
            and not occ.passive
            and not occ.guest_first
            and trigger.start < _first_evidence(first)
        ):
            return first  # خلال استقبال الرئيس X (لـ)وزير الخارجية Y: X receives
    envoys = [side.role == "ambassador" for side in (first, second)]
    if envoys.count(True) == 1 and any(occ.trigger.mode == "visit" for occ in contact.occurrences):
        # تسلم X أوراق اعتماد سفير Y: an ambassador is received where he serves
        return second if envoys[0] else first
    return None
