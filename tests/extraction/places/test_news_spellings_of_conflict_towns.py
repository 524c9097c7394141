"""Spellings the news of the conflict countries writes for towns GeoNames holds under another
spelling only (``data/places/cities.toml``, ``[aliases]``): "Shewa Robit" is GeoNames'
"Robit", "Bardera" its "Baardheere", "Tajoura" its "Tājūrā’". Without the spelling the event
lands on a wrong place abroad, on the province, or on nothing."""

import pytest

PUBLISHED = "2026-03-04"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Clashes between rival militias in Tajoura, east of the capital, killed five people on Tuesday, "
           "the health ministry said.", ("Tajura'", "LY")),
    ("ar", "قتل خمسة مدنيين في اشتباكات بين ميليشيات مسلحة في تاجوراء يوم الثلاثاء.", ("Tajura'", "LY")),
    ("en", "The RSF shelled Kass in South Darfur on Tuesday, killing six people, residents said.",
     ("Kas", "SD")),
    ("ru", "Во вторник в Шева-Робит боевики Фано убили семерых военных.", ("Robit", "ET")),
    ("ar", "قُتل ستة أشخاص في هجوم بطائرة مسيرة على مدينة شوا روبيت يوم الثلاثاء.", ("Robit", "ET")),
    ("es", "Un ataque con drones contra Mai Kadra mató a cinco civiles el martes, según fuentes locales.",
     ("May Cadera", "ET")),
    ("en", "Al-Shabaab fighters attacked a military base near Bardera in the Gedo region on Tuesday, killing "
           "four soldiers.", ("Baardheere", "SO")),
    ("ru", "Во вторник боевики «Аш-Шабаб» атаковали военную базу в Бардере, погибли трое солдат.",
     ("Baardheere", "SO")),
    ("fr", "Des frappes aériennes ont tué trois civils mardi à Arbeen, dans la Ghouta orientale.",
     ("'Irbin", "SY")),
    ("de", "Bei einem Angriff auf ein Militärlager in Jindires wurden am Dienstag drei Kämpfer getötet.",
     ("Jindayris", "SY")),
    ("uk", "У вівторок озброєні банди вбили чотирьох людей у Мірбале, повідомила поліція.",
     ("Mirebalais", "HT")),
    ("uk", "У вівторок у Кап-Гаїтьєні озброєні банди вбили п'ятьох людей.", ("Cap-Haitien", "HT")),
    ("ru", "Во вторник повстанцы обстреляли Мьявади, погибли двое мирных жителей.", ("Myawaddy", "MM")),
    ("ar", "قُتل ثلاثة أشخاص في هجوم مسلح على مدينة بانو شمال غربي باكستان يوم الثلاثاء.",
     ("Bannu", "PK")),
])
def test_a_news_spelling_of_a_conflict_town_is_the_place_of_the_event(events_of, lang, text, place):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.location, e.country_code) for e in events] == [place]
