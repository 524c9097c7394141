"""Which number counts a casualty word: the nearest that counts people, before or after it
as the language orders them, the subject of a passive, a count told aside, an updated toll;
and which "one" written as a word is an article or a word inside a counted phrase."""

from __future__ import annotations

import re

from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .figures import Figure, Number
from .number_filters import PAUSE

_CLAUSE_END = re.compile(r"[;:.!?]")


def number_for(hit: Hit, numbers: list[Number], not_people: set[int],
                casualty_starts: set[int], owned: dict[int, Number], verb_initial: bool = False,
                joined: set[int] | frozenset[int] = frozenset(),
                names: list[tuple[int, int]] | None = None, people: set[int] | None = None,
                ones: set[int] | frozenset[int] = frozenset(),
                days: tuple[tuple[int, int], ...] = (), paused: frozenset[int] = frozenset(),
                ages: frozenset[int] = frozenset(), auxiliaries: frozenset[int] = frozenset()) -> Number | None:
    """The number a casualty word counts: just before it ("five dead", "5 people were killed")
    or just after it ("killing five", "death toll of 7"), unless that one counts the next
    casualty word ("trois tués et quinze blessés"). "One" written as a word (``ones``), often an
    article, counts only right beside it ("a woman was killed", "killing a farmer"; not "une autre
    ferme où ils ont décapité", "muertos en un enfrentamiento entre una coalición"). A comma after
    the number's noun (``paused``: tokens a pause follows) ends what it may count: "killed 10
    residents, abducting 160 others" counts the dead with ten; and a count told before a comma
    gives way to one after the casualty word ("attacked a bus on Monday, killing the driver").
    The words of a count of things (``ages``: "Un hombre de 32 años murió") between a count and
    its word part nothing. A tense auxiliary (``auxiliaries``: "a tué", "han matado") between a
    subject and its verb leaves the subject's count the subject's."""
    best: tuple[int, Number] | None = None
    after: tuple[int, Number] | None = None  # the best of the counts after the casualty word
    victims: Number | None = None  # the count right after an active verb: "killed six people"
    far_object: Number | None = None  # a count of people further on in the verb's clause
    for number in numbers:
        # "quinze autres blessés": a word between; not a conjunction ("killed a soldier and wounded two")
        follows = {number.end} if verb_initial or number.end in joined or number.end in paused \
            else {number.end, number.end + 1}
        if people and number.end + 1 in people and not paused.intersection((number.end, number.end + 1)):
            # "ums Leben gekommen, drei weitere Passanten verletzt"
            follows.add(number.end + 2)
        if number.start >= hit.end and follows & casualty_starts - set(joined) and not number.before_pause:
            continue  # "trois tués et quinze blessés": quinze counts the wounded ("قتل ثلاثة وأصيب": a new clause)
        if number.start >= hit.end and opens_own_clause(number, casualty_starts, paused):
            continue  # "drei Menschen getötet, 14 weitere wurden verletzt": 14 counts the wounded
        if number.value == 1 and number.start >= hit.end and people and number.end in people \
                and number.end + 1 in not_people - people:
            continue  # "tötete eine russische Drohne in Cherson zwei Zivilisten": one drone, no person
        if number.value == 1 and number.start >= hit.end and _one_before_the_counted(number, numbers, people,
                                                                                    names, joined | paused):
            continue  # "tötete ein russischer Soldat in Pokrowsk zwei Zivilisten": the subject after the verb
        if number.end in owned and number.end != hit.start:
            continue  # the number counts the casualty word right after it, not this one
        if number.start in casualty_starts and number.start != hit.start and number.end - number.start == 1:
            continue  # "سقوط قتيل وجريحين": a dual casualty noun counts its own word only
        if number.end <= hit.start:
            lone_one = number.value == 1 and number.end - number.start == 1  # "schlug … ein; dabei": a particle
            if number.before_pause and (number.end == hit.start or lone_one):
                continue  # "трое, ранены 12": three is the count before the comma
            if not verb_initial and hit.start - 1 in joined and number.end < hit.start - 1:
                continue  # "atacaron una base militar y mataron a 20": the verb opens a clause of its own
            # "Two men aged 30 and 45 were shot dead", "Dos hombres de 30 y 45 años fueron asesinados":
            # the words of the victims' ages or of a thing's count are no distance
            gap = hit.start - number.end - name_words(number.end, hit.start, names or []) \
                - len(ages.intersection(range(number.end, hit.start)))
            # "трое жителей села Теткино погибли", "жительница села ...": the people word is what
            # the number counts; the thing word right after it ("села", a counted unit elsewhere)
            # says whose they are
            counted_from = number.end + 2 if people and number.end in people \
                else number.end + 1 if people and number.start in people else number.end
            if gap > (T.ONE_BEFORE_WINDOW if number.start in ones else T.FIGURE_BEFORE_WINDOW) \
                    or not counts_people(number, not_people) \
                    or not_people.intersection(range(counted_from, hit.start)) - ages:
                continue  # "… at 14, and said the body": a reporting verb between counts apart
            distance = 2 * gap + 1 if verb_initial else gap
        elif number.start >= hit.end:
            opens = number.lead if number.lead >= 0 else number.start  # "killing at least five": from "at least"
            # "загинула 65-річна жінка": an age (a number and its unit) before the person counted stands apart
            aged = opens - 2 >= hit.end and opens - 1 in not_people and opens - 2 not in not_people
            opens = opens - 2 if aged else opens
            skipped = day_words(hit.end, opens, days)  # a day or an aside between: its words count nobody
            gap = max(opens, hit.end) - hit.end - skipped
            between: range | set[int] = range(hit.end + skipped, opens if aged else number.start)
            if verb_initial and names:  # "قتل مسلحو ولاية غرب إفريقيا 7 مزارعين": the subject's name, one word
                gap -= name_words(hit.end, opens, names)
                between = set(between).difference(*(range(s, e) for s, e in names if hit.end <= s and e <= opens))
            window = T.FIGURE_PEOPLE_AFTER_WINDOW if people and number.end in people \
                else T.ONE_AFTER_WINDOW if number.start in ones else T.FIGURE_AFTER_WINDOW
            # "tötete am Samstag auf einem Markt in Maiduguri sechs Menschen": a count of people in
            # the verb's clause, its place told first; the place's words ("Markt") count nothing
            object_of_verb = people is not None and number.end in people and number.start not in ones \
                and not paused.intersection(range(hit.start, number.start))
            if gap > window or not counts_people(number, not_people) \
                    or (not_people.intersection(between) and not object_of_verb) or joined.intersection(between):
                continue  # "tués et un blessé", "neutralisés et un lot d'armes": another count
            distance = gap if verb_initial else 2 * gap + 1  # "قُتل تسعة أشخاص": the count follows
            if victims is None and (gap == 0 or (gap <= T.VICTIMS_AFTER_WINDOW and number.start not in ones)):
                victims = number  # "mataron a tres"; not "died in an armed attack": an article one word on
            if far_object is None and object_of_verb:
                far_object = number
        elif number.start == hit.start and number.end == hit.end:
            distance = 0  # "سقط قتيلان": a dual casualty noun is its own count
        else:
            continue
        if number.start in ones:
            distance += T.ONE_PENALTY  # "un lourd bilan d'au moins 35 civils": the figure, not the article
        if best is None or distance < best[0]:
            best = (distance, number)
        if number.start >= hit.end and (after is None or distance < after[0]):
            after = (distance, number)
    if best is not None and victims is not None and not verb_initial \
            and counts_subject(best[1], hit, names, people, auxiliaries):
        return victims  # "A gunman killed two people", "Zwei Bewaffnete töteten drei Menschen": two, three
    if best is not None and far_object is not None and not verb_initial \
            and (best[1].value == 1 or far_object.value > 1) and best[1].end <= hit.start \
            and counts_subject(best[1], hit, names, people, auxiliaries):
        # "Ein Bewaffneter erschoss am Samstag in Culiacán drei Menschen", "Deux kamikazes ont tué
        # samedi dans un marché de Maiduguri douze personnes": the attackers' count is the subject's
        return far_object
    if best is not None and after is not None and best[1].end <= hit.start \
            and paused.intersection(range(best[1].end - 1, hit.start)):
        return after[1]  # "attaqué un bus lundi, tuant le chauffeur": the comma closes the bus's clause
    return best[1] if best else None


