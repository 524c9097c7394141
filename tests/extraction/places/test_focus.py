"""A document's country focus comes from evidence, and a name never supports itself
(``dateline.extraction.places.evidence`` and ``focus``). Sentences are ours."""

import pytest

from dateline.extraction.places import Focus
from tests.extraction.sentences import context_of

PUBLISHED = "2024-05-02"  # a Thursday


def test_a_name_does_not_support_itself():
    focus = Focus()
    focus.add("GN", 2.0, "guinee")
    focus.add("SK", 1.0, "kassa")
    focus.add("SK", 1.0, "kassa")
    assert focus.without("kassa") == {"GN": 2.0}
    assert focus.without("guinee") == {"SK": 2.0}
    assert focus.without("conakry") is focus


def test_a_demonym_gives_focus(engine):
    context, _language = context_of(engine, "Un drone chargé d'explosifs s'est abattu samedi sur une base "
                                            "aérienne nigérienne, a indiqué l'état-major.", lang="fr")
    assert context.focus.ranked(1) == ["NE"]


def test_an_alternate_name_abroad_needs_more_than_itself(events_of):
    """"l'île de Kassa" is also a Hungarian name of Košice: in a story about Guinea it is no
    place of Slovakia."""
    events = events_of("Guinée : deux militants arrêtés.\n\nMardi, deux militants ont été arrêtés à Conakry "
                       "par la police puis détenus sur l'île de Kassa, ont indiqué leurs proches.", "fr", "2024-07-11")
    assert events and {e.country_code for e in events} == {"GN"}


def test_an_arabic_common_word_is_no_foreign_town(events_of):
    """"على متن" (aboard) is also Metten in Bavaria: a word of a sentence, not a place."""
    events = events_of("هاجم مسلحون على متن دراجات نارية قرية في منطقة دوسو، ما أسفر عن مقتل ستة قرويين "
                       "يوم الأحد في النيجر.", "ar", "2025-05-06")
    assert [e.country_code for e in events] == ["NE"]


def test_a_capitalised_opener_is_no_evidence(engine):
    """"Медіа" opens the sentence and is the name of a French village in Cyrillic: no focus on France."""
    context, _language = context_of(engine, "Медіа називає це найсмертоноснішим нападом в Ісламабаді.", lang="uk")
    assert "FR" not in context.focus


def test_a_country_beside_a_city_does_not_hide_it(events_of):
    """"у передмісті столиці Пакистану Ісламабаді": two names side by side, each a place."""
    events = events_of("У пʼятницю терорист-смертник підірвав себе біля мечеті в передмісті столиці "
                       "Пакистану Ісламабаді, загинула 31 людина.", "uk", "2026-02-06")
    assert [(e.country_code, e.location) for e in events] == [("PK", "Islamabad")]


def test_a_big_city_named_like_its_province_gives_focus(engine, events_of):
    """"Dhaka" is the city as well as the larger "Dhaka Division" (and a small town in India):
    the biggest place of that very name counts, so a dateline there places "here"."""
    context, _language = context_of(engine, "Tear gas was fired at marchers near a bus terminal in Dhaka on "
                                            "Tuesday, witnesses said.", lang="en")
    assert context.focus.ranked(1) == ["BD"]
    events = events_of("Dhaka, March 5\n\nTwo people were killed and dozens hurt on Tuesday as rival student "
                       "groups fought with sticks and stones at a rally here. Traders shut their shops as the "
                       "violence spread across old Dhaka, a shopkeeper at the South Gate said.", "en", "2024-03-06")
    assert events and {(e.country_code, e.location) for e in events} == {("BD", "Dhaka")}


def test_the_democratic_republic_is_not_the_republic_of_congo(events_of):
    """"the Democratic Republic of Congo" is one name ("of" inside it), not "Republic of Congo"."""
    events = events_of("Armed men attacked a health centre in a village in Ituri province in the Democratic "
                       "Republic of Congo on Sunday, killing three patients, a local official said.",
                       "en", "2024-06-10")
    assert events and {e.country_code for e in events} == {"CD"}


def test_an_attacker_s_weapon_puts_its_country_in_no_focus(events_of):
    """"Russian shelling near Pokrovsk": the attacker's adjective says who fired, not where; the
    town is the Ukrainian Pokrovsk (a Russian town once bore the name, another bears it)."""
    text = "Three soldiers were killed by Russian shelling near Pokrovsk on Tuesday."
    (event,) = events_of(text, "en", "2025-06-10")
    assert (event.country_code, event.location) == ("UA", "Pokrovsk")


