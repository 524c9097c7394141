"""The actor knowledge base: named actors (``data/actors/actors.toml``) and each language's
actor words (``data/<lang>/actors.toml``: demonym templates, generic words, more aliases).

Every alias becomes a phrase the lexicon matches; its :class:`ActorRef` says which canonical
actor it denotes, or which kind of actor whose country the event supplies. A named entry
whose name is a state's force ("Military Forces of Ukraine") is that state's kind of actor,
so that it gets the same regime period and external code as "the Ukrainian army".

ACLED names depend on where and when an event happened, and the base records both:

- ``local``: the same words denote another actor in some countries ("al-Shabaab" in Cabo
  Delgado is the Islamic State's Mozambique province; "Islamic State" in Borno is ISWAP);
- ``earlier``: an actor's older ACLED name before a date (Cabo Delgado's insurgents were
  "Ahlu Sunnah Wa-Jama'a" until the Islamic State named its province there);
- regime periods (``data/actors/periods.toml``): state forces carry the period of the
  regime they served, "Military Forces of Mali (2021-)".
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import PackError
from ..packs import LanguagePack, read_data_file
from ..taxonomy import Inter

# Categories of actors named by a kind, whose country comes from the event or a demonym.
CATEGORY_INTER = {
    "military": Inter.STATE_FORCES, "police": Inter.STATE_FORCES,
    "government": Inter.STATE_FORCES, "civilians": Inter.CIVILIANS,
    "protesters": Inter.PROTESTERS, "rioters": Inter.RIOTERS,
    "unidentified": Inter.POLITICAL_MILITIA, "group": Inter.POLITICAL_MILITIA,
}
# Who reports or helps but is never a side (civil defence, the Red Cross, monitors): their
# words are matched so that they are not read as civilians, then left out of the actors.
OBSERVERS = "observers"
SECURITY = "security"  # a pack word category: security forces (see _category_ref)
_TEMPLATES = {
    "military": "Military Forces of {country}",
    "police": "Police Forces of {country}",
    "government": "Government of {country}",
    "civilians": "Civilians ({country})",
    "protesters": "Protesters ({country})",
    "rioters": "Rioters ({country})",
    "unidentified": "Unidentified Armed Group ({country})",
    "group": "Unidentified Armed Group ({country})",  # "the group" when no group was named before
}
STATE = ("military", "police", "government")  # named with the regime's period, external abroad
ARMED = frozenset({"military", "police", "unidentified", "group", "named"})
_ACTORS_FILE = "dateline/data/actors/actors.toml"


@dataclass(frozen=True, slots=True)
class ActorRef:
    category: str  # "named" or one of CATEGORY_INTER
    name: str = ""  # canonical name of a named actor
    inter: int = 0
    country: str | None = None  # home country (named actors, demonym forms)
    qualify: bool = False  # add "(<event country>)" to the name
    instrument: bool = False  # names the weapon too ("Russian drones", "frappe israélienne")
    home_only: bool = False  # an ambiguous alias ("АНО"): the actor only in a story about its home country
    security: bool = False  # "security forces": the police in a demonstration or an arrest, the army elsewhere
    theatres: tuple[str, ...] = ()  # other countries whose stories its home-only aliases serve too
    party: bool = False  # a political party: the group of people arrested, never an armed side of a fight
    operates: tuple[str, ...] = ()  # a group of several countries: where it fights ("Boko Haram": NG NE TD CM)

    @property
    def homes(self) -> tuple[str, ...]:
        """The countries a story must be about for a home-only alias to name the actor: its home
        and the theatres it fights in ("the coalition" in a story about Iraq or Syria)."""
        return (self.country or "", *self.theatres)

    @property
    def armed(self) -> bool:
        return self.category in ARMED and self.inter in (1, 2, 3, 4, 8) and not self.party

    def side(self) -> str:
        """A coarse side key: two refs with the same side are the same party."""
        if self.category == "named":
            return self.name
        return f"{self.category}:{self.country or '?'}"


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor of an event."""

    name: str
    inter: int
    country: str | None


@dataclass(frozen=True)
class NamedActor:
    """One ``[[actor]]`` entry of ``actors.toml``."""

    name: str
    inter: int
    country: str | None = None
    qualify: bool = False
    aliases: tuple[str, ...] = ()
    local: dict[str, str] = field(default_factory=dict)  # event country -> the actor meant there
    earlier: tuple[tuple[dt.date, str], ...] = ()  # (until, older name), oldest first
    home_only: tuple[str, ...] = ()  # aliases that name it only in a story about its country ("АНО")
    part_of: str | None = None  # the movement it is a front or province of ("FARC Dissidents")
    theatres: tuple[str, ...] = ()  # countries besides its home where its home-only aliases name it
    factions: bool = False  # a movement of many factions: an acronym after its name names one ("Mai-Mai MCLC")
    party: bool = False  # a political party: its members in a riot are rioters, not an armed group
    operates: tuple[str, ...] = ()  # a group with no one home: the countries it fights in

    def name_on(self, day: dt.date | None) -> str:
        """ACLED's name for the actor on ``day`` (its current name when the day is unknown)."""
        if day is not None:
            for until, older in self.earlier:
                if day < until:
                    return older
        return self.name

    def ref(self) -> ActorRef:
        """What the actor's aliases denote: a state's kind of force, or the named actor."""
        kind = state_kind(self.name)
        if kind is not None and self.country:
            return ActorRef(kind, inter=int(CATEGORY_INTER[kind]), country=self.country)
        return ActorRef("named", self.name, self.inter, self.country, self.qualify, party=self.party,
                        operates=self.operates)


