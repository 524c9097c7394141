""""La veille", "am Vortag", "накануне", on sentences we wrote: the day before the day the
story told just before, not the day before publication; with no day told yet, yesterday."""


def test_la_veille_is_the_day_before_the_day_told_just_before(events_of):
    story = ("Le gouvernement tchadien et un groupe rebelle ont signé mercredi à N'Djamena un accord de "
             "cessez-le-feu.\n\n"
             "La veille, des rebelles avaient attaqué un poste de l'armée à Abéché, tuant six soldats.")
    events = {e.sub_event_type: e for e in events_of(story, "fr", "2025-10-17")}
    assert str(events["Agreement"].event_date) == "2025-10-15"
    assert str(events["Armed clash"].event_date) == "2025-10-14"


def test_am_vortag_is_the_day_before_the_day_told_just_before(events_of):
    story = ("Bei einem Drohnenangriff auf einen Markt in Kadugli sind am Mittwoch zwölf Menschen getötet "
             "worden.\n\n"
             "Am Vortag hatten Milizen in El Obeid einen Konvoi angegriffen und vier Soldaten getötet.")
    days = sorted(str(e.event_date) for e in events_of(story, "de", "2025-10-17"))
    assert days == ["2025-10-14", "2025-10-15"]


def test_with_no_day_told_the_day_before_is_yesterday(events_of):
    (attack,) = events_of("Накануне боевики напали на блокпост в городе Гао, погибли трое военных.", "ru", "2025-10-17")
    assert str(attack.event_date) == "2025-10-16"
