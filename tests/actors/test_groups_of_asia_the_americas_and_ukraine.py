"""Armed groups ACLED codes by name in South and South-East Asia, Latin America and Russia's war
in Ukraine: Afghan and Pakistani insurgents, India's Maoists, Myanmar's ethnic armies, the
Philippines' Islamist groups, Colombian and Mexican armed groups and cartels, and the Russian
volunteers who fight for Ukraine. Sentences are ours."""

import pytest


def _named(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for e in events for name in (e.actor1, e.actor2)}


@pytest.mark.parametrize(("lang", "published", "text", "actor"), [
    ("en", "2024-01-17", "Taliban forces clashed with National Resistance Front fighters in Panjshir on Tuesday, "
                         "killing five.", "NRF: National Resistance Front"),
    ("en", "2025-03-11", "BLF militants attacked a Frontier Corps post in Turbat on Tuesday, killing four soldiers.",
     "BLF: Balochistan Liberation Front"),
    ("en", "2025-03-11", "Maoists killed a police constable in Bijapur district of Chhattisgarh on Tuesday.",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("de", "2025-03-11", "Maoistische Rebellen töteten am Dienstag im Distrikt Bijapur im Bundesstaat Chhattisgarh "
                         "einen Polizisten.", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("fr", "2025-03-11", "Des naxalites ont tué mardi un policier dans le district de Bijapur, dans l'État du "
                         "Chhattisgarh.", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("es", "2025-03-11", "Los naxalitas mataron el martes a un policía en el distrito de Bijapur, en Chhattisgarh.",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("en", "2024-09-10", "Kuki militants fired rockets at a village in Bishnupur district on Monday, killing two "
                         "people.", "Kuki Ethnic Militia (India)"),
    ("fr", "2024-09-10", "Des militants kukis ont tiré des roquettes lundi sur un village du district de Bishnupur, "
                         "tuant deux personnes.", "Kuki Ethnic Militia (India)"),
    ("en", "2024-09-10", "Arambai Tenggol members clashed with Kuki militants near Moreh on Monday, killing three.",
     "Arambai Tenggol"),
    ("es", "2024-09-10", "Militantes de Lashkar-e-Jhangvi mataron el lunes a cuatro chiíes en Quetta.",
     "LeJ: Lashkar-e-Jhangvi"),
    ("en", "2024-09-10", "Afghanistan Freedom Front fighters attacked a Taliban checkpoint in Kapisa on Monday, "
                         "killing two.", "AFF: Afghanistan Freedom Front"),
    ("en", "2024-09-10", "Pyu Saw Htee militiamen torched 40 houses in a village of Sagaing region on Monday.",
     "Pro-military militia (Myanmar)"),
    ("en", "2024-09-10", "BRN insurgents detonated a bomb in Narathiwat province on Monday, killing two rangers.",
     "BRN: National Revolutionary Front"),
    ("en", "2024-07-04", "TNLA fighters seized a junta base in Lashio on Wednesday after days of fighting.",
     "TNLA: Ta'ang National Liberation Army"),
    ("ar", "2024-07-04", "هاجم مسلحو جيش تحرير تاانغ الوطني قاعدة للجيش في لاشيو يوم الأربعاء وقتلوا سبعة جنود.",
     "TNLA: Ta'ang National Liberation Army"),
    ("fr", "2024-07-04", "Les rebelles karens de la KNLA ont attaqué mercredi un camp de l'armée birmane près de "
                         "Myawaddy, tuant sept soldats.", "KNLA: Karen National Liberation Army"),
    ("en", "2024-07-04", "The Karenni Nationalities Defense Force clashed with junta troops in Loikaw on Wednesday, "
                         "killing nine soldiers.", "KNDF: Karenni Nationalities Defense Force"),
    ("en", "2024-07-04", "Abu Sayyaf gunmen killed two marines in Basilan on Wednesday.", "ASG: Abu Sayyaf Group"),
    ("es", "2024-07-04", "Militantes del grupo Abu Sayyaf mataron el miércoles a dos infantes de marina en Basilan.",
     "ASG: Abu Sayyaf Group"),
    ("ru", "2024-07-04", "Боевики «Абу Сайяф» в среду убили двух морских пехотинцев на острове Басилан.",
     "ASG: Abu Sayyaf Group"),
    ("es", "2024-07-04", "Integrantes de Comuneros del Sur se enfrentaron el miércoles con el Ejército en zona rural "
                         "de Samaniego, con saldo de tres muertos.", "Comuneros del Sur"),
    ("es", "2024-07-04", "Hombres de Los Pachenca asesinaron el miércoles a dos comerciantes en Santa Marta.",
     "ACSN: Self-Defense Conquerors of the Sierra Nevada"),
    ("es", "2024-07-04", "Sicarios del Cártel de Santa Rosa de Lima asesinaron el miércoles a cinco personas en "
                         "Celaya.", "Santa Rosa de Lima Cartel"),
    ("es", "2024-07-04", "Integrantes de Los Viagras atacaron el miércoles a policías en Apatzingán y mataron a dos "
                         "agentes.", "Los Viagras"),
    ("es", "2024-07-04", "Miembros de Los Chone Killers asesinaron el miércoles a tres personas en Durán.",
     "Los Chone Killers"),
])
def test_asian_and_latin_american_groups_are_named(events_of, lang, published, text, actor):
    assert actor in _named(events_of(text, lang, published))


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("en", "Fighters of the Russian Volunteer Corps attacked Russian border guard positions in Belgorod region on "
           "Tuesday.", "Russian Volunteer Corps"),
    ("uk", "Бійці Російського добровольчого корпусу у вівторок атакували позиції прикордонників у Бєлгородській "
           "області.", "Russian Volunteer Corps"),
    ("ar", "هاجم مقاتلو فيلق المتطوعين الروس مواقع حرس الحدود الروسي في منطقة بيلغورود يوم الثلاثاء.",
     "Russian Volunteer Corps"),
    ("es", "Combatientes de la Legión Libertad de Rusia atacaron el martes posiciones de guardias fronterizos rusos "
           "en la región de Bélgorod.", "Freedom of Russia Legion"),
    ("uk", "Бійці бригади «Азов» у вівторок відбили штурм російських військ біля Торецька.",
     "Military Forces of Ukraine (2019-)"),
])
def test_russian_volunteers_for_ukraine_and_its_brigades_are_named(events_of, lang, text, actor):
    assert actor in _named(events_of(text, lang, "2024-03-13"))


def test_maoists_of_another_country_are_not_india_s(events_of):
    """"Maoist rebels" name India's CPI (Maoist) only in a story about India."""
    events = events_of("Maoist rebels killed three soldiers in an ambush in Peru's VRAEM valley on Tuesday.", "en",
                       "2025-03-11")
    assert events and "CPI (Maoist): Communist Party of India (Maoist)" not in _named(events)


def test_the_town_of_azov_is_no_ukrainian_brigade(events_of):
    events = events_of("Украинский беспилотник атаковал в среду нефтебазу в Азове, пострадали два человека.", "ru",
                       "2024-03-13")
    assert events and all(e.actor2 != "Military Forces of Ukraine (2019-)" for e in events)


def test_a_woman_named_elena_is_no_eln_guerrilla(events_of):
    """The Spanish stem of "elenos" (the ELN's fighters) is that of "Elena": the word matches
    as written."""
    victim = events_of("Hombres armados asesinaron el martes a Elena Gómez, una lideresa social, en el municipio de "
                       "Tumaco.", "es", "2024-03-13")
    assert victim and "ELN: National Liberation Army" not in _named(victim)
    fighters = events_of("Los elenos atacaron el martes una patrulla del Ejército en Arauca y mataron a dos soldados.",
                         "es", "2024-03-13")
    assert "ELN: National Liberation Army" in _named(fighters)
