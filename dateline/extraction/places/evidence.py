"""Which countries a document is about, from evidence only: its dateline, country names,
demonyms, provinces, big cities and names of several words.

A small town named once is weak evidence, and a word that only looks like a town (an
Arabic common word that is also the name of a village in Mayotte) is none: in a script
without capitals, a one-word town gives focus only when it is big and read as written (not
with a glued preposition taken off). Every name's share is recorded so that it does not
support itself (:meth:`Focus.without`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet

from ...geo.gazetteer import Place
from ...geo.keys import cyrillic_stem
from ...normalize import breaks_clause, fold_key
from ...packs.vocabulary import SPEECH_CUES, TRIGGER_KINDS, Cue, EventWord, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from ..rules.fronts import fronts
from .finder import PlaceFinder
from .focus import Focus
from .mention import VILLAGE, WATER_KINDS
from .scoring import is_own_name, news_province_countries, own_key
from .spanning import names_a_world_region
from .words import PlaceWords

# the event words of an attack whose subject (after them where it follows the verb: "قصفت القوات
# الروسية") may act abroad; not killing words, often passive ("قتل جنود ماليون": soldiers were
# killed), nor fighting, which happens where the force stands
_ACTS_ON = frozenset({EventWord.ATTACK, EventWord.STRIKE, EventWord.LAUNCH, EventWord.LOOTING, EventWord.ARREST,
                      EventWord.ABDUCTION})
# fighting on the ground, and killing, which happen where the force stands: at the front
# ("Am Samstag tötete ein russischer Soldat in Cherson einen Zivilisten"); not a strike, which reaches far
_GROUND_FIGHTS = frozenset({EventWord.CLASH, EventWord.REGAIN, EventWord.OVERTAKE, EventWord.KILL})
MAX_DEMONYM_WORDS = 3  # "des états-unis", "de los estados unidos"


class FocusReader:
    """Reads a document's country focus with one language's place words."""

    def __init__(self, finder: PlaceFinder, words: PlaceWords) -> None:
        self.finder = finder
        self.words = words
        self.demonyms = {(cyrillic_stem(form) if " " not in form else form): code
                         for form, code in words.demonyms.items()}
        # first words of the demonyms of several words: only they may open one
        self._openers = frozenset(form.split(" ")[0] for form in self.demonyms if " " in form)
        self._stems: dict[str, str] = {}  # word -> its Cyrillic stem: every word is asked, most often
        self._no_demonym: set[str] = set()  # words that neither are a demonym nor open one: most words
        # every word new to the process is asked whether a compass word opens it: one test for all
        self._compass_openers = tuple(compass for compass, _english in words.compass_words)

    def focus(self, sentences: Iterable[list[Token]], dateline_labels: Iterable[str | None],
              text: str = "", hits: Iterable[Hit] = (), days: AbstractSet[int] = frozenset()) -> Focus:
        """``hits``: the document's lexicon hits; a name that describes someone or something
        ("منذ بداية حرب غزة", "in solidarity with Gaza", "based in London") is no evidence of
        where the story happens. ``days``: token positions of the days the text names."""
        weights = Focus()
        hits = list(hits)
        described = _described(hits)
        attackers = _attacking_weapons(hits)
        groups = _named_groups(hits)
        counting = _counting_words(hits)
        region_country = None
        for label in dateline_labels:
            if not label:
                continue
            places = self.finder.lookup(" ".join(fold_key(label).replace("-", " ").split()))
            if places:
                best = max(places, key=lambda p: (p.country_code == region_country, not (  # "عمّان": Amman
                    region_country is None and p.kind == "country" and _big_foreign_namesake(p, places)),
                    p.kind == "country", p.population))
                weights.add(best.country_code, T.FOCUS_DATELINE)
                region_country = region_country or best.country_code
        triggers = sorted(h.start for h in hits if h.kind in TRIGGER_KINDS)
        forces, acts, verbs = _forces_and_acts(hits, self.words.verb_initial)
        fights = sorted(h.start for h in hits if h.kind == HitKind.EVENT and h.label in _GROUND_FIGHTS)
        said = {h.end for h in hits if h.kind == HitKind.CUE and h.label in SPEECH_CUES}
        speaking = _speaking_states(hits)
        for tokens in sentences:
            last = tokens[-1].index + 1 if tokens else -1
            found = [c for c in self.finder.candidates(tokens, set(), text)
                     if c[0] not in described and c[0] not in groups  # "Al Shabab" names a group, not a town
                     and not _before_a_count(c[0], counting, tokens)  # "Casi 30 personas": nearly, no town
                     and not (c[0] in said and c[1] == last == c[0] + 1)]  # "…, повідомив Лисак.": who said it
            acting: set[int] = set()
            for start, end, key, places in reversed(found):  # a country joined to the acting one after it acts
                evidence = self._evidence(key, places, end - start, opens=start == tokens[0].index)
                if evidence is not None and evidence[1] == T.FOCUS_COUNTRY and start in speaking:
                    continue  # "сообщило Минобороны России": a belligerent speaks, from either side
                if evidence is not None and evidence[1] == T.FOCUS_COUNTRY and self.words.cased \
                        and (self._acting(tokens, start, end, triggers, text, days)
                             or self._joined_to(tokens, end, acting)):
                    evidence = evidence[0], T.FOCUS_ACTING
                    acting.add(start)
                if evidence is not None:
                    weights.add(evidence[0], evidence[1], key)
            acting_forces = self._acting_forces(tokens, forces, triggers, acts, verbs, text, days)
            weights.acting.update(h.actor.country for h in acting_forces if h.actor.country)
            skipped = attackers.union(*(range(h.start, h.end) for h in acting_forces)) if acting_forces else attackers
            at_war = _at_war_with({h.actor.country for h in acting_forces if h.actor.country}) \
                if acting_forces else {}
            fighting = _fighting_armies(tokens, forces, acting_forces, fights)
            for code in self._demonyms(tokens, skipped):
                weights.add(code, T.FOCUS_DEMONYM)
                if code in at_war:  # "ВСУ нанесли удар по позициям российских войск под Покровском":
                    weights.add(at_war[code], T.FOCUS_DEMONYM)  # the front runs through both countries
                elif code in fighting:  # "Российские подразделения продвинулись под Покровском"
                    weights.add(fighting[code], T.FOCUS_DEMONYM)
            for code in self._forces_by_name(tokens, forces, acting_forces, triggers):
                weights.add(code, T.FOCUS_DEMONYM)
        for code in _homes_of_named_groups(hits):
            if not weights.get(code):  # only a story that names nothing else of the country
                weights.add(code, T.FOCUS_HOME_GROUP)
        for lands in _lands_of_named_groups(hits):
            if not any(weights.get(code) for code in lands):  # "Boko Haram ... منطقة ديفا": not Deva, Romania
                for code in lands:
                    weights.add(code, T.FOCUS_GROUP_LANDS)
        return weights

    def _acting(self, tokens: list[Token], start: int, end: int, triggers: list[int], text: str,
                days: AbstractSet[int]) -> bool:
        """A country named as the one that acts ("Росія атакувала Одеську область", "Israel
        struck"): an event word follows it closely in its clause, and no locative comes before
        it. It attacks abroad as often as at home, so it weighs as a demonym does, not as a
        country the story is set in."""
        first = tokens[0].index
        before = tokens[start - 1 - first].norm if start > first else ""
        # "На Покровському напрямку російські війська обстріляли": an axis word ends its phrase
        if before in self.words.locatives and before not in self.words.axis_words:
            return False
        for trigger in triggers:
            # "Israël a mené dans la nuit de jeudi à vendredi des frappes": days between do not count
            if 0 <= trigger - end - (sum(1 for i in range(end, trigger) if i in days) if days else 0) \
                    <= T.ACTING_COUNTRY_WINDOW and trigger - first < len(tokens):
                return not text or not breaks_clause(text[tokens[end - 1 - first].end:tokens[trigger - first].start])
        return False

    def _acting_forces(self, tokens: list[Token], forces: list[Hit], triggers: list[int], acts: list[int],
                       verbs: frozenset[int], text: str, days: AbstractSet[int]) -> list[Hit]:
        """A state's forces named by their people's adjective as the ones that act
        ("Российские войска ударили по Никополю", "قصفت القوات الروسية"): like its drones, a
        state's army strikes abroad as often as at home, so its adjective says who attacked,
        not where; a force after an event word is the one attacked. ``triggers``: where the event
        words start; ``acts``: where the words of an attack start; ``verbs``: where the words end
        after which a force acts (:func:`_forces_and_acts`)."""
        if not tokens or not forces:
            return []
        first, last = tokens[0].index, tokens[-1].index
        return [h for h in forces if first <= h.start and h.end <= last + 1
                and (h.start in verbs or (not _after_an_event_word(h.start, first, triggers)
                                          and self._acting(tokens, h.start, h.end, acts, text, days)))]

    def _forces_by_name(self, tokens: list[Token], forces: list[Hit], acting: list[Hit],
                        triggers: list[int]) -> list[str]:
        """Countries of the state forces a sentence names by a name of their own, not by their
        people's adjective, after an event word, as the side attacked or fought ("атакують
        позиції ЗСУ", "погибли трое бойцов ВСУ"): the same evidence as "українські війська",
        whose adjective counts as a demonym. Without it a story of the war that names the
        Russian side by its adjective and the Ukrainian one by its abbreviation is Russia's
        alone, and "під Покровськом" is Pokrovsk in Yakutia. A force that acts or speaks ("US
        Africa Command said it conducted an airstrike") says nothing of where: it acts abroad."""
        if not tokens or not forces:
            return []
        first, last = tokens[0].index, tokens[-1].index
        norms = [t.norm for t in tokens]
        return list(dict.fromkeys(
            h.actor.country for h in forces
            if h.actor is not None and h.actor.country and first <= h.start and h.end <= last + 1
            and h not in acting and _after_an_event_word(h.start, first, triggers)
            and not any(self.demonym(norms, i - first) for i in range(h.start, h.end))))

    def _joined_to(self, tokens: list[Token], end: int, acting: set[int]) -> bool:
        """"Les Etats-Unis et le Royaume-Uni ont frappé": a conjunction joins the name ending at
        ``end`` to an acting country right after it."""
        position = end - tokens[0].index
        return position < len(tokens) and tokens[position].norm in self.words.conjunctions \
            and any(1 <= start - end <= T.JOINED_COUNTRY_GAP for start in acting)

    def _evidence(self, key: str, places: tuple[Place, ...], size: int, opens: bool) -> tuple[str, float] | None:
        """(country, weight) a name gives the document's focus, or None. ``opens``: the name is
        the sentence's first word (capitalised whatever it is: "Медіа", "Ces")."""
        country = next((p for p in places if p.kind == "country"), None)
        if country is not None:
            if _big_foreign_namesake(country, places, key if key.isascii() else None):
                return None  # "عمان": Oman, or the city of Amman; the rest of the story tells which
            return country.country_code, T.FOCUS_COUNTRY
        if any(p.kind in WATER_KINDS for p in places) or names_a_world_region(key, places):
            # "the Red Sea" borders eight states (and names a Sudanese state): no story's country;
            # "the Sahel" spans a dozen, though the gazetteer knows one province of that name
            return None
        places = tuple(p for p in places if p.kind != VILLAGE)  # a word may be a village anywhere
        if not places:
            return None
        cased = self.words.cased
        if not cased:  # any word may be a name: only names read as written count, or of several
            literal = self.finder.literal_ids(key)  # words ("بشمال دارفور": in North Darfur)
            places = tuple(p for p in places if p.id in literal) or (places if size > 1 else ())
            if not places:
                return None
        countries = {p.country_code for p in places}
        kinds = {p.kind for p in places}
        news = {p.country_code for p in places if p.kind == "admin1"} & news_province_countries(key)
        if len(countries) > 1 and len(news) == 1:  # "الجزيرة": the name the press gives Gezira state,
            return next(iter(news)), T.FOCUS_PROVINCE  # not Algiers, which GeoNames gives it too
        if len(countries) == 1:
            code = next(iter(countries))
            if "admin1" in kinds:
                return code, T.FOCUS_PROVINCE
            if size > 1 or max(p.population for p in places) >= T.BIG_TOWN_POPULATION or "admin2" in kinds \
                    or cased and any(own_key(p.name) == key for p in places):
                return code, T.FOCUS_TOWN
            if cased and not opens:  # an alternate name of a small town: "Mossoul", "Kassa"
                return code, T.FOCUS_ALTERNATE
            return None
        # the biggest place of that very name: "Dhaka" is the city, not the larger "Dhaka Division"
        best = min(places, key=lambda p: (cased and not is_own_name(p.name, key), -p.population))
        rival = max(p.population for p in places if p.country_code != best.country_code)
        own_name = is_own_name(best.name, key) or not cased
        if own_name and (best.population > T.BIG_TOWN_POPULATION or best.population > T.BIG_TOWN_RATIO * max(rival, 1)):
            return best.country_code, T.FOCUS_BIG_TOWN
        return None

    def _demonyms(self, tokens: list[Token], skipped: Collection[int] = ()) -> list[str]:
        """Countries named by their people's adjective: "une base aérienne nigérienne"; not the
        adjective of an attacker's weapon ("Russian shelling near Pokrovsk", "a US strike in
        Yemen"): a state's drones and missiles strike abroad as often as at home."""
        norms = [t.norm for t in tokens]
        first = tokens[0].index if tokens else 0
        plain = self._no_demonym
        return [found[0] for i, word in enumerate(norms)
                if word not in plain and first + i not in skipped and (found := self.demonym(norms, i)) is not None]

    def demonym(self, norms: list[str], i: int) -> tuple[str, int] | None:
        """(country code, number of words) of a demonym starting at word ``i`` ("haïtienne",
        "de los estados unidos", "грузинской"), or None."""
        word = norms[i]
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) > 100_000:
                self._stems.clear()
            stem = self._stems[word] = cyrillic_stem(word)
        code = self.demonyms.get(stem)
        if code is None:
            code = self._compass_demonym(word)
        if code is not None:
            return code, 1
        if word not in self._openers:
            if len(self._no_demonym) > 100_000:
                self._no_demonym.clear()
            self._no_demonym.add(word)  # the answer for this word wherever it stands
            return None
        for size in range(2, MAX_DEMONYM_WORDS + 1):
            if i + size <= len(norms) and (code := self.demonyms.get(" ".join(norms[i:i + size]))) is not None:
                return code, size
        return None

    def _compass_demonym(self, word: str) -> str | None:
        """A demonym with a compass word glued before it ("nordafghanischen", "ostukrainische",
        "südsyrischen"): the country of the demonym, part of which the word names."""
        if not word.startswith(self._compass_openers):
            return None
        for compass, _english in self.words.compass_words:
            if not word.startswith(compass):
                continue
            rest = word[len(compass):]
            if len(rest) > T.GENITIVE_STEM_LETTERS:
                code = self.demonyms.get(cyrillic_stem(rest))
                if code is not None:
                    return code
        return None


def _named_groups(hits: Iterable[Hit]) -> set[int]:
    """Tokens of a named armed group ("Al Shabaab", "Hamas"): the frames never read them as a
    place, so they are no evidence of one either."""
    return {i for h in hits if h.kind == HitKind.ACTOR and h.label == "named" and h.actor is not None
            and h.actor.inter != 1 for i in range(h.start, h.end)}


def _homes_of_named_groups(hits: Iterable[Hit]) -> list[str]:
    """The countries of the armed groups of one country the text names, each group once: a story
    that names nothing else of the group's country is still about it ("ADF rebels killed ten
    civilians in Beni": Congo's Beni, not Bolivia's province). Groups of several countries (JNIM,
    ISIS) have no home in the actor list, and an ambiguous alias names none by itself."""
    homes: dict[str, str] = {}
    for h in hits:
        if h.kind != HitKind.ACTOR or h.label != "named":
            continue
        actor = h.actor
        if actor is not None and actor.inter in (2, 3, 4) and actor.country and not actor.home_only \
                and not actor.instrument:
            homes.setdefault(actor.name, actor.country)
    return list(homes.values())


def _at_war_with(armies: Collection[str]) -> dict[str, str]:
    """Country -> the state of ``armies`` (acting in a sentence) it is at war with on each
    other's ground (fronts each way in ``data/actors/fronts.toml``: Russia and Ukraine; not
    Israel, whose strikes reach far beyond Gaza)."""
    table = fronts()
    return {country: enemy for country, (enemy, _since) in table.items()
            if enemy in armies and table.get(enemy, ("",))[0] == country}


def _fighting_armies(tokens: list[Token], forces: list[Hit], acting: list[Hit], fights: list[int]) -> dict[str, str]:
    """Country -> the state it is at war with on each other's ground, for the armies of a
    sentence that fights on the ground ("Российские подразделения продвинулись под Покровском",
    "Russian troops captured the village of ..."): unlike a strike, which reaches far, an army at
    war fights at the front, which runs through both countries; its adjective alone made the
    story Russia's, and the front town Pokrovsk in Yakutia. Fronts each way in
    ``data/actors/fronts.toml``: Russia and Ukraine."""
    if not tokens or not forces or not fights:
        return {}
    first, last = tokens[0].index, tokens[-1].index
    if not any(first <= start <= last for start in fights):
        return {}
    armies = {h.actor.country for h in forces if h.actor is not None and h.actor.country
              and first <= h.start and h.end <= last + 1 and h not in acting}
    table = fronts()
    return {army: enemy for army in armies if (enemy := table.get(army, ("",))[0])
            and table.get(enemy, ("",))[0] == army}


def _speaking_states(hits: list[Hit]) -> frozenset[int]:
    """Tokens of a belligerent state's body named with its country that tells the news
    ("сообщило Минобороны России", "Ukraine's General Staff said"): in a war fought on each
    other's ground (fronts each way in ``data/actors/fronts.toml``) either side's ministry
    speaks of fighting on both sides of the border, so its country's name is no evidence of
    where ("Российские подразделения продвинулись под Покровском, сообщило Минобороны России"
    was Pokrovsk in Yakutia). Other states' bodies still name where they fight."""
    cues = [h for h in hits if h.kind == HitKind.CUE and h.label in SPEECH_CUES]
    ends = {h.end for h in cues} | {h.end + 1 for h in cues}
    starts = {h.start for h in cues}
    table = fronts()
    return frozenset(i for h in hits if h.kind == HitKind.ACTOR and h.actor is not None and h.actor.inter == 1
                     and (country := h.actor.country) and table.get(table.get(country, ("",))[0], ("",))[0] == country
                     and (h.start in ends or h.end in starts)
                     for i in range(h.start, h.end))


def _lands_of_named_groups(hits: Iterable[Hit]) -> list[tuple[str, ...]]:
    """The countries each armed group of several countries the text names fights in (actor
    list ``operates``), each group once: a story that names none of them is still in one of
    them, not at a namesake far away."""
    lands: dict[str, tuple[str, ...]] = {}
    for h in hits:
        if h.kind != HitKind.ACTOR or h.label != "named":
            continue
        actor = h.actor
        if actor is not None and actor.operates:
            lands.setdefault(actor.name, actor.operates)
    return list(lands.values())


def _attacking_weapons(hits: Iterable[Hit]) -> set[int]:
    """Tokens of an actor named with its weapon ("Russian drones", "frappe israélienne")."""
    return {i for h in hits if h.kind == HitKind.ACTOR and h.actor is not None and h.actor.instrument
            for i in range(h.start, h.end)}


def _forces_and_acts(hits: list[Hit], verb_initial: bool) -> tuple[list[Hit], list[int], frozenset[int]]:
    """The hits of a state's army named by its country ("Russian troops", "القوات الروسية"),
    not as who speaks ("قال الجيش السوداني إنه صد هجوما": it tells, it does not act); where the
    words of an attack start; where the words end after which a force acts: a weapon's or a
    passive's agent's ("برصاص الجيش الإسرائيلي", "by Russian troops"), and an attack's in a
    language whose subject follows its verb ("قصفت القوات الروسية")."""
    strikes = [h for h in hits if h.kind == HitKind.WEAPON or h.kind == HitKind.EVENT and h.label in _ACTS_ON]
    speakers = frozenset(i for h in hits if h.kind == HitKind.CUE and h.label in SPEECH_CUES
                         for i in range(h.start, h.end + 1))
    forces = [h for h in hits if h.kind == HitKind.ACTOR and h.actor is not None and h.actor.category == "military"
              and h.actor.country is not None and not h.actor.instrument and h.start not in speakers
              and not h.actor.home_only]  # "the coalition" is evidence of no country: it needs one
    verbs = {h.end for h in strikes if h.kind == HitKind.EVENT} if verb_initial else set()
    # "برصاص الجيش الإسرائيلي", "killed by Russian troops": the force right after a weapon or the
    # word of a passive's agent is who did it
    verbs.update(h.end for h in hits
                 if h.kind == HitKind.WEAPON or h.kind == HitKind.CUE and h.label == Cue.PASSIVE_AGENT)
    return forces, sorted(h.start for h in strikes), frozenset(verbs)


def _after_an_event_word(start: int, first: int, triggers: list[int]) -> bool:
    """Whether an event word stands shortly before ``start`` in its sentence ("Jihadists killed
    nine Malian soldiers"): the words after it are its object, the ones attacked."""
    at = bisect_left(triggers, start)
    return at > 0 and max(first, start - T.ACTING_COUNTRY_WINDOW) <= triggers[at - 1]


def _big_foreign_namesake(country: Place, places: tuple[Place, ...], key: str | None = None) -> bool:
    """Whether a country shares its name with a big city of another country ("عمان": Oman and
    Amman): a dateline's place is the city. With ``key`` (a name in Latin letters, the script
    of the sources' own names), only a city whose own name it is: "Benin" is the country,
    Nigeria's city is "Benin City" (in Cyrillic or Arabic no town has its own name)."""
    return any(p.kind == "city" and p.country_code != country.country_code
               and p.population >= T.NAMESAKE_CITY_POPULATION and (key is None or is_own_name(p.name, key))
               for p in places)


def _described(hits: Iterable[Hit]) -> set[int]:
    """Tokens where a name right after a describing phrase may start (the window of
    :meth:`.roles.SentenceRoles.elsewhere`)."""
    starts: set[int] = set()
    for hit in hits:
        if hit.kind == HitKind.PLACE and hit.label == PlaceWord.DESCRIBING:
            starts.update(range(hit.end, hit.end + 1 + (T.DESCRIBED_WINDOW if hit.size > 1 else 0)))
    return starts


def _counting_words(hits: list[Hit]) -> tuple[dict[int, int], frozenset[int]]:
    """Where each quantity's qualifier ("casi", "около", "nearly") starts and ends, and where
    number words start: a qualifier right before a number qualifies it."""
    return ({h.start: h.end for h in hits if h.kind == HitKind.QUALIFIER},
            frozenset(h.start for h in hits if h.kind == HitKind.NUMWORD))


def _before_a_count(start: int, counting: tuple[dict[int, int], frozenset[int]], tokens: list[Token]) -> bool:
    """Whether the word at ``start`` opens a qualifier of the number right after it ("Casi 30
    personas murieron"): a capitalised quantity word, no place's name."""
    qualifiers, numbers = counting
    end = qualifiers.get(start)
    if end is None:
        return False
    at = end - tokens[0].index
    return end in numbers or (0 <= at < len(tokens) and tokens[at].is_digit)
