"""The Markdown writer: results for pasting into documents (tables, headings, sources)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kariyer import fmt
from kariyer.output import labels, profile_lines, worth_lines
from kariyer.output.cells import (
    check_summary,
    citation_text,
    match_table,
    matched_in_text,
    money_or_dash,
    search_footer,
    search_heading,
    skill_index_table,
    sources_line,
    unknown_skills_line,
)
from kariyer.output.compare_cells import comparison_rows, salary_comparison_notes
from kariyer.output.console import write_text
from kariyer.output.markdown_salary import salary_markdown
from kariyer.output.markdown_table import table

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile, ProfileFacts
    from kariyer.checks.files import CheckReport
    from kariyer.domain.compare import Comparison
    from kariyer.domain.listing import ListRow
    from kariyer.domain.pay import PayReport
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary
    from kariyer.schema.cache import CacheReport, ClearReport
    from kariyer.schema.models import Profile, Requirements


def _paragraphs(items: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines += [item, ""]
    return lines


# -- show -------------------------------------------------------------------------
def _quotes(items: Sequence[str]) -> list[str]:
    """One blockquote per item (consecutive "> " lines would merge into one paragraph)."""
    lines: list[str] = []
    for item in items:
        lines += [f"> {item}", ""]
    return lines


def _emphasis(text: str) -> str:
    return f"*{text}*"


def profile_markdown(item: AssessedProfile) -> str:
    profile, facts = item.profile, item.facts
    lines = [f"# {profile.title}", "", f"`{profile.slug}`", ""]
    first, *urls = profile_lines.source_lines(profile)
    lines += [_emphasis(first) + ("  " if urls else ""), *urls, ""]  # a bare URL links
    if profile.summary:
        lines += [f"## {labels.SUMMARY}", "", *_paragraphs(profile.summary)]
    if profile.duties:
        lines += [f"## {labels.DUTIES} ({len(profile.duties)})", ""]
        lines += [f"{n}. {duty}" for n, duty in enumerate(profile.duties, start=1)] + [""]
    lines += [f"## {labels.SALARY}", "", *_salary(profile), *_computed(facts)]
    if profile.outlook:
        direction = labels.DIRECTION_TR[profile.outlook.direction]
        lines += [f"## {labels.OUTLOOK}", "", f"**{direction}**", ""]
        lines += _paragraphs([profile.outlook.statement, *profile.outlook.reason])
    lines += _requirements(profile.requirements)
    if profile.skills:
        lines += [f"## {labels.SKILLS} ({len(profile.skills)})", ""]
        lines += [
            f"- **{profile_lines.skill_label(skill, facts)}**: {skill.description}"
            for skill in profile.skills
        ] + [""]
    if profile.work_conditions:
        lines += [f"## {labels.WORK_CONDITIONS}", "", *_paragraphs(profile.work_conditions)]
    if profile.development.intro or profile.development.trends:
        lines += [f"## {labels.DEVELOPMENT}", "", *_paragraphs(profile.development.intro)]
        for trend in profile.development.trends:
            lines += [f"### {trend.title}", "", *_paragraphs(trend.text)]
    if profile.how_to_become:
        lines += [f"## {labels.HOW_TO_BECOME}", "", *_paragraphs(profile.how_to_become)]
    if profile.career_path.text or profile.career_path.positions:
        lines += [f"## {labels.CAREER_PATH}", "", *_paragraphs(profile.career_path.text)]
        if profile.career_path.positions:
            heading = labels.positions_heading(profile.career_path.positions_basis)
            lines += [f"**{heading}:**", ""]
            lines += [f"- {position}" for position in profile.career_path.positions] + [""]
    if profile.isco08:
        lines += [f"## {labels.OCCUPATION_CODE}", ""]
        lines += _paragraphs(profile_lines.isco_lines(profile.isco08, facts))
    others = profile_lines.other_findings(facts.findings)
    if others:
        lines += [f"## {labels.OTHER_FINDINGS}", "", *_quotes(others)]
    return "\n".join(lines).rstrip() + "\n"


def _salary(profile: Profile) -> list[str]:
    if not profile.salary.figures:
        return [labels.NO_FIGURES, ""]
    lines = [*table(*profile_lines.published_table(profile)), ""]
    lines += _paragraphs(
        [
            _emphasis(note) if note in labels.BASIS_NOTES else note
            for note in profile_lines.salary_notes(profile)
        ]
    )
    lines += _paragraphs(profile.salary.intro)
    return lines + _paragraphs(profile_lines.source_note(profile))


def _computed(facts: ProfileFacts) -> list[str]:
    lines: list[str] = []
    if facts.figures:
        lines += [f"**{labels.COMPUTED_INTRO}**", ""]
        lines += [*table(*profile_lines.computed_table(facts)), ""]
        lines += [f"- {note}" for note in profile_lines.computed_notes(facts)] + [""]
        lines += [f"**{labels.READINGS_INTRO}**", ""]
        lines += [*table(*worth_lines.readings_table(facts.worth)), ""]
        lines += [f"- {note}" for note in worth_lines.readings_notes(facts.worth)] + [""]
        prices = worth_lines.prices_table(facts.worth)
        lines += [f"**{labels.PRICES_INTRO}**", ""]
        lines += [*table(*prices), ""] if prices is not None else []
        lines += [f"- {note}" for note in worth_lines.prices_notes(facts.worth)] + [""]
    return lines + _quotes(profile_lines.salary_findings(facts.findings))


def _requirements(req: Requirements, heading: str = labels.REQUIREMENTS) -> list[str]:
    parts = [
        (labels.requirement_label(req, name, label), getattr(req, name))
        for name, label in labels.REQUIREMENT_PARTS
    ]
    if not any(items for _label, items in parts):
        return []
    lines = [f"## {heading}", ""]
    for label, items in parts:
        if items:
            lines += [f"### {label}", "", *_paragraphs(items)]
    return lines


# -- compare ------------------------------------------------------------------------
def comparison_markdown(result: Comparison) -> str:
    a, b = result.a, result.b
    lines = [f"# {a.title} ↔ {b.title}", ""]
    lines += [*table(["", a.title, b.title], comparison_rows(result)), ""]
    for text, style in salary_comparison_notes(result.salary, a, b):
        if style == "yellow":
            lines += [f"> ⚠ {text}", ""]
        elif text.startswith("  "):  # an indented line: one item of a tight list
            if lines[-2].startswith("- "):
                lines.pop()
            lines += [f"- {text.strip()}", ""]
        else:
            lines += [text, ""]
    lines += [f"## {labels.OUTLOOK}", ""]
    for label, outlook in (("A", result.outlook_a), ("B", result.outlook_b)):
        direction = labels.DIRECTION_TR[outlook.direction] if outlook else "Belirtilmemiş"
        lines += [f"- **{label}: {direction}**" + (f" — {outlook.statement}" if outlook else "")]
    lines += [""]
    for side, duties in ((a, result.duties_a), (b, result.duties_b)):
        lines += [f"## {labels.DUTIES} — {side.title}", ""]
        lines += [f"{n}. {duty}" for n, duty in enumerate(duties, start=1)] + [""]
    for label, side, req in (("A", a, result.requirements_a), ("B", b, result.requirements_b)):
        lines += _requirements(req, f"Şartlar — {label}: {side.title}")
    lines += [
        f"*Kaynak A: {citation_text(a.source)}*",
        "",
        f"*Kaynak B: {citation_text(b.source)}*",
    ]
    return "\n".join(lines) + "\n"


# -- pay ----------------------------------------------------------------------------------
def pay_markdown(report: PayReport) -> str:
    """The month-by-month table in full (a document is not 80 columns wide), then the same
    sentences, rules and notes as the text view."""
    from kariyer.output import pay_lines

    fields = [field for field, _name in pay_lines.COLUMNS]
    header = ["Ay", *(name for _field, name in pay_lines.COLUMNS)]
    lines = [f"# {pay_lines.title(report)}", ""]
    lines += [*table(header, pay_lines.cells(report, fields)), ""]
    lines += _paragraphs([*pay_lines.summary(report), pay_lines.FORMULA])
    lines += [f"## {pay_lines.RULES_HEADING}", ""]
    lines += [f"- {text}" for text in pay_lines.rule_lines(report)] + [""]
    lines += _paragraphs(report.notes)
    lines += [_emphasis(pay_lines.closing(report))]
    return "\n".join(lines).rstrip() + "\n"


# -- tables of many occupations ------------------------------------------------------
def list_markdown(rows: Sequence[ListRow]) -> str:
    body = [
        [
            row.slug,
            row.title,
            row.latest_year or "—",
            money_or_dash(row.average_tl)
            if row.average_high_tl is None
            else fmt.money_range(row.average_tl or 0.0, row.average_high_tl),
            labels.DIRECTION_TR[row.outlook] if row.outlook else "—",
            labels.ORIGIN_TR.get(row.origin, row.origin),
        ]
        for row in rows
    ]
    header = [
        labels.SLUG,
        labels.OCCUPATION,
        "Maaş yılı",
        labels.AVERAGE_MONTHLY,
        "Görünüm",
        "Köken",
    ]
    lines = ["# Meslekler", "", *table(header, body), ""]
    lines += [f"{len(rows)} meslek. {sources_line(row.source for row in rows)}".rstrip()]
    return "\n".join(lines) + "\n"


def _marked(text: str, marks: Sequence[tuple[int, int]]) -> str:
    """The matched words in bold; Markdown's own characters in the text escaped."""
    parts, done = [], 0
    for start, end in marks:
        parts += [_inline(text[done:start]), f"**{_inline(text[start:end])}**"]
        done = end
    return "".join([*parts, _inline(text[done:])])