def opens_own_clause(number: Number, casualty_starts: set[int], paused: frozenset[int]) -> bool:
    """Whether ``number`` opens a clause after a comma whose own casualty word follows it within
    a few words ("getötet, 14 weitere wurden verletzt", "murieron tres, otras 60 personas
    resultaron heridas"): it counts that word, not a casualty word before the comma, however
    many words ("weitere", "Menschen", "wurden") stand between it and its own."""
    if number.start - 1 not in paused:
        return False
    for i in range(number.end, number.end + T.OWN_CLAUSE_WINDOW):
        if i in casualty_starts:
            return True
        if i in paused:
            return False
    return False


def _one_before_the_counted(number: Number, numbers: list[Number], people: set[int] | None,
                            names: list[tuple[int, int]] | None, joined: set[int] | frozenset[int]) -> bool:
    """Whether a person counted as one right after the verb stands before another count of people
    in its clause, no conjunction between ("Am Samstag tötete ein russischer Soldat in Pokrowsk
    zwei Zivilisten"): after a fronted day the verb comes second and its subject after it; the
    victims are the later count. ``joined`` holds conjunctions and the words a pause follows:
    "killing one soldier and two civilians" joins the two counts, "Загинув чоловік, ще двоє
    поранені" starts another clause."""
    if not people:
        return False
    own = bool({number.end, number.end - 1} & people) or any(s < number.end <= e for s, e in names or ())
    return own and any(other.start > number.end and other.end in people and other.value > 1
                       and not set(joined).intersection(range(number.end - 1, other.start)) for other in numbers)


