"""Where a sentence's main clause is and what its words stand for, read from punctuation,
capitals and word order: the act of a background phrase that opens a sentence is not the main
verb, an area word with no name after it stands for a place told before, and the actor between
an act and its target word is the act's author."""

from __future__ import annotations

from ...actors.roles import ActorMention
from ...normalize import breaks_clause
from ...packs.vocabulary import ActorCategory, Cue, EventWord, HitKind, PlaceWord
from ...prepare import Prepared
from .. import tuning as T
from ..hits import Hit
from .context import DocContext, SentenceView

_PAUSE_MARKS = frozenset(",;\u060c\u061b")  # with the Arabic comma and semicolon
CLAUSE_PUNCTUATION = frozenset(",;:.\u060c\u061b")  # marks that end a clause told inside a sentence


def main_clause_start(prepared: Prepared, view: SentenceView) -> int:
    """Where the main clause starts after a background phrase that opens the sentence ("After
    hours of shelling, the rebels entered the city", "Tras intensos combates, el ejército..."):
    the act of that phrase is no verb whose voice decides the roles. The sentence's first
    token when no such phrase opens it."""
    tokens, text = prepared.tokens, prepared.doc.text
    first = view.sentence.tokens[0].index
    opened = any(h.start == first for h in view.of(HitKind.CUE, Cue.BACKGROUND))
    for token in view.sentence.tokens[1:]:
        if breaks_clause(text[tokens[token.index - 1].end:token.start]):
            return token.index if opened or _act_phrase_before(view, first, token.index) else first
    return first


def _act_phrase_before(view: SentenceView, first: int, comma: int) -> bool:
    """Whether the sentence opens with a short phrase naming its act, set off by a comma, before
    a clause with its own subject and verb ("In an attack on Saturday, gunmen killed 12 people",
    "Lors d'une attaque samedi, des hommes armés ont tué…"): the clause's verb decides the roles,
    not the act noun, whose "on" opens a day and no target."""
    if comma - first > T.BACKGROUND_WORDS:
        return False
    acts = [h for h in view.of(HitKind.EVENT) if first <= h.start < comma]
    actors = [h.start for h in view.of(HitKind.ACTOR)]
    return bool(acts) and not any(first <= a < comma for a in actors) and any(
        h.start > a >= comma for h in view.of(HitKind.EVENT) for a in actors)


def names_nothing(prepared: Prepared, word: Hit, words: list[Hit], cased: bool) -> bool:
    """An area word that stands for a place told before ("the city", "этот город."), not
    one that opens a name ("the town of Awdi", its longer overlapping phrase included): in a
    cased script, no capital right after it in the clause. An uncased script cannot tell."""
    if not cased:
        return False
    end = max((w.end for w in words if word.start <= w.start < word.end), default=word.end)
    tokens, text = prepared.tokens, prepared.doc.text
    if end >= len(tokens):
        return True
    after = tokens[end]
    return not after.upper or bool(text[tokens[end - 1].end:after.start].strip())


def target_word_end(view: SentenceView, start: int) -> int | None:
    """Where the first target word at or after ``start`` ends ("an attack on the base"), not one
    that opens a day ("clashed with al-Shabaab militants on Monday, killing four people": what
    follows "on" is a time, and the dead after it are no target of the clash)."""
    days = [(t.start, t.end) for t in view.times]
    return next((h.end for h in view.of(HitKind.CUE, Cue.TARGET) if h.start >= start
                 and not any(a <= h.end < b or a <= h.start < b for a, b in days)), None)


