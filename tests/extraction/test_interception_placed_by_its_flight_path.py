"""An interception told "at the border with X" and no day ("the army shot down a drone at the
border with Syria"), then a sentence that says where the drone flew ("it had tried to enter the
country's airspace over Hatay province"): that sentence places the interception, on the acting
army's own side of the border. Without it, a country told as a border and no day places no
event. Sentences we wrote."""

import pytest

PUBLISHED = "2024-03-06"

FLIGHT_PATHS = {
    "de": "Die türkische Armee hat an der Grenze zu Syrien eine Drohne abgeschossen. Nach Angaben der Armee hatte "
          "das Fluggerät versucht, in den türkischen Luftraum über der Provinz Hatay einzudringen.",
    "en": "The Turkish army shot down a drone at the border with Syria. According to the army, it had tried "
          "to enter Turkish airspace over Hatay province.",
    "fr": "L'armée turque a abattu un drone à la frontière avec la Syrie. Selon l'armée, l'appareil avait tenté "
          "de pénétrer dans l'espace aérien turc au-dessus de la province de Hatay.",
    "es": "El ejército turco derribó un dron en la frontera con Siria. Según el ejército, el aparato había "
          "intentado entrar en el espacio aéreo turco sobre la provincia de Hatay.",
    "ru": "Турецкая армия сбила беспилотник на границе с Сирией. По данным армии, аппарат пытался проникнуть в "
          "воздушное пространство Турции над провинцией Хатай.",
    "uk": "Турецька армія збила безпілотник на кордоні з Сирією. За даними армії, апарат намагався проникнути в "
          "повітряний простір Туреччини над провінцією Хатай.",
}


@pytest.mark.parametrize("lang", sorted(FLIGHT_PATHS))
def test_the_flight_path_places_the_interception_on_the_army_s_side(events_of, lang):
    events = events_of(FLIGHT_PATHS[lang], lang, PUBLISHED)
    assert [(e.sub_event_type, e.country_code, e.admin1) for e in events] == [
        ("Disrupted weapons use", "TR", "Hatay")]


@pytest.mark.parametrize("lang, text", [
    # no flight path: a town of the army's country named in a sentence about something else
    ("de", "Die türkische Armee hat an der Grenze zu Syrien eine Drohne abgeschossen. Der Präsident hielt sich "
           "zu diesem Zeitpunkt in der Provinz Hatay auf."),
    ("en", "The Turkish army shot down a drone at the border with Syria. The president was visiting Hatay "
           "province at the time."),
])
def test_a_place_told_about_something_else_does_not_place_it(events_of, lang, text):
    assert not [e for e in events_of(text, lang, PUBLISHED) if e.admin1 == "Hatay"]