def state_kind(name: str) -> str | None:
    """"Military Forces of Mali" → "military": a name built by a state template, if it is one
    (not a unit's name such as "Military Forces of Libya (2016-2021) Government of National Accord")."""
    if "(" in name:
        return None
    for kind in STATE:
        prefix = _TEMPLATES[kind].split("{", 1)[0]
        if name.startswith(prefix):
            return kind
    return None


def state_country(name: str) -> str | None:
    """"Military Forces of Pakistan (2024-)" → "PK": the country whose military or police an
    actor name built by a state template names, or None (any other actor, or a name no
    country table knows)."""
    base = name.split(" (", 1)[0]
    for kind in ("military", "police"):
        prefix = _TEMPLATES[kind].split("{", 1)[0]
        if base.startswith(prefix):
            return _country_codes().get(base[len(prefix):].lower())
    return None


@functools.cache
def _country_codes() -> dict[str, str]:
    """Lower-case English country names, as actor names write them, to their codes."""
    import pycountry

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                codes[value.lower()] = country.alpha_2
    overrides = read_data_file("actors", "countries.toml").get("names", {})
    codes.update({name.lower(): code for code, name in overrides.items()})
    return codes


@functools.cache
def actor_table() -> dict[str, NamedActor]:
    """The named actors by canonical name, checked: every ``local`` actor must exist."""
    table: dict[str, NamedActor] = {}
    for raw in read_data_file("actors", "actors.toml").get("actor", []):
        actor = _named_actor(raw)
        if actor.name in table:
            raise PackError(f"{_ACTORS_FILE}: {actor.name!r} is listed twice")
        table[actor.name] = actor
    for actor in table.values():
        for country, other in actor.local.items():
            if other not in table:
                raise PackError(f"{_ACTORS_FILE}: {actor.name!r} local.{country} = {other!r} is not an actor")
        if actor.part_of is not None and actor.part_of not in table:
            raise PackError(f"{_ACTORS_FILE}: {actor.name!r} part_of = {actor.part_of!r} is not an actor")
    return table


def _named_actor(raw: dict[str, Any]) -> NamedActor:
    try:
        earlier = tuple(sorted((dt.date.fromisoformat(until), str(name))
                               for until, name in raw.get("earlier", {}).items()))
        home_only = tuple(str(alias) for alias in raw.get("home_only", []))
        if home_only and not raw.get("country"):
            raise ValueError("home_only aliases need the actor's country")
        theatres = tuple(str(code) for code in raw.get("theatres", []))
        if theatres and not home_only:
            raise ValueError("theatres serve home_only aliases: list some")
        return NamedActor(str(raw["name"]), int(raw["inter"]), raw.get("country"), bool(raw.get("qualify")),
                          tuple(raw.get("aliases", [])), {str(k): str(v) for k, v in raw.get("local", {}).items()},
                          earlier, home_only, str(raw["part_of"]) if "part_of" in raw else None, theatres,
                          bool(raw.get("factions")), bool(raw.get("party")),
                          tuple(str(code) for code in raw.get("operates", [])))
    except (KeyError, TypeError, ValueError) as exc:
        raise PackError(f"{_ACTORS_FILE}: bad actor entry {raw.get('name', raw)!r}: {exc}") from exc


def without_wholes(names: set[str]) -> set[str]:
    """The named actors of ``names`` less each movement one of its own fronts or provinces is
    named beside: "the Carlos Patiño Front, a faction of the FARC dissidents" names one group,
    the front, which ACLED codes; "ISWAP, the Islamic State's West Africa branch" names ISWAP.
    Unknown names are kept."""
    table = actor_table()
    wholes = {entry.part_of for name in names if (entry := table.get(name)) is not None and entry.part_of}
    return names - wholes


@functools.cache
def named_actors() -> tuple[tuple[str, ActorRef], ...]:
    """(alias, ref) for every alias of every named actor."""
    entries: list[tuple[str, ActorRef]] = []
    for actor in actor_table().values():
        ref = actor.ref()
        names = [actor.name] if ref.category == "named" else []  # "Military Forces of X" is no phrase of the press
        entries.extend((alias, ref) for alias in [*names, *actor.aliases])
        entries.extend((alias, replace(ref, home_only=True, theatres=actor.theatres)) for alias in actor.home_only)
    return tuple(entries)


