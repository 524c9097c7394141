"""Russian and Ukrainian words of repelling ("отразили атаку", "відбили штурм") are the packs'
``repel`` cues: the side that repelled was attacked, the attack's author is the clash's first
side, as in English, French and Arabic; the side may stand a few words before its verb ("в
воскресенье"). "отбыли" (left) is no repelling. Sentences are ours."""

PUBLISHED = "2025-03-10"  # a Monday


def _sides(events) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(e.sub_event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0]) for e in events]


def test_a_ukrainian_assault_repelled(events_of):
    text = "Українські військові в неділю відбили черговий штурм російських підрозділів біля Лимана."
    assert _sides(events_of(text, "uk", PUBLISHED)) == [
        ("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")]


def test_a_russian_attack_repelled(events_of):
    text = "Российские военные в воскресенье отразили атаку украинских подразделений у Суджи."
    assert _sides(events_of(text, "ru", PUBLISHED)) == [
        ("Armed clash", "Military Forces of Ukraine", "Military Forces of Russia")]


def test_an_attack_not_repelled_keeps_its_author_first(events_of):
    text = "Российские военные в воскресенье атаковали позиции украинских подразделений у Суджи."
    assert [a for _t, a, _b in _sides(events_of(text, "ru", PUBLISHED))] == ["Military Forces of Russia"]