def without_noun_agent(view: SentenceView, mentions: list[ActorMention], predicate: Hit,
                       prepared: Prepared | None = None) -> list[ActorMention]:
    """"атаки ВСУ на автомобиль", "un ataque del ELN contra una patrulla": the actor between an act
    and the target word after it is the act's author, not the side it hit. So is, with
    ``prepared``, the side named by agent words after the act ("un ataque perpetrado por el ELN
    contra una patrulla", :func:`act_agent`)."""
    agent = act_agent(view, prepared) if prepared is not None else None
    doer = next((m for m in mentions if agent is not None and 0 <= m.start - agent <= T.ACT_AGENT_WORDS), None)
    mentions = [m for m in mentions if m is not doer]
    named = {i for m in mentions for i in range(m.start, m.end)}  # "un ataque de las paramilitares Fuerzas de
    # Apoyo Rápido (FAR) contra la aldea": the author's name, however long, counts as no word between
    cue = next((h for h in view.of(HitKind.CUE, Cue.TARGET) if h.start > predicate.end and len(
        [i for i in range(predicate.end, h.start) if i not in named]) <= T.NOUN_AGENT_WORDS), None)
    # a side named after the target word, or the name ending right at it ("(FAR) contra la aldea"):
    # not "neutralised nine attackers near Kaya on Tuesday", where "on" opens a day
    if cue is None or not any(m.start >= cue.end or (predicate.end < m.start and 0 <= cue.start - m.end <= 1)
                              for m in mentions):
        return mentions
    return [m for m in mentions if not predicate.end <= m.start < cue.start]


def agent_after_victims(view: SentenceView, mentions: list[ActorMention], predicate: Hit) -> bool:
    """"قتل شاب برصاص الجيش" (a young man was killed by the army's bullets): unvocalised Arabic
    writes the passive like the active, so the agent phrase after the victims tells the voice
    when only civilians stand between the verb and it and an actor that can act follows it (dead
    soldiers there are one side of a fight, told as before)."""
    for cue in view.of(HitKind.CUE, Cue.PASSIVE_AGENT):
        if not 0 < cue.start - predicate.end <= T.VICTIMS_BEFORE_AGENT:
            continue
        between = [m for m in mentions if predicate.end <= m.start < cue.start]
        agent = next((m for m in mentions if 0 <= m.start - cue.end <= 1), None)
        return bool(between) and all(m.ref.category == "civilians" for m in between) \
            and agent is not None and agent.ref.category not in ("civilians", "protesters")
    return False


def taking_over_clash(verbs: list[Hit], nearest: Hit) -> Hit:
    """"Les rebelles se sont emparés de X ... après de violents combats avec l'armée": a town taken
    is the event (the fighting its means), so the taking word, not the clash word nearer the
    place, decides the roles: its subject took the town."""
    if nearest.label != EventWord.CLASH:
        return nearest
    return next((v for v in verbs if v.label in (EventWord.OVERTAKE, EventWord.REGAIN)), nearest)


def interceptions(verbs: list[Hit]) -> list[Hit]:
    """The outcome words among ``verbs`` (an interception, a defusing) but those a killing word
    shares after another act: "a mené des frappes ..., neutralisant une vingtaine de combattants"
    kills, and the subject of the strikes told first struck."""
    kills = {(h.start, h.end) for h in verbs if h.kind == HitKind.EVENT and h.label == EventWord.KILL}
    acts = [h.start for h in verbs if h.kind == HitKind.EVENT and h.label != EventWord.KILL]
    return [h for h in verbs if h.kind == HitKind.OUTCOME
            and not ((h.start, h.end) in kills and any(start < h.start for start in acts))]


def act_agent(view: SentenceView, prepared: Prepared | None = None) -> int | None:
    """Where the agent words right after an act noun end ("обстрела со стороны ВСУ", "обстрілу
    з боку російських військ", "ataque por parte del ELN"): the side named next did it, whatever
    the sentence's verb. None when no act noun is so followed ("a convoy escorted by soldiers":
    the agent words follow no act). With ``prepared``, one word of no family may stand between
    the act and its agent words, a time phrase after it ("un ataque perpetrado el viernes por",
    "an attack carried out on Friday by"): the participle of the act itself, not a noun the
    agent words could belong to, which would be a word of a family (a target word, a place)."""
    acts = {h.end for h in view.hits if h.kind in (HitKind.WEAPON, HitKind.EVENT)}
    cues = view.of(HitKind.CUE, Cue.PASSIVE_AGENT)
    direct = next((h.end for h in cues if h.start in acts), None)
    if direct is not None or prepared is None:
        return direct
    bridged = next((h.end for h in cues if _bridged(view, prepared, acts, h.start)), None)
    return bridged if bridged is not None else _relative_subject(view, prepared, acts)


