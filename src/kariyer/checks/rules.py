"""Data-quality rules: one function per rule, all listed in ``RULES``.

A rule reads one profile with its computed salary facts and the reference tables, and
yields warnings. To add a check, write one function here and add it to ``RULES``; its
``code`` is what scripts see in `kariyer check --json`. Figures in messages (the working
hours of a month, a minimum wage) come from the reference data, never from literals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from kariyer import fmt
from kariyer.checks.findings import Finding
from kariyer.domain.figures import FigureFacts
from kariyer.schema.models import Profile, SalaryFigure, SkillTable
from kariyer.store.reference import Reference


class RuleInput(NamedTuple):  # a NamedTuple: cheaper to define than a dataclass at start-up
    """What every rule may look at: the profile, its computed facts, the bundled tables."""

    profile: Profile
    figures: list[FigureFacts]  # one per profile.salary.figures, same order
    reference: Reference
    skills: SkillTable


Rule = Callable[[RuleInput], Iterator[Finding]]


def _warning(code: str, field: str, message: str) -> Finding:
    return Finding(code=code, severity="warning", field=field, message=message)


def _salary_lines(item: RuleInput) -> Iterator[tuple[int, SalaryFigure, FigureFacts]]:
    """(position, published line, its computed facts) for every salary line."""
    for index, pair in enumerate(zip(item.profile.salary.figures, item.figures, strict=True)):
        yield index, *pair


def _figure_field(index: int, name: str) -> str:
    return f"salary.figures.{index}.{name}"


def _money(figure: SalaryFigure) -> str:
    """A published amount or range: "14.000 TL", "12.000–15.000 TL"."""
    return fmt.money_range(figure.monthly_tl, figure.monthly_tl_high)


def hourly_mismatch(item: RuleInput) -> Iterator[Finding]:
    """The article's hourly rate differs from its monthly pay ÷ the month's working hours."""
    hours = fmt.number(item.reference.hours.monthly_hours)
    for index, figure, fact in _salary_lines(item):
        if fact.hourly_mismatch and fact.hourly_published is not None:
            high = fact.hourly_computed_high.value if fact.hourly_computed_high else None
            yield _warning(
                "hourly-mismatch",
                _figure_field(index, "hourly_tl"),
                f"Saatlik ücret aylıkla uyuşmuyor ({figure.year}, {figure.label}): "
                f"makaledeki {fmt.hourly_range(fact.hourly_published, figure.hourly_tl_high)}; "
                f"aylık {_money(figure)}'den hesaplanan "
                f"{fmt.hourly_range(fact.hourly_computed.value, high)} (aylık ÷ {hours}).",
            )


def no_reference_year(item: RuleInput) -> Iterator[Finding]:
    """A salary year the minimum-wage table does not cover: no ratio can be computed."""
    for index, figure, fact in _salary_lines(item):
        if fact.minimum_wage is None:
            yield _warning(
                "no-reference-year",
                _figure_field(index, "year"),
                f"{figure.year} yılı için asgari ücret verisi yok; asgari ücrete oran "
                "hesaplanamadı.",
            )


def below_minimum_wage(item: RuleInput) -> Iterator[Finding]:
    """An average pay below that year's net minimum wage (a top figure may be anything)."""
    for index, figure, fact in _salary_lines(item):
        wage = fact.minimum_wage
        if figure.kind == "average" and wage is not None and fact.below_net_minimum:
            yield _warning(
                "below-minimum-wage",
                _figure_field(index, "monthly_tl"),
                f"Ortalama maaş ({_money(figure)}, {figure.year}) o yılın "
                f"net asgari ücretinin ({fmt.kurus(wage.net)}) altında; "
                f"oran {_below_one(figure.monthly_tl / wage.net)}"
                + (
                    f"–{_below_one(figure.monthly_tl_high / wage.net)}"
                    if figure.monthly_tl_high is not None
                    else ""
                )
                + " (hesaplanan).",
            )


def _ends(figure: SalaryFigure) -> tuple[float, float]:
    """(lower, upper) of a published amount; a single amount is both."""
    return figure.monthly_tl, figure.monthly_tl_high or figure.monthly_tl


