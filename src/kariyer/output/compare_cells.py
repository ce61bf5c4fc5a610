"""How a comparison of two occupations reads, the same in text and Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels, worth_lines
from kariyer.output.cells import (
    DASH,
    adjusted_cell,
    figure_money,
    signed_money,
    site_text,
)

if TYPE_CHECKING:
    from kariyer.domain.compare import (
        AdjustedComparison,
        Comparison,
        SalaryComparison,
        SalarySide,
        Side,
    )
    from kariyer.domain.figures import AdjustedFigure
    from kariyer.domain.worth import FigureWorth
    from kariyer.schema.models import SalaryFigure


def side_year(side: SalarySide) -> str:
    return str(side.year) if side.year is not None else "veri yok"


def side_money(side: SalarySide, kind: str) -> str:
    """One side's figure with its year and, when the article says it, its basis:
    "14.000 TL (2023)", "20.000 TL (2024, net)"."""
    figure = {"average": side.average, "top": side.top, "low": side.low}[kind]
    if figure is None:
        return DASH
    basis = "" if figure.basis == "unknown" else f", {labels.BASIS_TR[figure.basis]}"
    return f"{figure_money(figure)} ({side.year}{basis})"


def comparison_rows(result: Comparison) -> list[list[str]]:
    """The aspects of a comparison as rows (aspect, A, B); shared with the CSV writer."""
    salary, skills = result.salary, result.skills
    low = [
        [f"{labels.LOW} (aylık)", side_money(salary.a, "low"), side_money(salary.b, "low")]
    ] * bool(salary.a.low or salary.b.low)
    return [
        ["Maaş yılı", side_year(salary.a), side_year(salary.b)],
        ["Ortalama (aylık)", side_money(salary.a, "average"), side_money(salary.b, "average")],
        ["Üst düzey (aylık)", side_money(salary.a, "top"), side_money(salary.b, "top")],
        *low,
        *worth_rows(salary),
        [
            "Ortak beceriler",
            ", ".join(s.name for s in skills.shared),
            ", ".join(s.name for s in skills.shared),
        ],
        [
            "Yalnızca bu meslekte",
            ", ".join(s.name for s in skills.only_a) or "—",
            ", ".join(s.name for s in skills.only_b) or "—",
        ],
        [
            labels.OUTLOOK,
            labels.DIRECTION_TR[result.outlook_a.direction] if result.outlook_a else "—",
            labels.DIRECTION_TR[result.outlook_b.direction] if result.outlook_b else "—",
        ],
        [
            labels.CAREER_PATH,
            labels.positions_text(
                result.career_path_a.positions, result.career_path_a.positions_basis
            ),
            labels.positions_text(
                result.career_path_b.positions, result.career_path_b.positions_basis
            ),
        ],
        ["Görev sayısı", str(len(result.duties_a)), str(len(result.duties_b))],
    ]


def worth_rows(salary: SalaryComparison) -> list[list[str]]:
    """Each compared figure read as gross and as net, and in the latest year's prices."""
    rows = []
    latest = next(
        (w.in_latest_prices.year for w in salary.worth_a + salary.worth_b if w.in_latest_prices),
        None,
    )
    for kind, name in (("average", "Ortalama"), ("top", "Üst düzey")):
        a = next((w for w in salary.worth_a if w.kind == kind), None)
        b = next((w for w in salary.worth_b if w.kind == kind), None)
        if a is None and b is None:
            continue
        for read_as, label in (("gross", "brütse → net"), ("net", "netse → brüt")):
            cells = [
                worth_lines.reading_cell(worth_lines.reading_of(w, read_as)) if w else DASH
                for w in (a, b)
            ]
            if cells != [DASH, DASH]:
                rows.append([f"{name} {label}", *cells])
        if latest is not None:
            rows.append([f"{name}, {latest} fiyatlarıyla", *(_prices(w, latest) for w in (a, b))])
    return rows


def _prices(worth: FigureWorth | None, latest_year: int) -> str:
    if worth is None:
        return DASH
    if worth.in_latest_prices is None:  # a figure of that year, or of a year without index
        if worth.year == latest_year:
            return "yayımlandığı gibi"
        return f"— ({worth.year}: TÜFE endeksi yok)"
    return worth_lines.prices_cell(worth.in_latest_prices)  # the price rise: in the notes


def worth_notes(salary: SalaryComparison) -> list[str]:
    """What the worth rows are (computed, how), once under the table."""
    worth = salary.worth_a + salary.worth_b
    if not worth:
        return []
    notes = worth_lines.readings_notes(worth)
    notes += worth_lines.prices_notes(worth)
    return notes