def _relative_subject(view: SentenceView, prepared: Prepared, acts: set[int]) -> int | None:
    """Where the subject of a relative clause right after an act noun starts ("the shelling that
    HDF fighters carried out against the town", "обстрел, который в среду боевики группировки
    предприняли по посёлку", "l'attaque que les rebelles ont lancée"): the side named first in
    the clause, time words and words of no family aside ("в тот же день"), did the act. Not
    when the relative word is the clause's subject ("the attack that killed three soldiers": an
    act word comes first), nor when the clause tells another act of its own ("the assault that
    the army repelled": the army was its target)."""
    tokens, text = prepared.tokens, prepared.doc.text
    relatives = prepared.pack.grammar.subordinators
    actors = {h.start: h for h in view.of(HitKind.ACTOR)}
    timed = {i for t in view.times for i in range(t.start - 1, t.end)}
    worded = {i for h in view.hits for i in range(h.start, h.end)}
    acting = {i for h in view.hits if h.kind in (HitKind.EVENT, HitKind.OUTCOME, HitKind.CASUALTY, HitKind.WEAPON)
              for i in range(h.start, h.end)}
    last = view.sentence.tokens[-1].index
    for end in sorted(acts):
        if end > last or tokens[end].norm not in relatives:
            continue
        start = next((i for i in range(end + 1, min(end + 1 + T.RELATIVE_SUBJECT_GAP, last + 1))
                      if i in worded and i not in timed), None)
        if start is None or start not in actors:
            return None  # the relative word is the subject, or an object other than a side follows
        close = next((i for i in range(actors[start].end, last + 1)
                      if breaks_clause(text[tokens[i - 1].end:tokens[i].start])), last + 1)
        if acting.intersection(range(actors[start].end, close)):
            return None  # "the assault that the army repelled": its own act, whose target the act was
        return start
    return None


def _bridged(view: SentenceView, prepared: Prepared, acts: set[int], cue: int) -> bool:
    """Whether an act ends right, or one word of no family, before ``cue``, time words aside (with the
    article or preposition right before them: "el viernes", "on Friday")."""
    worded = {i for h in view.hits for i in range(h.start, h.end)}
    timed = {i for t in view.times for i in range(t.start - 1, t.end)}
    for end in (a for a in acts if 0 < cue - a <= T.ACT_AGENT_BRIDGE):
        free = [i for i in range(end, cue) if i not in timed]
        tokens, text = prepared.tokens, prepared.doc.text
        if free in ([], [end]) and end not in worded and not breaks_clause(text[tokens[end - 1].end:tokens[cue].start]):
            return True
    return False


_AIMED_ACTS = frozenset({EventWord.ATTACK, EventWord.STRIKE})
_SIDED_ACTS = _AIMED_ACTS | {EventWord.CLASH}


def act_before_passive_deaths(prepared: Prepared, verbs: list[Hit], deaths: Hit) -> Hit | None:
    """"Des soldats ont affronté des combattants de Boko Haram lundi, quatre personnes ont été
    tuées": deaths told in a passive clause of their own, after a comma, are the toll of the
    clash or attack told before it, whose words decide who did it to whom (the dead are not
    the side the clash hit)."""
    acts = [v for v in verbs if v.end <= deaths.start and v.label in _SIDED_ACTS]
    if not acts or deaths.label != EventWord.KILL:
        return None
    tokens, text = prepared.tokens, prepared.doc.text
    act = acts[-1]
    return act if any(_PAUSE_MARKS.intersection(text[tokens[i - 1].end:tokens[i].start])
                      for i in range(act.end, deaths.start)) else None


def act_before_deaths(view: SentenceView, prepared: Prepared, acts: list[Hit], deaths: Hit) -> Hit | None:
    """The act whose dead a death word counts, named before it in its clause with its target ("В
    результате нападения боевиков на пост полиции погибли двое полицейских", "a strike on the
    market killed three"): that act's words, not the deaths', decide who did it to whom."""
    act = acts[-1] if acts else None
    if act is None or act.kind != HitKind.EVENT or act.label not in _AIMED_ACTS:
        return None
    target = next((h.end for h in view.of(HitKind.CUE, Cue.TARGET) if act.end <= h.start < deaths.start), None)
    if target is None:
        return None
    tokens, text = prepared.tokens, prepared.doc.text
    # a list of targets may hold commas ("на синагогу, церкви и пост полиции погибли"); no clause
    # ends between the act and its target, nor right before the deaths ("напали на пост, погибли двое")
    if any(breaks_clause(text[tokens[i - 1].end:tokens[i].start]) for i in (*range(act.end, target), deaths.start)):
        return None
    # the dead named after the word are what the act hit when they are of the kind of its target
    # ("... на пост полиции погибли двое полицейских"); others ("An Israeli drone strike on a car
    # killed two Hezbollah members") are the victims the death word's own clause names
    targets = {h.label for h in view.of(HitKind.ACTOR) if target <= h.start < deaths.start}
    last = view.sentence.tokens[-1].index + 1
    end = next((i for i in range(deaths.end, last) if breaks_clause(text[tokens[i - 1].end:tokens[i].start])), last)
    dead = {h.label for h in view.of(HitKind.ACTOR) if deaths.end <= h.start < end}
    return act if dead <= targets else None


