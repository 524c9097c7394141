"""One automaton of every phrase a language pack knows, matched on word stems.

A document is scanned once: its stems are joined into one string and every phrase of the
pack (triggers, cues, casualty and number words, place cues, actor names) is found in a
single Aho-Corasick pass. Costly work then runs only on the sentences that hit a trigger.

Besides contiguous phrases, an entry may take three shapes the pass also finds:

- ``"greifen … an."``: words apart in the clause (a German separable verb, "Abkommen …
  unterzeichnet", an Arabic verb before its subject and object); the hit is the first part,
  the second must follow within a few words of the same clause, and a final ``.`` asks that it
  ends the clause (the particle of a separable verb does);
- ``"-explosion"``: the last part of a compound ("Minenexplosion", "Raketenangriffe");
- ``"Minen-"``: the first part of such a compound, a hit only when the same word ends with a
  known last part ("Minenexplosion" is a mine; "Minenarbeiter" is nothing).
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import pickle
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from importlib import metadata, resources
from itertools import accumulate
from pathlib import Path
from typing import Any

import ahocorasick

from ...actors.kb import ActorRef, named_actors, pack_actor_phrases
from ...normalize import WORD, fold
from ...packs import LanguagePack
from ...packs.parsed import write_cache_file
from ...packs.vocabulary import GLUED_UNIT, EventWord, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit

log = logging.getLogger(__name__)


_FAMILY: dict[str, str] = {HitKind.WEAPON: "trigger", HitKind.EVENT: "trigger", HitKind.OUTCOME: "trigger",
           HitKind.NUMWORD: "number", HitKind.VAGUE: "number"}
# acts named inside a weapon's phrase ("drone strike", "attaque au missile"): the weapon was used
_ACTS = frozenset({EventWord.STRIKE, EventWord.ATTACK, EventWord.LAUNCH})
# word lists used as sets by the place resolver, not matched as phrases
_SET_TABLES = frozenset({PlaceWord.LOCATIVE, PlaceWord.NOT_PLACES, PlaceWord.STREETS, PlaceWord.NAME_OPENERS})
# kinds whose hits may overlap longer hits of other kinds (they qualify, not compete)
_OVERLAPPING = frozenset({HitKind.CUE, HitKind.QUALIFIER, HitKind.MEASURE, HitKind.PLACE, HitKind.FEATURE,
                          HitKind.RELDAY, HitKind.PERIOD, HitKind.NUMWORD, HitKind.VAGUE})
_NO_EVENT = "-"  # the label of a phrase that reports no act (``not_events``) or cues nothing (``not_cues``)
_GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")  # "greifen … an": words apart in one clause
_CLAUSE_END = re.compile(r"\s*(?:[.!?;:,)»\"”]|$|\n)")  # what may follow a clause-final particle
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n")  # a gap may not run over these
# the shape of an entry: None (contiguous words), a gap ("gap", tail stems, tail words or None,
# clause-final), the last part of a compound ("head",) or its first part ("modifier",), or an
# acronym to find in capitals only ("caps",): "=НУР" is a rocket, "Нур" a first name
Shape = tuple[Any, ...] | None
Entry = tuple[str, str, "ActorRef | int | None", "tuple[str, ...] | None", Shape]


class Lexicon:
    """Compiled phrases of one language; :meth:`scan` finds them in a token sequence."""

    def __init__(self, pack: LanguagePack, stem: Callable[[str, str], str],
                 compiled: ahocorasick.Automaton | None = None) -> None:
        """``compiled``: the automaton of an earlier compilation of the same pack (:meth:`cached`)."""
        self.pack = pack
        self._stem = stem
        self._automaton = compiled if compiled is not None else ahocorasick.Automaton()
        self._entries: dict[str, list[Entry]] = {}
        self._shared: dict[tuple[type, Any], Any] = {}  # one object for equal parts of entries (_bucket)
        if compiled is not None:
            return
        for kind, table in _phrase_tables(pack):
            for label, phrases in table.items():
                if kind == HitKind.PLACE and label in _SET_TABLES:
                    continue
                for phrase in phrases:
                    self.add(phrase, kind, label)
        for phrase in pack.triggers.not_events:
            self.add(phrase, HitKind.EVENT, _NO_EVENT)
        for phrase in pack.cues.not_cues:
            self.add(phrase, HitKind.CUE, _NO_EVENT)
        script = re.compile(f"[{pack.meta.script.characters}]") if pack.meta.script.characters else None
        for label, phrases in pack.numbers.units.items():
            listed = set(phrases)
            clitics = pack.meta.morphology.proclitics
            for phrase in phrases:
                exact_word = phrase.startswith("=") and " " not in phrase
                glued_form = exact_word and phrase[1:2] in clitics and "=" + phrase[2:] in listed  # "=وجريحان"
                self.add(phrase, HitKind.NUMWORD, GLUED_UNIT if glued_form else "unit", int(label))
                if exact_word and not glued_form:  # "جندي ومدنيان": exact words also with a glued "و"
                    for glued in _glued(phrase, clitics, script):
                        if glued not in listed:
                            self.add(glued, HitKind.NUMWORD, GLUED_UNIT, int(label))
        for label, phrases in pack.numbers.scales.items():
            for phrase in phrases:
                self.add(phrase, HitKind.NUMWORD, "scale", int(label))
        for label, phrases in pack.numbers.vague.items():
            for phrase in phrases:
                self.add(phrase, HitKind.VAGUE, "vague", int(label))
        weapon_keys = [key for key, values in self._entries.items()
                       if any(kind == HitKind.WEAPON or label == EventWord.STRIKE for kind, label, *_ in values)]
        for phrase, ref in (*named_actors(), *pack_actor_phrases(pack)):
            if _acronym(phrase):
                phrase = "=" + phrase  # acronyms match exactly: "EIS" is not "Eis", "ТрО" not "троє"
            key = " " + " ".join(self.stems_of(phrase.lstrip("="))) + " "
            if ref.category == "military" and any(weapon in key for weapon in weapon_keys):
                ref = replace(ref, instrument=True)  # "Russian drones" is who fired, wherever it stands
            self.add(phrase, HitKind.ACTOR, ref.category, ref)
            for glued in _glued(phrase, pack.meta.morphology.name_proclitics, script):
                self.add(glued, HitKind.ACTOR, ref.category, ref)  # "لحركة الشباب": of al-Shabaab
        # equal lists of entries made one tuple: most keys are spellings of a few hundred phrases
        # (an actor's name behind each glued preposition), and a cold start then unpickles each
        # list once, not once a key (75,000 Arabic keys share some 1,400 lists)
        shared: dict[tuple[Entry, ...], tuple[Entry, ...]] = {}
        for key, values in self._entries.items():
            entries = tuple(values)
            self._automaton.add_word(key, (len(key.split()), len(key), shared.setdefault(entries, entries)))
        self._automaton.make_automaton()

    @classmethod
    def cached(cls, pack: LanguagePack, stem: Callable[[str, str], str], cache_dir: str | Path | None) -> Lexicon:
        """The lexicon of ``pack``, compiled once and kept in ``cache_dir`` (a cold start costs
        a third of a second less). The file is named after the pack's data and the code that
        compiles it, so any change to either compiles afresh."""
        if cache_dir is None:
            return cls(pack, stem)
        # a compiled build (mypyc, docs/scale.md) pickles its own classes: its caches are files of
        # their own, so a plain and a compiled install sharing a data directory keep both
        prefix = f"lexicon{'' if Path(__file__).suffix == '.py' else '-compiled'}-{pack.lang}-"
        path = Path(cache_dir) / "cache" / f"{prefix}{_fingerprint(pack)}.pickle"
        try:
            automaton = _unpickled(path.read_bytes())
        except FileNotFoundError:
            automaton = None
        except Exception as exc:  # a truncated or foreign file: compile again and replace it
            log.warning("ignoring unreadable lexicon cache %s: %s", path, exc)
            automaton = None
        if automaton is not None:
            return cls(pack, stem, automaton)
        lexicon = cls(pack, stem)
        write_cache_file(path, pickle.dumps(lexicon._automaton, protocol=pickle.HIGHEST_PROTOCOL), "lexicon cache")
        for stale in path.parent.glob(f"{prefix}*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
        return lexicon

    def stems_of(self, phrase: str) -> list[str]:
        """Stems of a phrase's words, computed exactly as for the words of a document."""
        folded = fold(phrase)
        stems = []
        for match in WORD.finditer(folded.text):
            start, end = folded.to_original(match.start(), match.end())
            stems.append(self._stem(phrase[start:end], match.group()))
        return stems

    def add(self, phrase: str, kind: HitKind, label: str, value: ActorRef | int | None = None) -> None:
        """Add ``phrase``; a leading ``=`` asks for the exact (folded) words, not their stems;
        ``…`` separates words apart in a clause, and a leading or trailing ``-`` makes the phrase
        the last or first part of a compound (module docstring)."""
        exact = phrase.startswith("=")
        phrase = phrase.lstrip("=").strip()
        shape: Shape = None
        parts = _GAP.split(phrase, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            phrase, tail = parts
            clause_end = tail.endswith(".")
            tail_stems = tuple(self.stems_of(tail.rstrip(".")))
            if not tail_stems:
                return
            tail_norms = tuple(WORD.findall(fold(tail.rstrip(".")).text)) if exact else None
            shape = ("gap", tail_stems, tail_norms, clause_end)
        elif phrase.startswith("-") and len(phrase) > 1:
            stems = self.stems_of(phrase[1:])
            if len(stems) == 1:
                self._bucket(stems[0] + " ", (str(kind), str(label), value, None, ("head",)))
            return
        elif phrase.endswith("-") and len(phrase) > 1:
            words = WORD.findall(fold(phrase[:-1]).text)
            if len(words) == 1:  # the first part as written: stems of whole words would cut it
                self._bucket(" " + words[0], (str(kind), str(label), value, None, ("modifier",)))
            return
        stems = self.stems_of(phrase)
        if not stems:
            return
        key = " " + " ".join(stems) + " "
        norms = tuple(WORD.findall(fold(phrase).text)) if exact else None
        if exact and shape is None and phrase.isupper() and sum(c.isalpha() for c in phrase) >= 2 \
                and kind != HitKind.ACTOR:
            shape = ("caps",)
        self._bucket(key, (str(kind), str(label), value, norms, shape))  # plain strings: hits are many

    def _bucket(self, key: str, entry: Entry) -> None:
        # equal kinds, labels, actors and shapes made one object: the pickled automaton then
        # holds each once, and a cold start unpickles hundreds of actors, not tens of thousands
        shared = self._shared
        entry = tuple(shared.setdefault((type(part), part), part) for part in entry)  # type: ignore[assignment]
        bucket = self._entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def scan(self, tokens: list[Token], text: str | None = None) -> list[Hit]:
        """Every phrase in ``tokens``; a hit inside a longer competing hit is dropped. With the
        document's ``text``, words apart (``…``) are looked for within their sentence only."""
        if not tokens:
            return []
        stems = [token.stem for token in tokens]
        haystack = " " + " ".join(stems) + " "
        # character offset of each stem -> token position, and of the space after each stem
        offsets = list(accumulate([len(stem) + 1 for stem in stems], initial=1))
        starts: dict[int, int] = dict(zip(offsets[:-1], range(len(stems)), strict=True))
        ends: dict[int, int] = {offset - 1: i for i, offset in enumerate(offsets[1:])}
        first = tokens[0].index
        hits: list[Hit] = []
        gapped: list[Hit] = []  # phrases found in two parts (their hit is the first part)
        parts: list[tuple[Hit, str]] = []  # compound parts and their shape, kept when their word has a head
        tails: set[tuple[str, str, int]] = set()  # where the second parts of the phrases found in two parts start
        new = tuple.__new__  # hits are many: made without the Python-level ``Hit.__new__``
        gap = T.PHRASE_GAP_WORDS + (T.VERB_INITIAL_GAP_WORDS if self.pack.grammar.verb_initial else 0) \
            + (T.VERB_FINAL_GAP_WORDS if self.pack.grammar.verb_final else 0)
        for end_char, (size, length, values) in self._automaton.iter(haystack):
            token_start = starts.get(end_char - length + 2)  # after the key's leading space
            for kind, label, value, norms, shape in values:
                if shape is not None and shape[0] in ("head", "modifier"):
                    part = self._compound_part(shape[0], end_char, length, starts, ends, stems)
                    if part is not None:
                        parts.append((Hit(kind, label, first + part, first + part + 1, value), shape[0]))
                    continue
                if token_start is None:
                    continue
                if norms and tuple(t.norm for t in tokens[token_start:token_start + size]) != norms:
                    continue
                if shape is not None and shape[0] == "caps":
                    if text is not None and not all(text[t.start:t.end].isupper()
                                                    for t in tokens[token_start:token_start + size]):
                        continue
                elif shape is not None:
                    tail = _tail_follows(shape, tokens, token_start + size, text, gap)
                    if tail is None:
                        continue
                    gapped.append(Hit(kind, label, first + token_start, first + token_start + size, value))
                    tails.add((kind, label, first + tail))
                    continue
                hits.append(new(Hit, (kind, label, first + token_start, first + token_start + size, value)))
        if gapped:  # "обстреляли … из автоматического оружия" is gunfire, not the shelling its verb says
            heads = {(h.kind, h.start) for h in gapped}
            hits = [h for h in hits if (h.kind, h.start) not in heads or h.size > 1] + gapped
            # "из автоматического оружия … обстреляли": the phrase says what its last word means too
            hits = [h for h in hits if not any(h.kind == kind and h.label != label and h.start == start
                                               for kind, label, start in tails)]
        found = _drop_nested(hits + _compounds(parts, hits))
        if gapped:  # "auf einen selbst gebauten Sprengsatz gefahren": an act found in two parts reaches
            # past the weapon that holds its first word; it is no part of that weapon's name
            dropped = [h for h in gapped if h.kind == HitKind.EVENT and h not in found]
            if dropped:
                found = sorted(found + dropped, key=lambda h: (h.start, h.start - h.end))
        return _outside_names([h for h in found if h.label != _NO_EVENT])

    @staticmethod
    def _compound_part(shape: str, end_char: int, length: int, starts: dict[int, int], ends: dict[int, int],
                       stems: list[str]) -> int | None:
        """The word a compound part was found in, when it is a true part: a last part needs a
        first part of some letters before it, a first part some letters after it."""
        if shape == "head":
            token = ends.get(end_char)  # the key ends with the word's trailing space
            if token is None:
                return None
            return token if len(stems[token]) - (length - 1) >= T.COMPOUND_MIN_LETTERS else None
        token = starts.get(end_char - length + 2)
        if token is None:
            return None
        return token if len(stems[token]) - (length - 1) >= T.COMPOUND_MIN_LETTERS else None


def _tail_follows(shape: tuple[Any, ...], tokens: list[Token], after: int, text: str | None,
                  gap: int) -> int | None:
    """Where the second part of a phrase with a gap starts, when it follows within the clause,
    at most ``gap`` words after the first part."""
    _gap, tail_stems, tail_norms, clause_end = shape
    size = len(tail_stems)
    for start in range(after, min(after + gap + 1, len(tokens) - size + 1)):
        if text is not None and _SENTENCE_BREAK.search(text, tokens[start - 1].end, tokens[start].start) \
                and not _ordinal(tokens[start - 1], text):
            return None  # the sentence ended first
        words = tokens[start:start + size]
        if tuple(t.stem for t in words) != tail_stems or (tail_norms and tuple(t.norm for t in words) != tail_norms):
            continue
        if not clause_end or text is None or _CLAUSE_END.match(text, words[-1].end):
            return start
        # a particle that is also an article or preposition ("schlug in ein Haus ... ein."):
        # the word inside the clause is not the particle; the one ending it may be
    return None


def _ordinal(token: Token, text: str) -> bool:
    """A number written with its ordinal dot ("am 5. Mai", "den 7. März") inside one sentence:
    the dot ends no clause (the sentence splitter already kept the words together)."""
    return token.is_digit and text.startswith(". ", token.end)


def _compounds(parts: list[tuple[Hit, str]], hits: list[Hit]) -> list[Hit]:
    """Compound parts found in one word: its last part ("-explosion") always counts, its first
    part ("Minen-") only beside a last part; neither repeats a hit the word already has."""
    if not parts:
        return []  # no compound in the text (most texts): nothing to compare with the hits
    heads = {h.start for h, shape in parts if shape == "head"}
    known = {(h.kind, h.label, h.start, h.end) for h in hits}
    kept: list[Hit] = []
    for hit, _shape in parts:
        if hit.start in heads and (hit.kind, hit.label, hit.start, hit.end) not in known:
            known.add((hit.kind, hit.label, hit.start, hit.end))
            kept.append(hit)
    return kept


# place keys of letters, endings and words read by the place finder, not phrases of the lexicon
_LETTER_RULES = {"foreign_sounds", "respellings", "root_alternations", "adjective_endings", "plural_endings",
                 "town_locatives",
                 "genitive_endings",
                 "city_adjective_endings", "compass_words", "compass_after", "origins", "distance_units", "bearings",
                 "kind_after"}


def _phrase_tables(pack: LanguagePack) -> list[tuple[HitKind, Mapping[Any, list[str]]]]:
    """The pack's tables of {label: [phrases]}, by the kind of hit their phrases make."""
    return [
        (HitKind.WEAPON, pack.triggers.weapons), (HitKind.EVENT, pack.triggers.events),
        (HitKind.OUTCOME, pack.triggers.outcomes), (HitKind.CUE, pack.cues.cues),
        (HitKind.CASUALTY, pack.numbers.casualties), (HitKind.QUALIFIER, pack.numbers.qualifiers),
        (HitKind.MEASURE, pack.numbers.measures),
        (HitKind.PLACE, pack.places.places.model_dump(exclude=_LETTER_RULES)),
        (HitKind.FEATURE, pack.places.features), (HitKind.RELDAY, pack.dates.relative_days),
        (HitKind.PERIOD, pack.dates.periods),
    ]


def _fingerprint(pack: LanguagePack) -> str:
    """Identity of what a compiled lexicon depends on: the pack, the actor files, the code."""
    digest = hashlib.sha256(json.dumps(pack.files, sort_keys=True, default=str).encode())
    for package, module in (("dateline.extraction.rules", "lexicon.py"), ("dateline.prepare", "tokens.py"),
                            ("dateline", "normalize.py"), ("dateline.actors", "kb.py")):
        digest.update(resources.files(package).joinpath(module).read_bytes())
    for entry in sorted(resources.files("dateline.data").joinpath("actors").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            digest.update(entry.name.encode() + entry.read_bytes())
    for package in ("PyStemmer", "pyahocorasick"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()[:16]


def _unpickled(data: bytes) -> Any:
    """``pickle.loads`` with the cyclic garbage collector paused: unpickling creates objects by
    the hundred thousand, none of them garbage, and each collection it triggers would walk
    them all again (two thirds of the loading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


def _outside_names(hits: list[Hit]) -> list[Hit]:
    """An act word inside a named actor's longer name reports no act: "Ejército de Liberación
    Nacional", "Front de libération du Macina" free no one."""
    names = [(h.start, h.end) for h in hits if h.kind == HitKind.ACTOR and h.end - h.start > 1
             and isinstance(h.value, ActorRef) and h.value.category == "named"]
    if not names:
        return hits
    return [h for h in hits if h.kind != HitKind.EVENT or not any(
        start <= h.start and h.end <= end and end - start > h.end - h.start for start, end in names)]


def _drop_nested(hits: list[Hit]) -> list[Hit]:
    """Within one family, a hit inside a longer hit is dropped ("abattu par balle" is a
    firearm, not an interception); families do not compete ("Israeli air strike" is both
    an actor and a weapon)."""
    families: dict[str, list[Hit]] = {}
    for hit in hits:
        families.setdefault(_FAMILY.get(hit.kind, hit.kind), []).append(hit)
    kept: list[Hit] = []
    for family, members in families.items():
        if family in _OVERLAPPING:
            kept.extend(_longest_per_kind(members))
            continue
        outer = _outermost(members)
        if family == "trigger":  # "frappes de drones" names the weapon and the act: keep "frappes"
            # but not an act a phrase of ``not_events`` covers ("two assault rifles": a weapon only)
            weapons = [h for h in outer if h.kind == HitKind.WEAPON]
            no_acts = [h for h in outer if h.label == _NO_EVENT]
            outer += [h for h in members if h.kind == HitKind.EVENT and h.label in _ACTS and h not in outer
                      and any(w.start <= h.start and h.end <= w.end for w in weapons)
                      and not any(n.start <= h.start and h.end <= n.end for n in no_acts)]
        kept.extend(outer)
    no_acts = [h for h in kept if h.kind == HitKind.EVENT and h.label == _NO_EVENT]
    if no_acts:  # "un asesino a sueldo" (a hitman) holds "asesino … a" but tells no one killed
        kept = [h for h in kept if h.kind != HitKind.CASUALTY
                or not any(n.start <= h.start and h.end <= n.end for n in no_acts)]
    return sorted(kept, key=lambda h: (h.start, h.start - h.end))  # longest first (no ``size`` property call)


def _outermost(members: list[Hit]) -> list[Hit]:
    """Hits not strictly inside a longer hit of the same group (longest first, one pass)."""
    owner: dict[int, Hit] = {}
    kept = []
    for hit in sorted(members, key=lambda h: (h.start - h.end, h.start)):
        cover = owner.get(hit.start)
        if cover is not None and cover.end >= hit.end and cover.end - cover.start > hit.end - hit.start:
            continue
        kept.append(hit)
        for token in range(hit.start, hit.end):
            owner.setdefault(token, hit)
    return kept


def _longest_per_kind(hits: Iterable[Hit]) -> list[Hit]:
    by_kind: dict[str, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit)
    return [hit for group in by_kind.values() for hit in _outermost(group)]


def _glued(phrase: str, proclitics: list[str], script: re.Pattern[str] | None) -> list[str]:
    """``phrase`` with each preposition the stemmer leaves glued to its first word ("لحركة الشباب"),
    for a phrase in the pack's own script."""
    exact = "=" if phrase.startswith("=") else ""
    words = phrase.lstrip("=")
    if not proclitics or script is None or not script.match(words):
        return []
    return [f"{exact}{clitic}{words}" for clitic in proclitics]


def _acronym(phrase: str) -> bool:
    """An actor's acronym ("EIGS", "ЗСУ", "ТрО": one short word, two capitals or more), which
    the lexicon matches as written, never by its stem (the stem of "ТрО" is that of "троє")."""
    return not phrase.startswith("=") and " " not in phrase and len(phrase) <= 6 \
        and sum(char.isupper() for char in phrase) >= 2
