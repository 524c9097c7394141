"""Arabic: what is an event and what only surrounds one. Sentences written for these tests."""

from ..examples import events_of


def test_a_purpose_clause_is_no_clash(engine):
    (event,) = events_of(engine, "ar", "وقعت الحكومة والمتمردون اتفاق سلام في الدوحة السبت بهدف إنهاء القتال في "
                                       "شرق البلاد.", "2025-11-15")
    assert event.sub_event_type == "Agreement"
