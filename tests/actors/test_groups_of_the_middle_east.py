"""Armed groups of the Middle East's wars that ACLED codes by name: Yemen's southern forces,
Syria's Kurdish and jihadist groups, Iraq's Iran-aligned factions, Palestinian brigades, Iran's
Revolutionary Guards and the Baluch and Kurdish rebels they fight. Sentences are ours."""

import pytest


def _named(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for e in events for name in (e.actor1, e.actor2)}


@pytest.mark.parametrize(("lang", "published", "text", "actors"), [
    ("en", "2025-01-12", "Giants Brigades forces repelled a Houthi attack near Mocha on Saturday, killing nine "
                         "Houthi fighters.", {"Giants Brigades", "Houthi Movement"}),
    ("fr", "2025-01-12", "Les brigades des Géants ont repoussé samedi une attaque houthie près de Mokha, tuant "
                         "neuf rebelles.", {"Giants Brigades"}),
    ("en", "2025-01-12", "Security Belt forces clashed with al-Qaeda militants in Abyan on Saturday, killing five.",
     {"STC: Southern Transitional Council", "AQAP: Al Qaeda in the Arabian Peninsula"}),
    ("ar", "2025-01-12", "اشتبكت قوات الحزام الأمني مع مسلحين من تنظيم القاعدة في أبين يوم السبت، ما أسفر عن "
                         "مقتل خمسة.",
     {"STC: Southern Transitional Council", "AQAP: Al Qaeda in the Arabian Peninsula"}),
    ("en", "2025-01-12", "The YPG clashed with Turkish-backed factions near Manbij on Saturday, leaving 14 fighters "
                         "dead.", {"YPG: People's Protection Units"}),
    ("de", "2025-01-12", "Die kurdische YPG-Miliz lieferte sich am Samstag nahe Manbidsch Gefechte mit "
                         "protürkischen Milizen, 14 Kämpfer starben.",
     {"YPG: People's Protection Units", "SNA: Syrian National Army"}),
    ("en", "2025-01-12", "A US strike killed a Hurras al-Din commander in Idlib province on Saturday.",
     {"Hurras al Din"}),
    ("fr", "2025-01-12", "Une frappe américaine a tué samedi un commandant de Hourras al-Din dans la province "
                         "d'Idleb.", {"Hurras al Din"}),
    ("en", "2024-11-20", "Fighters from Kataib Sayyid al-Shuhada fired rockets at a US base in Erbil on Tuesday.",
     {"Kataib Sayyid al Shuhada"}),
    ("ar", "2024-11-20", "قصفت حركة النجباء قاعدة عين الأسد بطائرتين مسيرتين يوم الثلاثاء.",
     {"Harakat Hezbollah al Nujaba"}),
    ("ru", "2024-11-20", "Боевики «Харакат ан-Нуджаба» во вторник атаковали беспилотниками американскую базу в "
                         "Эрбиле.", {"Harakat Hezbollah al Nujaba"}),
    ("en", "2024-06-05", "Israeli forces killed three members of the Al-Aqsa Martyrs Brigades in a raid on "
                         "Tulkarem on Wednesday.", {"Al Aqsa Martyrs Brigade"}),
    ("fr", "2024-06-05", "L'armée israélienne a tué mercredi trois membres des Brigades des martyrs d'Al-Aqsa lors "
                         "d'un raid à Tulkarem.", {"Al Aqsa Martyrs Brigade"}),
    ("en", "2024-06-05", "Israeli troops killed two Lions' Den militants in Nablus on Wednesday.", {"Lions' Den"}),
    ("de", "2024-06-05", "Bei einer Razzia in Nablus töteten israelische Soldaten am Mittwoch zwei Kämpfer der PFLP.",
     {"PFLP: Popular Front for the Liberation of Palestine"}),
])
def test_yemen_s_syria_s_iraq_s_and_palestine_s_groups_are_named(events_of, lang, published, text, actors):
    assert actors <= _named(events_of(text, lang, published))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Revolutionary Guards struck Jaish al-Adl bases in Pakistan's Balochistan with missiles and drones "
           "on Tuesday, killing two children."),
    ("fr", "Les Gardiens de la révolution ont frappé mardi des bases de Jaish al-Adl au Baloutchistan pakistanais, "
           "tuant deux enfants."),
    ("ar", "قصف الحرس الثوري الإيراني مواقع لجيش العدل في بلوشستان الباكستانية يوم الثلاثاء، ما أسفر عن مقتل طفلين."),
])
def test_the_revolutionary_guards_are_acled_s_unit_of_iran_s_forces(events_of, lang, text):
    """ACLED names the Guards as a unit of Iran's forces, with the regime's period in the name."""
    events = events_of(text, lang, "2024-01-17")
    assert events and events[0].actor1 == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert events[0].actor2 == "Jaish al Adl"


def test_kurdish_rebels_of_iran_are_named(events_of):
    events = events_of("PJAK fighters killed two IRGC soldiers in a clash near Marivan on Tuesday.", "en",
                       "2024-01-17")
    assert "PJAK: Party of Free Life of Kurdistan" in _named(events)


def test_words_that_are_also_common_name_no_group_abroad(events_of):
    """"ceinture de sécurité" is a seat belt, "القاعدة العسكرية" a military base: the Yemeni
    Security Belt (the STC's) and al-Qaeda's Yemeni branch only in a story about Yemen, and "القاعدة" alone never."""
    belt = events_of("Un homme a été tué mardi à Lyon après avoir oublié de boucler sa ceinture de sécurité dans "
                     "un accident.", "fr", "2024-03-13")
    assert "STC: Southern Transitional Council" not in _named(belt)
    base = events_of("قصفت طائرة مسيرة القاعدة العسكرية في مأرب يوم السبت ما أسفر عن مقتل ثلاثة جنود.", "ar",
                     "2025-01-12")
    assert base and "AQAP: Al Qaeda in the Arabian Peninsula" not in _named(base)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "سيطرت فصائل ردع العدوان على مدينة حلب يوم الجمعة بعد اشتباكات مع قوات النظام أسفرت عن مقتل 20 عنصرا."),
    ("es", "Los combatientes del Organismo de Liberación del Levante tomaron el viernes la ciudad de Alepo tras "
           "combates con el ejército sirio que dejaron 20 muertos."),
])
def test_the_offensive_s_factions_and_hts_s_translated_name_are_hts(events_of, lang, text):
    """The factions of the "Deterrence of Aggression" offensive of late 2024 were led by HTS,
    which the Spanish press also calls by its translated name."""
    assert "HTS: Hayat Tahrir al Sham" in _named(events_of(text, lang, "2024-11-30"))


def test_a_roof_is_no_islamic_state(events_of):
    """The German stem of "Daech" is that of "Dach" (a roof): the group's spellings match as
    written, so a roof in a story about Syria names no Islamic State."""
    roof = events_of("Bei einem Angriff auf ein Dorf in Syrien wurden am Dienstag drei Menschen getötet; das Dach "
                     "der Moschee stürzte ein.", "de", "2024-03-13")
    assert roof and "Islamic State (Syria)" not in _named(roof)
    named = events_of("Daesh-Kämpfer töteten am Dienstag drei syrische Soldaten nahe Palmyra.", "de", "2024-03-13")
    assert "Islamic State (Syria)" in _named(named)
