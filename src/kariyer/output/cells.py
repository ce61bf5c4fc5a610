"""How a figure reads in a table cell, the same in text and Markdown (Turkish formats)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels

if TYPE_CHECKING:
    from kariyer.checks.files import CheckReport
    from kariyer.domain.figures import AdjustedFigure, Computed
    from kariyer.domain.salary import (
        AdjustedRanking,
        RankedEstimate,
        SalaryReport,
        SalaryRow,
        YearGroup,
    )
    from kariyer.domain.search import SearchHit, SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary
    from kariyer.domain.sources import Citation
    from kariyer.schema.models import SalaryFigure

Table = tuple[list[str], list[list[str]]]  # headers, rows

DASH = "—"


def money_or_dash(value: float | None) -> str:
    return fmt.money(value) if value is not None else DASH


def hourly_or_dash(value: float | None) -> str:
    return fmt.hourly(value) if value is not None else DASH


def ratio_or_dash(value: Computed | None) -> str:
    return fmt.ratio(value.value) if value is not None else DASH


def figure_money(figure: SalaryFigure | None, row_basis: str | None = None) -> str:
    """A published monthly amount, or range ("12.000–15.000 TL"); — without a figure. In a
    row of ``row_basis`` (a table of net amounts, say), a figure of another basis says its
    own: "300.000 TL (brüt)"."""
    if figure is None:
        return DASH
    shown = fmt.money_range(figure.monthly_tl, figure.monthly_tl_high)
    if row_basis is not None and figure.basis != row_basis:
        shown += f" ({labels.BASIS_WORD_TR[figure.basis]})"
    return shown


def figure_cells(figure: SalaryFigure | None) -> tuple[str, str]:
    """(monthly, hourly as published) of one salary line; a range keeps both ends."""
    if figure is None:
        return (DASH, DASH)
    hourly = figure.hourly_tl
    shown = fmt.hourly_range(hourly, figure.hourly_tl_high) if hourly is not None else DASH
    return (figure_money(figure), shown)


def kind_cell(figure: SalaryFigure) -> str:
    """The kind of a line; of a low one, the article's own label beside ours."""
    kind = labels.KIND_TR[figure.kind]
    return labels.as_in_article(kind, figure.label) if figure.kind == "low" else kind


def ratio_cell(value: float | None, below: bool | None) -> str:
    if value is None:
        return DASH
    return fmt.ratio(value) + (" ⚠" if below else "")


def adjusted_cell(item: AdjustedFigure | None, basis: str = "unknown") -> str:
    """An estimate with the published amount, its year and (when known) basis beside it."""
    if item is None:
        return DASH
    said = f", {labels.BASIS_TR[basis]}" if basis != "unknown" else ""
    return (
        f"≈ {fmt.money(round(item.adjusted.value))} "
        f"({fmt.money(item.original_tl)}, {item.original_year}{said})"
    )


def signed_money(value: float) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt.money(abs(value))}"


def site_text(site: str | None) -> str:
    return site if site is not None else labels.UNKNOWN_SITE


def conflict_text(figure: SalaryFigure) -> str:
    """A contradicting figure: its amount, and where it comes from when not the article."""
    if figure.source is None:
        return f"{figure_money(figure)}, makalede"
    return f"{figure_money(figure)}, önceki içe aktarmadan"


def citation_text(citation: Citation) -> str:
    """ "eniyimeslekler.com — <article title>", the site as recorded in the profile."""
    return f"{site_text(citation.site)} — {citation.title}"


def sources_line(citations: Iterable[Citation]) -> str:
    """The sites the shown figures come from, read from their profiles; says when they mix."""
    sites = {citation.site for citation in citations}
    if not sites:
        return ""
    named = sorted(site for site in sites if site is not None)
    shown = named + ([labels.UNKNOWN_SITE] if None in sites else [])
    if len(shown) == 1:
        if None in sites:
            return f"Kaynak: {labels.UNKNOWN_SITE} (her meslek için: kariyer show MESLEK)."
        return f"Kaynak: {shown[0]} makaleleri (her meslek için: kariyer show MESLEK)."
    return (
        f"Kaynaklar karışık ({len(shown)} kaynak): {'; '.join(shown)} "
        "(her meslek için: kariyer show MESLEK)."
    )


