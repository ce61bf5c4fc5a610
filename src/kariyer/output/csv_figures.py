"""CSV of figures: a profile's salary lines, a comparison, the salary tables.

One row per figure, with its year, basis and source; a computed value beside its method
and that method's source; the rows a text view lists apart (missing years, notes) keep a
row of their own with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.domain.sources import cite
from kariyer.output import labels
from kariyer.output.cells import citation_text, conflict_text, site_text, years_text
from kariyer.output.csv_dialect import or_empty, table

if TYPE_CHECKING:
    from datetime import date

    from kariyer.checks.assess import AssessedProfile
    from kariyer.domain.compare import Comparison
    from kariyer.domain.figures import AdjustedFigure
    from kariyer.domain.salary import SalaryReport, SalaryRow
    from kariyer.domain.worth import FigureWorth
    from kariyer.schema.models import SalaryFigure, Source


def profile_csv(item: AssessedProfile) -> str:
    """One row per published salary line: the figure with its year, basis and source, then
    each computed value beside its method and source (``_computed`` columns)."""
    profile, facts = item.profile, item.facts
    header = [
        "slug",
        "year",
        "kind",
        "monthly_tl",
        "monthly_tl_high",
        "label",
        "basis",
        "hourly_tl_published",
        "hourly_tl_published_high",
        "hourly_tl_computed",
        "hourly_tl_computed_high",
        "hourly_method",
        "hourly_source",
        "minimum_wage_net_tl",
        "minimum_wage_valid_from",
        "minimum_wage_note",
        "minimum_wage_source",
        "ratio_to_net_minimum_computed",
        "ratio_to_net_minimum_computed_high",
        "ratio_method",
        "below_net_minimum",
        *WORTH_COLUMNS,
        "findings",
        "source",
        "source_file",
        "source_url",
        "source_retrieved",
        "source_earlier_import",
    ]
    source = profile.source
    rows = []
    for number, (figure, fact, worth) in enumerate(
        zip(profile.salary.figures, facts.figures, facts.worth, strict=True)
    ):
        field = f"salary.figures.{number}."
        found = [f.message for f in facts.findings if (f.field or "").startswith(field)]
        wage, ratio = fact.minimum_wage, fact.ratio_to_net_minimum
        hourly_high, ratio_high = fact.hourly_computed_high, fact.ratio_to_net_minimum_high
        rows.append(
            [
                profile.slug,
                figure.year,
                figure.kind,
                figure.monthly_tl,
                or_empty(figure.monthly_tl_high),
                figure.label,
                figure.basis,
                or_empty(figure.hourly_tl),
                or_empty(figure.hourly_tl_high),
                fact.hourly_computed.value,
                hourly_high.value if hourly_high else "",
                fact.hourly_computed.method,
                fact.hourly_computed.source,
                wage.net if wage else "",
                wage.valid_from.isoformat() if wage else "",
                or_empty(wage.note) if wage else "",
                wage.source if wage else "",
                ratio.value if ratio else "",
                ratio_high.value if ratio_high else "",
                ratio.method if ratio else "",
                or_empty(fact.below_net_minimum),
                *worth_cells(worth),
                " | ".join(f"⚠ {message}" for message in found),
                citation_text(cite(profile, figure)),
                or_empty((figure.source or source).file),
                or_empty((figure.source or source).url),
                _iso((figure.source or source).retrieved),
                figure.source is not None,
            ]
        )
    return table(header, rows)


# what a figure is worth (kariyer.domain.worth): each reading's other side, its method and
# why it is missing; the figure in the latest indexed year's prices and the price rise
WORTH_COLUMNS = [
    "net_if_gross_computed",
    "net_if_gross_computed_high",
    "gross_if_net_computed",
    "gross_if_net_computed_high",
    "readings_method",
    "readings_not_computed",
    "readings_below_minimum_wage",
    "latest_price_year",
    "in_latest_prices_computed",
    "in_latest_prices_computed_high",
    "price_rise_percent_computed",
    "prices_method",
    "prices_not_adjusted",  # why a figure has no value in the latest prices
]


def worth_cells(worth: FigureWorth) -> list[object]:
    by = {reading.read_as: reading for reading in worth.readings}
    cells: list[object] = []
    for read_as in ("gross", "net"):
        reading = by.get(read_as)
        other = reading.other if reading else None
        high = reading.other_high if reading else None
        cells += [other.value if other else "", high.value if high else ""]
    methods = sorted({r.other.method for r in worth.readings if r.other})
    latest = worth.in_latest_prices
    return [
        *cells,
        " | ".join(methods),
        " | ".join(f"{r.read_as}: {r.not_computed}" for r in worth.readings if r.not_computed),
        ";".join(r.read_as for r in worth.readings if r.below_minimum_wage),
        latest.year if latest else "",
        latest.adjusted.value if latest else "",
        latest.adjusted_high.value if latest and latest.adjusted_high else "",
        latest.price_rise_percent.value if latest else "",
        latest.adjusted.method if latest else "",
        worth.prices_not_adjusted or "",
    ]


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


FIGURE_COLUMNS = [
    "year",
    "kind",
    "monthly_tl",
    "monthly_tl_high",  # the upper end of a range the article published; else empty
    "basis",
    "computed",
    "method",
    "method_source",
    "original_year",
    "original_monthly_tl",
]


def _figure(
    year: object,
    kind: str,
    value: object,
    *,
    basis: str = "unknown",
    method: str | None = None,
    method_source: str = "",
    original: tuple[int, float] | None = None,
    high: float | None = None,
) -> list[object]:
    """The FIGURE_COLUMNS of one row; a row with a ``method`` is computed."""
    computed = "yes" if method is not None else "no"
    before: list[object] = list(original) if original else ["", ""]
    top: object = "" if high is None else high
    return [year, kind, value, top, basis, computed, method or "", method_source, *before]


def _published(figure: SalaryFigure) -> list[object]:
    return _figure(
        figure.year, figure.kind, figure.monthly_tl, basis=figure.basis, high=figure.monthly_tl_high
    )


def _within(scope: str, basis: str) -> str:
    """What a rank compares: "year:2024", "year:2024:net" (bases are ranked apart)."""
    return scope if basis == "unknown" else f"{scope}:{basis}"


def _estimate(kind: str, item: AdjustedFigure, basis: str = "unknown") -> list[object]:
    """A figure brought to another year's prices, with its method and the published one."""
    computed = item.adjusted
    return _figure(
        item.target_year,
        kind,
        computed.value,
        basis=basis,
        method=computed.method,
        method_source=computed.source,
        original=(item.original_year, item.original_tl),
    )


