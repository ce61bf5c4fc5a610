"""The sentences `show` prints beside a profile's article text, the same in text and Markdown.

Each helper returns plain strings (no Rich, no Markdown markup), so that every format
carries the same facts: the source, the salary notes, what was computed and how, the
findings one per line, the occupation code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels
from kariyer.output.cells import DASH, figure_cells, kind_cell, site_text
from kariyer.text import fold

if TYPE_CHECKING:
    from kariyer.checks.assess import ProfileFacts
    from kariyer.checks.findings import Finding
    from kariyer.domain.figures import FigureFacts
    from kariyer.schema.models import OccupationCode, Profile, SalaryFigure, SkillEntry, Source

Table = tuple[list[str], list[list[str]]]  # headers, rows


def source_lines(profile: Profile) -> list[str]:
    """ "Kaynak: site — “title” (file)" and the URL on its own line when known."""
    source = profile.source
    text = f"Kaynak: {site_text(source.site)} — “{source.title}”"
    if source.file:
        text += f" ({source.file})"
    if source.retrieved:
        text += f", alındı: {fmt.date_tr(source.retrieved)}"
    return [text, *([source.url] if source.url else [])]


def sorted_figures(profile: Profile) -> list[SalaryFigure]:
    order = {"average": 0, "top": 1, "low": 2}
    return sorted(profile.salary.figures, key=lambda f: (f.year, order[f.kind]))


def earlier_sources(profile: Profile) -> list[Source]:
    """The sources of figures kept from earlier imports, in the order the table shows them."""
    found: list[Source] = []
    for figure in sorted_figures(profile):
        if figure.source is not None and figure.source not in found:
            found.append(figure.source)
    return found


def published_table(profile: Profile) -> Table:
    """The article's figures by year; with a "Kaynak" column once a re-import kept earlier
    figures ("bu makale", or [1], [2] … explained by `salary_notes`)."""
    earlier = earlier_sources(profile)
    rows = []
    for figure in sorted_figures(profile):
        monthly, hourly = figure_cells(figure)
        row = [
            str(figure.year),
            kind_cell(figure),
            monthly,
            hourly,
            labels.BASIS_TR[figure.basis],
        ]
        if earlier:
            own = figure.source
            row.append(f"[{earlier.index(own) + 1}]" if own else labels.THIS_ARTICLE)
        rows.append(row)
    headers = [labels.YEAR, labels.KIND, labels.MONTHLY, labels.HOURLY_PUBLISHED, labels.BASIS]
    return headers + ([labels.SOURCE] if earlier else []), rows


def earlier_source_lines(profile: Profile) -> list[str]:
    """ "[1] önceki içe aktarma: site — “title”, adres, alındı: …" for each kept source."""
    lines = []
    for number, source in enumerate(earlier_sources(profile), start=1):
        text = f"[{number}] {labels.EARLIER_IMPORT}: {site_text(source.site)} — “{source.title}”"
        where = source.url or source.file
        if where:
            text += f", {where}"
        if source.retrieved:
            text += f", alındı: {fmt.date_tr(source.retrieved)}"
        lines.append(text)
    return lines


def salary_notes(profile: Profile) -> list[str]:
    """Where earlier figures come from, and what the article says around its figures:
    gross/net, extra pay."""
    salary = profile.salary
    notes = []
    earlier = earlier_source_lines(profile)
    if earlier:
        notes += [labels.PAY_HISTORY, *earlier]
    unknown = [figure.basis == "unknown" for figure in salary.figures]
    if any(unknown):
        notes.append(labels.BASIS_UNKNOWN if all(unknown) else labels.BASIS_SOME_UNKNOWN)
    if salary.extra_pay:
        notes.append(f"{labels.EXTRA_PAY}: {', '.join(salary.extra_pay)}")
    return notes


def source_note(profile: Profile) -> list[str]:
    note = profile.salary.source_note
    return [f"{labels.SOURCE_NOTE}: {note}"] if note else []


def computed_table(facts: ProfileFacts) -> Table:
    hours = fmt.number(facts.monthly_hours)
    rows = [
        [
            str(fact.year),
            labels.KIND_TR.get(fact.kind, fact.kind),
            fmt.hourly_range(
                fact.hourly_computed.value,
                fact.hourly_computed_high.value if fact.hourly_computed_high else None,
            ),
            f"{fmt.kurus(fact.minimum_wage.net)} ({fact.minimum_wage.year})"
            if fact.minimum_wage
            else "veri yok",
            _ratio(fact),
        ]
        for fact in facts.figures
    ]
    headers = [labels.YEAR, labels.KIND, f"Saatlik (aylık ÷ {hours})", "Net asgari ücret", "Oran"]
    return headers, rows


def _ratio(fact: FigureFacts) -> str:
    """ "1,23", "0,91 ⚠" (under the net minimum wage; of a range, its lower end)."""
    ratio, high = fact.ratio_to_net_minimum, fact.ratio_to_net_minimum_high
    if ratio is None:
        return DASH
    shown = fmt.ratio_range(ratio.value, high.value if high else None)
    return shown + (" ⚠" if _below(fact) else "")


def _below(fact: FigureFacts) -> bool:
    return bool(
        fact.minimum_wage and fact.ratio_to_net_minimum and fact.monthly_tl < fact.minimum_wage.net
    )


def computed_notes(facts: ProfileFacts) -> list[str]:
    """How each computed column was computed, from which source, and the wage notes."""
    hours = fmt.number(facts.monthly_hours)
    wage_sources = sorted({f.minimum_wage.source for f in facts.figures if f.minimum_wage})
    notes = [
        f"Saatlik: aylık tutar ÷ {hours} saat. {facts.hours_method} Kaynak: {facts.hours_source}.",
        "Oran: aylık tutar ÷ o yılın net asgari ücreti"
        + (f" ({'; '.join(wage_sources)})." if wage_sources else "."),
    ]
    if any(_below(f) for f in facts.figures):
        notes.append(
            "⚠ = aylık tutar o yılın net asgari ücretinin altında (bir aralıkta alt ucu): tam "
            "zamanlı bir net ücret olamaz."
        )
    if any(f.minimum_wage and f.ratio_to_net_minimum is None for f in facts.figures):
        notes.append(
            "Oran —: brüt olarak yayımlanmış bir rakam net asgari ücrete bölünmez (brüt ile net "
            "karşılaştırılmaz); neti için aşağıdaki brüt/net okumasına bakın."
        )
    notes += sorted(
        {f.minimum_wage.note for f in facts.figures if f.minimum_wage and f.minimum_wage.note}
    )
    if any(f.monthly_tl_high is not None for f in facts.figures):
        notes.append(
            "Aralık olarak yayımlanmış bir rakamın saatliği ve oranı iki ucu için ayrı ayrı "
            "hesaplandı (alt–üst); orta nokta hesaplanmadı."
        )
    return notes


def salary_findings(findings: list[Finding]) -> list[str]:
    """The ⚠ lines about pay, one per finding."""
    return [f"⚠ {f.message}" for f in findings if f.field and f.field.startswith("salary")]


def other_findings(findings: list[Finding]) -> list[str]:
    """The ⚠ lines about anything else (e.g. a skill the skills table does not know)."""
    return [f"⚠ {f.message}" for f in findings if not (f.field and f.field.startswith("salary"))]


def skill_label(entry: SkillEntry, facts: ProfileFacts) -> str:
    """The article's wording, and the canonical name beside it where the two differ."""
    canonical = facts.skill_names.get(entry.id or "")
    if canonical is None or fold(canonical) == fold(entry.name):
        return entry.name
    return f"{entry.name} ({canonical})"


def isco_lines(code: OccupationCode, facts: ProfileFacts) -> list[str]:
    """The code once, its Turkish titles, the English one marked as English, the sources."""
    head = f"ISCO-08 {code.code}"
    if code.title_tr:
        head += f" — {code.title_tr}"
    group = facts.isco08_minor_group
    if group is not None:
        head += f" (alt grup {group.code}: {group.title_tr})"
    lines = [f"{head} · {labels.ISCO_BASIS_TR[code.basis]}"]
    if code.title_en:
        lines.append(f"İngilizce adı: {code.title_en}")
    sources = []
    if code.title_tr and code.title_source:
        sources.append(f"Türkçe adı: {code.title_source}")
    if group is not None:
        sources.append(f"alt grup adı: {group.source}")
    if sources:
        lines.append("Kaynak — " + "; ".join(sources) + ".")
    if code.note:
        lines.append(code.note)
    return lines