def years_text(years: Iterable[int]) -> str:
    """Which years a profile has figures for, as a sentence part ("mevcut yıllar: 2023")."""
    listed = ", ".join(str(year) for year in years)
    return f"mevcut yıllar: {listed}" if listed else "makalede hiçbir yıl için maaş rakamı yok"


def matched_in_text(hit: SearchHit) -> str:
    """ "ad, görevler, özet": where a search hit was found, in Turkish."""
    return ", ".join(labels.SEARCH_FIELD_TR[field] for field in hit.matched_in)


def search_heading(hit: SearchHit) -> str:
    return f"{hit.title} ({hit.slug}) · puan {hit.score}"


def search_footer(result: SearchResult) -> str:
    return f"'{result.query}' için {len(result.hits)} sonuç (puan 0–100)."


def skill_index_table(index: Sequence[SkillSummary]) -> Table:
    rows = [
        [
            item.name,
            item.id or "(kimliksiz)",
            ", ".join(use.title for use in item.occupations) or DASH,
        ]
        for item in index
    ]
    return ["Beceri", "Kimlik", "Meslekler"], rows


def match_table(report: MatchReport) -> Table:
    rows = [
        [
            item.title,
            f"{len(item.have)}/{len(item.have) + len(item.lack)}",
            ", ".join(item.have) or DASH,
            ", ".join(item.lack) or DASH,
        ]
        for item in report.results
    ]
    return [labels.OCCUPATION, "Uyum", "Sahip olduklarınız", "Eksikleriniz"], rows


def unknown_skills_line(report: MatchReport) -> str | None:
    if not report.unknown:
        return None
    return "Bilinmeyen beceriler (tablomuzda yok, eşleştirilmedi): " + ", ".join(report.unknown)


# -- salary tables (text and Markdown say the same) -----------------------------------
def salary_title(report: SalaryReport) -> str:
    if report.ratio_ranking is not None:
        when = f"{report.year} yılı" if report.year is not None else "her meslek en son yılıyla"
        return f"Maaşlar, {when} (aylık, makalelerde yayımlandığı gibi)"
    if report.year is not None:
        return f"{report.year} yılı maaşları (aylık, makalelerde yayımlandığı gibi)"
    return "Maaşlar yıl yıl: her meslek en son yılıyla (aylık, makalelerde yayımlandığı gibi)"


def missing_heading(report: SalaryReport) -> str:
    shown = 1 if report.ratio_ranking is not None else len(report.groups)
    return "Bu tablolarda olmayanlar:" if shown > 1 else "Bu tabloda olmayanlar:"


def group_title(report: SalaryReport, group: YearGroup) -> str | None:
    """ "2024 yılı" (and its basis where the article says it); None when the report's
    title already says all (one year, one basis)."""
    bases = {item.basis for item in report.groups}
    if report.year is not None and len(report.groups) == 1 and bases == {"unknown"}:
        return None
    if bases == {"unknown"}:
        return f"{group.year} yılı"
    return f"{group.year} yılı — {BASIS_GROUP[group.basis]} rakamlar"


BASIS_GROUP = {"gross": "brüt", "net": "net", "unknown": "brüt/net'i belirtilmemiş"}


def basis_group_label(basis: str) -> str:
    """ "Brüt rakamlar": the label of a ranking's group of one basis (its ranks restart)."""
    text = f"{BASIS_GROUP[basis]} rakamlar"
    return text[0].upper() + text[1:] + " (sıralama 1'den başlar)"


def rank_text(rank: int) -> str:
    """A row's rank; 0 is a row not ranked (only a top figure, no average)."""
    return str(rank) if rank else DASH


