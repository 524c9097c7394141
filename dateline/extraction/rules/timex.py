"""When: date expressions of a sentence, resolved against the publication day.

News conventions, not calendar arithmetic: a weekday name is the most recent such day on
or before publication ("jeudi" in a Thursday story is that Thursday); an explicit date
without a year is the nearest one not after publication; "last week" has week precision;
a night is dated on the first day its phrase names: "the night of Tuesday to
Wednesday" is Tuesday, "the night to Wednesday" ("в ночь на среду") is Wednesday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from ...normalize import fold_key
from ...packs import LanguagePack
from ...packs.vocabulary import HitKind, Night, Period, Qualifier
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int  # token index, inclusive
    end: int
    day: dt.date
    precision: int  # 1 day, 2 week, 3 month
    kind: str  # weekday, relative, explicit, period, weekend, night, year


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


# the kinds of time that name a day ("on Tuesday", "yesterday", "9 November", "the night of
# Monday"; "over the weekend" names two)
DAY_KINDS = frozenset({"weekday", "relative", "explicit", "night", "weekend"})


class TimeFinder:
    """Finds and resolves date expressions with one language's month, weekday and period words."""

    def __init__(self, pack: LanguagePack) -> None:
        self.months = pack.months
        # first words of month names of two words ("كانون الثاني"): only they open such a name
        self._month_openers = frozenset(name.split(" ", 1)[0] for name in self.months if " " in name)
        self._month_starts = frozenset(self.months) | self._month_openers  # words an explicit date turns on
        # a month named alone ("in August") must be its full name ("sept" is also "seven"),
        # capitalised where the language writes it so ("march" is also a verb)
        full_names: set[str] = set()
        for names in pack.dates.months.values():
            folded = [fold_key(name) for name in names]
            full_names.update(n for n in folded if not any(o != n and o.startswith(n) for o in folded))
        self.full_months = frozenset(full_names)
        self.capitalised_months = pack.grammar.capitalised_months
        self.weekdays = pack.weekdays
        self._date_words = frozenset(self.months) | frozenset(self.weekdays)  # words that may name a time alone
        self.day_month_joiners = frozenset(fold_key(w) for w in pack.dates.day_month_joiners)
        self.nights = [_night_pattern(p) for p in pack.dates.nights.get(Night.NIGHT_OF, [])]
        # each pattern's first fixed word and where it stands: only tokens with that word are tried
        self._night_anchors = [_anchor(pattern) for pattern in self.nights]
        self._night_words = frozenset(word for _offset, word in self._night_anchors if word is not None)
        self.ordinals = {tuple(fold_key(word).split()): int(day)
                         for day, words in pack.dates.ordinal_days.items() for word in words}
        self.last_words = frozenset(fold_key(word) for word in pack.dates.last_weekday)
        self.same_day = [(tuple(fold_key(phrase).split()), "same") for phrase in pack.dates.same_day] + [
            (tuple(fold_key(phrase).split()), "before") for phrase in pack.dates.day_before] + [
            (tuple(fold_key(phrase).split()), "after") for phrase in pack.dates.day_after]

    def find(self, tokens: list[Token], hits: list[Hit], reference: dt.date) -> list[TimeExpr]:
        found: list[TimeExpr] = []
        taken: set[int] = set()
        norms = list(map(_NORM, tokens))
        for expr in [*self._nights(tokens, reference, norms), *self._explicit(tokens, reference, norms),
                     *self._same_days(tokens, reference, norms)]:
            if not taken.intersection(range(expr.start, expr.end)):
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
        first = tokens[0].index if tokens else 0
        # only a month, a weekday or a number may name a time alone: the other words are skipped
        positions = range(len(tokens))
        timely = {*compress(positions, map(self._date_words.__contains__, norms)),
                  *compress(positions, map(_IS_DIGIT, tokens))}
        for position in sorted(timely):
            token = tokens[position]
            if token.index in taken:
                continue
            month = self.months.get(token.norm)
            # "May": the month only capitalised inside the sentence, not "may"; "en mai", "в мае" always
            short = len(token.norm) <= 3 and self.capitalised_months
            if month is not None and token.norm in self.full_months and (
                    token.upper or not self.capitalised_months) and (not short or (token.upper and position > 0)):
                # "in August": that month, background if past
                year = reference.year if month <= reference.month else reference.year - 1
                end = token.index + 1
                named = _year_after(tokens, position + 1)  # "in January 2024": that January
                if named is not None and named[0] <= reference.year:
                    year, end = named[0], tokens[named[1]].index + 1
                    taken.update(range(token.index, end))
                elif _last_year_after(hits, end):  # "in June last year", "в июне прошлого года"
                    year = reference.year - 1
                found.append(TimeExpr(token.index, end, month_day(year, month, reference), 3, "month"))
                continue
            weekday = self.weekdays.get(token.norm)
            if weekday is not None:
                found.append(self._weekday(tokens, position, weekday, reference, first))
            elif token.is_digit and len(token.norm) == 4 and 1900 <= int(token.norm) <= reference.year \
                    and not _a_count(token.index, hits):
                found.append(TimeExpr(token.index, token.index + 1,
                                      dt.date(int(token.norm), 1, 1), 3, "year"))
        return _without_weekdays_of_dates(sorted(found, key=lambda e: e.start))

    def weekday_dates(self, tokens: list[Token], reference: dt.date) -> list[dt.date]:
        """Explicit dates written with their weekday ("ce samedi 17 février 2018"): the days a
        story writes as its own present, not as a date it recalls."""
        weekdays = [t.index for t in tokens if t.norm in self.weekdays]
        if not weekdays:
            return []
        return [e.day for e in self._explicit(tokens, reference)
                if any(0 <= e.start - w <= 2 or 0 <= w - e.end <= 1 for w in weekdays)]

    def _weekday(self, tokens: list[Token], position: int, weekday: int, reference: dt.date,
                 first: int) -> TimeExpr:
        """A weekday: the most recent one; "last Friday", "vendredi dernier" is the one before
        the publication day (a week back in a Friday story)."""
        token = tokens[position]
        start, end = token.index, token.index + 1
        before = tokens[position - 1].norm if position > 0 else ""
        after = tokens[position + 1].norm if position + 1 < len(tokens) else ""
        if before in self.last_words or after in self.last_words:
            start = start - 1 if before in self.last_words else start
            end = end + 1 if after in self.last_words and before not in self.last_words else end
            return TimeExpr(start, end, most_recent_weekday(reference - dt.timedelta(days=1), weekday), 1,
                            "weekday")
        return TimeExpr(start, end, most_recent_weekday(reference, weekday), 1, "weekday")

    def _same_days(self, tokens: list[Token], reference: dt.date, norms: list[str]) -> list[TimeExpr]:
        """"The same day", "في اليوم ذاته": the day told just before; "la veille", "am Vortag":
        the day before it, "un día después", "le lendemain" the day after it (resolved by the
        frame; until then, the reference day, the day before it for "la veille")."""
        found = []
        present = set(norms)
        last = len(norms)
        for phrase, kind in self.same_day:
            size = len(phrase)
            if phrase and phrase[0] not in present:
                continue  # its first word is absent: nowhere to start
            # a phrase can start only where its first word stands ("в", "the": found by list.index)
            starts = range(last - size + 1) if not phrase else _positions(norms, phrase[0], last - size)
            for i in starts:
                if tuple(norms[i:i + size]) == phrase:
                    day = reference - dt.timedelta(days=1) if kind == "before" else reference
                    found.append(TimeExpr(tokens[i].index, tokens[i + size - 1].index + 1, day, 1, kind))
        return found

    def _explicit(self, tokens: list[Token], reference: dt.date, norms: list[str] | None = None) -> list[TimeExpr]:
        """"9 novembre", "November 9", "9 de noviembre de 2024", "9. November", "9 ноября"."""
        found = []
        norms = list(map(_NORM, tokens)) if norms is None else norms
        for i in compress(range(len(tokens)), map(self._month_starts.__contains__, norms)):  # a month's word
            token = tokens[i]
            month = self.months.get(token.norm)
            if month is None and i + 1 < len(tokens) and token.norm in self._month_openers:
                month = self.months.get(f"{token.norm} {tokens[i + 1].norm}")
            if month is None:
                continue
            day_index = _day_before(tokens, i, self.day_month_joiners)
            after = i + 1
            if day_index is None and after < len(tokens) and _is_day(tokens[after]):
                day_index = after
                after += 1
            ordinal = self._ordinal_before(tokens, i) if day_index is None else None
            if ordinal is not None:
                day_index, day = ordinal
            elif day_index is None:
                continue
            else:
                day = _day_value(tokens[day_index])
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

    def _ordinal_before(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"الأول من يوليو", "premier juillet": an ordinal word (and a joiner) before the month."""
        for back in (1, 2):
            for size in (1, 2, 3):
                start = i - back - size + 1
                if start < 0:
                    continue
                words = tuple(t.norm for t in tokens[start:i - back + 1])
                day = self.ordinals.get(words)
                joined = back == 1 or tokens[i - 1].norm in self.day_month_joiners
                if day is not None and joined:
                    return start, day
        return None

    def _nights(self, tokens: list[Token], reference: dt.date, norms: list[str]) -> list[TimeExpr]:
        """"la nuit de lundi à mardi" (Monday), "в ночь на среду" (Wednesday), "la nuit du 17
        au 18 janvier" (the 17th)."""
        found: list[TimeExpr] = []
        if self.weekdays.keys().isdisjoint(norms) and not any(map(_IS_DIGIT, tokens)):
            return found  # every night names a weekday or a day of the month
        anchored = list(compress(range(len(norms)), map(self._night_words.__contains__, norms)))
        for pattern, (offset, anchor) in zip(self.nights, self._night_anchors, strict=True):
            size = len(pattern)
            last = len(tokens) - size
            # a pattern with a fixed word can only start where that word stands, ``offset`` before
            starts = range(last + 1) if anchor is None else [
                j - offset for j in anchored if norms[j] == anchor and 0 <= j - offset <= last]
            for i in starts:
                if any(e.start <= tokens[i].index < e.end for e in found):
                    continue
                day = self._night_at(tokens, norms, i, pattern, reference)
                if day is not None:
                    found.append(TimeExpr(tokens[i].index, tokens[i + size - 1].index + 1, day, 1, "night"))
        return found

    def _night_at(self, tokens: list[Token], norms: list[str], i: int, pattern: list[str],
                  reference: dt.date) -> dt.date | None:
        values: dict[str, int] = {}
        for offset, part in enumerate(pattern):
            word, token = norms[i + offset], tokens[i + offset]
            if part in ("{a}", "{b}"):
                value = self.weekdays.get(word)
            elif part in ("{d}", "{e}"):
                value = _day_value(token) if _is_day(token) else None
            elif part == "{m}":
                value = self.months.get(word)
            else:
                value = 0 if part == word else None
            if value is None:
                return None
            values[part] = value
        if "{d}" in values or "{e}" in values:
            month = values.get("{m}")
            if month is None:
                return None
            return nearest_past(reference, month, values.get("{d}", values.get("{e}", 1)))
        weekday = values.get("{a}", values.get("{b}"))
        return most_recent_weekday(reference, weekday) if weekday is not None else None


def _night_pattern(pattern: str) -> list[str]:
    """A night pattern's words, folded, and its slots (`{a}` weekday, `{d}` day, `{m}` month)."""
    from ...normalize import fold

    return [word if word.startswith("{") else fold(word).text for word in re.findall(r"\{[abdem]\}|[^\W_]+", pattern)]


def _positions(words: list[str], word: str, last: int) -> list[int]:
    """Where ``word`` stands in ``words``, up to position ``last``, in order."""
    found: list[int] = []
    if last < 0:
        return found  # longer than the words: nowhere (and a negative bound would count from the end)
    position = -1
    while True:
        try:
            position = words.index(word, position + 1, last + 1)
        except ValueError:
            return found
        found.append(position)


def _anchor(pattern: list[str]) -> tuple[int, str | None]:
    """The first fixed word of a night pattern and its position (``None``: slots only)."""
    return next(((offset, part) for offset, part in enumerate(pattern) if not part.startswith("{")), (0, None))


_NORM = attrgetter("norm")
_IS_DIGIT = attrgetter("is_digit")
_ORDINAL_DIGITS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|o|a)$")


