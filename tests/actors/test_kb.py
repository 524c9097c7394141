"""The actor knowledge base: canonical names, inter codes, the languages' actor words."""

from dataclasses import replace

import pytest

from dateline.actors.kb import ActorRef, CountryNamer, named_actors, pack_actor_phrases, resolve
from dateline.errors import PackError
from dateline.packs import load_pack

NAMER = CountryNamer({"ML": "Mali", "US": "United States", "IQ": "Iraq"})


def test_state_forces_are_named_after_the_country_of_the_event():
    actor = resolve(ActorRef("military"), "ML", NAMER)
    assert (actor.name, actor.inter, actor.country) == ("Military Forces of Mali", 1, "ML")


def test_foreign_forces_are_external():
    actor = resolve(ActorRef("military", country="US"), "IQ", NAMER)
    assert actor.name == "Military Forces of the United States" and actor.inter == 8


def test_unknown_attackers_are_an_unidentified_armed_group_of_the_country():
    assert resolve(ActorRef("unidentified", inter=3), "IQ", NAMER).name == "Unidentified Armed Group (Iraq)"


def test_named_actors_answer_to_their_aliases():
    aliases = {alias: ref.name for alias, ref in named_actors()}
    assert aliases["Hezbollah"] == "Hezbollah"
    assert all(ref.category == "named" and ref.inter for _alias, ref in named_actors())


def test_a_pack_combines_templates_and_demonyms():
    phrases = {phrase: ref for phrase, ref in pack_actor_phrases(load_pack("fr"))}
    assert phrases["armée malienne"] == ActorRef("military", inter=1, country="ML")
    assert phrases["soldats"].category == "military" and phrases["soldats"].country is None


def test_a_pack_alias_of_an_unknown_actor_is_an_error():
    pack = load_pack("en")
    broken = replace(pack, files={**pack.files, "actors": {"named": {"No Such Group": ["nsg"]}}})
    with pytest.raises(PackError, match="No Such Group"):
        pack_actor_phrases(broken)
