"""Arabic: which names are event places, and which only describe. Sentences written for these
tests."""

from ...extraction.sentences import context_of
from ..examples import events_of


def test_a_war_s_name_is_no_event_place(engine):
    (event,) = events_of(engine, "ar", "احتشد آلاف المواطنين عصر الجمعة في ساحة الحرية بمدينة الحديدة؛ تظاهرة تقام "
                                       "كل أسبوع منذ بداية حرب غزة. وردد المحتشدون هتافات تضامنا مع غزة.",
                         "2024-03-09")
    assert (event.location, event.country) == ("Al Hudaydah", "Yemen")


def test_a_war_s_name_gives_no_focus(engine):
    context, _language = context_of(engine, "قتل ثلاثة أشخاص في قصف على مدينة تعز منذ اندلاع الحرب في السودان.",
                                    lang="ar")
    assert "SD" not in context.focus
    assert "YE" in context.focus
