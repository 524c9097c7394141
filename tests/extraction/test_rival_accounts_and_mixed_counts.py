"""Tolls of a fight told by both sides, counts that mix the dead and the hurt, and a few acts of
one day (``dateline.extraction.rules.sides``, ``group_tolls``, ``numbers``). Sentences we wrote.

ACLED keeps the most conservative figure: each party's count of its enemy's dead, told by that
party, is a rival account of the same fight (the lower stands), while the dead of several parties
told by one source, or a party's own losses, add up; "killed or wounded" gives neither figure."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


def _killed(events):
    return [e.fatalities for e in events]


@pytest.mark.parametrize("lang, text, killed", [
    # rival accounts in one sentence: the lower
    ("en", "The Sudanese army said it killed 30 RSF fighters in clashes near El Fasher on Saturday, while the RSF "
           "said 50 soldiers died in the fighting.", 30),
    ("fr", "L'armée a affirmé avoir tué 30 combattants des FSR lors de combats près d'El Facher samedi, tandis que "
           "les FSR ont affirmé que 50 soldats avaient péri.", 30),
    ("es", "El ejército afirmó haber matado a 30 combatientes de las FAR en combates cerca de El Fasher el sábado, "
           "mientras que las FAR dijeron que murieron 50 soldados.", 30),
    ("de", "Bei Gefechten nahe El Fasher am Samstag habe sie 30 Kämpfer der RSF getötet, erklärte die Armee; die "
           "RSF sprach von 50 getöteten Soldaten.", 30),
    ("fr", "Des shebab ont attaqué samedi une base militaire à Afgooye. L'armée affirme avoir tué 40 assaillants, "
           "tandis que les shebab revendiquent la mort de 25 soldats.", 25),
    # rival accounts in two sentences
    ("en", "The army said it killed 30 militants in fighting near Kidal on Saturday. The rebels said they killed "
           "18 soldiers.", 18),
    ("fr", "L'armée a affirmé avoir tué 30 jihadistes samedi lors de combats près de Kidal. Les rebelles ont "
           "affirmé avoir tué 18 soldats.", 18),
    # the attackers' claim yields to the lower count of the same dead
    ("en", "Islamic State claimed the attack near Palmyra on Saturday, saying it killed 20 soldiers. The Syrian "
           "army said seven soldiers died.", 7),
])
def test_rival_accounts_of_one_fight_keep_the_lower(events_of, lang, text, killed):
    assert _killed(events_of(text, lang, PUBLISHED)) == [killed]


@pytest.mark.parametrize("lang, text, killed", [
    # one source counting several parties: they add up, as before
    ("en", "Five soldiers and three civilians were killed when militants attacked an army post in Djibo on Sunday, "
           "officials said.", 8),
    ("en", "Security forces killed 12 militants in a raid in Mir Ali, North Waziristan, on Sunday, the military "
           "said. Two soldiers were also killed.", 14),
    ("es", "Cinco militares y tres guerrilleros del ELN murieron el sábado en combates en zona rural de Tibú, Norte "
           "de Santander.", 8),
    # "30 militants in fighting" counts people, not fights: the soldiers killed too add up
    ("en", "The army said it killed 30 militants in fighting near Kidal on Saturday. Two soldiers were also killed, "
           "the army said.", 32),
    # the attackers' own dead, told as a part of them ("three of the attackers"), add up
    ("es", "Presuntos sicarios atacaron el domingo una comisaría en Zamora, Michoacán, y mataron a dos policías. "
           "Tres de los atacantes también murieron.", 5),
    ("en", "Clashes between the army and M23 rebels near Sake on Saturday killed at least 13 soldiers, while the "
           "rebels lost more than 20 fighters, the army said.", 33),
    # a toll that later rose
    ("en", "A drone strike killed three people in Kherson on Saturday. The toll later rose to five.", 5),
])
def test_the_dead_of_several_parties_told_by_one_source_add_up(events_of, lang, text, killed):
    assert _killed(events_of(text, lang, PUBLISHED)) == [killed]


@pytest.mark.parametrize("lang, text", [
    ("en", "Twelve soldiers were killed or wounded in an ambush near Kidal on Saturday."),
    ("fr", "Douze soldats ont été tués ou blessés samedi dans une embuscade près de Kidal."),
    ("es", "Doce soldados murieron o resultaron heridos el sábado en una emboscada cerca de Kidal."),
    ("de", "Am Samstag wurden in der Nähe von Kidal zwölf Soldaten bei einem Hinterhalt getötet oder verletzt."),
])
def test_killed_or_wounded_gives_neither_figure(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.fatalities, event.injured) == (None, None)


def test_a_year_s_killed_or_wounded_stays_a_tally(events_of):
    text = ("Landmines killed or wounded 230 people across Colombia in 2024, the Defence Ministry said on Monday, "
            "the highest figure in five years.")
    assert events_of(text, "en", PUBLISHED) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "In two attacks on Saturday, gunmen killed 12 people in the villages of Kwall and Mangu in Plateau state."),
    ("fr", "Lors de deux attaques samedi, des hommes armés ont tué 12 personnes dans les villages de Kwall et Mangu."),
    ("es", "En dos ataques el sábado, hombres armados mataron a 12 personas en las aldeas de Kwall y Mangu."),
    ("de", "Bei zwei Angriffen am Samstag töteten Bewaffnete zwölf Menschen in den Dörfern Kwall und Mangu."),
])
def test_a_few_acts_of_one_told_day_are_events(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert events and sum(e.fatalities or 0 for e in events) == 12
    assert {e.event_date.isoformat() for e in events} == {"2025-03-08"}


def test_many_acts_stay_a_tally(events_of):
    text = "Gunmen carried out 40 attacks in Plateau state since January, killing 300 people, officials said."
    assert events_of(text, "en", PUBLISHED) == []


def test_a_few_acts_that_hurt_no_one_stay_a_summary(events_of):
    text = "US forces were targeted in three attacks in Iraq on Thursday, but no one was hurt, a US official said."
    assert events_of(text, "en", PUBLISHED) == []
