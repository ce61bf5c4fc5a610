"""Two occupations side by side. Pure functions over profiles; never prints."""

from __future__ import annotations

from dataclasses import dataclass, field

from kariyer.domain.figures import AdjustedFigure, Computed, adjust_for_prices
from kariyer.domain.skills import entry_key
from kariyer.domain.sources import Citation, cite
from kariyer.domain.worth import FigureWorth, WorthOf
from kariyer.errors import KariyerError, UsageError
from kariyer.schema.models import (
    CareerPath,
    Outlook,
    PriceIndexTable,
    Profile,
    Requirements,
    SalaryFigure,
    SkillEntry,
    SkillTable,
)


@dataclass(kw_only=True)
class Side:
    slug: str
    title: str
    source: Citation


@dataclass(kw_only=True)
class SalarySide:
    year: int | None
    average: SalaryFigure | None
    top: SalaryFigure | None
    low: SalaryFigure | None = None  # "En Düşük" / "Başlangıç": shown, not subtracted


@dataclass(kw_only=True)
class SalaryDifference:
    """B minus A for one year; computed, never across different years."""

    year: int
    average_tl: float | None
    top_tl: float | None
    method: str = "hesaplanan: B − A, aynı yılın yayımlanmış aylık rakamları"


@dataclass(kw_only=True)
class AdjustedSide:
    """One side's figures in the target year's prices; None where there is no estimate (a
    figure of the target year itself, a range, no figure)."""

    average: AdjustedFigure | None
    top: AdjustedFigure | None


@dataclass(kw_only=True)
class AdjustedComparison:
    """Both sides in the latest indexed year's prices (as `show` and `salary --adjust`
    read them), and the estimated difference."""

    target_year: int
    a: AdjustedSide
    b: AdjustedSide
    difference_average: Computed | None
    difference_top: Computed | None


@dataclass(kw_only=True)
class SalaryComparison:
    a: SalarySide
    b: SalarySide
    same_year: bool
    difference: SalaryDifference | None
    note: str | None
    adjusted: AdjustedComparison | None = None
    # what each side's compared figures are worth (average, then top): gross/net readings
    # and the latest year's prices, every value computed
    worth_a: list[FigureWorth] = field(default_factory=list)
    worth_b: list[FigureWorth] = field(default_factory=list)


@dataclass(kw_only=True)
class SharedSkill:
    id: str
    name: str
    wording_a: str
    wording_b: str


@dataclass(kw_only=True)
class SkillRef:
    id: str | None
    name: str
    wording: str


@dataclass(kw_only=True)
class SkillComparison:
    shared: list[SharedSkill]
    only_a: list[SkillRef]
    only_b: list[SkillRef]


@dataclass(kw_only=True)
class Comparison:
    a: Side
    b: Side
    salary: SalaryComparison
    skills: SkillComparison
    duties_a: list[str]
    duties_b: list[str]
    requirements_a: Requirements
    requirements_b: Requirements
    outlook_a: Outlook | None
    outlook_b: Outlook | None
    career_path_a: CareerPath
    career_path_b: CareerPath


def _side(profile: Profile) -> Side:
    return Side(
        slug=profile.slug,
        title=profile.title,
        source=cite(profile),
    )


def _salary_side(profile: Profile) -> SalarySide:
    years = profile.salary_years()
    if not years:
        return SalarySide(year=None, average=None, top=None)
    return _side_of(profile, years[-1])


def _side_of(profile: Profile, year: int) -> SalarySide:
    return SalarySide(
        year=year,
        average=profile.figure(year, "average"),
        top=profile.figure(year, "top"),
        low=profile.figure(year, "low"),
    )


def _difference(a: SalaryFigure | None, b: SalaryFigure | None) -> float | None:
    """B − A of one kind of figure; never of a gross and a net amount, nor of a range."""
    if a is None or b is None or a.basis != b.basis or a.is_range or b.is_range:
        return None
    return b.monthly_tl - a.monthly_tl


def _no_difference_note(a: SalarySide, b: SalarySide, year: int) -> str:
    for kind in ("average", "top"):
        fa, fb = getattr(a, kind), getattr(b, kind)
        if fa and fb and (fa.is_range or fb.is_range):
            return (
                f"{year} rakamlarından en az biri aralık olarak yayımlanmış; aralıktan tek bir "
                "fark çıkmaz, fark hesaplanmadı."
            )
        if fa and fb and fa.basis != fb.basis:
            return (
                f"{year} rakamlarından biri {BASIS_WORD[fa.basis]}, öteki "
                f"{BASIS_WORD[fb.basis]}; farklı türden tutarlar çıkarılamaz, fark hesaplanmadı."
            )
    return (
        f"İki meslekte {year} için aynı türden (ortalama ya da üst düzey) rakam yok; "
        "fark hesaplanmadı."
    )


BASIS_WORD = {"gross": "brüt", "net": "net", "unknown": "brüt/net'i belirtilmemiş"}