def top_below_average(item: RuleInput) -> Iterator[Finding]:
    """A year whose top pay is below its average pay (of ranges: the whole top range)."""
    profile = item.profile
    for year in profile.salary_years():
        average, top = profile.figure(year, "average"), profile.figure(year, "top")
        if average and top and _ends(top)[1] < _ends(average)[0]:
            yield _warning(
                "top-below-average",
                "salary.figures",
                f"{year}: üst düzey maaş ({_money(top)}) ortalamanın ({_money(average)}) altında.",
            )


def low_above_average(item: RuleInput) -> Iterator[Finding]:
    """A year whose lowest or starting pay is above its average pay (of ranges: wholly)."""
    profile = item.profile
    for year in profile.salary_years():
        average, low = profile.figure(year, "average"), profile.figure(year, "low")
        if average and low and _ends(low)[0] > _ends(average)[1]:
            yield _warning(
                "low-above-average",
                "salary.figures",
                f"{year}: en düşük/başlangıç maaşı (“{low.label}”, {_money(low)}) "
                f"ortalamanın ({_money(average)}) üstünde.",
            )


def unknown_skill_id(item: RuleInput) -> Iterator[Finding]:
    """A skill without a canonical id, or with an id the skills table does not have."""
    known = {skill.id for skill in item.skills.skills}
    for index, entry in enumerate(item.profile.skills):
        if entry.id is None:
            message = f"'{entry.name}' becerisinin kanonik kimliği (id) yok."
        elif entry.id not in known:
            message = f"'{entry.name}' becerisinin kimliği '{entry.id}' beceri tablosunda yok."
        else:
            continue
        yield _warning("unknown-skill-id", f"skills.{index}.id", message)


KIND_WORD = {"average": "ortalama", "top": "üst düzey", "low": "en düşük/başlangıç"}


def _origin(figure: SalaryFigure) -> str:
    """ ", önceki içe aktarma, alındı: …" for a figure kept from an earlier import."""
    if figure.source is None:
        return ""
    when = figure.source.retrieved
    return ", önceki içe aktarma" + (f", alındı: {fmt.date_tr(when)}" if when else "")


def conflicting_figures(item: RuleInput) -> Iterator[Finding]:
    """Two salary lines for the same year and kind: the article contradicts itself.

    Both stay in the profile and `show` lists both; tables of many occupations show the
    first, so the contradiction is flagged here rather than resolved silently.
    """
    first: dict[tuple[int, str], tuple[int, SalaryFigure]] = {}
    for index, figure, _fact in _salary_lines(item):
        key = (figure.year, figure.kind)
        if key not in first:
            first[key] = (index, figure)
            continue
        earlier_index, earlier = first[key]
        yield _warning(
            "conflicting-figures",
            _figure_field(index, "monthly_tl"),
            f"Çelişki: {figure.year} için iki {KIND_WORD[figure.kind]} rakamı var — "
            f"{_money(earlier)} ({earlier_index + 1}. maaş satırı, "
            f"“{earlier.label}”{_origin(earlier)}) ve {_money(figure)} "
            f"({index + 1}. satır, “{figure.label}”{_origin(figure)}). "
            "show ikisini de gösterir; list, salary ve compare ilkini "
            "kullanır (salary çelişkiyi ayrıca belirtir).",
        )


RULES: tuple[Rule, ...] = (
    conflicting_figures,
    hourly_mismatch,
    no_reference_year,
    below_minimum_wage,
    top_below_average,
    low_above_average,
    unknown_skill_id,
)


def run_rules(item: RuleInput, rules: tuple[Rule, ...] | None = None) -> list[Finding]:
    """Every rule's findings (``RULES`` unless given), in the order of the salary lines
    they name, then the rest."""
    chosen = RULES if rules is None else rules
    found = [(number, finding) for number, rule in enumerate(chosen) for finding in rule(item)]
    found.sort(key=lambda pair: (_figure_index(pair[1].field), pair[0]))
    return [finding for _number, finding in found]


def _figure_index(field: str | None) -> int:
    """The salary line a finding names (salary.figures.N.…); after them, everything else."""
    parts = (field or "").split(".")
    if len(parts) > 2 and parts[:2] == ["salary", "figures"] and parts[2].isdigit():
        return int(parts[2])
    return 1 << 30


def _below_one(value: float) -> str:
    """A ratio under 1 never reads as "1,00" (0,9999 rounds up otherwise)."""
    shown = fmt.ratio(value)
    return shown if shown != fmt.ratio(1) else f"<{shown}"
