"""Burns count as injuries: a drone strike on a fuel depot hurts its workers with burns ("получили
ожоги", "отримали опіки"), told with no other injury word (``numbers.toml`` injured). Sentences are ours."""

import pytest

PUBLISHED = "2026-05-30"  # a Saturday


@pytest.mark.parametrize(("lang", "text", "injured"), [
    ("ru", "В ночь на субботу беспилотники атаковали нефтебазу в Новокуйбышевске. По словам губернатора, "
           "двое рабочих получили ожоги.", 2),
    ("ru", "В ночь на субботу беспилотники атаковали нефтебазу в Новокуйбышевске. По словам губернатора, "
           "один сотрудник получил ожоги и госпитализирован.", 1),
    ("uk", "Уночі в суботу російські дрони атакували нафтобазу в Кременчуці, двоє працівників отримали опіки.", 2),
])
def test_burns_are_counted_as_injured(events_of, lang, text, injured):
    assert [e.injured for e in events_of(text, lang, PUBLISHED)] == [injured]
