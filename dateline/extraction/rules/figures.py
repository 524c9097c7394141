"""The numbers and casualty figures a sentence's words give (:mod:`.numbers` reads them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Number:
    value: int
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    at_least: bool = False
    vague: bool = False  # "dozens", "des dizaines": ACLED's figure for a vague quantity
    before_pause: bool = False  # a comma or a colon follows it
    lead: int = -1  # where its qualifier starts ("at least 35"): the words that open the figure
    floor: bool = False  # "at least 35": a floor that is the toll itself, not a bound to refine


@dataclass(frozen=True, slots=True)
class Figure:
    value: int
    start: int
    end: int  # token span of the number and the casualty word together
    at_least: bool = False  # "at least 19", "more than 20": a lower bound
    vague: bool = False  # "dozens": a precise figure of the same event beats it
    parts: tuple[int, ...] = ()  # figures told as its parts ("eight wounded, including four children")
    updated: bool = False  # "the death toll rose to 18": a later count of the same toll
    side: str = ""  # whose dead it counts, when a party's noun follows the number ("six soldiers")
    floor: bool = False  # "at least 19": another report's higher figure does not replace it


@dataclass
class Figures:
    killed: Figure | None = None
    injured: Figure | None = None
    earlier_killed: Figure | None = None  # "buried three men killed the day before": another day's dead
    # "killed or wounded 168 people": the hurt of both kinds together, no figure of either; its
    # size still tells a tally from one event
    either: Figure | None = None
