"""Russian and Ukrainian words of repelling ("отразили атаку", "відбили штурм") are the packs'
``repel`` cues: the side that repelled was attacked, the attack's author is the clash's first
side, as in English, French and Arabic; the side may stand a few words before its verb ("в
воскресенье"). "отбыли" (left) is no repelling. Sentences are ours."""

from dateline.models import Document


def _sides(engine, text: str, lang: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    events = engine.extract(Document(id="t", text=text, published="2025-03-10", lang=lang)).events
    return [(e.sub_event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0]) for e in events]


def test_a_ukrainian_assault_repelled(engine):
    text = "Українські військові в неділю відбили черговий штурм російських підрозділів біля Лимана."
    assert _sides(engine, text, "uk") == [("Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")]


def test_a_russian_attack_repelled(engine):
    text = "Российские военные в воскресенье отразили атаку украинских подразделений у Суджи."
    assert _sides(engine, text, "ru") == [("Armed clash", "Military Forces of Ukraine", "Military Forces of Russia")]


def test_an_attack_not_repelled_keeps_its_author_first(engine):
    text = "Российские военные в воскресенье атаковали позиции украинских подразделений у Суджи."
    assert [a for _t, a, _b in _sides(engine, text, "ru")] == ["Military Forces of Russia"]
