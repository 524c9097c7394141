"""Armed groups of Africa's wars that the press names and ACLED codes by name (Libya's
Tripoli brigades, Sudan's and South Sudan's movements, the Sahel's rebels, Nigeria's and
Ethiopia's insurgents): each is the named actor in every language's story, no "Unidentified
Armed Group". The entries are in ``data/actors/actors.toml``; sentences are ours."""

import pytest

PUBLISHED = "2025-05-14"  # a Wednesday


def _named(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for e in events for name in (e.actor1, e.actor2)}


@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("en", "Fighters of the 444 Brigade clashed with the Radaa force in the Ain Zara district of Tripoli "
           "on Tuesday, leaving four people dead.",
     {"444 Combat Brigade", "Radaa Special Deterrence Force"}),
    ("fr", "Des combattants de la brigade 444 ont affronté mardi la Force spéciale de dissuasion à Tripoli, "
           "faisant quatre morts.",
     {"444 Combat Brigade", "Radaa Special Deterrence Force"}),
    ("ru", "Боевики 444-й бригады во вторник вступили в бой с группировкой «Радаа» в Триполи, "
           "погибли четыре человека.",
     {"444 Combat Brigade", "Radaa Special Deterrence Force"}),
    ("ar", "اندلعت اشتباكات بين جهاز الردع واللواء 444 قتال في طرابلس يوم الثلاثاء، ما أسفر عن مقتل أربعة أشخاص.",
     {"444 Combat Brigade", "Radaa Special Deterrence Force"}),
    ("en", "Fighters of the Stability Support Apparatus clashed with the 444 Brigade in Tripoli on Tuesday, "
           "killing four fighters.",
     {"Stability Support Apparatus"}),
])
def test_tripoli_s_armed_groups_are_named(events_of, lang, text, actors):
    assert actors <= _named(events_of(text, lang, PUBLISHED))


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("en", "Rebels of the Sudan Liberation Army-Minni Minawi clashed with the RSF near El Fasher on Monday, "
           "killing eight.", "SLM/A-Minawi: Sudan Liberation Movement/Army (Minni Minawi)"),
    ("ar", "اشتبكت قوات مناوي مع قوات الدعم السريع قرب الفاشر يوم الاثنين، ما أسفر عن مقتل ثمانية.",
     "SLM/A-Minawi: Sudan Liberation Movement/Army (Minni Minawi)"),
    ("de", "Kämpfer der Bewegung für Gerechtigkeit und Gleichheit lieferten sich am Montag nahe El Fasher "
           "Gefechte mit der RSF, acht Menschen starben.", "JEM: Justice and Equality Movement"),
    ("ar", "هاجمت حركة العدل والمساواة مواقع لقوات الدعم السريع قرب الفاشر يوم الاثنين، ما أسفر عن مقتل ثمانية.",
     "JEM: Justice and Equality Movement"),
    ("en", "SPLM-IO fighters attacked an army barracks in Malakal on Wednesday, killing six soldiers.",
     "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition"),
    ("de", "Kämpfer der SPLM-IO griffen am Mittwoch eine Kaserne der Armee in Malakal an und töteten sechs "
           "Soldaten.", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition"),
    ("en", "Fighters of the Nuer White Army attacked an army base near Malakal on Tuesday, killing 12 soldiers.",
     "Nuer Ethnic Militia (South Sudan)"),
    ("fr", "Les rebelles du FACT ont attaqué lundi un poste de l'armée tchadienne près de Faya, tuant trois "
           "soldats.", "FACT: Front for Change and Concord in Chad"),
])
def test_sudan_s_and_chad_s_movements_are_named(events_of, lang, text, actor):
    assert actor in _named(events_of(text, lang, "2025-03-20"))


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("fr", "Des miliciens de Dan Na Ambassagou ont tué cinq civils peuls lundi dans le village d'Ogossagou, "
           "dans le centre du Mali.", "Dan Na Ambassagou"),
    ("en", "Gunmen from Ansaru killed seven vigilantes in Kaduna state on Sunday.", "Ansaru"),
    ("en", "IPOB enforcers shot dead two traders in Enugu on Monday for defying a sit-at-home order.",
     "IPOB: Indigenous People of Biafra"),
    ("en", "The Oromo Liberation Army killed 11 civilians in a village of Oromia region on Sunday.",
     "OLA: Oromo Liberation Army"),
    ("ru", "Боевики Армии освобождения оромо в воскресенье убили 11 мирных жителей в регионе Оромия.",
     "OLA: Oromo Liberation Army"),
    ("ar", "قتل مسلحو جيش تحرير أورومو 11 مدنيا في منطقة أوروميا يوم الأحد.", "OLA: Oromo Liberation Army"),
    ("fr", "Des miliciens Twirwaneho ont tué quatre soldats congolais lundi près de Minembwe, au Sud-Kivu.",
     "Twirwaneho"),
    ("fr", "Des miliciens Imbonerakure ont tué deux militants de l'opposition lundi à Cibitoke, au Burundi.",
     "CNDD-FDD-Imbonerakure: National Council for the Defense of Democracy-Forces for the Defense of "
     "Democracy-Imbonerakure"),
    ("en", "Ma'awisley militia fighters killed five al-Shabaab militants near Beledweyne on Monday.",
     "Ma'awisley Militia"),
])
def test_west_central_and_east_african_groups_are_named(events_of, lang, text, actor):
    assert actor in _named(events_of(text, lang, "2025-02-10"))


@pytest.mark.parametrize(("published", "actor"), [
    ("2024-07-28", "CSP-DPA: Strategic Permanent Framework for the Defense of the People of Azawad"),
    ("2025-07-28", "FLA: Azawad Liberation Front"),
])
def test_the_azawad_rebels_carry_acled_s_name_of_the_day(events_of, published, actor):
    """The Tuareg rebels of northern Mali merged into the Azawad Liberation Front late in 2024;
    ACLED named them after their permanent strategic framework before."""
    for lang, text in [
        ("en", "Tuareg rebels of the Azawad Liberation Front attacked Malian soldiers near Kidal on Saturday, "
               "killing ten."),
        ("es", "Los rebeldes tuareg del Frente de Liberación del Azawad atacaron el sábado a soldados malienses "
               "cerca de Kidal y mataron a diez."),
    ]:
        assert actor in _named(events_of(text, lang, published))


def test_common_words_are_no_group(events_of):
    """"ola" is Spanish for a wave, the Rada Kyiv's parliament: no Oromo rebels, no Tripoli militia."""
    wave = events_of("Una ola de violencia sacudió la región de Oromía el domingo, donde hombres armados "
                     "mataron a 11 civiles.", "es", "2025-02-10")
    assert "OLA: Oromo Liberation Army" not in _named(wave)
    for lang, text in [
        ("en", "The Verkhovna Rada voted on Tuesday after Russian strikes killed four people in Odesa."),
        ("fr", "La Rada a condamné la frappe russe sur Odessa qui a tué mardi quatre personnes."),
        ("es", "La Rada Suprema condenó el ataque ruso contra Odesa que mató el martes a cuatro personas."),
        ("uk", "Російський удар по Одесі у вівторок убив чотирьох людей, повідомила Верховна Рада."),
    ]:
        # the Cyrillic and Romance stems of "Radaa" are those of "Rada": its spellings match as written
        assert "Radaa Special Deterrence Force" not in _named(events_of(text, lang, "2024-03-13"))