def earlier_import_notes(salary: SalaryComparison) -> list[str]:
    """Which compared figures a re-import kept from an earlier version of the article."""
    notes = []
    for label, side in (("A", salary.a), ("B", salary.b)):
        kept = [f for f in (side.average, side.top) if f is not None and f.source is not None]
        for own in dict.fromkeys(f.source for f in kept if f.source is not None):
            kinds = ", ".join(labels.KIND_TR[f.kind].lower() for f in kept if f.source == own)
            when = f", alındı: {fmt.date_tr(own.retrieved)}" if own.retrieved else ""
            notes.append(
                f"{label}: {side.year} rakamları ({kinds}) önceki bir içe aktarmadan "
                f"({site_text(own.site)} — “{own.title}”{when}); makalenin güncel sürümünde "
                "yoklar ya da onunla çelişiyorlar."
            )
    return notes


def salary_comparison_notes(salary: SalaryComparison, a: Side, b: Side) -> list[tuple[str, str]]:
    """The sentences under a comparison's salary table, with their style (text view)."""
    notes: list[tuple[str, str]] = []
    if salary.difference is not None:
        diff = salary.difference
        parts = []
        if diff.average_tl is not None:
            parts.append(f"ortalama {signed_money(diff.average_tl)}")
        if diff.top_tl is not None:
            parts.append(f"üst düzey {signed_money(diff.top_tl)}")
        notes.append((f"Fark (B − A, {diff.year}, hesaplanan): " + ", ".join(parts) + ".", "bold"))
    if salary.note:
        notes.append((salary.note, "yellow"))
    notes += [(text, "dim") for text in earlier_import_notes(salary)]
    notes += [(text, "dim") for text in worth_notes(salary)]
    adj = salary.adjusted
    if adj is not None:
        notes += adjusted_notes(salary, adj)
    return notes


def adjusted_notes(salary: SalaryComparison, adj: AdjustedComparison) -> list[tuple[str, str]]:
    """--adjust: both sides in the latest indexed year's prices, the estimated difference."""
    notes = [
        (
            f"A ve B {adj.target_year} fiyatlarıyla (TÜFE endeksi olan en son yıl; "
            f"{labels.ESTIMATE}):",
            "bold",
        )
    ]
    for label, kind in (("ortalama", "average"), ("üst düzey", "top")):
        published = [getattr(salary.a, kind), getattr(salary.b, kind)]
        if published == [None, None]:
            continue
        estimates = [getattr(adj.a, kind), getattr(adj.b, kind)]
        worth = [
            next((w for w in side if w.kind == kind), None)
            for side in (salary.worth_a, salary.worth_b)
        ]
        cells = [
            f"{name} {_in_target(figure, estimate, of)}"
            for name, figure, estimate, of in zip("AB", published, estimates, worth, strict=True)
        ]
        gap = adj.difference_average if kind == "average" else adj.difference_top
        text = f"  {label}: " + "; ".join(cells)
        if gap is not None:
            text += f" — tahmini fark (B − A): {signed_money(round(gap.value))}"
        elif None not in published:
            text += " — " + _no_gap(*published)
        notes.append((text, "bold"))
    estimates = [e for side in (adj.a, adj.b) for e in (side.average, side.top) if e is not None]
    if estimates:  # each year's index ratio once; the derived index is told with the prices
        ratios = dict.fromkeys(
            e.adjusted.method.split(";")[0].split("tutar × ")[-1] for e in estimates
        )
        notes.append(
            (
                f"Yöntem: tutar × TÜFE yıllık ortalama ({adj.target_year}) ÷ TÜFE yıllık "
                f"ortalama (rakamın yılı): {'; '.join(ratios)}; fark B − A, ikisi de "
                f"{adj.target_year} fiyatlarıyla. Kaynak: {estimates[0].adjusted.source}.",
                "dim",
            )
        )
    return notes


def _no_gap(a: SalaryFigure | None, b: SalaryFigure | None) -> str:
    if (a and a.is_range) or (b and b.is_range):
        return "fark hesaplanmadı (rakamlardan biri aralık olarak yayımlanmış)"
    return "fark hesaplanmadı (biri brüt, öteki net ya da belirtilmemiş: farklı türden tutarlar)"


def _in_target(
    figure: SalaryFigure | None, estimate: AdjustedFigure | None, worth: FigureWorth | None
) -> str:
    if figure is None:
        return DASH
    if estimate is not None:
        return adjusted_cell(estimate)
    published = fmt.money_range(figure.monthly_tl, figure.monthly_tl_high)
    if figure.is_range:  # each end brought to the prices, as in the table; no difference
        latest = worth.in_latest_prices if worth else None
        if latest is not None:
            return f"{worth_lines.prices_cell(latest)} ({published}, {figure.year})"
        return f"{published} (aralık; ayarlanmadı)"
    return f"{fmt.money(figure.monthly_tl)} ({figure.year}, yayımlandığı gibi)"
