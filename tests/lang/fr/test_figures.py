"""French figures (invented sentences): "neuf" is nine only before what it counts."""

import pytest

from dateline.models import Document


@pytest.mark.parametrize("text, killed, injured", [
    ("Mardi près de Gao, un véhicule neuf a sauté sur une mine, blessant des soldats.", None, None),
    ("Mardi, neuf soldats ont été tués dans une embuscade près de Gao.", 9, None),
    ("Mardi, une embuscade près de Gao a fait neuf morts.", 9, None),
])
def test_neuf_is_nine_only_before_what_it_counts(engine, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="fr")).events
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Lundi, un policier a été mortellement blessé par balles lors d'une émeute à Nouméa.", 1, None),
    ("Lundi, deux soldats ont été mortellement touchés par des tirs près de Kidal, au Mali.", 2, None),
    ("Lundi, un soldat a été grièvement blessé par balles près de Kidal, au Mali.", 0, 1),
])
def test_fatally_wounded_is_killed(engine, text, killed, injured):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-05-07", lang="fr")).events
    assert (event.fatalities, event.injured) == (killed, injured)


@pytest.mark.parametrize("text", [
    "Lundi, des combats ont opposé l'armée aux rebelles du M23 à Kanyabayonga. Aucun bilan n'était disponible.",
    "Lundi, des combats ont opposé l'armée aux rebelles du M23 à Kanyabayonga, sans qu'aucun bilan ne soit "
    "communiqué.",
])
def test_no_toll_yet_is_no_zero(engine, text):
    (event,) = engine.extract(Document(id="t", text=text, published="2024-11-05", lang="fr")).events
    assert event.fatalities is None


def test_an_initial_toll_yields_to_the_revised_one(engine):
    text = ("Lundi soir, une frappe de drone israélienne a touché un groupe de personnes dans le camp de "
            "Nousseirat. Le bilan de cette frappe, initialement de quatre morts, a été revu à la hausse à six morts.")
    (event,) = engine.extract(Document(id="t", text=text, published="2025-07-22", lang="fr")).events
    assert event.fatalities == 6


def test_a_first_toll_with_no_update_stays(engine):
    text = "Samedi, des jihadistes ont attaqué un camp militaire à Djibo, faisant douze morts selon un premier bilan."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-06-09", lang="fr")).events
    assert event.fatalities == 12


def test_a_count_told_by_a_present_reporting_verb_is_no_injured_count(engine):
    """« qui affirme qu'une vingtaine de terroristes ont été neutralisés »: the reporting verb parts the
    wounded told before it from the count after it, which is the attackers' dead."""
    text = ("Samedi, une patrouille de l'armée nigérienne est tombée dans une embuscade près de Téra. Six soldats "
            "ont été tués et plusieurs autres blessés, selon une source militaire, qui affirme qu'une vingtaine de "
            "terroristes ont été neutralisés lors de la riposte.")
    (event,) = engine.extract(Document(id="t", text=text, published="2025-04-02", lang="fr")).events
    assert (event.fatalities, event.injured) == (26, None)


def test_neuf_right_after_a_killing_word_is_nine(engine):
    text = ("Lundi, une frappe aérienne israélienne a détruit une maison à Khan Younès, tuant neuf membres "
            "d'une famille.")
    (event,) = engine.extract(Document(id="t", text=text, published="2025-07-22", lang="fr")).events
    assert event.fatalities == 9


def test_a_nationwide_count_is_no_toll_of_the_town_told_before(engine):
    text = ("Mardi, des rassemblements se sont déroulés dans le calme à Mombasa, au Kenya. La commission a par "
            "ailleurs fait état de 300 blessés et d'une cinquantaine d'arrestations dans tout le pays.")
    (event,) = engine.extract(Document(id="t", text=text, published="2024-06-26", lang="fr")).events
    assert event.injured is None


@pytest.mark.parametrize("text, killed", [
    ("Lundi, à Croix-des-Bouquets, trois membres d'une même famille ont été tués par balles par des hommes armés.", 3),
    ("Lundi, des hommes armés ont tué cinq membres de la même famille à Kenscoff, en Haïti.", 5),
])
def test_members_of_a_family_are_the_people_counted(engine, text, killed):
    (event,) = engine.extract(Document(id="t", text=text, published="2025-01-14", lang="fr")).events
    assert event.fatalities == killed
    assert event.actor2.startswith("Civilians")
