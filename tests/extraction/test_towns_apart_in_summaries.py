"""Russian and Ukrainian summaries that tell several towns: a comma before a clause naming the
next town splits the sentence's tolls ("В X поранені двоє людей, ще одну людину поранено в Y");
"more" before the next town's count adds nothing to this town's; an act dated "the same day" at
a village of its own is another act, however near; drones shot down over another city are no
detail of a hit told before. Sentences are ours."""


def _events(events_of, text: str, lang: str, published: str = "2025-10-08"):  # type: ignore[no-untyped-def]
    events = events_of(text, lang, published)
    return sorted((e.location, e.sub_event_type, e.fatalities, e.injured) for e in events)


def test_a_comma_before_the_next_town_splits_the_tolls(events_of):
    text = "У Бериславі через удар дрона поранені троє людей, ще одну людину поранено в Новорайську."
    assert [(loc, inj) for loc, _s, _f, inj in _events(events_of, text, "uk")] == [
        ("Beryslav", 3), ("Novoraisk", 1)]


def test_more_victims_of_the_next_town_leave_a_nearby_town_apart(events_of):
    text = ("ХЕРСОН, 8 жовтня. Минулої доби росіяни атакували Херсонщину. "
            "У Херсоні дрон скинув вибухівку на маршрутку, поранено водія. "
            "В Антонівці через атаку FPV-дрона поранені четверо людей, ще одну людину поранено в Садовому.")
    places = [loc for loc, _s, _f, _i in _events(events_of, text, "uk")]
    assert "Kherson" in places and "Antonivka" in places


def test_an_act_the_same_day_in_a_nearby_village_is_its_own(events_of):
    text = ("Украинский беспилотник в среду атаковал автомобиль в Грайвороне, ранены двое. "
            "По словам губернатора, в тот же день в селе Головчино дрон сбросил взрывчатку на двор дома.")
    places = [loc for loc, _s, _f, _i in _events(events_of, text, "ru")]
    assert len(places) == 2 and "Grayvoron" in places


def test_drones_shot_down_over_another_city_are_their_own_event(events_of):
    text = ("Украинский дрон в среду атаковал грузовик в Валуйках, погиб водитель. "
            "Кроме того, вечером над Белгородом силами ПВО были сбиты два беспилотника.")
    subs = [s for _l, s, _f, _i in _events(events_of, text, "ru")]
    assert sorted(subs) == ["Air/drone strike", "Disrupted weapons use"]


def test_a_bomb_that_hit_another_town_is_its_own_strike(events_of):
    text = ("Российские войска во вторник обстреляли Сумы, ранены трое. "
            "Вечером авиабомба попала по Ворожбе, пострадавших нет.")
    subs = sorted(s for _l, s, _f, _i in _events(events_of, text, "ru"))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_town_a_speaker_names_after_that_places_the_act(events_of):
    text = ("Дрони атакували Орловську область: губернатор заявив, що в Мценську пошкоджено нафтобазу, "
            "постраждалих немає.")
    assert [loc for loc, _s, _f, _i in _events(events_of, text, "uk")] == ["Mtsensk"]


def test_interceptions_counted_after_each_region(events_of):
    text = "Над Липецкой областью уничтожены 11 беспилотников, над Тамбовской областью — четыре."
    subs = [s for _l, s, _f, _i in _events(events_of, text, "ru")]
    assert subs == ["Disrupted weapons use", "Disrupted weapons use"]
