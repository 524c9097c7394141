"""Russian and Ukrainian words the packs read: flights or trains "задержаны" (delayed) are no
arrests; a bomb that "сработало" (went off) with a word between ("сработало самодельное
взрывное устройство") is an explosion; "Часть города" is no town; a rally that "минула мирно"
passed off with no dead. Sentences are ours."""


def _events(events_of, text: str, lang: str):  # type: ignore[no-untyped-def]
    return events_of(text, lang, "2025-03-12")


def test_delayed_flights_are_no_arrests(events_of):
    text = "Из-за ограничений в аэропорту Шереметьево были задержаны более двадцати рейсов."
    assert _events(events_of, text, "ru") == []


def test_delayed_trains_are_no_arrests_in_ukrainian(events_of):
    text = "Через пошкодження колії у Львові затримано понад десять поїздів."
    assert _events(events_of, text, "uk") == []


def test_an_arrest_still_is_one(events_of):
    text = "В Твери полиция задержала двоих мужчин, подозреваемых в поджоге."
    assert [e.sub_event_type for e in _events(events_of, text, "ru")] == ["Arrests"]


def test_a_homemade_bomb_went_off(events_of):
    text = "Во вторник вечером у железнодорожного моста под Курском сработало самодельное взрывное устройство."
    assert [e.sub_event_type for e in _events(events_of, text, "ru")] == ["Remote explosive/landmine/IED"]


def test_part_of_the_town_is_no_place(events_of):
    text = ("Украинский беспилотник атаковал подстанцию в Льгове. Часть города осталась без света, "
            "пострадавших нет.")
    events = _events(events_of, text, "ru")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 0)]


def test_a_rally_that_passed_off_peacefully_has_no_dead(events_of):
    text = "У вівторок сотні людей вийшли на акцію протесту в Черкасах. Акція минула мирно."
    assert [(e.sub_event_type, e.fatalities) for e in _events(events_of, text, "uk")] == [("Peaceful protest", 0)]


def test_lives_out_of_danger_is_no_threat(events_of):
    text = ("Двое боевиков нейтрализованы в ходе КТО в Назрани. В ходе перестрелки ранения получили "
            "трое полицейских, их жизни ничего не угрожает.")
    assert [(e.fatalities, e.injured) for e in _events(events_of, text, "ru")] == [(2, 3)]


def test_a_road_blocked_with_its_adjective_in_protest(events_of):
    text = ("Жители села Тарумовка во вторник перекрыли республиканскую трассу, протестуя против "
            "отключений воды. Такие акции в районе проходят почти каждую зиму.")
    assert [(e.sub_event_type, e.location) for e in _events(events_of, text, "ru")] \
        == [("Peaceful protest", "Tarumovka")]


def test_the_sponsor_of_an_arrested_man_s_act_does_not_arrest(events_of):
    text = ("У понеділок у Житомирі правоохоронці затримали чоловіка, який на замовлення російських "
            "спецслужб підпалив автомобіль військового.")
    assert [(e.sub_event_type, e.actor1.split(" (")[0]) for e in _events(events_of, text, "uk")] == [
        ("Arrests", "Police Forces of Ukraine")]