def salary_missing_lines(report: SalaryReport) -> list[str]:
    """Occupations no table shows, each with the reason."""
    lines = []
    for item in report.missing:
        if not item.available_years:
            lines.append(f"{item.title}: makalede maaş rakamı yok.")
        else:
            lines.append(
                f"{item.title}: {report.year} için veri yok ({years_text(item.available_years)})"
            )
    if report.ratio_ranking is not None:
        ranked = {row.slug for row in report.ratio_ranking}
        lines += [
            f"{row.title}: {no_ratio_reason(row)}"
            for row in report.rows()
            if row.slug not in ranked
        ]
    return lines


def no_ratio_reason(row: SalaryRow) -> str:
    if row.average is None:
        return f"{row.year} için ortalama rakamı yok; oran hesaplanmadı."
    if row.average.is_range:
        return f"{row.year} ortalaması aralık olarak yayımlanmış; oran hesaplanmadı."
    if row.average.basis == "gross":
        return "rakam brüt; net asgari ücrete bölünmez, oran hesaplanmadı."
    return f"{row.year} yılının net asgari ücreti tabloda yok; oran hesaplanmadı."


def _only(row: SalaryRow) -> str:
    """What a row without an average has: "yalnız üst düzey rakamı var" …"""
    kinds = [
        word for word, figure in (("üst düzey", row.top), (labels.LOW.lower(), row.low)) if figure
    ]
    if len(kinds) == 1:
        return f"yalnız {kinds[0]} rakamı var"
    return f"yalnız {' ve '.join(kinds)} rakamları var"


def basis_sentence(report: SalaryReport) -> str:
    bases: set[str] = {
        figure.basis
        for row in report.rows()
        for figure in (row.average, row.top, row.low)
        if figure is not None
    }
    bases |= {row.basis for row in report.adjusted or []}
    bases |= {
        row.basis for row in (report.adjusted_ranking.rows if report.adjusted_ranking else [])
    }
    if bases <= {"unknown"}:
        return "Rakamlar makalelerin yayımladığı aylık tutarlardır; brüt/net belirtilmemiştir."
    return (
        "Rakamlar makalelerin yayımladığı aylık tutarlardır; brüt, net ve brüt/net'i "
        "belirtilmemiş tutarlar ayrı tablolarda sıralanır, birbiriyle karşılaştırılmaz."
    )


def adjusted_ranking_title(ranking: AdjustedRanking) -> str:
    return (
        f"Tahmini sıralama: ortalamalar {ranking.target_year} fiyatlarıyla (TÜFE endeksi "
        f"olan en son yıl; {labels.ESTIMATE})"
    )


def ranked_estimate_cells(item: RankedEstimate) -> list[str]:
    """(in the target year's prices, as published) of one row of an adjusted ranking."""
    published = f"{fmt.money(item.original_tl)} ({item.original_year})"
    if item.estimate is None:
        return [f"{fmt.money(item.value_tl)} (yayımlanmış)", published]
    return [f"≈ {fmt.money(round(item.value_tl))} (tahmini)", published]


def minimum_wage_used(report: SalaryReport) -> str:
    """Which net minimum wage each year's ratios divide by."""
    by_year = {group.year: group.minimum_wage for group in report.groups if group.minimum_wage}
    wages = [wage for wage in by_year.values() if wage is not None]
    used = "; ".join(
        f"{wage.year}: {fmt.kurus(wage.net)} ({fmt.date_tr(wage.valid_from)} tarihinden itibaren)"
        for wage in wages
    )
    return (
        "* Oran (hesaplanan): ortalama ÷ o yılın net asgari ücreti (Aralık'ta yürürlükte olan"
        + (f" — {used}" if used else "")
        + f"; kaynak: {report.minimum_wage_source.label()}). ⚠ = asgari ücretin altında."
        + _ratio_gaps(report)
    )


