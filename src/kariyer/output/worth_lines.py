"""How a figure's worth reads (gross/net readings, today's prices), shared by text and Markdown.

`show` prints two small tables under its computed values; `compare` and `salary` use the
cells. Every value is marked "≈" and the sentences say it is computed and how.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels

if TYPE_CHECKING:
    from kariyer.domain.salary import SalaryReport, SalaryRow
    from kariyer.domain.worth import FigureWorth, LatestPrices, PayReading

Table = tuple[list[str], list[list[str]]]
DASH = "—"
NET_IF_GROSS = "Brüt ise → net"
GROSS_IF_NET = "Net ise → brüt"
BELOW = "⚠"  # the net side of a reading is below the net minimum wage


def reading_of(worth: FigureWorth, read_as: str) -> PayReading | None:
    return next((r for r in worth.readings if r.read_as == read_as), None)


def reading_cell(reading: PayReading | None) -> str:
    """ "≈ 11.494 TL", "≈ 11.494 TL ⚠" (its net side below the minimum wage), "< asgari
    ücret ⚠", "< asgari ücret – ≈ 12.172 TL ⚠" (a range whose lower end is below it),
    "hesaplanmadı*" (why: in the notes), "—" (the basis is known: no such reading)."""
    if reading is None:
        return DASH
    mark = f" {BELOW}" if reading.below_minimum_wage else ""
    if reading.other is None:  # below the minimum wage on this reading, or outside the rules
        low = "< asgari ücret" if reading.below_minimum_wage else "hesaplanmadı*"
        if reading.other_high is None:
            return low + mark
        return f"{low} – {approx(reading.other_high.value)}{mark}"
    high = reading.other_high.value if reading.other_high else None
    return approx(reading.other.value, high) + mark


def approx(value: float, high: float | None = None) -> str:
    """ "≈ 11.494 TL": a computed amount to the whole lira (the JSON has the kuruş)."""
    return "≈ " + fmt.money_range(round(value), round(high) if high is not None else None)


def readings_table(worth: Sequence[FigureWorth]) -> Table:
    rows = [
        [
            str(item.year),
            labels.KIND_TR.get(item.kind, item.kind),
            fmt.money_range(item.monthly_tl, item.monthly_tl_high),
            reading_cell(reading_of(item, "gross")),
            reading_cell(reading_of(item, "net")),
        ]
        for item in worth
    ]
    return [labels.YEAR, labels.KIND, "Yayımlanan", NET_IF_GROSS, GROSS_IF_NET], rows


def readings_notes(worth: Sequence[FigureWorth], reasons_limit: int = 20) -> list[str]:
    """What the readings are, how they were computed (once), why any is missing (at most
    ``reasons_limit`` reasons, then how many more), and the rules' sources."""
    bases = {item.basis for item in worth}
    notes = [
        "Brüt/net okuması (hesaplanan, tahmini): "
        + _readings_rule(bases)
        + "; o yılın bordro kurallarıyla, yayımlanan rakamın yerine değil, yanında. Brütse "
        "karşılığı 12 aylık ortalama net, netse 12 aylık ortalama neti o rakam olan sabit "
        "aylık brüt; aynı tutar yıl boyu her ay ödenir, başka gelir ve kesinti yok sayılır. "
        "Ay ay hesap için: kariyer pay TUTAR --year YIL (--net)."
    ]
    if any(reading.below_minimum_wage for item in worth for reading in item.readings):
        ranges = any(item.monthly_tl_high is not None for item in worth)
        notes.append(
            f"{BELOW} < asgari ücret: bu okumada rakam o yılın asgari ücretinin altında "
            "kalır (brüt okumada brüt, net okumada net asgari ücretin; Aralık'ta yürürlükte "
            "olan): tam zamanlı bir ücret olamaz, bordrosu hesaplanmaz."
            + (" Bir aralığın yalnız alt ucu altındaysa üst ucu okundu." if ranges else "")
        )
    reasons = sorted(
        {
            f"{item.year}: {reading.not_computed}"
            for item in worth
            for reading in item.readings
            if reading.not_computed and not reading.below_minimum_wage
        }
    )
    notes += [f"* Hesaplanmadı — {reason}" for reason in reasons[:reasons_limit]]
    if len(reasons) > reasons_limit:
        more = fmt.number(len(reasons) - reasons_limit)
        notes.append(f"* … ve {more} okuma daha hesaplanmadı (nedenleri JSON çıktısında).")
    return notes + readings_sources(worth)


def _readings_rule(bases: set[str]) -> str:
    """Which figures get which reading, for the bases present."""
    if bases <= {"unknown"}:
        return "makale brüt mü net mi olduğunu söylemediği için her rakam iki türlü okunur"
    rule = {
        "unknown": "brüt mü net mi olduğu belirtilmemiş rakam iki türlü okunur",
        "gross": "brüt olduğu belirtilmiş rakamın yalnız neti hesaplanır",
        "net": "net olduğu belirtilmiş rakamın yalnız brütü hesaplanır",
    }
    return "; ".join(text for basis, text in rule.items() if basis in bases)


