"""A strike or an attack told with no author, then "Residents blamed the army." in one of the
next sentences: the blamed side is actor1. Sentences we wrote."""

import pytest

PUBLISHED = "2024-07-14"  # a Sunday


@pytest.mark.parametrize("text", [
    "A drone strike killed nine passengers of a bus near Bahir Dar on Friday, residents said. Residents blamed the "
    "federal army, which has repeatedly used drones against the militia.",
    # a sentence adding to the toll may stand between
    "A drone strike killed nine passengers of a bus near Bahir Dar on Friday, residents said. Four other people "
    "were wounded, they said. Residents blamed the federal army.",
])
def test_a_blame_opening_a_following_sentence_names_the_author(events_of, text):
    (event,) = events_of(text, "en", PUBLISHED)
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Ethiopia (2018-)")


@pytest.mark.parametrize("text", [
    # another act told between: the blame may be that act's
    "A drone strike killed nine passengers of a bus near Bahir Dar on Friday, residents said. On Thursday, militia "
    "fighters attacked a checkpoint in Gondar. Residents blamed the federal army.",
    # a blame deep inside the next sentence is no opening one
    "A drone strike killed nine passengers of a bus near Bahir Dar on Friday, residents said. An analyst said the "
    "government had in the past blamed the federal army for such strikes.",
])
def test_no_author_from_a_blame_that_is_not_the_act_s(events_of, text):
    strike = next(e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 == "Unidentified Armed Group (Ethiopia)"


def test_a_bombing_stays_anonymous_until_claimed(events_of):
    (event,) = events_of("A roadside bomb killed four people in a market in Baidoa on Friday, police said. "
                         "Officials blamed Al-Shabaab.", "en", "2024-07-14")
    assert event.actor1 == "Unidentified Armed Group (Somalia)"


def test_a_claim_in_a_sentence_whose_own_act_is_no_event_still_names_the_claimant(events_of):
    events = events_of("Islamist militants attacked a military camp in the town of Macina on Tuesday, killing five "
                       "soldiers, the army said. Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed responsibility, "
                       "saying its fighters had seized weapons.", "en", "2024-11-06")
    (clash,) = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash.actor1 == "JNIM: Group for Support of Islam and Muslims"
