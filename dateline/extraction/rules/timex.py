"""When: date expressions of a sentence, resolved against the publication day.

News conventions, not calendar arithmetic: a weekday name is the most recent such day on
or before publication ("jeudi" in a Thursday story is that Thursday); an explicit date
without a year is the nearest one not after publication; "last week" has week precision;
a night is dated on the first day its phrase names: "the night of Tuesday to
Wednesday" is Tuesday, "the night to Wednesday" ("в ночь на среду") is Wednesday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...normalize import fold_key
from ...packs import LanguagePack
from ...packs.vocabulary import HitKind, Night, Period
from ...prepare.tokens import Token
from ..hits import Hit


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int  # token index, inclusive
    end: int
    day: dt.date
    precision: int  # 1 day, 2 week, 3 month
    kind: str  # weekday, relative, explicit, period, night, year


def most_recent_weekday(reference: dt.date, weekday: int) -> dt.date:
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


def nearest_past(reference: dt.date, month: int, day: int) -> dt.date | None:
    """Day/month without a year: this year's, unless that is more than a day after publication."""
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference + dt.timedelta(days=1):
            return candidate
    return None


class TimeFinder:
    """Finds and resolves date expressions with one language's month, weekday and period words."""

    def __init__(self, pack: LanguagePack) -> None:
        self.months = pack.months
        # a month named alone ("in August") must be its full name ("sept" is also "seven"),
        # capitalised where the language writes it so ("march" is also a verb)
        full_names: set[str] = set()
        for names in pack.dates.months.values():
            folded = [fold_key(name) for name in names]
            full_names.update(n for n in folded if not any(o != n and o.startswith(n) for o in folded))
        self.full_months = frozenset(full_names)
        self.capitalised_months = pack.grammar.capitalised_months
        self.weekdays = pack.weekdays
        self.day_month_joiners = frozenset(fold_key(w) for w in pack.dates.day_month_joiners)
        self.nights = [_night_pattern(p) for p in pack.dates.nights.get(Night.NIGHT_OF, [])]

    def find(self, tokens: list[Token], hits: list[Hit], reference: dt.date) -> list[TimeExpr]:
        found: list[TimeExpr] = []
        taken: set[int] = set()
        for expr in self._nights(tokens, reference):
            found.append(expr)
            taken.update(range(expr.start, expr.end))
        for expr in self._explicit(tokens, reference):
            if expr.start not in taken:
                found.append(expr)
                taken.update(range(expr.start, expr.end))
        for hit in hits:
            if taken.intersection(range(hit.start, hit.end)):
                continue  # "dans la nuit de lundi à mardi" is the night, not "dans la nuit"
            if hit.kind == HitKind.RELDAY:
                day = reference + dt.timedelta(days=int(hit.label))
                found.append(TimeExpr(hit.start, hit.end, day, 1, "relative"))
                taken.update(range(hit.start, hit.end))
            elif hit.kind == HitKind.PERIOD:
                found.append(_period(hit, reference))
                taken.update(range(hit.start, hit.end))
        for token in tokens:
            if token.index in taken:
                continue
            month = self.months.get(token.norm)
            if month is not None and len(token.norm) > 3 and token.norm in self.full_months and (
                    token.upper or not self.capitalised_months):  # "in August": that month, background if past
                year = reference.year if month <= reference.month else reference.year - 1
                found.append(TimeExpr(token.index, token.index + 1, dt.date(year, month, 15), 3, "month"))
                continue
            weekday = self.weekdays.get(token.norm)
            if weekday is not None:
                found.append(TimeExpr(token.index, token.index + 1,
                                      most_recent_weekday(reference, weekday), 1, "weekday"))
            elif token.is_digit and len(token.norm) == 4 and 1900 <= int(token.norm) <= reference.year:
                found.append(TimeExpr(token.index, token.index + 1,
                                      dt.date(int(token.norm), 1, 1), 3, "year"))
        return sorted(found, key=lambda e: e.start)

    def _explicit(self, tokens: list[Token], reference: dt.date) -> list[TimeExpr]:
        """"9 novembre", "November 9", "9 de noviembre de 2024", "9. November", "9 ноября"."""
        found = []
        for i, token in enumerate(tokens):
            month = self.months.get(token.norm)
            if month is None and i + 1 < len(tokens):
                month = self.months.get(f"{token.norm} {tokens[i + 1].norm}")
            if month is None:
                continue
            day_index = _day_before(tokens, i, self.day_month_joiners)
            after = i + 1
            if day_index is None and after < len(tokens) and _is_day(tokens[after]):
                day_index = after
                after += 1
            if day_index is None:
                continue
            day = int(tokens[day_index].norm)
            year = None
            year_index = after + 1 if after < len(tokens) and tokens[after].norm == "de" else after
            if after < len(tokens) and self.months.get(tokens[after].norm) == month:
                after += 1  # "14 أيلول/سبتمبر", "21 كانون الثاني/يناير": one month, two names
                year_index = after
            if year_index < len(tokens) and tokens[year_index].is_digit and len(tokens[year_index].norm) == 4:
                year = int(tokens[year_index].norm)
                after = year_index + 1
            start = min(day_index, i)
            resolved = _make_date(year, month, day) if year else nearest_past(reference, month, day)
            if resolved:
                found.append(TimeExpr(tokens[start].index, tokens[max(after, i + 1) - 1].index + 1,
                                      resolved, 1, "explicit"))
        return found

    def _nights(self, tokens: list[Token], reference: dt.date) -> list[TimeExpr]:
        found: list[TimeExpr] = []
        norms = [t.norm for t in tokens]
        weekday_positions = [i for i, word in enumerate(norms) if word in self.weekdays]
        if not weekday_positions:
            return found
        for pattern, slots in self.nights:
            size = len(pattern)
            slot_offset = next(i for i, part in enumerate(pattern) if part in slots)
            for position in weekday_positions:
                i = position - slot_offset
                if i < 0 or i + size > len(tokens):
                    continue
                days: dict[str, int] = {}
                for offset, part in enumerate(pattern):
                    word = norms[i + offset]
                    if part in ("{a}", "{b}"):
                        weekday = self.weekdays.get(word)
                        if weekday is None:
                            break
                        days[part] = weekday
                    elif part != word:
                        break
                else:
                    weekday = days.get("{a}", days.get("{b}"))
                    day = most_recent_weekday(reference, weekday)  # type: ignore[arg-type]
                    if not any(e.start == tokens[i].index for e in found):
                        found.append(TimeExpr(tokens[i].index, tokens[i + size - 1].index + 1, day, 1, "night"))
        return found


