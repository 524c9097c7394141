""""Как сообщил глава области, …", "Як повідомив начальник ОВА, …": a sentence opened by "as X
said" names its source before the comma, as "по словам"/"за словами" do (the packs'
``according_to`` and attribution cues): the official is no side of the event, and the figures
after it are the toll of the act told just before. Sentences are ours."""

PUBLISHED = "2025-03-10"  # a Monday


def test_a_fronted_ukrainian_source_is_no_actor_and_its_toll_is_the_shelling_s(events_of):
    text = ("Ізюм у неділю знову потрапив під артилерійський обстріл. Як повідомив начальник обласної "
            "військової адміністрації, загинула 58-річна жінка, ще троє людей дістали поранення.")
    events = events_of(text, "uk", PUBLISHED)
    assert [(e.location, e.sub_event_type, e.fatalities, e.injured) for e in events] == [
        ("Izyum", "Shelling/artillery/missile attack", 1, 3)]
    assert not events[0].actor1.startswith("Military Forces of Ukraine")


def test_a_fronted_russian_source_is_no_actor(events_of):
    text = ("Изюм в воскресенье снова попал под артиллерийский обстрел. Как заявил глава областной "
            "военной администрации, погибла 58-летняя женщина.")
    events = events_of(text, "ru", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Izyum", 1)]
    assert not events[0].actor1.startswith("Military Forces of Ukraine")


def test_the_source_ends_at_its_comma(events_of):
    text = "Как сообщили в полиции, неизвестные в среду обстреляли пост ДПС в Хасавюрте."
    events = events_of(text, "ru", PUBLISHED)
    assert [(e.location, e.actor2.split(" (")[0]) for e in events] == [("Khasavyurt", "Police Forces of Russia")]
