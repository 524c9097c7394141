"""Frames: one event as one sentence tells it (place, day, actors, figures, source)."""

import datetime as dt

from dateline.extraction.rules.frames import Frame
from dateline.extraction.rules.grouping import group_frames
from dateline.taxonomy import SubEventType as S

from .sentences import frame_builder


def _frames(builder):
    frames = []
    for view in builder.ctx.views:
        result = builder.frames(view)
        if isinstance(result, list):
            frames.extend(result)
    return frames


def test_a_sentence_makes_a_frame_with_everything_it_says(engine):
    builder = frame_builder(engine, "Gunmen attacked a police post in Gao on Tuesday, killing two officers, "
                                    "the army said.", lang="en", published="2024-05-02")
    (frame,) = _frames(builder)
    assert isinstance(frame, Frame)
    assert frame.sub is S.ATTACK or frame.sub is S.ARMED_CLASH
    assert frame.place is not None and frame.place.place.country_code == "ML"
    assert frame.day == dt.date(2024, 4, 30) and frame.precision == 1
    assert frame.figures.killed is not None and frame.figures.killed.value == 2
    assert frame.claimed_by is not None and "army" in frame.claimed_by[0]


def test_one_frame_per_place(engine):
    builder = frame_builder(engine, "Russian drones struck Odesa and Kharkiv overnight on Monday.", lang="en",
                            published="2025-03-11")
    places = sorted(f.place.place.name for f in _frames(builder) if f.place is not None)
    assert places == ["Kharkiv", "Odesa"]


def test_frames_of_one_event_are_grouped(engine):
    text = ("Un engin explosif a tué deux soldats près de Gao mardi. "
            "L'explosion a visé une patrouille de l'armée malienne près de Gao mardi, selon une source sécuritaire.")
    builder = frame_builder(engine, text, lang="fr", published="2024-05-02")
    frames = _frames(builder)
    assert len(frames) == 2
    (group,) = group_frames(frames)
    assert group.lead.sub is S.REMOTE_EXPLOSIVE and len(group.frames) == 2
