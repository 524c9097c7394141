"""Where a story is, for the sentences that say what happened but not where (or only somewhere
the gazetteer does not know).

A sentence with an event and no place of its own takes the place told last in its paragraph,
else the first one of the story. When the story has told none yet (the lead was a statement,
or named only a country), its place is the one its title or first sentence names: "Farmers
clash with police in Brussels" over a body that only says "in Belgium" and "the European
quarter". When neither names one, the article's address may: news sites write the city into
the slug ("/news-zaporizhzhia-udar-5-poranenyh/" over a body that only says "the regional
centre"). "Here" in a datelined story is the dateline's place.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ...geo.keys import name_key, translit_skeleton
from ...normalize import fold
from ...packs.vocabulary import EventWord, HitKind, PlaceWord
from ...prepare.tokens import Token, tokenize
from .. import tuning as T
from ..hits import Hit
from ..places import ELSEWHERE, PlaceMention, PlaceResolver
from .context import DocContext, SentenceView
from .lexicon import Lexicon
from .not_event_places import far_anchors

_NO_PLACE_KINDS = (HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME, HitKind.CASUALTY)


def story_place(context: DocContext, resolver: PlaceResolver, lexicon: Lexicon, stem) -> PlaceMention | None:  # type: ignore[no-untyped-def]
    """The most specific place the title or the first sentence names (a province at least), in
    a country the story is about; None when they name none."""
    focus = context.focus
    found: list[PlaceMention] = []
    title = context.prepared.doc.title or ""
    if title.strip():
        tokens = context.title_tokens if context.title_tokens is not None else tokenize(title, fold(title), stem)
        if tokens:
            hits = lexicon.scan(tokens, title)
            found += resolver.resolve(tokens, hits, _explained(hits), focus, title, near_spellings=False)
    lead = next((v for v in context.views if v.sentence.tokens), None)
    if lead is not None:  # not a city opening the body: where it was filed ("Ouagadougou. Mindestens...")
        opening = lead.sentence.tokens[0].index
        named = resolver.resolve(lead.sentence.tokens, lead.hits, _explained(lead.hits), focus,
                                 context.prepared.doc.text)
        far = far_anchors(context, lead, named)  # "250 km north of Bamako": a landmark, not the story's place
        found += [m for m in named if m.start != opening and m.start not in far]
    total = focus.total
    usable = [m for m in found if m.relation not in ("possessive", ELSEWHERE) and m.specificity >= 1
              and focus.get(m.place.country_code, 0) / total >= T.IN_FOCUS_SHARE]
    if not usable:
        return _address_place(context, resolver)
    best = max(usable, key=lambda m: m.specificity)  # the first of the most specific: the title's
    return PlaceMention(-1, -1, best.place, best.score, best.relation, f"the story's place, {best.reason}")


_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")


def _address_place(context: DocContext, resolver: PlaceResolver) -> PlaceMention | None:
    """A city the article's address names by its own name, in a country the story is about,
    for a story with no dateline: only a large city (a slug's "udar" or "ataka" may be some
    village's name too) and no word that also names a country ("mexiko": the country, not its
    capital)."""
    url = context.prepared.doc.url
    if not url or context.dateline_place is not None:
        return None
    focus = context.focus
    words = _SLUG_WORD.findall(unquote(urlsplit(url).path).lower())
    found = []
    for size in (2, 1):  # "kryvyi-rih" before "rih"
        for i in range(len(words) - size + 1):
            key = " ".join(words[i:i + size])
            places = resolver.lookup(key)
            if any(p.kind == "country" for p in places):
                continue
            found += [(p, key) for p in places
                      if p.kind == "city" and p.population >= T.BIG_TOWN_POPULATION
                      and translit_skeleton(key) == translit_skeleton(name_key(p.name))
                      and focus.get(p.country_code, 0) / focus.total >= T.IN_FOCUS_SHARE]
        if found:
            break
    if not found:
        return None
    place, key = max(found, key=lambda c: c[0].population)
    return PlaceMention(-1, -1, place, 0.0, "in", f"the story's place, '{key}' in the article's address")


def _explained(hits: list[Hit]) -> set[int]:
    """Words the lexicon explains are no place names ("Attack", "Rebels" in a title's capitals)."""
    return {i for h in hits if h.kind in _NO_PLACE_KINDS for i in range(h.start, h.end)}


def told_here(context: DocContext, view: SentenceView) -> bool:
    """"violence erupted during rallies ... here", "clashes across the capital" (filed from the
    capital): the sentence names the dateline's place, its own place, not one inherited."""
    return context.dateline_place is not None and (view.has(HitKind.PLACE, PlaceWord.HERE) or (
        context.dateline_capital and view.has(HitKind.PLACE, PlaceWord.CAPITAL)))


def capital_dateline(context: DocContext, resolver: PlaceResolver) -> bool:
    """Whether the story is filed from its country's capital (then "the capital" is there)."""
    dateline = context.dateline_place
    capital = resolver.gazetteer.capital(dateline.place.country_code) if dateline is not None else None
    return capital is not None and dateline is not None and capital.id == dateline.place.id


def inherited_place(context: DocContext, view: SentenceView, dated: bool = True) -> PlaceMention | None:
    """The place a sentence with no place of its own takes: the dateline's when it says "here"
    (or "the capital", filed from a capital), else the paragraph's last place, the story's
    first, the title's or lead's (not for talks, which happen where the talks are, nor for a
    sentence with no day of its own or of its paragraph: "coordinated peaceful protests before
    his exile"), the dateline's."""
    if told_here(context, view):
        return context.dateline_place
    paragraph = view.sentence.paragraph
    story = None if view.has(HitKind.EVENT, EventWord.AGREEMENT) or view.has(HitKind.EVENT, EventWord.EXCHANGE) \
        or not dated else context.story_place
    return context.last_place.get(paragraph) or context.last_place.get(-1) or story or context.dateline_place


def refined(context: DocContext, view: SentenceView, country: PlaceMention,
            remote: bool = False, away: bool = False) -> PlaceMention | None:
    """A place inside the country a sentence names alone ("dans le nord du Nigeria"), known from
    the rest of the story (its title, its lead, the paragraph), or None. Strikes and shelling
    (``remote``) hit far from where the story was filed: the dateline alone does not place them;
    nor an event in a town the gazetteer lacks (``away``) told from the capital."""
    inside = inherited_place(context, view)
    if inside is None or inside.place.country_code != country.place.country_code or inside.specificity < 1:
        return None
    if inside is context.dateline_place and not told_here(context, view) \
            and (remote or away and context.dateline_capital):
        # "Israeli strikes killed four in southern Lebanon", filed from Beirut: not in Beirut;
        # "Jihadists killed nine soldiers in Boulkessi, in central Mali", filed from Bamako: a
        # capital is where the bureau is, the town the gazetteer lacks is elsewhere in the country
        return None
    return inside


def in_an_unknown_place(places: PlaceResolver, view: SentenceView, located: bool = False) -> bool:
    """"Insurgents killed two people, resident in Machava village, in Nangade district": a
    sentence that names a district or a province the gazetteer does not know (a capitalised
    name before a word of the pack's ``kind_after``) tells of somewhere the story's place is
    not: it takes only the province of the story's place. ``located``: also a name the
    gazetteer lacks right after a word saying where ("in Boulkessi, in central Mali")."""
    words = places.words
    tokens = view.sentence.tokens
    if not words.cased or not (words.kind_after or located):
        return False
    named = {i for hit in view.of(HitKind.ACTOR) for i in range(hit.start, hit.end)}  # "Islamic State"
    first = tokens[0].index if tokens else 0

    def named_place(name: Token) -> bool:  # a capitalised word that may name a place
        return name.upper and not name.is_digit and len(name.norm) > 2 and name.norm not in words.not_places \
            and name.index not in named

    def unknown(name: Token) -> bool:
        return named_place(name) and not places.lookup(name.norm)

    for i in range(2, len(tokens)):  # the first word is capitalised as the sentence's opener
        token, name = tokens[i], tokens[i - 1]
        if token.norm in words.kind_after and not token.upper and unknown(name):
            return True
    # "attacked the town of Pont-Sonde", "fighting near Tinzaouaten": a town the gazetteer does not know
    openers = (PlaceWord.SETTLEMENT, PlaceWord.NEAR) + ((PlaceWord.AT,) if located else ())
    for hit in view.of(HitKind.PLACE):
        at = hit.end - first
        if hit.label not in openers \
                or not 0 < at < len(tokens) \
                or not named_place(tokens[at]):
            continue
        spelled = [tokens[at]]  # "Pont-Sonde": the whole spelled, its parts may be places of their own
        while at + len(spelled) < len(tokens) and len(spelled) < T.UNKNOWN_NAME_WORDS \
                and tokens[at + len(spelled)].upper and tokens[at + len(spelled)].start - spelled[-1].end <= 1:
            spelled.append(tokens[at + len(spelled)])
        if not places.lookup(" ".join(w.norm for w in spelled)):
            return True
    return False


def province_around(places: PlaceResolver, mention: PlaceMention) -> PlaceMention | None:
    """The province of the story's place, for a sentence told somewhere else in it (geo_precision
    3: "in Nangade district" in a story placed in Macomia district is in Cabo Delgado, not in
    Macomia); None when the story's place is a country or no province is known."""
    if mention.place.kind in ("country", "admin1", "region"):
        return mention if mention.place.kind != "country" else None
    province = places.gazetteer.province_of(mention.place)
    if province is None:
        return None
    return PlaceMention(mention.start, mention.end, province, mention.score, "area",
                        f"{mention.reason}; its province {province.name}, the sentence names a place unknown to the "
                        "gazetteer", mention.located)
