"""Lookup keys for place names: the same folding for the gazetteer and for article text.

A key is the folded name's words joined by single spaces (``Aïn al-Asad`` -> ``ain al asad``).
Variants let a mention find its place: without a leading Arabic article (``al``, ``el``,
``ad``...), and for Cyrillic names with case endings stripped (``в Белгороде`` -> ``белгород``).
The word lists are data (:mod:`.spelling`, ``dateline/data/places/names.toml``).
"""

from __future__ import annotations

import functools
import re

from ..normalize import WORD, fold
from .spelling import spelling

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_VOWELS = frozenset("аеиоуыэюяіїє")


def words(text: str) -> list[str]:
    return WORD.findall(fold(text).text)


def name_key(text: str) -> str:
    return " ".join(words(text))


def strip_article(key: str) -> str | None:
    """``al asad`` -> ``asad``; ``الموصل`` -> ``موصل``; None when there is no article."""
    rules = spelling()
    head, _, rest = key.partition(" ")
    if rest and head in rules.articles:
        return rest
    if key.startswith(rules.script_article) and len(key) > 4:
        return key[len(rules.script_article):]
    return None


def cyrillic_stem(word: str, shortest: int = 4) -> str:
    """A Cyrillic word without its case ending, the same for every case of a name:
    "Нигерия", "Нигерии", "Нигерией" -> "нигери" (not "нигер", Niger); "Доха", "Дохе" ->
    "дох"; "Нових" -> "нов" when ``shortest`` allows a stem of three letters."""
    if not _CYRILLIC.search(word) or len(word) < 4:
        return word
    if len(word) == 4:  # "Дохе", "Газа", "Гомі": only the last vowel declines
        return word[:-1] if word[-1] in _CYRILLIC_VOWELS else word
    soft = _SOFT_STEM.search(word)
    if soft and soft.start() + 1 >= shortest:  # "-ия", "-ии", "-ию", "-ией": the stem keeps its "и"
        return word[:soft.start() + 1]
    for ending in spelling().case_endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)]
    return word


# the endings of a noun in "-ия"/"-ія" ("Колумбия", "в Колумбии", "Колумбией", "Колумбію")
# (not adjectives in "-кий", "-ський": "Рязанский" is the city of Ryazan)
_SOFT_STEM = re.compile(r"(?<=[^аеиоуыэюяіїєк])[иі](?:я|и|ю|еи|е|і|єю)$")


def stem_key(key: str) -> str | None:
    """Key with Cyrillic case endings removed, or None if nothing changes."""
    words = key.split()
    if len(words) == 1:
        stemmed = cyrillic_stem(key)
    else:  # every word of a longer name declines: "Минеральные Воды", "Минеральных Вод", "Нових Санжарах"
        stemmed = " ".join(cyrillic_stem(w, 3) for w in words)
    return stemmed if stemmed != key else None


def name_keys(name: str) -> set[str]:
    """All keys under which a gazetteer name is indexed."""
    key = name_key(name)
    if not key:
        return set()
    keys = {key}
    for variant in (strip_article(key), stem_key(key)):
        if variant:
            keys.add(variant)
    stripped = strip_article(key)
    if stripped and (stemmed := stem_key(stripped)):
        keys.add(stemmed)
    keys.update(_spelled_city(key))
    if (run_together := _run_together(name)) is not None:
        keys.add(run_together)
    if (adjectival := _adjective_stems(key)) is not None:
        keys.add(adjectival)
    if (joined := _apostrophes_dropped(name)) is not None:
        keys.add(joined)
        keys.update(v for v in (strip_article(joined),) if v)
    return keys


