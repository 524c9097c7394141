"""The actor knowledge base: canonical names, inter codes, the languages' actor words."""

import datetime as dt
import re
from dataclasses import replace

import pytest

from dateline.actors.kb import STATE, ActorRef, CountryNamer, actor_table, named_actors, pack_actor_phrases, resolve
from dateline.errors import PackError
from dateline.packs import load_pack

NAMER = CountryNamer({"ML": "Mali", "US": "United States", "IQ": "Iraq", "MZ": "Mozambique", "SO": "Somalia",
                      "NG": "Nigeria", "CD": "Democratic Republic of the Congo", "UG": "Uganda"})


def test_state_forces_are_named_after_the_country_of_the_event():
    actor = resolve(ActorRef("military"), "ML", NAMER)
    assert (actor.name, actor.inter, actor.country) == ("Military Forces of Mali", 1, "ML")


def test_foreign_forces_are_external():
    actor = resolve(ActorRef("military", country="US"), "IQ", NAMER)
    assert actor.name == "Military Forces of the United States" and actor.inter == 8


def test_unknown_attackers_are_an_unidentified_armed_group_of_the_country():
    assert resolve(ActorRef("unidentified", inter=3), "IQ", NAMER).name == "Unidentified Armed Group (Iraq)"


def test_named_actors_answer_to_their_aliases():
    aliases = {alias: ref for alias, ref in named_actors()}
    assert aliases["Hezbollah"].name == "Hezbollah"
    assert all(ref.inter for _alias, ref in named_actors())
    assert all(ref.category == "named" or ref.category in STATE for _alias, ref in named_actors())


def test_a_state_force_of_the_base_is_that_state_s_force():
    # "FARDC" is the Congolese army: regime period at home, external abroad
    aliases = {alias: ref for alias, ref in named_actors()}
    assert aliases["FARDC"] == ActorRef("military", inter=1, country="CD")
    assert resolve(aliases["FARDC"], "UG", NAMER, dt.date(2024, 5, 2)).inter == 8


def test_state_forces_carry_the_regime_period_of_the_event_day():
    army = ActorRef("military")
    assert resolve(army, "ML", NAMER, dt.date(2024, 5, 2)).name == "Military Forces of Mali (2021-)"
    assert resolve(army, "ML", NAMER, dt.date(2021, 1, 10)).name == "Military Forces of Mali (2020-2021)"
    assert resolve(army, "ML", NAMER, dt.date(1990, 1, 10)).name == "Military Forces of Mali"  # before any period
    assert resolve(army, "ML", NAMER).name == "Military Forces of Mali"  # no day, no period
    us = resolve(ActorRef("police", country="US"), "IQ", NAMER, dt.date(2023, 11, 9))
    assert us.name == "Police Forces of the United States (2021-2025)" and us.inter == 8
    assert resolve(ActorRef("civilians", inter=7), "ML", NAMER, dt.date(2024, 5, 2)).name == "Civilians (Mali)"


def test_the_same_words_denote_the_actor_of_the_event_s_country():
    shabaab = next(ref for alias, ref in named_actors() if alias == "al-Shabaab")
    assert resolve(shabaab, "SO", NAMER, dt.date(2024, 5, 2)).name == "Al Shabaab"
    assert resolve(shabaab, "MZ", NAMER, dt.date(2024, 5, 2)).name == "Islamic State Mozambique Province"
    islamic_state = next(ref for alias, ref in named_actors() if alias.lstrip("=") == "Daesh")
    assert resolve(islamic_state, "NG", NAMER, dt.date(2024, 5, 2)).name == "Islamic State West Africa Province"
    assert resolve(islamic_state, "IQ", NAMER, dt.date(2024, 5, 2)).name == "Islamic State (Iraq)"
    peacekeepers = next(ref for alias, ref in named_actors() if alias == "UN peacekeepers")
    assert resolve(peacekeepers, "CF", NAMER, dt.date(2024, 5, 2)).name.startswith("MINUSCA: ")


def test_an_actor_had_its_older_name_before_the_day_acled_renamed_it():
    insurgents = next(ref for alias, ref in named_actors() if alias == "Cabo Delgado insurgents")
    assert resolve(insurgents, "MZ", NAMER, dt.date(2019, 8, 27)).name == "Ahlu Sunnah Wa-Jama'a"
    assert resolve(insurgents, "MZ", NAMER, dt.date(2024, 5, 2)).name == "Islamic State Mozambique Province"


def test_africa_corps_is_not_wagner():
    aliases = {alias: ref.name for alias, ref in named_actors()}
    assert aliases["Africa Corps"] == "Africa Corps" and aliases["Wagner"] == "Wagner Group"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ar", "ru", "uk"])
def test_every_named_actor_has_a_name_in_every_pack_language(lang):
    """The groups users meet daily are named in each pack's script (an acronym alone is not
    enough in Arabic or Cyrillic text)."""
    pack = load_pack(lang)
    letters = re.compile(f"[{pack.files['pack']['script']['characters']}]")
    named = pack.actors.named

    def written(alias: str) -> bool:
        words = [ch for ch in alias if ch.isalpha()]
        return bool(words) and all(letters.match(ch) for ch in words)

    unnamed = [name for name, actor in actor_table().items()
               if not any(written(alias) for alias in (name, *actor.aliases, *named.get(name, [])))]
    assert unnamed == []


def test_a_pack_combines_templates_and_demonyms():
    phrases = {phrase: ref for phrase, ref in pack_actor_phrases(load_pack("fr"))}
    assert phrases["armée malienne"] == ActorRef("military", inter=1, country="ML")
    assert phrases["soldats"].category == "military" and phrases["soldats"].country is None


def test_a_pack_alias_of_an_unknown_actor_is_an_error():
    pack = load_pack("en")
    broken = replace(pack, files={**pack.files, "actors": {"named": {"No Such Group": ["nsg"]}}})
    with pytest.raises(PackError, match="No Such Group"):
        pack_actor_phrases(broken)


def test_a_guerrilla_s_fronts_are_the_guerrilla(engine):
    """The ELN's war fronts ("Frente de Guerra Oriental") are the ELN, as ACLED codes them."""
    from dateline.models import Document

    text = ("Cinco soldados que viajaban en un bus fueron secuestrados el domingo en la vereda Santo Domingo, "
            "municipio de Tame, por integrantes del Frente de Guerra Oriental.")
    (event,) = engine.extract(Document(id="t", text=text, published="2025-11-10", lang="es")).events
    assert event.actor1 == "ELN: National Liberation Army"


@pytest.mark.parametrize("grouping", ["Центр", "Восток", "Днепр"])
def test_the_russian_army_s_groupings_are_the_russian_army(engine, grouping):
    """The Russian defence ministry's daily reports name its groupings of forces ("группировка
    войск «Центр»"): they are Military Forces of Russia, no unidentified armed group."""
    from dateline.models import Document

    text = (f"Подразделения группировки «{grouping}» в среду освободили село Новоселовка в Донецкой области, "
            "сообщили в Минобороны.")
    (event,) = engine.extract(Document(id="t", text=text, published="2025-03-12", lang="ru")).events
    assert event.actor1 == "Military Forces of Russia (2000-)"
