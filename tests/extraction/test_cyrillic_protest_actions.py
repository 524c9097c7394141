"""Russian and Ukrainian name a protest "акция" qualified by how or why it was held ("мирную
акцию", "акцию в поддержку", "акцію з вимогою") rather than "акция протеста". Sentences are
ours (``dateline/data/ru/triggers.toml``, ``dateline/data/uk/triggers.toml``)."""

import pytest

PUBLISHED = "2025-05-17"  # a Saturday


@pytest.mark.parametrize(("lang", "text", "sub_type"), [
    ("uk", "Кілька сотень людей у пʼятницю вийшли на мирну акцію у Львові з вимогою повернути "
           "зниклих безвісти.", "Peaceful protest"),
    ("uk", "Близько сотні мешканців у четвер провели в Полтаві акцію солідарності з ув'язненими "
           "журналістами.", "Peaceful protest"),
    ("ru", "Около трехсот человек в пятницу провели в Новосибирске мирную акцию в поддержку "
           "уволенного врача.", "Peaceful protest"),
    ("ru", "В Казани в четверг полиция задержала 15 участников несанкционированной акции с "
           "требованием отставки мэра.", "Protest with intervention"),
])
def test_a_qualified_action_is_a_protest(events_of, lang, text, sub_type):
    assert [e.sub_event_type for e in events_of(text, lang, PUBLISHED)] == [sub_type]
