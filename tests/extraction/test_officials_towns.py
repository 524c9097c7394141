"""An official killed in a sentence that names only the town of their title, on sentences we
wrote: the event is placed there (geo_precision 2), and someone shot dead is an event even when
no number counts the dead."""

import pytest

PUBLISHED = "2025-04-14"  # a Monday


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "The mayor of Culiacan was shot dead on Sunday, prosecutors said.", "Culiacan"),
    ("es", "El alcalde de Culiacán fue asesinado a tiros el domingo.", "Culiacan"),
    ("fr", "Le maire de Niono a été tué par balles dimanche par des hommes armés non identifiés, a indiqué "
           "une source locale.", "Niono"),
])
def test_an_official_killed_is_placed_in_the_town_of_their_title(events_of, lang, text, town):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.location == town and event.geo_precision == 2
    assert "official's title" in event.provenance["place_reason"]


def test_a_speaker_s_title_after_the_act_places_nothing(events_of):
    text = ("Trois hommes ont été tués par balles dimanche, a expliqué le maire de Niono, sans préciser où "
            "l'attaque avait eu lieu.")
    assert all("official's title" not in e.provenance["place_reason"] for e in events_of(text, "fr", PUBLISHED))


def test_a_place_the_sentence_gives_beats_the_title_s_town(events_of):
    (event,) = events_of("The mayor of Culiacan was shot dead in Mazatlan on Sunday, prosecutors said.",
                         "en", PUBLISHED)
    assert event.location == "Mazatlan"