def _ratio_gaps(report: SalaryReport) -> str:
    """Why a row's ratio is "—": a range (both ends in show), a gross amount."""
    averages = [row.average for row in report.rows() if row.average is not None]
    gaps = []
    if any(average.monthly_tl_high is not None for average in averages):
        gaps.append(
            "aralık olarak yayımlanmış bir ortalamanın oranı sıralanacak tek bir sayı olmadığı "
            "için burada yok (iki ucunun oranı: kariyer show MESLEK)"
        )
    if any(average.basis == "gross" for average in averages):
        gaps.append("brüt bir ortalama net asgari ücrete bölünmez")
    return (" Oran —: " + "; ".join(gaps) + ".") if gaps else ""


def salary_footer(report: SalaryReport) -> list[str]:
    """The notes under the salary tables: methods, sources and what may be compared."""
    notes = []
    if report.groups:
        notes.append(minimum_wage_used(report))
        notes += sorted(
            {
                group.minimum_wage.note
                for group in report.groups
                if group.minimum_wage and group.minimum_wage.note
            }
        )
    notes += [
        f"⚠ {row.title}: {row.year} için çelişen rakamlar da var ("
        + ", ".join(conflict_text(figure) for figure in row.conflicts)
        + "); tabloda ilk satırı var (kariyer show, kariyer check ile bakın)."
        for row in report.rows()
        if row.conflicts
    ]
    notes += [
        f"{row.title}: {row.year} için ortalama yok, {_only(row)}; ortalamalarla "
        "sıralanmadı (sırası —)."
        for row in report.rows()
        if row.average is None and report.ratio_ranking is None
    ]
    notes += [
        f"{row.title}: {row.year} ortalaması aralık olarak yayımlanmış "
        f"({figure_money(row.average)}); tek bir tutar olmadığı için sıralanmadı (sırası —), "
        "orta nokta uydurulmadı."
        for row in report.rows()
        if row.average is not None and row.average.is_range and report.ratio_ranking is None
    ]
    if report.ratio_ranking is None and any(row.low for row in report.rows()):
        notes.append(
            f"{labels.LOW}: makalenin “En Düşük” ya da “Başlangıç” satırı; gösterilir, "
            "sıralamaya girmez."
        )
    if report.prices_source is not None and (report.adjusted or report.adjusted_ranking):
        notes.append(
            "Tahmin yöntemi: tutar × TÜFE yıllık ortalama (hedef yıl) ÷ TÜFE yıllık ortalama "
            f"(özgün yıl); kaynak: {report.prices_source.label()}. Tahminler yayımlanmış rakam "
            "değildir."
        )
    rule = (
        "Her sıralama ve grafik yalnızca aynı yılın rakamlarını karşılaştırır; "
        if report.ratio_ranking is None
        else "Oran sıralaması her tutarı kendi yılının asgari ücretine böler; "
    )
    notes.append(
        basis_sentence(report)
        + " "
        + rule
        + "farklı yılların tutarları doğrudan karşılaştırılamaz."
    )
    sources = sources_line(row.source for row in report.rows())
    if sources:
        notes.append(sources)
    return notes


SUMMARY_FROM = 10  # findings: from this many on (or with --quiet), a count per code


def check_summary(report: CheckReport) -> list[str]:
    """The closing lines of `check`: a count per code for many findings, then the verdict."""
    lines = []
    if report.codes and (report.quiet or len(report.findings) >= SUMMARY_FROM):
        counts = sorted(report.codes.items(), key=lambda pair: (-pair[1], pair[0]))
        lines.append("Koda göre: " + " · ".join(f"{code} {fmt.number(n)}" for code, n in counts))
    verdict = "BAŞARISIZ" if report.failed() else "geçti"
    lines.append(
        f"{fmt.number(report.files_checked)} dosya denetlendi: {fmt.number(report.errors)} hata, "
        f"{fmt.number(report.warnings)} uyarı — {verdict}"
        + (" (--strict: uyarılar da hata sayılır)" if report.strict else "")
    )
    return lines
