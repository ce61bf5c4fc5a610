"""`kariyer compare` on a terminal: two occupations side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.blocks import (
    blank,
    bullets,
    heading,
    labelled_list,
    line,
    paragraphs,
    requirements,
    rule,
)
from kariyer.output.cells import adjusted_cell, side_money, side_year, signed_money
from kariyer.output.console import buffered, console
from kariyer.output.tables import rich_table

if TYPE_CHECKING:
    from kariyer.domain.compare import Comparison, SalaryComparison, Side


@buffered
def show_comparison(result: Comparison) -> None:
    a, b = result.a, result.b
    rule(f"{a.title}  ↔  {b.title}")
    line(f"A: {a.slug}   B: {b.slug}", "dim")

    heading(labels.SALARY)
    _salary(result.salary, a, b)

    heading("Beceriler")
    skills = result.skills
    labelled_list("Ortak", [s.name for s in skills.shared])
    labelled_list(f"Yalnızca A ({a.title})", [s.name for s in skills.only_a])
    labelled_list(f"Yalnızca B ({b.title})", [s.name for s in skills.only_b])

    heading(labels.OUTLOOK)
    for label, outlook in (("A", result.outlook_a), ("B", result.outlook_b)):
        direction = labels.DIRECTION_TR[outlook.direction] if outlook else "Belirtilmemiş"
        line(f"  {label}: {direction}", "bold")
        if outlook:
            paragraphs([outlook.statement], indent=5)

    for label, side, duties in (("A", a, result.duties_a), ("B", b, result.duties_b)):
        heading(f"{labels.DUTIES} — {label}: {side.title}")
        bullets(duties, numbered=True)

    for label, side, req in (("A", a, result.requirements_a), ("B", b, result.requirements_b)):
        heading(f"Şartlar — {label}: {side.title}")
        requirements(req)

    heading(labels.CAREER_PATH)
    for label, path in (("A", result.career_path_a), ("B", result.career_path_b)):
        positions = ", ".join(path.positions) if path.positions else "belirtilmemiş"
        line(f"  {label}: {positions}")
    blank()
    line(f"Kaynak A: {a.source}", "dim")
    line(f"Kaynak B: {b.source}", "dim")


def _salary(salary: SalaryComparison, a: Side, b: Side) -> None:
    from rich.padding import Padding

    table = rich_table("", f"A: {a.title}", f"B: {b.title}")
    table.add_row(labels.YEAR, side_year(salary.a), side_year(salary.b))
    table.add_row(
        "Ortalama (aylık)", side_money(salary.a, "average"), side_money(salary.b, "average")
    )
    table.add_row("Üst düzey (aylık)", side_money(salary.a, "top"), side_money(salary.b, "top"))
    console().print(Padding(table, (0, 0, 0, 2), expand=False))
    if salary.difference is not None:
        diff = salary.difference
        parts = []
        if diff.average_tl is not None:
            parts.append(f"ortalama {signed_money(diff.average_tl)}")
        if diff.top_tl is not None:
            parts.append(f"üst düzey {signed_money(diff.top_tl)}")
        line(f"  Fark (B − A, {diff.year}, hesaplanan): " + ", ".join(parts) + ".", "bold")
    if salary.note:
        paragraphs([salary.note], style="yellow")
    if salary.adjusted is not None:
        adj = salary.adjusted
        side = a if adj.adjusted_side == "a" else b
        lines = [
            f"{adj.adjusted_side.upper()} ({side.title}) {adj.target_year} fiyatlarıyla "
            f"({labels.ESTIMATE}):"
        ]
        for label, item, estimate in (
            ("ortalama", adj.average, adj.difference_average),
            ("üst düzey", adj.top, adj.difference_top),
        ):
            if item is None:
                continue
            text = f"  {label}: {adjusted_cell(item)}"
            if estimate is not None:
                text += f"; tahmini fark (B − A): {signed_money(round(estimate.value))}"
            lines.append(text)
        paragraphs(lines, style="bold")