def comparison_csv(result: Comparison) -> str:
    """One row per figure or aspect; ``aspect`` and ``side`` (a, b, b-a) say what it is."""
    salary, skills = result.salary, result.skills
    people = {"a": result.a, "b": result.b}
    rows: list[list[object]] = []

    def add(aspect: str, side: str, figure: list[object], own: Source | None = None) -> None:
        who = people.get(side)
        slug = who.slug if who else ""  # b-a: a difference of the two
        source = citation_text(who.source) if who else ""
        if own is not None:  # kept from an earlier import of the article
            source = f"{labels.EARLIER_IMPORT}: {site_text(own.site)} — {own.title}"
        rows.append([aspect, side, slug, *figure, source])

    for side, money in (("a", salary.a), ("b", salary.b)):
        for published in (money.average, money.top, money.low):
            if published is not None:
                add("salary", side, _published(published), published.source)
    difference = salary.difference
    if difference is not None:
        for kind, amount in (("average", difference.average_tl), ("top", difference.top_tl)):
            if amount is not None:
                cells = _figure(difference.year, kind, amount, method=difference.method)
                add("salary_difference", "b-a", cells)
    adjusted = salary.adjusted
    if adjusted is not None:
        for side, published_side, estimates in (
            ("a", salary.a, adjusted.a),
            ("b", salary.b, adjusted.b),
        ):
            for kind in ("average", "top"):
                item, published = getattr(estimates, kind), getattr(published_side, kind)
                if item is not None:
                    basis = published.basis if published else "unknown"
                    add("salary_estimate", side, _estimate(kind, item, basis))
        for kind, gap in (
            ("average", adjusted.difference_average),
            ("top", adjusted.difference_top),
        ):
            if gap is not None:
                figure = _figure(
                    adjusted.target_year,
                    kind,
                    gap.value,
                    method=gap.method,
                    method_source=gap.source,
                )
                add("salary_estimate_difference", "b-a", figure)
    for side, worth in (("a", salary.worth_a), ("b", salary.worth_b)):
        for worth_of in worth:
            for aspect, figure in _worth_figures(worth_of):
                add(aspect, side, figure)
    aspects: list[tuple[str, str, object]] = [
        ("shared_skills", "a", "; ".join(s.name for s in skills.shared)),
        ("shared_skills", "b", "; ".join(s.name for s in skills.shared)),
        ("only_skills", "a", "; ".join(s.name for s in skills.only_a)),
        ("only_skills", "b", "; ".join(s.name for s in skills.only_b)),
        ("outlook", "a", result.outlook_a.direction if result.outlook_a else ""),
        ("outlook", "b", result.outlook_b.direction if result.outlook_b else ""),
        ("outlook_statement", "a", result.outlook_a.statement if result.outlook_a else ""),
        ("outlook_statement", "b", result.outlook_b.statement if result.outlook_b else ""),
        ("career_positions", "a", "; ".join(result.career_path_a.positions)),
        ("career_positions", "b", "; ".join(result.career_path_b.positions)),
        ("duty_count", "a", len(result.duties_a)),
        ("duty_count", "b", len(result.duties_b)),
    ]
    # the texts themselves: one row per duty and per requirement paragraph
    for side, duties, req in (
        ("a", result.duties_a, result.requirements_a),
        ("b", result.duties_b, result.requirements_b),
    ):
        aspects += [("duty", side, duty) for duty in duties]
        for part in ("education", "training", "certificates"):
            aspects += [(f"requirements_{part}", side, text) for text in getattr(req, part)]
    paths = {"a": result.career_path_a, "b": result.career_path_b}
    for aspect, side, text in aspects:
        # positions we derived from the article's text say so (basis: derived)
        derived = paths[side].positions_basis if aspect == "career_positions" and text else ""
        rows.append([aspect, side, people[side].slug, "", "", text, "", derived, *[""] * 6])
    if salary.note:
        rows.append(["note", "", "", "", "", salary.note, *[""] * 8])
    header = ["aspect", "side", "slug", *FIGURE_COLUMNS, "source"]
    header[header.index("monthly_tl")] = "value"
    return table(header, rows)