def counts_subject(number: Number, hit: Hit, names: list[tuple[int, int]] | None,
                    people: set[int] | None, auxiliaries: frozenset[int] = frozenset()) -> bool:
    """Whether ``number`` counts the actor standing right before the casualty word, its
    subject when a count follows the verb ("Two gunmen killed three farmers", "A suicide bomber
    killed six people"): the attackers, not the dead."""
    if not people or number.end > hit.start:
        return False
    # the person is counted by the number ("two gunmen") or is the number's own word ("a soldier")
    start = number.end if number.end in people else number.end - 1 if number.end - 1 in people else -1
    if start < 0:  # "A Russian soldier": the number's own word closes a longer name
        start = next((s for s, e in names or () if s < number.end <= e), -1)
    if start < 0 or start == hit.start:
        return False
    end = next((e for s, e in names or () if s == start), start + 1)
    verb = hit.start
    while verb - 1 in auxiliaries and verb - 1 >= end:
        verb -= 1  # "Un kamikaze a tué", "Dos sicarios han matado": the auxiliary is the verb's
    return end == verb


def subject_count(hit: Hit, numbers: list[Number], passives: set[int], reporting: set[int], text: str | None,
                   tokens: list[Token], people: set[int] | frozenset[int] = frozenset(),
                   ages: frozenset[int] = frozenset()) -> Number | None:
    """The count opening a passive clause whose verb comes late: "the two drivers were pulled
    from their truck and beaten to death" is two. The number's noun is followed by a passive
    marker, the casualty word closes the same clause, and nothing between is another count.
    The sentence's first word counting a person ("A young teacher from Hpakant was shot dead")
    is the subject's count however long the phrase before the passive verb. After a fronted day
    the marker comes first ("Am Montag wurden drei Soldaten bei einem Angriff … getötet"). The
    words of the victims' ages (``ages``: "Zwei Männer im Alter von 30 und 45 Jahren wurden …
    getötet") stretch neither distance."""
    if text is None or not tokens:
        return None
    first = tokens[0].index
    # a verb-final clause ("Mindestens acht Menschen wurden am Dienstag bei einem Angriff auf einen
    # Markt ... getötet") ends far from the count of people that opens the sentence, a vague one too
    # ("Dutzende Menschen wurden ... getötet"); "one" written as a word between them ("einem",
    # "einen") is an article, no count of its own
    # its qualifier may open the sentence ("Mehr als 30 Menschen wurden …")
    opening = next((n for n in numbers if n.end <= hit.start and n.end in people
                    and (n.lead if n.lead >= 0 else n.start) - first <= T.SUBJECT_OPENING_WORDS), None)
    before = [n for n in numbers if n.end <= hit.start and (not n.vague or n is opening)]
    if not before:
        return None
    number, reach = before[-1], T.SUBJECT_COUNT_WINDOW
    if opening is not None and all(n.value == 1 and not tokens[n.start - first].is_digit
                                   for n in before if n.start > opening.start):
        number, reach = opening, T.OPENING_SUBJECT_COUNT_WINDOW
    passive_window = T.SUBJECT_COUNT_WINDOW if number.start == first and any(
        number.start <= p < hit.start for p in people) else T.SUBJECT_PASSIVE_WINDOW  # "A young villager": its own
    aged = len(ages.intersection(range(number.end, hit.start)))  # "Zwei Männer im Alter von 30 und 45 Jahren wurden"
    if hit.start - number.end - aged > reach or number.before_pause \
            or not any(number.end <= p <= number.end + passive_window + aged
                       or 0 < number.start - p <= T.SUBJECT_PASSIVE_BEFORE for p in passives) \
            or reporting.intersection(range(number.end, hit.start)) \
            or PAUSE.search(text, tokens[number.end - first].start, tokens[hit.start - first].start):
        return None
    return number if counts_people(number, set()) else None