def _day_value(token: Token) -> int:
    """The day a token names: "17", "1er", "21st"."""
    match = _ORDINAL_DIGITS.match(token.norm)
    return int(match.group(1)) if match else int(token.norm)


def _is_day(token: Token) -> bool:
    if token.is_digit:
        return 1 <= int(token.norm) <= 31 and len(token.norm) <= 2
    match = _ORDINAL_DIGITS.match(token.norm)
    return match is not None and 1 <= int(match.group(1)) <= 31


def _year_after(tokens: list[Token], position: int) -> tuple[int, int] | None:
    """A year right after a month ("January 2024", "enero de 2024"): (year, its position)."""
    for offset in (0, 1):
        j = position + offset
        if j < len(tokens) and tokens[j].is_digit and len(tokens[j].norm) == 4:
            return int(tokens[j].norm), j
        if j >= len(tokens) or tokens[j].norm not in ("de", "del", "of"):
            return None
    return None


def _last_year_after(hits: list[Hit], end: int) -> bool:
    """Whether "last year" follows a month, at most one word after it ("June last year", "juin
    de l'année dernière", "يونيو من العام الماضي"): the month is last year's, even when it is the
    month of publication, so that a recalled attack is not dated to this month."""
    return any(hit.kind == HitKind.PERIOD and hit.label == Period.LAST_YEAR and end <= hit.start <= end + 1
               for hit in hits)