def resolve(ref: ActorRef, event_country: str, country_name: CountryNamer, on: dt.date | None = None) -> Actor:
    """The canonical actor ``ref`` denotes in an event that happened in ``event_country`` on
    ``on`` (ACLED's name of that time and place: a local actor, an older name, a regime period)."""
    if ref.category == "named":
        actor = actor_table().get(ref.name)
        if actor is not None and event_country in actor.local:
            return resolve(actor_table()[actor.local[event_country]].ref(), event_country, country_name, on)
        name = actor.name_on(on) if actor is not None else ref.name
        if ref.qualify and event_country:
            name = f"{name} ({country_name(event_country, bare=True)})"
        return Actor(name, int(ref.inter), ref.country or event_country or None)
    country = ref.country or event_country
    if ref.category in STATE:  # "Police Forces of France" in New Caledonia
        country = country_name.sovereign(country)
    name = _TEMPLATES[ref.category].format(country=country_name(country, bare=ref.category not in STATE))
    inter = int(CATEGORY_INTER[ref.category])
    if ref.category in STATE:
        period = country_name.period(country, on)
        name = f"{name} ({period})" if period else name
        if event_country and country != country_name.sovereign(event_country):
            inter = int(Inter.EXTERNAL_OTHER)
    return Actor(name, inter, country or None)


class CountryNamer:
    """English country names as actor names use them ("Military Forces of the United States"),
    and the regime periods ACLED appends to state forces ("(2021-)")."""

    def __init__(self, names: dict[str, str]) -> None:
        data = read_data_file("actors", "countries.toml")
        self._overrides = data.get("names", {})
        self._sovereign: dict[str, str] = data.get("sovereign", {})
        self._names = names
        self._periods = _regime_starts()

    def __call__(self, code: str | None, *, bare: bool = False) -> str:
        if not code:
            return "Unknown"
        name = self._overrides.get(code) or self._names.get(code) or code
        if bare and name.startswith("the "):
            return name[4:]
        return name

    def sovereign(self, code: str) -> str:
        """The state whose forces serve in territory ``code`` ("FR" for New Caledonia), else ``code``."""
        return self._sovereign.get(code, code) if code else code

    def period(self, code: str | None, on: dt.date | None) -> str:
        """"2021-" for Mali after May 2021, "2020-2021" for the months before; "" when the
        country has no periods or the day is unknown or older than them."""
        starts = self._periods.get(code or "", ())
        if on is None or not starts or on < starts[0]:
            return ""
        index = max(i for i, start in enumerate(starts) if start <= on)
        if index + 1 < len(starts):
            return f"{starts[index].year}-{starts[index + 1].year}"
        return f"{starts[index].year}-"


@functools.cache
def _regime_starts() -> dict[str, tuple[dt.date, ...]]:
    periods: dict[str, tuple[dt.date, ...]] = {}
    for code, starts in read_data_file("actors", "periods.toml").get("periods", {}).items():
        try:
            periods[code] = tuple(sorted(dt.date.fromisoformat(s) for s in starts))
        except (TypeError, ValueError) as exc:
            raise PackError(f"dateline/data/actors/periods.toml: {code}: {exc}") from exc
    return periods


def _category_ref(category: str, country: str | None) -> ActorRef:
    """What a pack's actor word of ``category`` denotes: security forces are the army unless
    they face a crowd or arrest someone (:func:`as_police`)."""
    if category == SECURITY:
        return ActorRef("military", inter=int(Inter.STATE_FORCES), country=country, security=True)
    return ActorRef(category, inter=int(CATEGORY_INTER.get(category, 0)), country=country)


def as_police(ref: ActorRef) -> ActorRef:
    """Security forces that police a demonstration or make an arrest are the police (ACLED)."""
    return replace(ref, category="police", security=False) if ref.security else ref


def pack_actor_phrases(pack: LanguagePack) -> list[tuple[str, ActorRef]]:
    """(phrase, ref) for the language's demonym templates and generic actor words."""
    data = pack.actors
    phrases: list[tuple[str, ActorRef]] = []
    demonyms = data.demonyms
    for category, templates in data.templates.items():
        for code, forms in demonyms.items():
            ref = _category_ref(str(category), code)
            for template in templates:
                phrases.extend((template.replace("{d}", form), ref) for form in forms)
    for category, words in data.generic.items():
        ref = _category_ref(str(category), None)
        phrases.extend((word, ref) for word in words)
    known = actor_table()
    for name, aliases in data.named.items():
        if name not in known:
            raise PackError(f"dateline/data/{pack.lang}/actors.toml: [named] {name!r} is not an actor "
                            f"of {_ACTORS_FILE}")
        phrases.extend((alias, known[name].ref()) for alias in aliases)
    return phrases
