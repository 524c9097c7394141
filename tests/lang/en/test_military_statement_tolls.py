"""Pakistani military statements (ISPR), reprinted by many outlets, tell their dead in words
of their own: militants "sent to hell", soldiers who "embraced shahadat". Sentences we wrote in
that style."""

from dateline.models import Document


def run(engine, text, published="2024-08-20"):
    return engine.extract(Document(id="t", text=text, published=published, lang="en")).events


def test_militants_sent_to_hell_are_dead(engine):
    (event,) = run(engine, "On 19 August 2024, security forces conducted an intelligence based operation in the "
                           "general area of Tank district. After an intense exchange of fire, four khwarij were sent "
                           "to hell.")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)


def test_soldiers_who_embraced_shahadat_are_dead_too(engine):
    (event,) = run(engine, "In the early hours of 19 August 2024, militants attacked a security forces post in the "
                           "general area of Datta Khel, North Waziristan district. The attack was repulsed and two "
                           "terrorists were neutralised, while three soldiers embraced shahadat.")
    assert event.fatalities == 5