# an apostrophe between two Latin letters: GeoNames marks glottal stops and ejectives with it
# ("Nek’emtē", "Debre Mark’os", "Sa'dah"); the press writes the word whole ("Nekemte")
_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])['\u2019\u02bc\u02bb`](?=[a-z\u00e0-\u024f])")


def _apostrophes_dropped(name: str) -> str | None:
    """The key of a Latin name with its inner apostrophes dropped, if it has any. Only before
    a lower-case letter: "N'Djamena", "Côte d'Ivoire" are two words to the press too."""
    joined = _INNER_APOSTROPHE.sub("", name)
    return name_key(joined) if joined != name else None


_ADJECTIVE_NOMINATIVE = ("ии", "іи", "ыи")  # "-ий", "-ій", "-ый" folded


def _adjective_stems(key: str) -> str | None:
    """A name of several words with an adjective in "-ий" ("Куп'янськ-Вузловий") under the
    stems its cases share ("у Куп'янську-Вузловому" -> "куп'янськ вузлов"): the stem of a noun
    in "-ия" keeps its "и" (:func:`cyrillic_stem`), an adjective's does not."""
    words = key.split()
    if len(words) < 2 or not _CYRILLIC.search(key) or not any(
            w.endswith(_ADJECTIVE_NOMINATIVE) and len(w) >= 6 for w in words):
        return None
    stems = [w[:-2] if w.endswith(_ADJECTIVE_NOMINATIVE) and len(w) >= 6 else cyrillic_stem(w, 3) for w in words]
    return " ".join(stems)


def _spelled_city(key: str) -> list[str]:
    """"مدينة مكسيكو" is also "مكسيكو سيتي": the press spells the English "City" out after the
    name where the sources put the word for city before it."""
    rules = spelling()
    if not rules.city_prefix or not _ARABIC.match(key):
        return []
    prefix = name_key(rules.city_prefix) + " "
    if not key.startswith(prefix) or " " in key[len(prefix):]:
        return []
    return [f"{key[len(prefix):]} {name_key(suffix)}" for suffix in rules.city_suffixes]


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
_MOST_RUN_TOGETHER = 3  # words of a name written without the spaces between them


def _run_together(name: str) -> str | None:
    """The key of an Arabic-script name of several words written without the spaces between
    them, when each word but the last ends in a letter that does not join the next ("طير حرفا"
    -> "طيرحرفا", "أبو ظبي" -> "ابوظبي"): the space is invisible there, and writers leave it
    out. None for any other name (a joining letter shows where a word ends)."""
    parts = name.split()
    if not 2 <= len(parts) <= _MOST_RUN_TOGETHER or not all(_ARABIC_WORD.fullmatch(p) for p in parts):
        return None
    if not all(p[-1] in spelling().non_joining for p in parts[:-1]):
        return None
    return name_key("".join(parts))


def translit_skeleton(key: str) -> str:
    """A loose spelling of a Latin-script name for fuzzy matching across transliterations:
    "Nabatiyé", "Nabatieh" and "Nabatiyeh" come close; "El-Facher" and "El Fasher" meet."""
    text = key.replace(" ", "")
    for old, new in spelling().transliterations:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.rstrip("h")


_LATIN_VOWELS = re.compile(r"[aeiou]")


@functools.lru_cache(maxsize=16_384)
def cyrillic_skeletons(key: str) -> frozenset[str]:
    """The :func:`translit_skeleton` of a Cyrillic key and of its forms without case endings,
    spelled in Latin letters ("слов'янську" -> the skeleton of "Slovyansk"); empty for a key in
    another script. Lets a place whose own name is the one written win over a place that only
    has it as an old alias."""
    if not _CYRILLIC.search(key):
        return frozenset()
    found = {cyrillic_skeleton(variant) for variant in query_keys(key)}
    return frozenset(found - {""})


def cyrillic_skeleton(key: str) -> str:
    """The :func:`translit_skeleton` of a Cyrillic key as written, spelled in Latin letters
    ("покровськ" -> that of "Pokrovsk"); empty when it spells into other than letters."""
    from unidecode import unidecode

    latin = " ".join(unidecode(key).lower().replace("'", "").split())
    return translit_skeleton(latin) if latin.replace(" ", "").isalpha() else ""


def consonant_skeleton(key: str) -> str:
    """Consonants of a Latin-script name, transliteration variants folded ("kajuru" -> "kjr")."""
    return _LATIN_VOWELS.sub("", translit_skeleton(key))


def consonant_count(skeleton: str) -> int:
    """How many consonants a consonant skeleton holds: "sh" is one ("sht", Shaat, has two)."""
    return len(skeleton) - skeleton.count("sh")


def arabic_consonant_skeleton(key: str) -> str:
    """Consonants of an Arabic-script name in the classes of :func:`consonant_skeleton`, whose
    Latin names lose a final "h": a final ة or ه goes, and a letter before it keeps its sound
    ("الطويشة" is "tsh", as "Tuwayshah" is); else a final "h" goes ("العريش", "Arish": "rs")."""
    word = (strip_article(key) or key).replace(" ", "")
    consonants = spelling().consonants
    if len(word) > 1 and word.endswith(_FINAL_H):
        return "".join(consonants.get(char, "") for char in word[:-1])
    return "".join(consonants.get(char, "") for char in word).rstrip("h")


_FINAL_H = ("ة", "ه")  # the feminine ending and a final "h": Latin spellings end in a vowel ("-a", "-ah")


def query_keys(key: str) -> list[str]:
    """Keys to try for a mention, most literal first."""
    keys = literal_keys(key)
    for variant in (*_without_proclitic(key), _declined_words(key)):
        if variant and variant not in keys:
            keys.append(variant)
    return keys


_SHORT_INSTRUMENTAL = ("ом", "ем")  # the instrumental of a short masculine noun ("яр", "рог")
_ADJECTIVE_INSTRUMENTAL = ("ым", "им")  # and of an adjective before it ("часовым", "кривим")


def declined_word_stem(word: str, last: bool = False) -> str:
    """The stem one word of a Cyrillic name of several words in an oblique case is indexed
    under (``last``: the name's last word, a noun; the others may be its adjectives)."""
    if len(word) == 3 and word[-1] in _CYRILLIC_VOWELS:
        word = word[:-1]  # "яра", "яре": the short noun's case vowel
    elif len(word) == 4 and word.endswith(_SHORT_INSTRUMENTAL):
        word = word[:-2]  # "под Часовым Яром", "під Часовим Яром": the short noun's instrumental
    elif not last and len(word) > 5 and word.endswith(_ADJECTIVE_INSTRUMENTAL):
        word = word[:-2]  # ... and its adjective's, which the case endings leave ("им" ends names)
    return cyrillic_stem(cyrillic_stem(word, 3), 3)


def _declined_words(key: str) -> str | None:
    """A Cyrillic name of several words in an oblique case, each word taken to the stem its
    dictionary form is indexed under: "часова яра", "часовом яре", "часовым яром" -> "час яр" (Часов Яр), whose
    short last word and adjective-like first word one pass of :func:`stem_key` leaves apart."""
    words = key.split()
    if len(words) < 2 or not _CYRILLIC.search(key):
        return None
    stemmed = " ".join(declined_word_stem(word, last=i == len(words) - 1) for i, word in enumerate(words))
    return stemmed if stemmed != key else None


def literal_keys(key: str) -> list[str]:
    """The keys of a mention read as one word: as written, without its article, in its
    dictionary form; not with a glued preposition taken off ("بارا" is not "in Arrah")."""
    keys = [key]
    adjective = _city_of_adjective(key)
    first, last = (adjective, []) if key.endswith(_ADJECTIVE_ENDINGS) else ([], adjective)
    for variant in (strip_article(key), *_nominative(key), *first, stem_key(key), *last):
        if variant and variant not in keys:
            keys.append(variant)
    return keys


def _nominative(key: str) -> list[str]:
    """Ukrainian and Russian case forms of a one-word name turned back towards the dictionary
    form: "києві" -> "київ" (folded "киів"), "сумах" -> "суми", "костянтинівці" -> "костянтинівка"."""
    if " " in key or not _CYRILLIC.search(key):
        return []
    rules = spelling()
    variants = []
    for ending, replacement in rules.alternations:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            variants.append(key[: -len(ending)] + replacement)
    return variants


# endings only an adjective has (folded): "Рязанский", "рязанского", "Харківської"
_ADJECTIVE_ENDINGS = ("ии", "ыи", "іи", "ого", "ому", "ои", "оі", "ая", "ую", "ое", "ие", "ые", "их", "ых",
                      "ими", "ыми", "ім", "еи")
# and the endings a noun shares, after the "-ск-" of a town's adjective: "Покровском", "Московским"
_TOWN_ADJECTIVE_ENDINGS = (*_ADJECTIVE_ENDINGS, "ском", "ским", "ськім", "ським", "цком", "цким", "цькім", "цьким")


def adjectival(key: str) -> bool:
    """Whether a folded Cyrillic word has an ending only an adjective has ("курскии",
    "покровському", "московским"): a town's adjective, not the town's own name declined."""
    return bool(_CYRILLIC.search(key)) and key.endswith(_TOWN_ADJECTIVE_ENDINGS)


def _city_of_adjective(key: str) -> list[str]:
    """The city of an adjective, tried after the name itself ("Слов'янську" is Sloviansk):
    "рязанский" -> "рязан(ь)", "харківський" -> "харків"."""
    if " " in key or not _CYRILLIC.search(key):
        return []
    rules = spelling()
    variants = []
    stem = cyrillic_stem(key)
    for suffix in rules.adjective_suffixes:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            variants.append(stem[: -len(suffix)])
            variants.append(stem[: -len(suffix)] + "ь")
    if variants or key.endswith(_ADJECTIVE_ENDINGS):  # "добропільськ": Добропілля, "запорізьк": Запоріжжя
        for ending, town in rules.adjective_stems:
            if stem.endswith(ending) and len(stem) - len(ending) >= 3:
                variants.append(stem[: -len(ending)] + town)
    return variants


def letter_variants(key: str) -> list[str]:
    """An Arabic-script name with each press's letter for a foreign sound written the common
    way ("بلجراد" -> "بلغراد"): tried only when the name as written finds nothing."""
    if not _ARABIC.match(key):
        return []
    variants = []
    for old, new in spelling().letter_variants:
        if old in key:
            variants.append(key.replace(old, new))
    return variants


def _without_proclitic(key: str) -> list[str]:
    if not _ARABIC.match(key):
        return []
    rules = spelling()
    variants = []
    for clitic in rules.proclitics:
        if not key.startswith(clitic):  # most words open with none of them: no slice made for each
            continue
        rest = key[len(clitic):]
        if len(rest.split(" ")[0]) >= 3:
            variants.append(rest)
            if clitic.endswith("ال") or clitic == "لل":
                variants.append(rules.script_article + rest)
    return variants
