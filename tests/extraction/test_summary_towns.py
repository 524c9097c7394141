"""A regional daily summary and its town lines, on sentences we wrote: one event per town, the
lead's towns each kept apart however near, a town line joining the lead's report of its own
town, and a village located by its community found in the summary's province."""


SUMMARY = ("На Харківщині через російські обстріли минулої доби загинули троє людей: двоє у Куп'янську й одна "
           "людина – в Ківшарівці.\n\n"
           "«Куп'янський район. У Ківшарівці одна людина загинула, пошкоджено 4 будинки. У Куп'янську двоє людей "
           "загинули і 6 поранені, пошкоджено 12 будинків. Ізюмський район. У Балаклії поранено двох людей», – "
           "йдеться в повідомленні.")

PUBLISHED = "2025-10-08"  # a Wednesday


def towns(events):
    return sorted((e.location, e.fatalities, e.injured) for e in events)


def test_the_leads_towns_and_their_lines_are_one_event_per_town(events_of):
    assert towns(events_of(SUMMARY, "uk", PUBLISHED)) == [
        ("Balakliya", 0, 2), ("Kivsharivka", 1, None), ("Kupyansk", 2, 6)]


def test_a_village_located_by_its_community_is_the_one_in_the_summarys_province(events_of):
    text = ("На Одещині через російські обстріли минулої доби поранено п'ятеро людей.\n\n"
            "У Білгороді-Дністровському поранено двох людей, пошкоджено 5 будинків. У Миколаївці Березівської "
            "громади поранено трьох людей, пошкоджено авто.")
    events = events_of(text, "uk", "2025-10-08")
    village = next(e for e in events if e.location.startswith("Myko"))
    assert (village.admin1, village.injured) == ("Odesa", 3)