def _night_pattern(pattern: str) -> tuple[list[str], set[str]]:
    from ...normalize import fold

    parts = []
    for word in re.findall(r"\{[ab]\}|[^\W_]+", pattern):
        parts.append(word if word.startswith("{") else fold(word).text)
    return parts, {p for p in parts if p.startswith("{")}


def _is_day(token: Token) -> bool:
    return token.is_digit and 1 <= int(token.norm) <= 31 and len(token.norm) <= 2


def _day_before(tokens: list[Token], i: int, joiners: frozenset[str]) -> int | None:
    for back in (1, 2):  # "9 novembre", "20 de agosto", "16. Dezember" (dot is not a token)
        j = i - back
        if j < 0:
            return None
        if _is_day(tokens[j]):
            return j
        if tokens[j].norm not in joiners:
            return None
    return None


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _period(hit: Hit, reference: dt.date) -> TimeExpr:
    if hit.label == Period.LAST_WEEK:
        return TimeExpr(hit.start, hit.end, reference - dt.timedelta(days=7), 2, "period")
    if hit.label == Period.THIS_WEEK:
        return TimeExpr(hit.start, hit.end, reference - dt.timedelta(days=reference.weekday() // 2), 2, "period")
    if hit.label == Period.LAST_YEAR:
        return TimeExpr(hit.start, hit.end, reference.replace(month=6, day=15, year=reference.year - 1), 3, "period")
    if hit.label == Period.LAST_MONTH:
        first = reference.replace(day=1) - dt.timedelta(days=1)
        return TimeExpr(hit.start, hit.end, first.replace(day=15), 3, "period")
    return TimeExpr(hit.start, hit.end, reference, 3, "period")