def _inline(text: str) -> str:
    return "".join(f"\\{ch}" if ch in "\\`*_[]<>|#" else ch for ch in text)


def search_markdown(result: SearchResult) -> str:
    lines = [f"# Arama: {_inline(result.query)}", ""]
    for number, hit in enumerate(result.hits, start=1):
        lines.append(
            f"{number}. **{_inline(search_heading(hit))}** — eşleştiği yer: {matched_in_text(hit)}"
        )
        lines += [
            f"   - {labels.SEARCH_FIELD_TR[snippet.field]}: {_marked(snippet.text, snippet.marks)}"
            for snippet in hit.snippets
        ]
    lines += ["", search_footer(result)]
    return "\n".join(lines) + "\n"


def skill_index_markdown(index: Sequence[SkillSummary]) -> str:
    header, body = skill_index_table(index)
    lines = ["# Beceriler", "", *table(header, body), ""]
    lines += [f"{len(index)} beceri."]
    return "\n".join(lines) + "\n"


def skill_detail_markdown(detail: SkillSummary) -> str:
    lines = [f"# {detail.name} ({detail.id or 'kanonik kimliği yok'})", ""]
    if not detail.occupations:
        lines += ["Bu beceriyi isteyen meslek yok."]
    for use in detail.occupations:
        lines += [f"## {use.title} ({use.slug})", "", f"Makalede: “{use.wording}”", ""]
        lines += [use.description, ""]
    return "\n".join(lines).rstrip() + "\n"