READING_ASPECT = {"gross": "salary_net_if_gross", "net": "salary_gross_if_net"}


def _worth_figures(item: FigureWorth) -> list[tuple[str, list[object]]]:
    """A compared figure's readings and latest-prices estimate as FIGURE_COLUMNS rows (the
    published figure in ``original_*``); a reading not computed says why in ``method``."""
    original = (item.year, item.monthly_tl)
    rows = []
    for reading in item.readings:
        other = reading.other
        if other is None:
            cells = _figure(item.year, item.kind, "", basis=item.basis, original=original)
            cells[FIGURE_COLUMNS.index("method")] = reading.not_computed or ""
        else:
            cells = _figure(
                item.year,
                item.kind,
                other.value,
                basis=item.basis,
                method=other.method,
                method_source=other.source,
                original=original,
                high=reading.other_high.value if reading.other_high else None,
            )
        rows.append((READING_ASPECT[reading.read_as], cells))
    latest = item.in_latest_prices
    if latest is not None:
        estimate = _figure(
            latest.year,
            item.kind,
            latest.adjusted.value,
            basis=item.basis,
            method=latest.adjusted.method,
            method_source=latest.adjusted.source,
            original=original,
            high=latest.adjusted_high.value if latest.adjusted_high else None,
        )
        rows.append(("salary_in_latest_prices", estimate))
    return rows


SALARY_HEADER = [
    "rank",
    "ranked_within",
    "slug",
    "title",
    *FIGURE_COLUMNS,
    "ratio_to_net_minimum_computed",
    "ratio_method",
    "ratio_source",
    "below_net_minimum",
    "source",
    "note",
]
_NO_RATIO = ["", "", "", ""]  # the ratio columns of a row without a ratio


