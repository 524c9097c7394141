""""Am selben Tag" after a sentence that only tells when the event happened ("Der Angriff habe
sich am Sonntag ereignet"), on a story we wrote: that day is the day told last, not the
publication day."""


def test_same_day_refers_to_the_day_a_detail_sentence_told(events_of):
    story = ("KHARTUM (AFP) - Die RSF hat nach Angaben von Aktivisten bei einem Angriff auf ein Dorf im "
             "Bundesstaat Al-Dschasira mindestens 40 Menschen getötet.\n\n"
             "Der Angriff auf das Dorf habe sich am Sonntag ereignet, teilte ein Widerstandskomitee mit.\n\n"
             "Die RSF bestritt die Vorwürfe.\n\n"
             "Am selben Tag griff die RSF nach Armeeangaben die Stadt El Fascher in Nord-Darfur an, dabei "
             "seien sechs Zivilisten getötet worden.")
    events = {e.location: str(e.event_date) for e in events_of(story, "de", "2025-06-10")}
    assert events.get("El Fasher") == "2025-06-08"