def aside_count(hit: Hit, numbers: list[Number], counted: set[int], text: str | None,
                 tokens: list[Token], sources: frozenset[int] = frozenset(),
                 passives: set[int] | frozenset[int] = frozenset()) -> Number | None:
    """The count of a subject described between commas before its verb: "At least 30 people,
    most of them women and children, were killed" is 30; "184 personnes, pour la plupart des
    personnes âgées, ont été tuées" is 184. The aside holds no count and no casualty word of
    its own, and the verb follows its closing comma; a passive auxiliary right after that comma
    opens a verb-final clause whose participle may come later ("Sechs Menschen, darunter zwei
    Kinder, wurden bei einem Luftangriff im Gazastreifen getötet")."""
    if text is None or not tokens:
        return None
    first = tokens[0].index
    before = [n for n in numbers if n.end <= hit.start and not n.vague]
    if not before or before[-1].end >= hit.start:
        return None
    number = before[-1]
    between = tokens[number.end - first:hit.start - first]
    # up to the casualty word itself: "Vier Menschen, darunter ein Kind, erlitten Verletzungen"
    # closes the aside right before it
    reach = tokens[number.end - first:hit.start - first + 1]
    commas = [i for i, (left, right) in enumerate(zip(reach, reach[1:], strict=False))
              if "," in text[left.end:right.start]]
    if len(commas) != 2 or _CLAUSE_END.search(text, between[0].start, between[-1].end):
        return None
    opened, closed = commas
    verb_words = [t for t in between[closed + 1:] if t.index not in sources]  # "nach Angaben der Polizei"
    verb_final = bool(verb_words) and verb_words[0].index in passives \
        and not PAUSE.search(text, verb_words[0].start, tokens[hit.start - first].start)
    if opened + 1 > T.ASIDE_NOUN_WORDS or closed - opened > T.ASIDE_WORDS \
            or len(verb_words) > (T.ASIDE_VERB_FINAL_WORDS if verb_final else T.ASIDE_VERB_WORDS):
        return None
    aside_end = between[closed].index + 1
    if counted.intersection(range(number.end, aside_end)) or any(
            number.end < n.start < aside_end and not n.vague for n in numbers):
        return None
    if "," in text[tokens[number.end - 1 - first].end:between[0].start]:
        return None  # "30, most of them..." : the count is its own subject, told as a figure
    return number if counts_people(number, set()) else None


def updated_count(hit: Hit, numbers: list[Number], updates: set[int]) -> Number | None:
    """"The death toll from the attack rose to 18": the number an update gives the casualty word
    before it, however far."""
    ends = [end for end in updates if 0 <= end - hit.end <= T.UPDATED_TOLL_WINDOW]
    return next((n for n in numbers for end in ends if 0 <= n.start - end <= T.UPDATE_WINDOW), None)


def name_words(start: int, end: int, names: list[tuple[int, int]]) -> int:
    """Words of multi-word names between two tokens beyond the first of each: "une vingtaine de
    volontaires pour la défense de la patrie (VDP) ont été tués" counts the name as one word."""
    return sum(e - s - 1 for s, e in names if start <= s and e <= end)


def day_words(start: int, end: int, days: tuple[tuple[int, int], ...]) -> int:
    """Words of the days and manners of killing told right after a verb (``days`` maps where
    each starts, or the article before it, to where it ends): "mató el martes a un hombre",
    "asesinaron a balazos a un alcalde" do not part the verb from its victim."""
    spans = dict(days)
    words, i = 0, start
    while i < end and spans.get(i, i) > i:  # "el martes", "a balazos": skipped where they start
        words, i = words + spans[i] - i, spans[i]
    return words


def counts_people(number: Number, not_people: set[int]) -> bool:
    """Not "24 hours", "40 times", "3 drones", "9 November" or a year; a comma after the
    number ends what it counts ("загинула жінка, повідомила адміністрація": the woman, not the
    reporting verb after the comma)."""
    if number.end in not_people and not number.before_pause:
        return False
    if number.value > 100_000:
        return False
    return not (1900 <= number.value <= 2100)


def smaller_figure(current: Figure | None, new: Figure) -> Figure:
    if current is None or new.value < current.value:
        return new
    return current