def weapon_subject(view: SentenceView, act: Hit) -> bool:
    """A weapon right before an act word is its subject ("Беспилотник атаковал военную базу"): the
    word is a verb, and the actor after it is its object, not the genitive agent of an act noun
    ("атака боевиков")."""
    return any(h.end == act.start for h in view.of(HitKind.WEAPON))


def opening_attack(view: SentenceView, verbs: list[Hit], opening: int) -> Hit | None:
    """In a verb-first language, the attack verb that opens the main clause with an actor right
    after it ("هاجم مسلحون من حركة الشباب قاعدة ... ما أدى إلى اندلاع معارك"): its subject attacked,
    whatever fighting the sentence tells after it as the outcome."""
    verb = next((v for v in verbs if v.start == opening and v.label == EventWord.ATTACK), None)
    if verb is None or not any(0 <= h.start - verb.end <= T.VERB_SUBJECT_WORDS for h in view.of(HitKind.ACTOR)):
        return None
    return verb


def after_preposition(prepared: Prepared, locatives: frozenset[str], predicate: Hit) -> bool:
    """"من تحييد إرهابيين" (managed the neutralising of terrorists): an act word right after a
    preposition is a verbal noun, whose object follows it; it is no verb opening its clause."""
    return predicate.start > 0 and prepared.tokens[predicate.start - 1].norm in locatives


def protesters_as_object(view: SentenceView, trigger: Hit) -> bool:
    """A protest word that only names the protesters, as the object of a preposition
    ("أساليب الشرطة تجاه المتظاهرين", "the government's attitude towards protesters"): it tells
    of what others did to them, not that anyone protested."""
    return trigger.kind == HitKind.EVENT and trigger.label == EventWord.PROTEST \
        and any(a.start == trigger.start and a.end == trigger.end and a.label == ActorCategory.PROTESTERS
                for a in view.of(HitKind.ACTOR)) \
        and any(c.end == trigger.start for c in view.of(HitKind.CUE, Cue.TARGET))


def final_passive(prepared: Prepared, view: SentenceView, predicate: Hit) -> Hit | None:
    """The passive auxiliary of a verb-final clause, far before the participle that closes it
    ("Sieben Zivilisten wurden am Montag bei Djibo von Dschihadisten getötet"): in the clause,
    within reach, with no other act or casualty word between. The act is then passive though
    its auxiliary stands further than a verb-second language's would."""
    tokens, text = prepared.tokens, prepared.doc.text
    verbs = {h.start for h in view.hits if h.kind in (HitKind.EVENT, HitKind.CASUALTY)}
    for aux in view.of(HitKind.CUE, Cue.PASSIVE):
        if aux.end <= predicate.start and predicate.start - aux.end <= T.FINAL_PASSIVE_WORDS \
                and not any(aux.end <= v < predicate.start for v in verbs) \
                and not any(breaks_clause(text[tokens[i - 1].end:tokens[i].start])
                            for i in range(aux.end, predicate.start + 1)):
            return aux
    return None


def agent_before_participle(view: SentenceView, aux: Hit, predicate: Hit) -> int | None:
    """Where the agent word between a verb-final passive's auxiliary and its participle ends
    ("wurden ... von Dschihadisten getötet"): the side named right after it acted."""
    return next((h.end for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT) if aux.end <= h.start < predicate.start),
                None)


