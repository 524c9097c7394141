"""An act told with a day of its own at a town or camp of its own is another event, however near
the town of the act told before (Gaza's towns lie within a few km); a retelling of the same act
in other words stays one event (invented sentences)."""

PUBLISHED = "2025-07-22"  # a Tuesday


def test_a_strike_with_its_own_day_at_a_nearby_camp_is_its_own_event(events_of):
    text = ("Dans la nuit de lundi à mardi, une frappe aérienne israélienne a détruit une maison à Khan Younès, "
            "tuant six membres d'une même famille. Lundi soir, une frappe de drone israélienne a touché un groupe "
            "de personnes dans le camp de Nousseirat. Quatre personnes ont été tuées, selon l'hôpital al-Awda.")
    events = events_of(text, "fr", PUBLISHED)
    assert sorted((e.location, e.fatalities) for e in events) == [("Khan Yunis", 6), ("Nuseirat camp", 4)]


def test_the_same_strike_retold_at_its_village_stays_one_event(events_of):
    text = ("Mardi, des policiers municipaux d'Apatzingán ont été attaqués avec des explosifs largués par des "
            "drones. L'attaque, survenue mardi dans la communauté de Presa del Rosario, n'a fait aucune victime.")
    assert len(events_of(text, "fr", PUBLISHED)) == 1
