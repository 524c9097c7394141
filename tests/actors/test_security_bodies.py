"""A state's security bodies named by their own names (Russia's FSB, Rosgvardia, Investigative
Committee; Ukraine's SBU) are that state's forces wherever they act: an arrest by the FSB in
occupied Crimea is Russia's, not the police of the country the town lies in. A bare
"Следственный комитет" stays the police of the story's country (Belarus has one too).
Sentences are ours."""

import pytest

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Сотрудники ФСБ во вторник задержали в Симферополе местного жителя по подозрению в госизмене."),
    ("ru", "ФСБ России задержала в Севастополе двух мужчин, подозреваемых в подготовке поджога."),
    ("ru", "Росгвардия во вторник задержала в Мелитополе троих местных жителей."),
    ("ru", "СК России задержал во вторник в Джанкое бывшего чиновника."),
    ("uk", "ФСБ Росії у вівторок затримала в Сімферополі кримського татарина."),
    ("uk", "Співробітники ФСБ затримали в окупованому Херсоні двох волонтерів."),
    ("uk", "Росгвардійці у вівторок затримали в Мелітополі трьох чоловіків."),
    ("en", "The FSB detained a man in Simferopol on Tuesday on suspicion of treason."),
    ("ar", "اعتقل جهاز الأمن الفيدرالي الروسي الثلاثاء رجلا في مدينة سيفاستوبول بشبه جزيرة القرم."),
])
def test_russia_s_security_bodies_arrest_for_russia_in_crimea(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.country_code, e.actor1) for e in events] == [
        ("Arrests", "UA", "Police Forces of Russia (2000-)")]


def test_the_fsb_at_home_is_russia_s_police(events_of):
    events = events_of("В Ставрополе сотрудники ФСБ во вторник задержали мужчину.", "ru", PUBLISHED)
    assert [(e.country_code, e.actor1) for e in events] == [("RU", "Police Forces of Russia (2000-)")]


def test_the_sbu_is_ukraine_s(events_of):
    events = events_of("СБУ у вівторок затримала в Харкові коригувальника ворожих ударів.", "uk", PUBLISHED)
    assert [e.actor1 for e in events] == ["Military Forces of Ukraine (2019-)"]


def test_a_bare_investigative_committee_is_the_story_s_country(events_of):
    events = events_of("В Минске во вторник Следственный комитет задержал двух блогеров.", "ru", PUBLISHED)
    assert [(e.country_code, e.actor1) for e in events] == [("BY", "Police Forces of Belarus (1994-)")]