def match_markdown(report: MatchReport) -> str:
    header, body = match_table(report)
    lines = ["# Becerilerinize göre meslekler", "", *table(header, body), ""]
    lines += [f"{note}\n" for note in report.notes]
    unknown = unknown_skills_line(report)
    lines += [unknown] if unknown else []
    return "\n".join(lines).rstrip() + "\n"


def check_markdown(report: CheckReport) -> str:
    body = [
        [
            report.shown_as.get(item.file or "", item.file or ""),
            labels.SEVERITY_TR[item.severity],
            item.field or "",
            item.code,
            item.message,
        ]
        for item in report.findings
    ]
    lines = ["# Veri denetimi", ""]
    if body:
        lines += [*table(["Dosya", "Düzey", "Alan", "Kod", "Açıklama"], body), ""]
    lines += [f"{text}\n" for text in check_summary(report)]
    return "\n".join(lines).rstrip("\n") + "\n"


def cache_markdown(report: CacheReport) -> str:
    from kariyer.output.cache import INFO_HEADER, info_lines, info_rows

    lines = ["# Önbellek", ""]
    if report.entries:
        lines += [*table(INFO_HEADER, info_rows(report)), ""]
    return "\n".join(lines + info_lines(report)) + "\n"


def cache_clear_markdown(report: ClearReport) -> str:
    from kariyer.output.cache import clear_lines

    return "\n".join(["# Önbellek temizliği", "", *_paragraphs(clear_lines(report))]) + "\n"


def inert(document: str) -> str:
    """No raw HTML, entity, link or image from the data reaches a Markdown renderer.

    kariyer writes none of these itself, so every "&" and "<" is text ("&amp;", "&lt;")
    and "](" never opens a link target ("]\\("): an article's "<script>" or
    "[tık](javascript:…)" stays visible and harmless. A note that starts with the footnote
    mark "*" keeps it as text.
    """
    text = document.replace("&", "&amp;").replace("<", "&lt;").replace("](", "]\\(")
    return text.replace("\n- * ", "\n- \\* ")  # a footnote mark, not a nested list


def _writes(render: Callable[[Any], str]) -> Callable[[Any], None]:
    return lambda result: write_text(inert(render(result)).rstrip("\n"))


VIEWS: dict[str, Callable[[Any], None]] = {
    "list": _writes(list_markdown),
    "show": _writes(profile_markdown),
    "compare": _writes(comparison_markdown),
    "salary": _writes(salary_markdown),
    "pay": _writes(pay_markdown),
    "search": _writes(search_markdown),
    "skills": _writes(skill_index_markdown),
    "skill": _writes(skill_detail_markdown),
    "match": _writes(match_markdown),
    "check": _writes(check_markdown),
    "cache": _writes(cache_markdown),
    "cache-clear": _writes(cache_clear_markdown),
}