def readings_sources(worth: Sequence[FigureWorth]) -> list[str]:
    """ "Bordro kuralları ve kaynakları: …" once, when any reading was computed: each law
    once, each year's own communiqué beside it (the years' sources differ only there)."""
    sources = dict.fromkeys(
        computed.source
        for item in sorted(worth, key=lambda item: item.year)
        for reading in item.readings
        for computed in (reading.other, reading.other_high)
        if computed is not None
    )
    merged: dict[str, dict[str, None]] = {}  # a source's part, by its first piece
    for source in sources:
        for part in source.split(" · "):
            first, *rest = part.split("; ")
            merged.setdefault(first, {}).update(dict.fromkeys(rest))
    if not merged:
        return []
    parts = ["; ".join([first, *rest]) for first, rest in merged.items()]
    return [f"Bordro kuralları ve kaynakları: {' · '.join(parts)}."]


def prices_cell(latest: LatestPrices) -> str:
    high = latest.adjusted_high.value if latest.adjusted_high else None
    return approx(latest.adjusted.value, high)


def rise_text(latest: LatestPrices) -> str:
    """ "%113,8": how much prices rose since the figure's year."""
    return f"%{fmt.number(latest.price_rise_percent.value, 1)}"


def prices_table(worth: Sequence[FigureWorth]) -> Table | None:
    """Each figure of an earlier year in the latest indexed year's prices; None when none is."""
    shown = [item for item in worth if item.in_latest_prices is not None]
    if not shown:
        return None
    year = shown[0].in_latest_prices.year if shown[0].in_latest_prices else 0
    rows = []
    for item in shown:
        latest = item.in_latest_prices
        assert latest is not None
        rows.append(
            [
                str(item.year),
                labels.KIND_TR.get(item.kind, item.kind),
                fmt.money_range(item.monthly_tl, item.monthly_tl_high),
                prices_cell(latest),
                rise_text(latest),
            ]
        )
    headers = [labels.YEAR, labels.KIND, "Yayımlanan", f"{year} fiyatlarıyla", "Fiyat artışı"]
    return headers, rows


def prices_notes(worth: Sequence[FigureWorth]) -> list[str]:
    """ "2023 rakamı; fiyatlar o yıldan bu yana %113,8 arttı" per year, and the method."""
    latest = {item.year: item.in_latest_prices for item in worth if item.in_latest_prices}
    skipped = sorted({f"{item.prices_not_adjusted}." for item in worth if item.prices_not_adjusted})
    if not latest:
        return skipped
    notes = [
        f"{year} rakamı; fiyatlar o yıldan bu yana {rise_text(item)} arttı "
        f"({item.year} fiyatlarıyla tahmini tutar, yayımlanmış değil)."
        for year, item in sorted(latest.items())
    ]
    first = next(iter(latest.values()))
    ratios = "; ".join(
        item.price_rise_percent.method.split(";")[0].removeprefix("TÜFE yıllık ortalama: ")
        for _, item in sorted(latest.items())
    )
    notes.append(
        f"Yöntem: tutar × TÜFE yıllık ortalama ({first.year}) ÷ TÜFE yıllık ortalama (rakamın "
        f"yılı); fiyat artışı bu oranın 1 eksiği ({ratios}). Kaynak: {first.adjusted.source}."
        + (" " + _derived(first) if "türetilmiş" in first.adjusted.method else "")
    )
    return notes + skipped


def _derived(latest: LatestPrices) -> str:
    return (
        f"{latest.year} endeksi yayımlanmış bir değer değil, kaynağın yayımladığı yıllık "
        "ortalama değişimden türetilmiştir."
    )


# -- salary: each year's averages read both ways ---------------------------------------
def salary_readings_table(rows: Sequence[SalaryRow]) -> Table | None:
    """The averages of one year's table read as gross and as net; None when none is."""
    read = [
        (row, worth)
        for row in rows
        for worth in row.worth[:1]
        if worth.kind == "average" and worth.readings
    ]
    if not read:
        return None
    cells = [
        [
            row.slug,
            row.title,
            fmt.money_range(worth.monthly_tl, worth.monthly_tl_high),
            reading_cell(reading_of(worth, "gross")),
            reading_cell(reading_of(worth, "net")),
        ]
        for row, worth in read
    ]
    headers = [labels.SLUG, labels.OCCUPATION, labels.AVERAGE, NET_IF_GROSS, GROSS_IF_NET]
    return headers, cells


def salary_readings_title(year: int) -> str:
    return f"{year} ortalamaları brüt mü, net mi? (hesaplanan, 12 aylık ortalama)"


def salary_readings_notes(report: SalaryReport) -> list[str]:
    # the averages only: the readings table shows them, its notes speak of nothing else
    worth = [item for row in report.rows() for item in row.worth[:1] if item.kind == "average"]
    notes = readings_notes(worth, reasons_limit=5) if worth else []
    if report.readings_skipped:
        notes.append(
            f"Brüt/net okuması {fmt.number(report.readings_skipped)} satırlık bu tabloda "
            "hesaplanmadı (her okuma bir yıllık bordrodur); bir meslek için: kariyer show "
            "MESLEK, bir tutar için: kariyer pay TUTAR --year YIL."
        )
    return notes