def salary_csv(report: SalaryReport) -> str:
    """One row per figure; ranks only compare rows of the same ``ranked_within``.

    Nothing the text view says is dropped: occupations without data for the year
    (``missing``), rows without a ratio under --rank-by oran (``not_ranked``) and the
    notes on estimates (``note``) have rows of their own, the reason in ``note``.
    """
    rows: list[list[object]] = []

    def published(rank: object, within: str, row: SalaryRow, note: str = "") -> None:
        if row.conflicts and not note:
            others = "; ".join(conflict_text(figure) for figure in row.conflicts)
            note = f"çelişen rakamlar da var: {others} (ilki kullanıldı)"
        for figure in (row.average, row.top, row.low):  # a low one is shown, never ranked
            if figure is None:
                continue
            ratio = row.ratio_to_net_minimum if figure is row.average else None
            ratio_cells = [ratio.value, ratio.method, ratio.source] if ratio else ["", "", ""]
            below = or_empty(row.below_net_minimum) if ratio else ""
            shown_rank, shown_note = rank, note
            if figure is row.low:
                shown_rank, shown_note = "", note or "en düşük/başlangıç: gösterilir, sıralanmaz"
            elif figure is row.average and figure.is_range and not note:
                shown_note = "aralık olarak yayımlanmış: sıralanmadı, orta nokta uydurulmadı"
            cells = [shown_rank, within, row.slug, row.title, *_published(figure), *ratio_cells]
            worth = next((w for w in row.worth if w.kind == figure.kind), None)
            read = worth_cells(worth) if worth else [""] * len(WORTH_COLUMNS)
            rows.append([*cells, below, citation_text(row.source), shown_note, *read])

    if report.ratio_ranking is not None:
        ranked = {row.slug for row in report.ratio_ranking}
        for row in report.ratio_ranking:
            published(row.rank, "ratio_to_net_minimum", row)
        for row in report.rows():
            if row.slug not in ranked:
                published(
                    "",
                    "not_ranked",
                    row,
                    "oran hesaplanamadı: ortalama ya da o yılın net asgari ücreti yok",
                )
    else:
        for group in report.groups:
            for row in group.rows:
                published(row.rank or "", _within(f"year:{group.year}", group.basis), row)
    blank = [""] * len(FIGURE_COLUMNS)
    for item in report.missing:
        reason = (
            f"{report.year} için veri yok ({years_text(item.available_years)})"
            if item.available_years
            else "makalede maaş rakamı yok"
        )
        year_cells = [or_empty(report.year), *blank[1:]]
        rows.append(["", "missing", item.slug, item.title, *year_cells, *_NO_RATIO, "", reason])
    for adjusted in report.adjusted or []:
        for kind, figure in (("average", adjusted.average), ("top", adjusted.top)):
            if figure is not None:
                estimate_cells = _estimate(kind, figure, adjusted.basis)
                cells = ["", "estimate", adjusted.slug, adjusted.title, *estimate_cells]
                rows.append([*cells, *_NO_RATIO, citation_text(adjusted.source), ""])
    ranking = report.adjusted_ranking
    if ranking is not None:
        for estimate in ranking.rows:
            within = _within(f"prices:{ranking.target_year}", estimate.basis)
            base = [estimate.rank, within, estimate.slug, estimate.title]
            computed = estimate.estimate
            original = (estimate.original_year, estimate.original_tl)
            if computed is None:  # published for the target year itself
                figure_row = _figure(
                    estimate.original_year,
                    "average",
                    estimate.value_tl,
                    basis=estimate.basis,
                    original=original,
                )
            else:
                figure_row = _figure(
                    ranking.target_year,
                    "average",
                    computed.value,
                    basis=estimate.basis,
                    method=computed.method,
                    method_source=computed.source,
                    original=original,
                )
            rows.append([*base, *figure_row, *_NO_RATIO, citation_text(estimate.source), ""])
    for note in report.adjust_notes:
        rows.append(["", "note", "", "", *blank, *_NO_RATIO, "", note])
    if report.readings_skipped:
        skipped = "brüt/net okuması bu kadar çok satırda hesaplanmadı: kariyer show MESLEK"
        rows.append(["", "note", "", "", *blank, *_NO_RATIO, "", skipped])
    header = [*SALARY_HEADER, *WORTH_COLUMNS]  # rows without readings: empty at the end
    return table(header, [row + [""] * (len(header) - len(row)) for row in rows])
