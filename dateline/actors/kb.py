"""The actor knowledge base: named actors (``data/actors/actors.toml``) and each language's
actor words (``data/<lang>/actors.toml``: demonym templates and generic words).

Every alias becomes a phrase the lexicon matches; its :class:`ActorRef` says which canonical
actor it denotes, or which kind of actor whose country the event supplies.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..errors import PackError
from ..packs import LanguagePack, read_data_file
from ..taxonomy import Inter

# Categories of actors named by a kind, whose country comes from the event or a demonym.
CATEGORY_INTER = {
    "military": Inter.STATE_FORCES, "police": Inter.STATE_FORCES,
    "government": Inter.STATE_FORCES, "civilians": Inter.CIVILIANS,
    "protesters": Inter.PROTESTERS, "rioters": Inter.RIOTERS,
    "unidentified": Inter.POLITICAL_MILITIA,
}
_TEMPLATES = {
    "military": "Military Forces of {country}",
    "police": "Police Forces of {country}",
    "government": "Government of {country}",
    "civilians": "Civilians ({country})",
    "protesters": "Protesters ({country})",
    "rioters": "Rioters ({country})",
    "unidentified": "Unidentified Armed Group ({country})",
}
ARMED = frozenset({"military", "police", "unidentified", "named"})


@dataclass(frozen=True, slots=True)
class ActorRef:
    category: str  # "named" or one of CATEGORY_INTER
    name: str = ""  # canonical name of a named actor
    inter: int = 0
    country: str | None = None  # home country (named actors, demonym forms)
    qualify: bool = False  # add "(<event country>)" to the name
    instrument: bool = False  # names the weapon too ("Russian drones", "frappe israélienne")

    @property
    def armed(self) -> bool:
        return self.category in ARMED and self.inter in (1, 2, 3, 4, 8)

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


def resolve(ref: ActorRef, event_country: str, country_name: CountryNamer) -> Actor:
    """The canonical actor ``ref`` denotes in an event that happened in ``event_country``."""
    if ref.category == "named":
        name = ref.name
        if ref.qualify and event_country:
            name = f"{name} ({country_name(event_country, bare=True)})"
        return Actor(name, int(ref.inter), ref.country or event_country or None)
    country = ref.country or event_country
    name = _TEMPLATES[ref.category].format(country=country_name(country, bare=ref.category not in
                                                                 ("military", "police", "government")))
    inter = int(CATEGORY_INTER[ref.category])
    if ref.category in ("military", "police", "government") and event_country and country != event_country:
        inter = int(Inter.EXTERNAL_OTHER)
    return Actor(name, inter, country or None)


class CountryNamer:
    """English country names as actor names use them ("Military Forces of the United States")."""

    def __init__(self, names: dict[str, str]) -> None:
        self._overrides = read_data_file("actors", "countries.toml").get("names", {})
        self._names = names

    def __call__(self, code: str | None, *, bare: bool = False) -> str:
        if not code:
            return "Unknown"
        name = self._overrides.get(code) or self._names.get(code) or code
        if bare and name.startswith("the "):
            return name[4:]
        return name


@functools.cache
def named_actors() -> tuple[tuple[str, ActorRef], ...]:
    """(alias, ref) for every alias of every named actor."""
    entries: list[tuple[str, ActorRef]] = []
    for actor in read_data_file("actors", "actors.toml").get("actor", []):
        ref = ActorRef("named", actor["name"], int(actor["inter"]), actor.get("country"),
                       bool(actor.get("qualify")))
        entries.extend((alias, ref) for alias in [actor["name"], *actor.get("aliases", [])])
    return tuple(entries)


def pack_actor_phrases(pack: LanguagePack) -> list[tuple[str, ActorRef]]:
    """(phrase, ref) for the language's demonym templates and generic actor words."""
    data = pack.actors
    phrases: list[tuple[str, ActorRef]] = []
    demonyms = data.demonyms
    for category, templates in data.templates.items():
        for code, forms in demonyms.items():
            ref = ActorRef(str(category), inter=int(CATEGORY_INTER[category]), country=code)
            for template in templates:
                phrases.extend((template.replace("{d}", form), ref) for form in forms)
    for category, words in data.generic.items():
        ref = ActorRef(str(category), inter=int(CATEGORY_INTER[category]))
        phrases.extend((word, ref) for word in words)
    known = {ref.name: ref for _alias, ref in named_actors()}
    for name, aliases in data.named.items():
        if name not in known:
            raise PackError(f"dateline/data/{pack.lang}/actors.toml: [named] {name!r} is not an actor "
                            "of dateline/data/actors/actors.toml")
        phrases.extend((alias, known[name]) for alias in aliases)
    return phrases
