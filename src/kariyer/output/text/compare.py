"""`kariyer compare` on a terminal: two occupations side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.blocks import (
    blank,
    bullets,
    hanging,
    heading,
    labelled_list,
    line,
    paragraphs,
    requirements,
    rule,
    side_by_side,
)
from kariyer.output.cells import citation_text
from kariyer.output.compare_cells import (
    salary_comparison_notes,
    side_money,
    side_year,
    worth_rows,
)
from kariyer.output.console import buffered
from kariyer.output.tables import print_table

if TYPE_CHECKING:
    from kariyer.domain.compare import Comparison, SalaryComparison, Side


@buffered
def show_comparison(result: Comparison) -> None:
    a, b = result.a, result.b
    rule(f"{a.title}  ↔  {b.title}")
    side_by_side([f"A: {a.slug}", f"B: {b.slug}"], "dim")

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
        hanging(label, labels.positions_text(path.positions, path.positions_basis), indent=2)
    blank()
    hanging("Kaynak A", citation_text(a.source), "dim")
    hanging("Kaynak B", citation_text(b.source), "dim")


def _salary(salary: SalaryComparison, a: Side, b: Side) -> None:
    rows = [
        [labels.YEAR, side_year(salary.a), side_year(salary.b)],
        ["Ortalama (aylık)", side_money(salary.a, "average"), side_money(salary.b, "average")],
        ["Üst düzey (aylık)", side_money(salary.a, "top"), side_money(salary.b, "top")],
    ]
    if salary.a.low or salary.b.low:  # shown, never subtracted
        low = [side_money(salary.a, "low"), side_money(salary.b, "low")]
        rows.append([f"{labels.LOW} (aylık)", *low])
    rows += worth_rows(salary)  # computed: gross/net readings, the latest year's prices
    print_table(["", f"A: {a.title}", f"B: {b.title}"], rows, indent=2)
    for text, style in salary_comparison_notes(salary, a, b):
        label, colon, value = text.strip().partition(": ")
        if text.startswith("  ") and colon:  # "  ortalama: …" under its heading
            hanging(label, value, style, indent=4)
        else:
            paragraphs([text], style=style)