def response_clause(prepared: Prepared, view: SentenceView) -> tuple[int, int]:
    """The tokens of an act told as the cause of the event ("..., in response to shelling by
    the army on its positions", "ردا على قصف من الجيش"): from the response word to the end of
    its clause. Its actors did the earlier act, not this one; (0, 0) when there is none."""
    tokens, text = prepared.tokens, prepared.doc.text
    last = view.sentence.tokens[-1].index + 1 if view.sentence.tokens else 0
    for cue in view.of(HitKind.CUE, Cue.RESPONSE):
        end = next((i for i in range(cue.end, last)
                    if any(c in CLAUSE_PUNCTUATION for c in text[tokens[i - 1].end:tokens[i].start])), last)
        return cue.start, end
    return 0, 0

def embedded_relatives(prepared: Prepared, view: SentenceView, trigger: Hit) -> list[tuple[int, int]]:
    """Relative clauses set between commas before the act ("Twelve traders, whose sons belonged
    to a rival gang, were shot dead"; "Трое мужчин, которых боевики похитили год назад, были
    освобождены"): they describe the noun before them, and the actors they name are no side
    of the act told after them."""
    tokens, text = prepared.tokens, prepared.doc.text
    words = prepared.pack.grammar.subordinators
    relative = {h.start for h in view.of(HitKind.CUE, Cue.RELATIVE)}
    sentence = view.sentence.tokens
    spans = []
    for k, token in enumerate(sentence[1:], 1):
        if token.index >= trigger.start or not (token.norm in words or token.index in relative) \
                or "," not in text[sentence[k - 1].end:token.start]:
            continue
        end = next((t.index for t in sentence[k + 1:]
                    if "," in text[tokens[t.index - 1].end:t.start]), None)
        if end is not None and end <= trigger.start:
            spans.append((token.index, end))
    return spans


def coordinated(prepared: Prepared, first: Hit, second: Hit) -> bool:
    """Whether ``second`` opens a clause joined to the one of ``first``: a comma ("attacked a
    checkpoint, killing two"), a conjunction ("attacked ... and killed"), or a conjunction
    written as the verb's prefix (Arabic "وقتلوا")."""
    tokens, text = prepared.tokens, prepared.doc.text
    if breaks_clause(text[tokens[first.end - 1].end:tokens[second.start].start]):
        return True
    conjunctions = prepared.pack.grammar.conjunctions
    if second.start > first.end and tokens[second.start - 1].norm in conjunctions:
        return True
    word = tokens[second.start].norm
    return any(len(c) == 1 and word.startswith(c) and len(word) > 3 for c in conjunctions)


def clause_end_after(ctx: DocContext, token: int) -> bool:
    """Whether a clause ends right after ``token``: punctuation, a conjunction, the text's end."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    if token + 1 >= len(tokens):
        return True
    return breaks_clause(text[tokens[token].end:tokens[token + 1].start]) \
        or tokens[token + 1].norm in ctx.prepared.pack.grammar.conjunctions


def object_after(view: SentenceView, days: dict[int, int], end: int) -> int:
    """Where the object of a killing word ending at ``end`` may start: past a day or a manner
    ("killed on Sunday three farmers") and then a place told with its locative and one
    capitalised name ("Am Samstag tötete ein russischer Soldat in Cherson einen Zivilisten": the
    soldier killed, he was not killed)."""
    at = days.get(end, end)
    tokens = view.sentence.tokens
    first = tokens[0].index if tokens else 0
    locatives = {h.start for h in view.of(HitKind.PLACE, PlaceWord.AT) if h.end == h.start + 1}
    if at in locatives and 0 <= at + 1 - first < len(tokens) and tokens[at + 1 - first].upper:
        at = days.get(at + 2, at + 2)
    return at


def agent_after_the_wounded(view: SentenceView, mentions: list[ActorMention], predicate: Hit) -> bool:
    """"قُتل ٥ فلسطينيين وأصيب ٢٠ آخرون برصاص القوات الإسرائيلية": the agent word ("برصاص", by
    the fire of) after the dead and the wounded of a passive told first is the agent of both;
    only victims stand between, no side that acts."""
    if predicate.kind != HitKind.EVENT or predicate.start != view.sentence.tokens[0].index:
        return False
    agent = next((h for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT)
                  if 0 < h.start - predicate.end <= T.AGENT_AFTER_WOUNDED), None)
    return agent is not None and any(predicate.end <= h.start < agent.start for h in view.of(HitKind.CASUALTY)) \
        and all(m.victim for m in mentions if predicate.end <= m.start < agent.start)
