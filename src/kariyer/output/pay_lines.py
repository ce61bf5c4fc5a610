"""How a payroll (`kariyer pay`) reads: its title, table rows, sentences, rules and notes,
shared by the text, Markdown and CSV views so that each says the same.

Every amount of a payroll is computed: the title and the closing line say "hesaplanan",
and the method is written out, in every format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output.cells import DASH

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kariyer.domain.pay import PayReport
    from kariyer.domain.payroll import PayrollSum

COMPUTED = "hesaplanan"
TOTAL, AVERAGE = "Toplam", "Ortalama"
# (field, the full Turkish name): the order of the month-by-month table
COLUMNS = (
    ("gross", "Brüt"),
    ("sgk_employee", "SGK işçi payı"),
    ("unemployment_employee", "İşsizlik sigortası işçi payı"),
    ("income_tax_base", "Gelir vergisi matrahı"),
    ("cumulative_income_tax_base", "Kümülatif matrah"),
    ("income_tax", "Gelir vergisi"),
    ("minimum_wage_exemption", "Asgari ücret istisnası"),
    ("stamp_tax", "Damga vergisi"),
    ("net", "Net"),
)
# the columns of CSV: every amount of a month, the two exemptions apart too
CSV_FIELDS = (
    "gross",
    "sgk_employee",
    "unemployment_employee",
    "income_tax_base",
    "cumulative_income_tax_base",
    "income_tax",
    "income_tax_exemption",
    "stamp_tax",
    "stamp_tax_exemption",
    "minimum_wage_exemption",
    "net",
    "minimum_wage_gross",
    "contribution_ceiling",
)
# the short headers of the two 80-column text tables (the full names in the legend)
SHORT = {
    "gross": "Brüt",
    "sgk_employee": "SGK işçi",
    "unemployment_employee": "İşsizlik",
    "income_tax_base": "GV matrahı",
    "cumulative_income_tax_base": "Küm. matrah",
    "income_tax": "Gelir vergisi",
    "minimum_wage_exemption": "AÜ istisnası",
    "stamp_tax": "Damga vergisi",
    "net": "Net",
}
FORMULA = (
    "Net = brüt − SGK işçi payı − işsizlik sigortası işçi payı − gelir vergisi − damga "
    "vergisi + asgari ücret istisnası (gelir vergisi ve damga vergisi istisnalarının toplamı)."
)
LEGEND = (
    "SGK işçi: SGK işçi payı; İşsizlik: işsizlik sigortası işçi payı; GV matrahı: gelir "
    "vergisi matrahı; Küm. matrah: yıl içindeki kümülatif matrah; AÜ istisnası: asgari ücret "
    "istisnası."
)
RULES_HEADING = "Kullanılan kurallar"


def amount(value: float) -> str:
    """A table cell: always two decimals, Turkish marks (30.000,00)."""
    return fmt.number(value, 2)


def title(report: PayReport) -> str:
    year, gross = report.year, fmt.money(report.gross_monthly_tl)
    if report.direction == "net_to_gross":
        given = fmt.money(report.given_tl)
        return f"Netten brüte, {year}: aylık ortalama {given} net için {gross} brüt ({COMPUTED})"
    return f"Brütten nete, {year}: aylık {gross} brüt ({COMPUTED})"


def month_name(month: int) -> str:
    return fmt.MONTHS_TR[month - 1]


def cells(
    report: PayReport, fields: Sequence[str], *, format_amount: bool = True
) -> list[list[object]]:
    """The rows of the table: twelve months, "Toplam" and "Ortalama" (no cumulative base:
    a sum of running totals means nothing)."""
    rows: list[list[object]] = []

    def shown(value: float | None) -> object:
        if value is None:
            return DASH if format_amount else ""
        return amount(value) if format_amount else value

    for month in report.months:
        rows.append([month_name(month.month), *(shown(getattr(month, f)) for f in fields)])
    for label, sums in ((TOTAL, report.total), (AVERAGE, report.average)):
        rows.append([label, *(shown(sum_value(sums, f)) for f in fields)])
    return rows


def sum_value(sums: PayrollSum, field: str) -> float | None:
    return getattr(sums, field, None)


def summary(report: PayReport) -> list[str]:
    """The sentences under the table: the average net, the gross found, January and
    December."""
    lines = []
    average = report.average_net
    if report.found_gross is not None:
        lines.append(
            f"Bulunan brüt: {fmt.money(report.found_gross.value)}/ay ({COMPUTED}; 12 aylık "
            f"ortalama neti {fmt.money(average.value)})."
        )
    lines.append(
        f"Yıllık ortalama net: {fmt.money(average.value)}/ay ({COMPUTED}: 12 ayın netinin "
        f"ortalaması); yıllık toplam net {fmt.money(report.total.net)}."
    )
    january, december = report.months[0].net, report.months[-1].net
    if january != december:
        lines.append(
            f"Ocak neti {fmt.money(january)}, Aralık neti {fmt.money(december)}: gelir "
            "vergisi yıl içinde biriken (kümülatif) matraha uygulandığı için aylık net yıl "
            "içinde değişir."
        )
    return lines


def rule_lines(report: PayReport) -> list[str]:
    """Each rule used, with its source."""
    return [f"{rule.name}: {rule.text}. Kaynak: {rule.source}." for rule in report.rules]


def closing(report: PayReport) -> str:
    """The line that labels everything computed, with the method."""
    return (
        f"Bu bordrodaki bütün tutarlar {COMPUTED}dır: hiçbiri bir kaynakta yayımlanmış "
        f"değildir, kariyer yukarıdaki kurallarla hesapladı. Yöntem: {report.method}."
    )
