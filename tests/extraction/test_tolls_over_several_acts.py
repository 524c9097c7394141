"""A lead that counts its acts ("nine killed in two airstrikes") gives their total; the
sentence that tells one act gives that act's toll, which ACLED codes. Sentences we wrote."""

import pytest

PUBLISHED = "2024-03-13"  # a Wednesday


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "At least nine civilians were killed and four wounded on Tuesday in two junta airstrikes in Kani Township, "
           "Sagaing Region. A jet dropped two bombs on Ywa Thit village in Kani Township, killing seven villagers "
           "and injuring four, a local official said.", 7),
    ("es", "Al menos nueve personas murieron el martes en dos ataques armados en Fresnillo, Zacatecas. Hombres "
           "armados asesinaron a seis personas en un bar del centro de Fresnillo, informó la fiscalía.", 6),
    # a part of the toll ("four of the dead") is no act of its own: the lead's figure stays
    ("en", "At least nine civilians were killed on Tuesday in two junta airstrikes in Kani Township, Sagaing Region. "
           "Four of the dead were children, a local official said.", 9),
    # munitions counted are one act: "two bombs" is no total
    ("en", "A jet dropped two bombs on Ywa Thit village in Kani Township, Sagaing Region, on Tuesday, killing nine "
           "villagers. Four of the dead were children, a local official said.", 9),
])
def test_a_total_over_several_acts_yields_to_the_act_s_own_toll(events_of, lang, text, killed):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.fatalities == killed


def test_a_number_before_a_killing_word_counts_people_not_acts(events_of):
    from dateline.extraction.rules.act_totals import COUNTED_ACTS
    from dateline.packs.vocabulary import EventWord

    assert EventWord.KILL not in COUNTED_ACTS and EventWord.STRIKE in COUNTED_ACTS
    (event,) = events_of("Twelve people died on Tuesday when a car bomb exploded in a market in Mogadishu. "
                         "Ten of them were traders, police said.", "en", PUBLISHED)
    assert event.fatalities == 12
