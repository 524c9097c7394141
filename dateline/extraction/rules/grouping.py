"""Which frames tell one event: grouping by place, day and type.

A headline and the paragraph that repeats it, or a later paragraph adding detail, are frames
of one event; two own days, two towns of a summary or two acts of one sentence are two. A
group's lead is its most specific report.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...actors.roles import ActorMention, Roles
from ...geo.distance import haversine_km
from ...geo.gazetteer import Place
from ...geo.keys import name_key, translit_skeleton
from ...packs.vocabulary import Cue, EventWord, HitKind
from ...taxonomy import DEMONSTRATION_SUB_TYPES, disorder_type
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..places import AREA_KINDS
from .figures import Figures
from .frames import Frame
from .reference import INHERITED_DAY
from .told_apart import (
    interception_beside_a_hit,
    interception_first,
    more_victims,
    own_day_elsewhere,
    same_day_elsewhere,
)
from .type_fit import (
    DISRUPTION_KINDS,
    REMOTE,
    TERRITORIAL,
    blast_of_bombing,
    compatible_types,
    is_weak,
    munition_of_strike,
    told_as_sequel,
    types_fit,
)


@dataclass
class Group:
    frames: list[Frame] = field(default_factory=list)

    @property
    def lead(self) -> Frame:
        return self.frames[0]


AREAS = AREA_KINDS  # a country, a province, a region: no place of its own
_DISTRICTS = AREAS | {"admin2"}


def group_frames(frames: list[Frame]) -> list[Group]:
    groups = _without_background(_without_summaries(_group(frames)))
    groups = [g for g in groups if not any(f.accidental for f in g.frames)]  # accidents are not events
    for group in groups:
        group.frames = interception_first(group.frames)
    _earlier_dead_told_later(groups)
    return groups


def _earlier_dead_told_later(groups: list[Group]) -> None:
    """"Troops shot four mourners on Tuesday as they buried three men killed the day before":
    the three are the dead of the day before, and when the story tells that earlier event at
    the same place with no toll of its own, they are its toll."""
    for group in groups:
        for frame in group.frames:
            dead = frame.figures.earlier_killed
            if dead is None or frame.place is None:
                continue
            earlier = [g for g in groups if g is not group and g.lead.place is not None
                       and g.lead.place.place.id == frame.place.place.id and any(f.own_day for f in g.frames)
                       and 0 < (frame.day - g.lead.day).days <= T.REPORT_LAG_DAYS
                       and not any(f.figures.killed for f in g.frames)]
            if len(earlier) == 1:
                target = earlier[0]
                target.frames.append(replace(frame, figures=Figures(killed=dead), day=target.lead.day,
                                             date_span=None, date_reason=INHERITED_DAY, detail_of=target.lead,
                                             claimed_by=None, second=None, summary=None))


def _without_background(groups: list[Group]) -> list[Group]:
    """A group told with neither a place nor a day of its own ("Protests that broke out after the
    election were quickly put down") is background when the story has events of its own."""
    grounded = [g for g in groups if any(not f.place_inherited or f.date_span is not None for f in g.frames)
                or _counter_rally(g.lead)  # the other side's rally, told beside the story's own
                or _sequel_with_victims(g.lead)  # "Kurz darauf wurden bei einem Drohnenangriff drei getötet"
                # "Later that evening, a bomb disposal team defused a second device"
                or (g.lead.sub is S.DISRUPTED_WEAPONS_USE and told_as_sequel(g.lead, DISRUPTION_KINDS))]
    return grounded if grounded else groups


def _sequel_with_victims(frame: Frame) -> bool:
    """An act told as following the story's ("Kurz darauf", "later that day") with dead or wounded of
    its own and a weapon or an author: no background, though the story gives its place and day."""
    figures = frame.figures
    if not any(f is not None and f.value > 0 for f in (figures.killed, figures.injured)):
        return False
    if frame.roles.actor1 is None and not frame.weapons:
        return False
    return told_as_sequel(frame)


def _without_summaries(groups: list[Group]) -> list[Group]:
    """"The Belgorod region was shelled on Wednesday" followed by the towns hit: the regional
    sentence summarises them. It joins the single detailed event, or goes when there are several."""
    kept = []
    for group in groups:
        place = group.lead.place.place if group.lead.place else None
        own = _own_place(group)
        if own is not None and own.kind == "country":  # a country told, though a report that inherited a town leads
            place = own
        if place is None or place.kind not in AREAS:
            kept.append(group)
            continue
        inside = [g for g in groups if g is not group and (own := _own_place(g)) is not None
                  and own.kind not in AREAS and _contains(place, own)
                  and (abs((g.lead.day - group.lead.day).days) <= 1 or days_fit(g.lead, group.lead)
                       or _story_lead_told_later(group.lead, g.lead))]
        lines = _town_lines_of(group, inside)
        if len(inside) == 1 and types_fit(inside[0].lead, group.lead):
            inside[0].frames.extend(group.frames)
        elif len(lines) == 1 and types_fit(lines[0].lead, group.lead):
            lines[0].frames.extend(group.frames)
        elif not inside:
            kept.append(group)
    return kept


def _town_lines_of(group: Group, inside: list[Group]) -> list[Group]:
    """The groups inside an area-level report that read as its own town lines ("4 killed in an
    Israeli strike in south Lebanon", then "the strike hit a car … in the district of Tyre").
    A "summary" with a single town line told right after it is that town's event, whatever
    other towns with their own acts the story tells later (the dead of the lead go with it)."""
    frames = {id(f) for f in group.frames}
    return [g for g in inside if any(f.summary is not None and id(f.summary) in frames for f in g.frames)]


def _own_place(group: Group) -> Place | None:
    """The most specific place a report of the group names itself (the lead may have inherited
    the country while a later report says "a camp 30 km north of Merca")."""
    own = [f.place for f in group.frames if f.place is not None and not f.place_inherited]
    if not own:
        return group.lead.place.place if group.lead.place is not None else None
    return max(own, key=lambda p: p.specificity).place


def _story_lead_told_later(lead: Frame, event: Frame) -> bool:
    """"Gunmen killed two people in Zamfara State, officials said on Wednesday", the story's
    lead dated only by the statement, and "the attackers stormed the village on Saturday" in the
    body: the lead sums up the story's event, told up to a week before (a province-level lead
    and its town are one event, whatever the days between report and raid)."""
    lag = (lead.day - event.day).days
    return lead.view.sentence.index < T.LEAD_SENTENCES and not lead.own_day and event.own_day \
        and 0 <= lag <= T.LEAD_LAG_DAYS


def _group(frames: list[Frame]) -> list[Group]:
    groups: list[Group] = []
    for frame in frames:
        if frame.detail_of is not None:  # figures told apart join the event they detail
            origin = next((g for g in groups if any(f is frame.detail_of for f in g.frames)), None)
            if origin is not None:
                origin.frames.append(frame)
            continue
        # context: the story told last, the event of the latest sentence first
        candidates = sorted(groups, key=lambda g: -max(f.view.sentence.index for f in g.frames)) \
            if frame.place_inherited else list(groups)
        matching = _rallies_apart(frame, [g for g in candidates if _same_event(g, frame)])
        # the story goes on about its first crowd, not the one told beside it ("as others rallied …")
        matching = [g for g in matching if not g.lead.apart] or matching
        # the group told at this very place first ("one killed in Oleksiievo-Druzhkivka" after the lead
        # named it beside a town nearby); "la violencia ... en los disturbios" after a peaceful rally:
        # the riot told before, not the rally; a riot told in any report of an event, not only in its lead
        # placed by context, a report joins one of its type only where that was told: "23 Personen wurden
        # in Gewahrsam genommen" after Leipzig's riot is the riot's, not the arrest in Hildesheim before
        target = next((g for g in matching if _told_at(g, frame)), None) or _told_just_before(frame, matching) \
            or next((g for g in matching if any(f.sub == frame.sub for f in g.frames)
                     and (not frame.place_inherited or frame.place is None or _has_place(g, frame.place.place))),
                    matching[0] if matching else None)
        if target is None:
            groups.append(Group([frame]))
            continue
        target.frames.append(frame)
        _attacker_told(target, frame)
        if ((is_weak(target.frames[0]) or target.frames[0].sub in _PARTS) and not is_weak(frame)
                and frame.sub not in _PARTS and not _fights_back(target.frames[0], frame)
                and not _taken_beside_the_dead(target, frame)) \
                or munition_of_strike(frame, target.frames[0]):
            target.frames.insert(0, target.frames.pop())  # the specific report leads
        _attacked_side_told(target)
    return groups


def _told_just_before(frame: Frame, matching: list[Group]) -> Group | None:
    """"Troops repelled an attack on a base in Marte … 'Eleven of them were neutralised'": dead
    told with no weapon, no act and no place of their own, right after an event, are that event's,
    not those of an earlier event of their type (``matching``: the story told last first)."""
    if not matching or not frame.place_inherited or not is_weak(frame):
        return None
    last = max(f.view.sentence.index for f in matching[0].frames)
    return matching[0] if 0 < frame.view.sentence.index - last <= T.JUST_BEFORE_SENTENCES else None


def _has_place(group: Group, place: Place) -> bool:
    """Whether a report of the group is placed at ``place`` itself."""
    return any(f.place is not None and f.place.place.id == place.id for f in group.frames)


def _attacker_told(group: Group, frame: Frame) -> None:
    """"Clashes broke out between the army and the RSF ... the army repelled an attack by the
    RSF": the clash the lead tells between two sides is the attack a later report says one of
    them repelled; its author is the event's first side."""
    lead, told = group.frames[0], frame.roles
    if lead.sub is not S.ARMED_CLASH or told.actor1 is None or told.actor2 is None \
            or not frame.view.has(HitKind.CUE, Cue.REPEL) or lead.roles.actor1 is None or lead.roles.actor2 is None:
        return
    if _same_side(lead.roles.actor1, told.actor2) and _same_side(lead.roles.actor2, told.actor1):
        group.frames[0] = replace(lead, roles=Roles(lead.roles.actor2, lead.roles.actor1,
                                                    lead.roles.reason + "; the attack told later was repelled"))


_ATTACKED_TOLD = "; another report tells which side was attacked"


def _attacked_side_told(group: Group) -> None:
    """"Seven gunmen and a soldier died in a clash between soldiers and an armed group" with,
    in another report of it, "an attack on soldiers": a clash that names its two sides only in
    the order told is the attack another report says one of them suffered; the attackers are
    the event's first side (a report that tells who attacked wins over the order of naming)."""
    lead = group.frames[0]
    first, second = lead.roles.actor1, lead.roles.actor2
    if lead.sub is not S.ARMED_CLASH or lead.events != {"clash"} or first is None or second is None \
            or lead.roles.reason.endswith(_ATTACKED_TOLD) or _same_side(first, second):
        return
    for frame in group.frames[1:]:
        attacker, hit = frame.roles.actor1, frame.roles.actor2
        if "attack" in frame.events and "clash" not in frame.events and hit is not None \
                and _same_side(hit, first) and (attacker is None or _same_side(attacker, second)):
            group.frames[0] = replace(lead, roles=Roles(second, first, lead.roles.reason + _ATTACKED_TOLD))
            return


def _taken_beside_the_dead(group: Group, frame: Frame) -> bool:
    """"Mehrere Menschen seien entführt worden" after an attack that killed 18: people taken in a
    deadly attack are part of it; the abduction does not lead an event whose reports count dead."""
    return frame.sub is S.ABDUCTION and not (frame.figures.killed and frame.figures.killed.value) \
        and any(f.figures.killed is not None and f.figures.killed.value > 0 for f in group.frames)


def _fights_back(lead: Frame, frame: Frame) -> bool:
    """"Fighters ambushed a convoy, killing six soldiers. Troops fought back ...": the side the
    lead names as hit answers the attack; the attackers stay the event's first side."""
    hit, answering, attacker = lead.roles.actor2, frame.roles.actor1, lead.roles.actor1
    return hit is not None and answering is not None and attacker is not None \
        and attacker.ref.category != "unidentified" and _same_side(hit, answering)


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """One side, "the army" (of the story's country) being that country's army named in full."""
    return a.ref.side() == b.ref.side() or (a.ref.category == b.ref.category != "named"
                                            and None in (a.ref.country, b.ref.country))


def _rallies_apart(frame: Frame, matching: list[Group]) -> list[Group]:
    """The other side's rally ("supporters of the governing party gathered at simultaneous rallies
    across town", "a counter-protest") is a demonstration of its own: it joins only such a rally,
    and the rest of the story's demonstration joins the main one when it may."""
    if frame.sub not in DEMONSTRATION_SUB_TYPES:
        return matching
    if _counter_rally(frame):
        return [g for g in matching if _counter_rally(g.lead)]
    main = [g for g in matching if not _counter_rally(g.lead)]
    return main or matching


def _counter_rally(frame: Frame) -> bool:
    return frame.sub in DEMONSTRATION_SUB_TYPES and frame.view.has(HitKind.CUE, Cue.COUNTER)


def _told_at(group: Group, frame: Frame) -> bool:
    """Whether a group has a report of its own at the frame's own town."""
    return frame.place is not None and not frame.place_inherited and frame.place.place.kind not in AREAS \
        and any(f.place is not None and not f.place_inherited and f.place.place.id == frame.place.place.id
                for f in group.frames)


def days_fit(a: Frame, b: Frame) -> bool:
    """Whether two frames' days allow one event. Two days the sentences give as the event's
    own must agree (a day apart for a restatement); a day that is only when the story was
    published or the statement made, or one inherited from context, is no day of the event:
    it fits any own day up to a few days before it ("Gunmen kidnap 20 passengers" in a
    Thursday headline, "seized on Tuesday night" in the body)."""
    if a.own_day and b.own_day:
        gap = (a.day - b.day).days  # a report's day may be its statement's, the day after the event:
        return gap == 0 or (gap == 1 and a.restates) or (gap == -1 and b.restates)  # never the day before
    if not a.own_day and not b.own_day:
        return a.date_span is None or b.date_span is None or abs((a.day - b.day).days) <= T.REPORT_LAG_DAYS
    told, dated = (b, a) if a.own_day else (a, b)
    lag = (told.day - dated.day).days
    if told.precision > 1 and told.date_span is None:  # a story known to its month only: any day of it
        return told.day.year == dated.day.year and told.day.month == dated.day.month
    if told.date_span is None and 0 < dated.view.sentence.index - told.view.sentence.index <= T.LEAD_DAY_SENTENCES:
        return -1 <= lag <= T.LEAD_LAG_DAYS  # a lead dated by its publication, its day told right after it
    return -1 <= lag <= T.REPORT_LAG_DAYS


def _same_event(group: Group, frame: Frame) -> bool:
    lead = group.lead
    if any(f.view is frame.view and f.place is frame.place and f.sub is not frame.sub for f in group.frames):
        return False  # one sentence telling two events ("fighting broke out after soldiers arrested …")
    if frame.apart and any(f.view is frame.view for f in group.frames):
        return False  # "… as others rallied outside": the second crowd of the sentence
    if frame.sub in TERRITORIAL and any(f.sub in TERRITORIAL and f.sub is not frame.sub for f in group.frames):
        return False  # "the rebels took Masisi, while the army says it retook Sake": two fights won
    if _other_town_of_summary(group, frame) or _another_act_elsewhere(group, frame) \
            or _other_weapon_elsewhere(group, frame) \
            or _other_town_of_sentence(group, frame) or _act_told_later(group, frame):
        return False
    if not days_fit(lead, frame) or not all(days_fit(f, frame) for f in group.frames if f.own_day):
        return False  # a lead told on no day of its own must not bridge two nights ("the day before")
    if not types_fit(lead, frame) and not _quoted_retelling(lead, frame):
        return False
    placed = next((f for f in group.frames if f.place is not None and f.place.start >= 0), lead)
    if placed.place is None or frame.place is None:
        return True
    if frame.place_inherited and placed.place.place.country_code != frame.place.place.country_code:
        return False  # a roundup gone on to another country: "en Buenos Aires, …" after Bolivia's blockade
    if frame.place_inherited or (frame.restates and lead.sub == frame.sub):
        return True
    if placed.place.start < 0 and not lead.own_day and (lead.sub == frame.sub or munition_of_strike(lead, frame)):
        return True  # "a annoncé dimanche l'arrestation" placed only by the dateline: the body says where
    if _detail_of_a_dateline_lead(placed, frame):
        return True
    a, b = placed.place.place, frame.place.place
    if a.id == b.id:
        return True
    if a.country_code != b.country_code or same_day_elsewhere(group.frames, frame) \
            or own_day_elsewhere(group.frames, frame):
        return False
    if a.kind in AREAS and b.kind not in AREAS:
        return False  # a specific place is its own event; a summary of the region joins it later
    if (_contains(a, b) or _contains(b, a)) and (lead.sub == frame.sub or frame.date_span is None):
        return True  # "in Arauca province" after "in Saravena"
    if _district_seat(a, b) and lead.sub == frame.sub:
        return True  # "in Kolar district" in the lead, "in Kolar" in the body: one place, named twice
    if S.LOOTING in (lead.sub, frame.sub) and lead.sub is not frame.sub:
        # "Ese mismo día, en el centro de Puerto Príncipe, pandilleros saquearon ...", after a clash in a
        # suburb: property burnt at a town of its own is its own event, not a part of the act nearby
        return False
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if frame.sub is S.ARRESTS and lead.sub is not S.ARRESTS and distance > T.SAME_PLACE_KM:
        # "واعتقلت قوات الاحتلال خمسة مواطنين في بلدة حوارة" after a killing in Tulkarm camp: a raid's
        # arrests at a town of their own, beyond the act's place, are the day's other raid
        return False
    if frame.date_span is None and distance <= T.NEARBY_KM and not _tolls_apart(group, frame) \
            and not _other_doer(group, frame) and not interception_beside_a_hit(lead, frame):
        return True  # a detail told later: "in the city's Kyivskyi district"
    if "admin2" in (a.kind, b.kind) and a.kind != b.kind and _same_province(a, b) and distance <= T.CONTAINER_KM \
            and compatible_types(lead.sub, frame.sub):
        return True  # "villagers of Carabaya province" and "in Macusani", its capital: one event
    return distance <= T.SAME_PLACE_KM and not _tolls_apart(group, frame)


def _other_doer(group: Group, frame: Frame) -> bool:
    """"وفي سياق آخر، هاجم مستوطنون قرية المغير" after soldiers' raid on Qabatiya, 40 km off: an
    act at another town by a named doer that no report of the event names is another event,
    not a detail of it."""
    doer = frame.roles.actor1
    if doer is None or doer.ref.category in ("unidentified", "civilians", "protesters", "rioters"):
        return False
    named = [f.roles.actor1 for f in group.frames if f.roles.actor1 is not None]
    return bool(named) and all(a.ref.side() != doer.ref.side() for a in named)


def _tolls_apart(group: Group, frame: Frame) -> bool:
    """"In Khan Younis, eight were killed in a strike on a tent ... In the north, five were
    killed in a strike on a house in Jabalia camp": a town told with dead or wounded of its own,
    after another town told with its own, is another event, however near (not more victims, nor
    a toll revised: "two more died", "the toll rose to ..."; but more victims of a weapon told at
    a town of their own are that town's: "Еще два мирных жителя получили ранения при обстреле
    Макеевки" after Horlivka's shelling)."""
    if frame.place is None or frame.place_inherited or not _hurt(frame):
        return False
    if (more_victims(frame) and not frame.weapons) or frame.view.has(HitKind.CUE, Cue.TOLL_UPDATE):
        return False  # but "two more were wounded in the shelling of Makiivka": that town's own act
    place = frame.place.place
    return place.kind not in _DISTRICTS and any(
        _hurt(f) and f.place is not None and not f.place_inherited and f.place.place.kind not in _DISTRICTS
        and _other_name(f.place.place, place) for f in group.frames)


def _other_name(a: Place, b: Place) -> bool:
    """Two places, not one town the sources hold twice ("Gaza" and "Gaza City")."""
    return a.id != b.id and translit_skeleton(name_key(a.name)) != translit_skeleton(name_key(b.name)) \
        and haversine_km(a.lat, a.lon, b.lat, b.lon) > T.OTHER_TOWN_KM


def _dead(frame: Frame) -> bool:
    return frame.figures.killed is not None and frame.figures.killed.value > 0


def _hurt(frame: Frame) -> bool:
    """Dead or wounded of its own: "в селе Белозерка от удара дрона ранена женщина" after the
    city's dead is another town's event, as another town's dead are."""
    return _dead(frame) or (frame.figures.injured is not None and frame.figures.injured.value > 0)


def _detail_of_a_dateline_lead(lead: Frame, frame: Frame) -> bool:
    """"ISLAMABAD - A bomb killed four policemen on Tuesday. The bomb exploded in Bajaur
    district ...": a lead placed by its dateline alone (the reporter's city) and a sentence of the
    same act, on no day of its own and with no dead of its own, in the same country: the body
    says where the act told happened. A town line with its own toll stays its own event."""
    if lead.place is None or frame.place is None or lead.place.start >= 0:
        return False
    if frame.own_day and (lead.own_day or frame.day > lead.day):
        return False  # a day of its own beside the lead's: another act ("the bomber struck on Tuesday morning" joins)
    if not (lead.sub == frame.sub or blast_of_bombing(lead, frame)) or frame.figures.killed is not None \
            or frame.place.place.kind == "country":
        return False
    return lead.place.place.country_code == frame.place.place.country_code


def _quoted_retelling(lead: Frame, frame: Frame) -> bool:
    """"« Ils ont attaqué de tous les côtés, on a entendu deux grosses détonations, sûrement des
    kamikazes », a raconté un témoin" after the assault is told: a
    quotation placed only by the story (or its country) retells the violence told before, in
    the witness's words, whatever type those words suggest."""
    unplaced = frame.place is None or frame.place_inherited or frame.place.place.kind == "country"
    return frame.quoted and unplaced and lead.view.sentence.index < frame.view.sentence.index \
        and disorder_type(lead.sub) is disorder_type(frame.sub)


def _another_act_elsewhere(group: Group, frame: Frame) -> bool:
    """"A farmer of Sein Pan in Myaung Township was killed in another airstrike on Monday": a
    second act of the kind told ("another" right before the event or weapon word), at a place of
    its own that none of the group's reports names, is its own event, however near and on the
    same day. "Another" before victims ("another soldier died") adds to the event told."""
    if frame.place is None or frame.place_inherited:
        return False
    if any(f.place is not None and f.place.place.id == frame.place.place.id for f in group.frames):
        return False
    hits = frame.view.hits
    another = [h.end for h in hits if h.kind == HitKind.CUE and h.label == Cue.MORE]
    return any(h.kind in (HitKind.EVENT, HitKind.WEAPON)
               and any(0 <= h.start - end <= T.ANOTHER_ACT_GAP for end in another) for h in hits)


def _other_weapon_elsewhere(group: Group, frame: Frame) -> bool:
    """"Israeli artillery shelled the outskirts of Tyre" after a drone strike on a car in Bint
    Jbeil: a remote act of another type (by a side named with it, or by none beyond
    ``SAME_PLACE_KM``), with a weapon no report of the event names, at a town of its own none of
    them names, is its own event, however near (a missile told without who fired it is the
    strike's munition: ``munition_of_strike``)."""
    if frame.sub not in REMOTE or frame.sub is S.DISRUPTED_WEAPONS_USE or not frame.weapons:
        return False
    if frame.place is None or frame.place_inherited or frame.place.place.kind in _DISTRICTS:
        return False
    town = frame.place.place
    if frame.roles.actor1 is None and (munition_of_strike(group.lead, frame) or any(  # "вечером авиабомба
            f.place is not None and haversine_km(f.place.place.lat, f.place.place.lon, town.lat, town.lon)
            <= T.SAME_PLACE_KM for f in group.frames)):  # попала по Золочеву" after Kharkiv's shelling
        return False
    if any(f.sub is frame.sub or f.weapons & frame.weapons for f in group.frames):
        return False
    return any(f.place is not None and not f.place_inherited and f.place.place.kind not in _DISTRICTS
               and _other_name(f.place.place, town) for f in group.frames) \
        and not any(f.place is not None and f.place.place.id == town.id for f in group.frames)


def _act_told_later(group: Group, frame: Frame) -> bool:
    """"Two farmers were shot dead in X district on Friday. Later on Friday, gunmen stormed the
    outskirts of X town itself, killing four": an act told as following the one before (a
    sequel cue before its event word) with victims of its own is its own event, though the
    district and its seat are one point: an act with an author or more than a killing word ("an
    attack on the outskirts"). Only after events placed no closer than a district: two attacks
    on one town that day are one event, as ACLED counts them. More victims ("two others died
    later", "two more bodies were found") or a revised toll add to the event told, and a
    demonstration stays one event however its day went ("later that day, police shot two
    marchers")."""
    if frame.sub in DEMONSTRATION_SUB_TYPES or any(f.sub in DEMONSTRATION_SUB_TYPES for f in group.frames):
        return False
    if any(f.place is not None and not f.place_inherited and f.place.place.kind not in _DISTRICTS
           for f in group.frames):
        return False
    figures = frame.figures
    if not any(f is not None and f.value > 0 for f in (figures.killed, figures.injured)):
        return False
    if frame.roles.actor1 is None and not frame.events - {EventWord.KILL}:
        return False
    hits = frame.view.hits
    events = [h.start for h in hits if h.kind == HitKind.EVENT]
    if not events or not any(h.kind == HitKind.CUE and h.label == Cue.SEQUEL and h.end <= min(events)
                             for h in hits):
        return False
    if frame.view.has(HitKind.CUE, Cue.MORE) or frame.view.has(HitKind.CUE, Cue.TOLL_UPDATE):
        return False
    return all(f.view.sentence.index < frame.view.sentence.index for f in group.frames)


def _same_province(a: Place, b: Place) -> bool:
    """Whether two places' provinces are one, however the sources spell it ("Cuzco", "Cusco")."""
    return translit_skeleton(name_key(a.admin1)) == translit_skeleton(name_key(b.admin1))


def _other_town_of_summary(group: Group, frame: Frame) -> bool:
    """A summary's town lines are one event per town, however near ("У Дружківці поранено
    людину; в Олексієво-Дружківці одна людина загинула": two towns, two events)."""
    if frame.summary is None or frame.place is None or frame.place_inherited:
        return False
    towns = {f.place.place.id for f in group.frames
             if f.place is not None and not f.place_inherited and f.place.place.kind not in AREAS}
    return bool(towns) and frame.place.place.id not in towns  # the lead's own towns: a line repeats one


def _other_town_of_sentence(group: Group, frame: Frame) -> bool:
    """"Four were killed in Kostiantynivka and one in a village next to it": the towns one
    sentence names each get their event, however near (the sentence was split town by town)."""
    if frame.place is None or frame.place_inherited:
        return False
    return any(f.view is frame.view and f.place is not None and not f.place_inherited
               and f.place.place.id != frame.place.place.id for f in group.frames)


def _contains(area: Place, place: Place) -> bool:
    if area.kind == "country":
        return place.country_code == area.country_code and place.kind != "country"
    return area.kind in ("admin1", "region") and bool(place.admin1) and place.admin1.lower() == area.name.lower()


def _district_seat(a: Place, b: Place) -> bool:
    """Whether one place is a district and the other the town it is named after, in the same
    province: stories name the district in the lead and its seat in the body for one event."""
    district, town = (a, b) if a.kind == "admin2" else (b, a)
    return district.kind == "admin2" and town.kind != "admin2" and town.kind not in AREAS \
        and town.admin1 == district.admin1 and name_key(town.name) == name_key(district.name)


_PARTS = frozenset({S.LOOTING, S.ARRESTS, S.OTHER})  # parts of an event, which another report leads


