"""Namesake towns (invented sentences): of small towns of one name, the one in the province the
story names; the name being resolved and a province's namesake towns name no province."""

PUBLISHED = "2025-05-27"  # a Tuesday


def test_the_namesake_in_the_province_the_story_names(events_of):
    # Tlacotepec is a town of Puebla, Morelos and Guerrero; the story is about Guerrero ("Guerrero"
    # is also a town of Puebla: the province's name names the province)
    text = ("En Guerrero, hombres armados asesinaron el lunes a tres personas en Iguala.\n\nEl domingo se "
            "registraron enfrentamientos entre grupos criminales en las inmediaciones de Tlacotepec.")
    (clash,) = [e for e in events_of(text, "es", PUBLISHED) if e.location == "Tlacotepec"]
    assert clash.admin1 == "Guerrero"