def adjust_comparison(
    salary: SalaryComparison, prices: PriceIndexTable
) -> AdjustedComparison | None:
    """Bring both sides to the latest indexed year's prices (estimates); a side of that year
    stays as published. KariyerError when a side's year has no index (nothing is
    extrapolated, and a later year is not deflated)."""
    if salary.same_year or salary.a.year is None or salary.b.year is None:
        return None
    target = max(entry.year for entry in prices.years)

    def bring(side: SalarySide) -> AdjustedSide:
        def one(figure: SalaryFigure | None) -> AdjustedFigure | None:
            if figure is None or figure.is_range or figure.year == target:
                return None  # nothing to bring; a range is not one amount
            return adjust_for_prices(figure.monthly_tl, figure.year, target, prices)

        return AdjustedSide(average=one(side.average), top=one(side.top))

    a, b = bring(salary.a), bring(salary.b)

    def difference(kind: str) -> Computed | None:
        fa, fb = getattr(salary.a, kind), getattr(salary.b, kind)
        ea, eb = getattr(a, kind), getattr(b, kind)
        if fa is None or fb is None or fa.is_range or fb.is_range:
            return None
        if fa.basis != fb.basis:  # a gross and a net amount are not subtracted
            return None
        value_a = ea.adjusted.value if ea else fa.monthly_tl
        value_b = eb.adjusted.value if eb else fb.monthly_tl
        methods = "; ".join(
            f"{name}: {estimate.adjusted.method.rstrip('.')}"
            for name, estimate in (("A", ea), ("B", eb))
            if estimate is not None
        )
        sources = sorted({e.adjusted.source for e in (ea, eb) if e is not None})
        return Computed(
            value=round(value_b - value_a, 2),
            method=f"tahmini: B − A, {target} fiyatlarıyla ({methods})",
            source="; ".join(sources),
            estimate=True,
        )

    return AdjustedComparison(
        target_year=target,
        a=a,
        b=b,
        difference_average=difference("average"),
        difference_top=difference("top"),
    )


def compare_salaries(a: Profile, b: Profile) -> SalaryComparison:
    """Latest figures of each; a difference only when both share a year."""
    shared_years = sorted(set(a.salary_years()) & set(b.salary_years()))
    if shared_years:
        year = shared_years[-1]
        side_a, side_b = _side_of(a, year), _side_of(b, year)
        difference = SalaryDifference(
            year=year,
            average_tl=_difference(side_a.average, side_b.average),
            top_tl=_difference(side_a.top, side_b.top),
        )
        if difference.average_tl is None and difference.top_tl is None:
            note = _no_difference_note(side_a, side_b, year)
            return SalaryComparison(a=side_a, b=side_b, same_year=True, difference=None, note=note)
        return SalaryComparison(
            a=side_a, b=side_b, same_year=True, difference=difference, note=None
        )
    side_a, side_b = _salary_side(a), _salary_side(b)
    if side_a.year is None or side_b.year is None:
        note = "Karşılaştırılacak maaş verisi yok; fark hesaplanmadı."
    else:
        note = (
            f"Maaş yılları farklı ({side_a.year} ve {side_b.year}); farklı yılların "
            "rakamları doğrudan çıkarılamaz, fark hesaplanmadı."
        )
    return SalaryComparison(a=side_a, b=side_b, same_year=False, difference=None, note=note)


def compare_skills(a: Profile, b: Profile, table: SkillTable) -> SkillComparison:
    names = {skill.id: skill.name for skill in table.skills}
    keys_a = {entry_key(entry): entry for entry in a.skills}
    keys_b = {entry_key(entry): entry for entry in b.skills}

    def ref(entry: SkillEntry) -> SkillRef:
        canonical = names.get(entry.id, entry.name) if entry.id else entry.name
        return SkillRef(id=entry.id, name=canonical, wording=entry.name)

    shared = [
        SharedSkill(
            id=key,
            name=names.get(key, entry.name),
            wording_a=entry.name,
            wording_b=keys_b[key].name,
        )
        for key, entry in keys_a.items()
        if key in keys_b
    ]
    only_a = [ref(entry) for key, entry in keys_a.items() if key not in keys_b]
    only_b = [ref(entry) for key, entry in keys_b.items() if key not in keys_a]
    return SkillComparison(shared=shared, only_a=only_a, only_b=only_b)


def compare(
    a: Profile,
    b: Profile,
    table: SkillTable,
    prices: PriceIndexTable | None = None,
    worth: WorthOf | None = None,
) -> Comparison:
    """A and B side by side; ``prices`` for --adjust, ``worth`` for the readings."""
    if a.slug == b.slug:
        raise UsageError(
            f"'{a.slug}' kendisiyle karşılaştırılamaz.",
            hint="İki farklı meslek verin, örneğin: kariyer compare "
            "musteri-hesap-temsilcisi musteri-hizmetleri-analisti",
        )
    salary = compare_salaries(a, b)
    if worth is not None:
        for side, into in ((salary.a, salary.worth_a), (salary.b, salary.worth_b)):
            into += [worth(figure) for figure in (side.average, side.top) if figure is not None]
    if prices is not None:
        try:
            salary.adjusted = adjust_comparison(salary, prices)
        except KariyerError as exc:
            salary.note = f"{salary.note or ''} {exc.message}".strip()
        if salary.adjusted is not None:
            salary.note = (
                f"{salary.note or ''} --adjust: iki meslekteki rakamlar "
                f"{salary.adjusted.target_year} fiyatlarına getirilip tahmini fark aşağıda "
                "hesaplandı."
            ).strip()
        elif salary.same_year:
            done = (
                "fark o yılın fiyatlarıyla doğrudan hesaplandı"
                if salary.difference
                else ("fiyat ayarlaması aynı yılın rakamlarını birbirine yaklaştırmaz")
            )
            salary.note = (
                f"{salary.note or ''} --adjust: iki meslekteki rakamlar aynı yılın "
                f"({salary.a.year}); {done}, ayarlama yapılmadı."
            ).strip()
    return Comparison(
        a=_side(a),
        b=_side(b),
        salary=salary,
        skills=compare_skills(a, b, table),
        duties_a=list(a.duties),
        duties_b=list(b.duties),
        requirements_a=a.requirements,
        requirements_b=b.requirements,
        outlook_a=a.outlook,
        outlook_b=b.outlook,
        career_path_a=a.career_path,
        career_path_b=b.career_path,
    )