def _without_weekdays_of_dates(found: list[TimeExpr]) -> list[TimeExpr]:
    """"Le samedi 15 mars", "الثلاثاء 1 يوليو": the explicit date is the day; the weekday
    beside it only names it (and may resolve to another week)."""
    explicit = [e for e in found if e.kind in ("explicit", "night")]
    if not explicit:
        return found
    return [e for e in found if e.kind != "weekday" or not any(
        0 <= x.start - e.end <= 1 or 0 <= e.start - x.end <= 1 for x in explicit)]


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


_COUNTED = frozenset({HitKind.ACTOR, HitKind.CASUALTY, HitKind.MEASURE})


def _a_count(index: int, hits: list[Hit]) -> bool:
    """Whether the four digits at ``index`` are a count, not a year: "rund 2000 Menschen", "more
    than 2000 people", "около 2000 человек" have a bound before them and what they count after."""
    return any(h.kind == HitKind.QUALIFIER and h.label == Qualifier.AT_LEAST and h.end == index for h in hits) \
        and any(h.start == index + 1 and h.kind in _COUNTED for h in hits)


def month_day(year: int, month: int, reference: dt.date) -> dt.date:
    """The day that stands for a month named alone ("in March", "en mars", "im März"; time
    precision 3): its middle, or the publication day when the story is published earlier in that
    very month (an event is not dated after the story that reports it)."""
    middle = dt.date(year, month, T.MONTH_DAY)
    return reference if (year, month) == (reference.year, reference.month) and reference < middle else middle


def last_day(day: dt.date, precision: int) -> dt.date:
    """The last day a date of this precision may stand for: the month's last for a month."""
    if precision < 3:
        return day
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _period(hit: Hit, reference: dt.date) -> TimeExpr:
    if hit.label == Period.WEEKEND:  # told on a Monday, "over the weekend" is the two days before
        saturday = most_recent_weekday(reference - dt.timedelta(days=1), 5)
        return TimeExpr(hit.start, hit.end, saturday, 2, "weekend")
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
