"""Ukrainian daily summaries: one event per town line. Sentences written for these tests."""


def test_a_town_line_with_only_the_wounded_is_an_event(events_of):
    text = ("Минулої доби російські війська обстріляли Херсон ракетами, загинула жінка.\n\n"
            "У Бериславі поранено трьох людей, пошкоджено 10 будинків.")
    events = {e.location: e for e in events_of(text, "uk", "2025-09-25")}
    assert set(events) == {"Kherson", "Beryslav"}
    assert events["Beryslav"].sub_event_type == events["Kherson"].sub_event_type
    assert str(events["Beryslav"].event_date) == "2025-09-24" and events["Beryslav"].injured == 3