def test_an_acting_country_weighs_less_than_a_country_named_as_a_place(engine):
    """"Росія атакувала": the country that acts is named, but the story need not be set there;
    "у Росії" is where it is set."""
    acting, _language = context_of(engine, "Росія в четвер атакувала Миколаївську область ракетами.", lang="uk")
    placed, _language = context_of(engine, "У Росії в четвер затримали трьох активістів.", lang="uk")
    assert 0 < acting.focus.get("RU", 0) < placed.focus.get("RU", 0)


def test_a_province_attacked_by_a_country_named_first_is_the_place(events_of):
    text = ("Росія в четвер атакувала Миколаївську область балістичними ракетами, поранено чотирьох "
            "працівників елеватора.")
    events = events_of(text, "uk", PUBLISHED)
    assert [(e.country_code, e.admin1) for e in events] == [("UA", "Mykolaiv")]
    text = "Россия в среду атаковала Запорожскую область ракетами, ранены двое железнодорожников."
    events = events_of(text, "ru", PUBLISHED)
    assert [(e.country_code, e.admin1) for e in events] == [("UA", "Zaporizhzhia")]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Російські окупанти у понеділок вдарили по Нікополю, загинула жінка."),
    ("ru", "Российские войска в понедельник ударили по Никополю, погибла женщина."),
    ("uk", "Російська армія у понеділок обстріляла Нікополь, поранено двох людей."),
])
def test_an_acting_army_s_adjective_puts_its_country_in_no_focus(events_of, lang, text):
    """"Russian troops struck Nikopol": the army's adjective says who attacked, not where (a
    Bulgarian town shares the name; no Russian one does)."""
    events = events_of(text, lang, "2025-03-11")
    assert [(e.country_code, e.location, e.actor1) for e in events] == [
        ("UA", "Nikopol", "Military Forces of Russia (2000-)")]


def test_an_army_after_its_verb_acts_where_the_subject_follows_it(engine):
    """"قصفت القوات الروسية": in Arabic the subject follows the verb; its adjective is no focus,
    the city named is."""
    acting, _language = context_of(engine, "قصفت القوات الروسية مدينة خيرسون صباح الاثنين.", lang="ar")
    assert acting.focus.get("RU", 0) == 0


def test_an_army_attacked_at_home_still_gives_its_country(engine):
    """"an attack on a Malian army post": the army is the target, its country the story's."""
    context, _language = context_of(engine, "Des jihadistes ont attaqué lundi un poste de l'armée malienne "
                                            "près de Boni.", lang="fr")
    assert context.focus.get("ML", 0) > 0


def test_an_acting_army_s_country_is_one_the_story_is_about(engine):
    """"Israeli troops raided Jenin": no evidence that it happened in Israel, but the story is
    about Israel (its settlers, named without their adjective, are Israel's)."""
    context, _language = context_of(engine, "Israeli troops raided Jenin on Monday, the army said.", lang="en")
    assert context.focus.get("IL", 0) == 0 and context.focus.about("IL")


def test_an_arabic_army_that_intercepts_gives_its_country(events_of):
    """"اعترض الجيش الإسرائيلي": the army that intercepts does so over its own land; its adjective
    in the masculine with the article is a demonym too, so a city of Israel is a place of the
    story beside the Yemen the missile came from."""
    events = events_of("اعترض الجيش الإسرائيلي صباح الاثنين صاروخا أطلق من اليمن باتجاه بئر السبع.",
                       "ar", "2025-03-11")
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Beersheba")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "قتل شابان برصاص الجيش الإسرائيلي في مدينة طولكرم الأحد."),
    ("ru", "Двое мирных жителей погибли в воскресенье под обстрелом российских войск в Никополе."),
])
def test_an_army_after_its_weapon_or_agent_word_acts(engine, lang, text):
    """"برصاص الجيش الإسرائيلي" (by the Israeli army's bullets), "обстрелом российских войск": the
    army is who fired, no evidence of where."""
    context, _language = context_of(engine, text, lang=lang)
    assert not any(context.focus.get(code, 0) for code in ("IL", "RU"))


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("ru", "Российские военные в понедельник атаковали Сумы.",
     ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")),
    ("uk", "Українські військові у понеділок атакували позиції росіян біля Курська.",
     ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")),
])
def test_an_enemy_army_fights_the_army_of_the_land_at_war(events_of, lang, text, sides):
    """On a front of an interstate war (``data/actors/fronts.toml``), the enemy state's army that
    attacks on the other's ground fights that state's army, not an unidentified group."""
    events = events_of(text, lang, "2025-03-11")
    assert [(e.actor1, e.actor2) for e in events] == [sides]
