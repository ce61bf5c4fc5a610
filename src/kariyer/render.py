"""The one place that knows rich; also the JSON output. Everything the user reads is Turkish."""

from __future__ import annotations

import functools
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, ParamSpec, TextIO, cast

from kariyer import fmt
from kariyer.fmt import BASIS_TR, DIRECTION_SHORT_TR, DIRECTION_TR, KIND_TR

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from kariyer.checks import CheckReport
    from kariyer.compare import Comparison, SalarySide
    from kariyer.figures import AdjustedFigure, ProfileFacts
    from kariyer.importer import ImportResult
    from kariyer.models import Profile, Requirements, SalaryFigure
    from kariyer.overview import OverviewRow
    from kariyer.salary import SalaryReport
    from kariyer.search import SearchResult
    from kariyer.skills import MatchReport, SkillSummary

P = ParamSpec("P")
MIN_WIDTH = 40
DEFAULT_WIDTH = 80


_state: dict[str, Console] = {}
_no_color = False


def set_no_color(value: bool) -> None:
    global _no_color
    _no_color = value
    _state.clear()


MAX_WIDTH = 1000


def _width_from_env() -> int | None:
    """COLUMNS as a sane width; rich would accept 0 and break every table."""
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isascii() and raw.isdigit():
        return min(max(int(raw), MIN_WIDTH), MAX_WIDTH)
    return None


def sanitize_columns() -> None:
    """Make COLUMNS sane for every console of this process, Typer's help screens too."""
    width = _width_from_env()
    if width is not None:
        os.environ["COLUMNS"] = str(width)
    elif "COLUMNS" in os.environ:
        del os.environ["COLUMNS"]


class _TrimmingWriter:
    """File wrapper that drops the trailing spaces rich pads wrapped lines with."""

    _TAIL = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+(?=\n)")
    _CODE = re.compile(r"\x1b\[[0-9;]*m")

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        head, newline, self._pending = (self._pending + text).rpartition("\n")
        if newline:
            # keep the colour codes at a line's end, drop the spaces between them
            tidy = self._TAIL.sub(lambda m: "".join(self._CODE.findall(m.group())), head + newline)
            self._stream.write(tidy)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending)
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def console(stderr: bool = False) -> Console:
    key = "err" if stderr else "out"
    if key not in _state:
        from rich.console import Console

        width = _width_from_env()
        stream = sys.stderr if stderr else sys.stdout
        made = Console(
            file=cast("IO[str]", _TrimmingWriter(stream)),
            no_color=_no_color or None,
            highlight=False,
            emoji=False,
            soft_wrap=stderr,  # a message is one line, however long
        )
        if width is None and not made.is_terminal:
            width = DEFAULT_WIDTH
        if width is not None or made.width < MIN_WIDTH:
            made.width = max(width or made.width, MIN_WIDTH)
        _state[key] = made
    return _state[key]


def buffered(function: Callable[P, None]) -> Callable[P, None]:
    """Collect a view's output and write it once (fewer writes, faster on long views).

    Only for views that never write plain text straight to the file (_print_table's
    fast path for thousands of rows would otherwise jump ahead of the buffer).
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        with console():
            function(*args, **kwargs)

    return wrapper


# -- small building blocks ---------------------------------------------------
def _text(value: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(value, style=style)


def _heading(title: str) -> None:
    out = console()
    out.print()
    out.print(_text(title, "bold cyan"))


def _paragraphs(items: Iterable[str], indent: int = 2, style: str = "") -> None:
    from rich.padding import Padding

    for item in items:
        console().print(Padding(_text(item, style), (0, 0, 0, indent), expand=False))


def _bullets(items: Sequence[str], numbered: bool = False, indent: int = 2) -> None:
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(overflow="fold")
    for number, item in enumerate(items, start=1):
        grid.add_row(f"{number}." if numbered else "•", _text(item))
    from rich.padding import Padding

    console().print(Padding(grid, (0, 0, 0, indent), expand=False))


def _table(*columns: str, title: str | None = None) -> Table:
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for column in columns:
        table.add_column(column)
    return table


def _labelled(label: str, items: Sequence[str]) -> None:
    if not items:
        return
    console().print(_text(f"  {label}", "bold"))
    _paragraphs(items, indent=4)


# -- JSON ---------------------------------------------------------------------
def emit_json(model: object) -> None:
    """A result model (a dataclass) as indented JSON."""
    import json

    from kariyer.models import to_data

    write_json_text(json.dumps(to_data(model), ensure_ascii=False, indent=2))


def emit_profile_json(profile: Profile, facts: ProfileFacts) -> None:
    """The profile as stored, plus a ``computed`` object kept apart from published data."""
    import json

    from kariyer.models import to_data

    data = to_data(profile)
    data["computed"] = to_data(facts)
    write_json_text(json.dumps(data, ensure_ascii=False, indent=2))


def emit_json_list(models: Sequence[object]) -> None:
    import json

    from kariyer.models import to_data

    data = to_data(list(models))
    write_json_text(json.dumps(data, ensure_ascii=False, indent=2))


def write_json_text(text: str) -> None:
    """JSON to stdout; on a non-UTF-8 stream as \\u escapes, which is still the same JSON."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if not encoding.startswith("utf"):
        import json

        text = json.dumps(json.loads(text), ensure_ascii=True, indent=2)
    write_text(text)


def write_text(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# -- messages -----------------------------------------------------------------
def error(message: str, hint: str | None = None) -> None:
    err = console(stderr=True)
    err.print(_text(f"Hata: {message}", "bold red"))
    if hint:
        err.print(_text(hint))


def notice(message: str) -> None:
    console(stderr=True).print(_text(message, "yellow"))


# -- dispatch by output format ---------------------------------------------------
def _by_format(
    output: str,
    *,
    as_json: Callable[[], None],
    markdown: Callable[[], str],
    csv: Callable[[], str],
    text: Callable[[], None],
) -> None:
    """One place that maps --format (and --json) to a writer."""
    if output == "json":
        as_json()
    elif output in ("markdown", "csv"):
        write_text((markdown if output == "markdown" else csv)().rstrip("\n"))
    else:
        text()


def _formats() -> ModuleType:
    """Markdown and CSV writers, loaded only when one of them is asked for."""
    from kariyer import formats

    return formats


def profile(item: Profile, facts: ProfileFacts, output: str) -> None:
    _by_format(
        output,
        as_json=lambda: emit_profile_json(item, facts),
        markdown=lambda: _formats().profile_markdown(item, facts),
        csv=lambda: _formats().profile_csv(item, facts),
        text=lambda: show_profile(item, facts),
    )


def comparison(result: Comparison, output: str) -> None:
    _by_format(
        output,
        as_json=lambda: emit_json(result),
        markdown=lambda: _formats().comparison_markdown(result),
        csv=lambda: _formats().comparison_csv(result),
        text=lambda: show_comparison(result),
    )


def salary(report: SalaryReport, output: str) -> None:
    _by_format(
        output,
        as_json=lambda: emit_json(report),
        markdown=lambda: _formats().salary_markdown(report),
        csv=lambda: _formats().salary_csv(report),
        text=lambda: show_salary(report),
    )


# -- commands -----------------------------------------------------------------
def salary_figure_cells(figure: SalaryFigure | None) -> tuple[str, str]:
    if figure is None:
        return ("—", "—")
    hourly = fmt.hourly(figure.hourly_tl) if figure.hourly_tl is not None else "—"
    return (fmt.money(figure.monthly_tl), hourly)


@buffered
def show_profile(profile: Profile, facts: ProfileFacts) -> None:
    from rich.rule import Rule

    out = console()
    out.print(Rule(_text(profile.title, "bold")))
    out.print(_text(f"slug: {profile.slug}", "dim"))
    _source_line(profile)

    if profile.summary:
        _heading("Özet")
        _paragraphs(profile.summary)
    if profile.duties:
        _heading(f"Görevler ({len(profile.duties)})")
        _bullets(profile.duties, numbered=True)

    _heading("Maaş")
    _salary_section(profile)
    _computed_section(facts)

    if profile.outlook:
        _heading("İstihdam görünümü")
        out.print(_text(f"  {DIRECTION_TR[profile.outlook.direction]}", "bold"))
        _paragraphs([profile.outlook.statement, *profile.outlook.reason])

    if _has_requirements(profile.requirements):
        _heading("Şartlar ve nitelikler")
        _requirements(profile.requirements)

    if profile.skills:
        _heading(f"Gerekli beceriler ({len(profile.skills)})")
        for skill in profile.skills:
            out.print(_text(f"  {skill.name}", "bold"))
            _paragraphs([skill.description], indent=4)

    if profile.work_conditions:
        _heading("Çalışma şartları")
        _paragraphs(profile.work_conditions)

    if profile.development.intro or profile.development.trends:
        _heading("Mesleki gelişme ve eğilimler")
        _paragraphs(profile.development.intro)
        for trend in profile.development.trends:
            out.print(_text(f"  {trend.title}", "bold"))
            _paragraphs(trend.text, indent=4)

    if profile.how_to_become:
        _heading("Nasıl olunur?")
        _paragraphs(profile.how_to_become)

    if profile.career_path.text or profile.career_path.positions:
        _heading("Kariyer yolu")
        _paragraphs(profile.career_path.text)
        if profile.career_path.positions:
            out.print(_text("  İlerleyebileceği pozisyonlar:", "bold"))
            _bullets(profile.career_path.positions, indent=4)

    if profile.isco08:
        _heading("Meslek kodu")
        basis = "yayımlanmış eşleştirme" if profile.isco08.basis == "published" else "değerlendirme"
        out.print(_text(f"  ISCO-08 {profile.isco08.code} ({basis})"))
        if profile.isco08.note:
            _paragraphs([profile.isco08.note])
    out.print()


def _source_line(profile: Profile) -> None:
    source = profile.source
    line = f"Kaynak: {source.site} — “{source.title}”"
    if source.file:
        line += f" ({source.file})"
    console().print(_text(line, "dim"))
    if source.url:
        console().print(_text(f"        {source.url}", "dim"))


def _salary_section(profile: Profile) -> None:
    out = console()
    salary = profile.salary
    if not salary.figures:
        out.print(_text("  Makalede maaş rakamı yok."))
        return
    rows = []
    for figure in sorted(salary.figures, key=lambda f: (f.year, f.kind != "average")):
        monthly, hourly = salary_figure_cells(figure)
        rows.append(
            [str(figure.year), KIND_TR[figure.kind], monthly, hourly, BASIS_TR[figure.basis]]
        )
    _print_table(["Yıl", "Tür", "Aylık", "Saatlik (makalede)", "Brüt/net"], rows, indent=2)
    if any(figure.basis == "unknown" for figure in salary.figures):
        out.print(_text("  Makale rakamların brüt mü net mi olduğunu belirtmiyor.", "italic"))
    if salary.extra_pay:
        out.print(_text(f"  Ek ödemeler (makaleye göre): {', '.join(salary.extra_pay)}"))
    _paragraphs(salary.intro)
    if salary.source_note:
        _paragraphs([f"Makalenin notu: {salary.source_note}"])


def _computed_section(facts: ProfileFacts) -> None:
    if not facts.figures:
        return
    out = console()
    rows = [
        [
            str(fact.year),
            KIND_TR.get(fact.kind, fact.kind),
            fmt.hourly(fact.hourly_computed.value),
            f"{fmt.money(fact.minimum_wage.net)} ({fact.minimum_wage.year})"
            if fact.minimum_wage
            else "veri yok",
            fmt.ratio(fact.ratio_to_net_minimum.value) if fact.ratio_to_net_minimum else "—",
        ]
        for fact in facts.figures
    ]
    out.print()
    out.print(_text("  Hesaplanan değerler (makalede yok; kariyer hesapladı):", "bold"))
    headers = ["Yıl", "Tür", "Saatlik (aylık ÷ 225)", "Net asgari ücret", "Oran"]
    _print_table(headers, rows, indent=2)
    notes = [
        "Saatlik: aylık tutar ÷ 225 saat (30 gün × 7,5 saat; 4857 sayılı İş Kanunu md. 63).",
        "Oran: aylık tutar ÷ o yılın net asgari ücreti (Çalışma ve Sosyal Güvenlik Bakanlığı).",
    ]
    notes += sorted(
        {f.minimum_wage.note for f in facts.figures if f.minimum_wage and f.minimum_wage.note}
    )
    _paragraphs(notes, style="dim")
    for finding in facts.findings:
        if finding.field and finding.field.startswith("salary"):
            _paragraphs([f"⚠ {finding.message}"], style="yellow")


def _has_requirements(req: Requirements) -> bool:
    return bool(req.education or req.training or req.certificates)


def _requirements(req: Requirements) -> None:
    _labelled("Eğitim", req.education)
    _labelled("İş başında eğitim ve deneyim", req.training)
    _labelled("Sertifikalar ve lisanslar", req.certificates)


def show_list(rows: Sequence[OverviewRow]) -> None:
    cells = [
        [
            row.slug + (" *" if row.origin == "user" else ""),
            row.title,
            str(row.latest_year) if row.latest_year else "—",
            fmt.money(row.average_tl) if row.average_tl is not None else "—",
            DIRECTION_SHORT_TR[row.outlook] if row.outlook else "—",
        ]
        for row in rows
    ]
    _print_table(["Slug", "Meslek", "Maaş yılı", "Ortalama", "Görünüm"], cells, keep_whole=0)
    out = console()
    out.print(_text(f"{len(rows)} meslek. {_sources_line(row.source for row in rows)}", "dim"))
    if any(row.origin == "user" for row in rows):
        out.print(_text("* kullanıcı veri dizininden", "dim"))


RICH_TABLE_LIMIT = 200  # more rows than this are printed as plain aligned text (fast)
PLAIN_CHUNK = 500  # rows per write on that path


def _too_narrow(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, keep_whole: int | None
) -> bool:
    """Would the columns need more room than there is (short cells whole, text ≥ 12)?"""
    needed = 0
    for number, header in enumerate(headers):
        longest = max((len(row[number]) for row in rows[:RICH_TABLE_LIMIT]), default=0)
        whole = number == keep_whole or longest <= 16
        needed += (max(longest, len(header)) if whole else 12) + 3
    return needed > width


def _print_records(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, title: str | None, indent: int
) -> None:
    out = console()
    if title:
        _paragraphs([title], indent=indent, style="italic")
    ranked = headers[0] == "#"  # "1. Meslek adı" reads better than "#: 1"
    for row in rows:
        first = f"{row[0]}. {row[1]}" if ranked else f"{headers[0]}: {row[0]}"
        rest = 2 if ranked else 1
        _paragraphs([first], indent=indent, style="bold")
        _paragraphs(
            [f"{header}: {cell}" for header, cell in zip(headers[rest:], row[rest:], strict=True)],
            indent=indent + 2,
        )
    if not rows:
        out.print()


def _print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    keep_whole: int | None = None,
    indent: int = 0,
) -> None:
    """A rich table for a screenful; plain aligned columns for thousands of rows; one
    record after another on a terminal too narrow for the columns (never cut a figure)."""
    out = console()
    if len(rows) <= RICH_TABLE_LIMIT and _too_narrow(headers, rows, out.width - indent, keep_whole):
        _print_records(headers, rows, title=title, indent=indent)
        return
    if len(rows) <= RICH_TABLE_LIMIT:
        from rich.padding import Padding

        table = _table(*headers, title=title)
        for number, column in enumerate(table.columns):
            # short cells (years, amounts, ratios) never wrap or shrink into "14.0…"
            if number == keep_whole or max((len(row[number]) for row in rows), default=0) <= 16:
                column.no_wrap = True
        for row in rows:
            table.add_row(*row)
        out.print(Padding(table, (0, 0, 0, indent), expand=False) if indent else table)
        return
    if title:
        out.print(_text(title, "italic"))
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]
    spare = out.width - sum(widths) - 2 * (len(widths) - 1)
    if spare < 0:  # shrink the widest column (a title) and cut its long values with …
        widest = max(range(len(widths)), key=lambda i: widths[i] if i != keep_whole else -1)
        widths[widest] = max(8, widths[widest] + spare)

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell if len(cell) <= width else cell[: width - 1] + "…"
            for cell, width in zip(cells, widths, strict=True)
        ]
        text = "  ".join(part.ljust(width) for part, width in zip(parts, widths, strict=True))
        return text.rstrip()

    out.file.write(line(headers) + "\n" + "  ".join("─" * width for width in widths) + "\n")
    for start in range(0, len(rows), PLAIN_CHUNK):  # a few writes, never one huge string
        out.file.write("".join(line(row) + "\n" for row in rows[start : start + PLAIN_CHUNK]))


def show_salary(report: SalaryReport) -> None:
    out = console()
    title = (
        f"{report.year} yılı maaşları (aylık, makalelerde yayımlandığı gibi)"
        if report.year is not None
        else "Her mesleğin en son yıldaki maaşı (aylık, makalelerde yayımlandığı gibi)"
    )
    if not report.rows:
        out.print(
            _text(f"{report.year} yılı için yayımlanmış maaş verisi olan meslek yok.", "bold")
        )
    top_value = max(
        (row.average.monthly_tl for row in report.rows if row.average is not None), default=0.0
    )
    cells = []
    for rank, row in enumerate(report.rows, start=1):
        average = row.average.monthly_tl if row.average else None
        cells.append(
            [
                str(rank),
                row.title,
                str(row.year),
                fmt.money(average) if average is not None else "—",
                fmt.money(row.top.monthly_tl) if row.top else "—",
                _ratio_cell(
                    row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else None,
                    row.below_net_minimum,
                ),
                _bar(average, top_value),
            ]
        )
    if report.rows:
        headers = ["#", "Meslek", "Yıl", "Ortalama", "Üst düzey", "Oran*", "Grafik"]
        if len(cells) > RICH_TABLE_LIMIT:  # a long listing: room for the names, not bars
            headers, cells = headers[:-1], [row[:-1] for row in cells]
        _print_table(headers, cells, title=title)
        out.print(
            _text(
                "* Oran (hesaplanan): ortalama ÷ o yılın net asgari ücreti (Aralık'ta yürürlükte "
                "olan; Çalışma ve Sosyal Güvenlik Bakanlığı). ⚠ = asgari ücretin altında.",
                "dim",
            )
        )
    if report.missing:
        out.print(_text("Bu tabloda olmayanlar:", "bold"))
        what = f"{report.year} için veri yok" if report.year is not None else "maaş verisi yok"
        lines = [
            f"  • {item.title}: {what} (mevcut yıllar: "
            f"{', '.join(str(y) for y in item.available_years) or 'hiç yok'})"
            for item in report.missing
        ]
        if len(lines) <= RICH_TABLE_LIMIT:
            _paragraphs([line.strip() for line in lines])
        else:
            out.file.write("\n".join(lines) + "\n")
    if report.adjusted:
        _adjusted_table(report)
    for note in report.adjust_notes:
        out.print(_text(note, "yellow"))
    out.print(
        _text(
            "Rakamlar makalelerin yayımladığı aylık tutarlardır; brüt/net belirtilmemiştir. "
            "Farklı yılların rakamları doğrudan karşılaştırılamaz. "
            + _sources_line(row.source for row in report.rows),
            "dim",
        )
    )


def _sources_line(labels: Iterable[str]) -> str:
    """The sites the figures come from; each profile names its article (kariyer show)."""
    sites = sorted({label.split(" — ")[0] for label in labels})
    if not sites:
        return ""
    return f"Kaynak: {', '.join(sites)} makaleleri (her meslek için: kariyer show MESLEK)."


def _ratio_cell(value: float | None, below: bool | None) -> str:
    if value is None:
        return "—"
    return fmt.ratio(value) + (" ⚠" if below else "")


def _adjusted_table(report: SalaryReport) -> None:
    assert report.adjusted is not None
    assert report.year is not None
    title = (
        f"Tahmini: başka yılların rakamları {report.year} fiyatlarıyla "
        "(tahmini, TÜFE yıllık ortalama ile)"
    )
    rows = [
        [row.title, _adjusted_cell(row.average), _adjusted_cell(row.top)] for row in report.adjusted
    ]
    out = console()
    out.print()
    _print_table(["Meslek", "Ortalama", "Üst düzey"], rows, title=title)
    out.print(
        _text(
            "Yöntem: tutar × TÜFE yıllık ortalama (hedef yıl) ÷ TÜFE yıllık ortalama (özgün yıl); "
            "kaynak TÜİK, 2003=100. Bunlar yayımlanmış rakam değil, tahmindir.",
            "dim",
        )
    )


def _adjusted_cell(item: AdjustedFigure | None) -> str:
    if item is None:
        return "—"
    return (
        f"≈ {fmt.money(round(item.adjusted.value))} "
        f"({fmt.money(item.original_tl)}, {item.original_year})"
    )


def _bar(value: float | None, top_value: float, width: int = 16) -> str:
    if value is None or top_value <= 0:
        return ""
    if not math.isfinite(value / top_value):
        return ""
    filled = max(1, round(width * value / top_value))
    return "█" * filled


@buffered
def show_comparison(result: Comparison) -> None:
    from rich.rule import Rule

    out = console()
    a, b = result.a, result.b
    out.print(Rule(_text(f"{a.title}  ↔  {b.title}", "bold")))
    out.print(_text(f"A: {a.slug}   B: {b.slug}", "dim"))

    _heading("Maaş")
    salary = result.salary
    table = _table("", f"A: {a.title}", f"B: {b.title}")
    table.add_row("Yıl", _year(salary.a), _year(salary.b))
    table.add_row("Ortalama (aylık)", *_money_pair(salary.a, salary.b, "average"))
    table.add_row("Üst düzey (aylık)", *_money_pair(salary.a, salary.b, "top"))
    from rich.padding import Padding

    out.print(Padding(table, (0, 0, 0, 2), expand=False))
    if salary.difference is not None:
        diff = salary.difference
        parts = []
        if diff.average_tl is not None:
            parts.append(f"ortalama {_signed_money(diff.average_tl)}")
        if diff.top_tl is not None:
            parts.append(f"üst düzey {_signed_money(diff.top_tl)}")
        out.print(
            _text(f"  Fark (B − A, {diff.year}, hesaplanan): " + ", ".join(parts) + ".", "bold")
        )
    if salary.note:
        _paragraphs([salary.note], style="yellow")
    if salary.adjusted is not None:
        adj = salary.adjusted
        side = a if adj.adjusted_side == "a" else b
        lines = [
            f"{adj.adjusted_side.upper()} ({side.title}) {adj.target_year} fiyatlarıyla "
            "(tahmini, TÜFE yıllık ortalama ile):"
        ]
        for label, item, estimate in (
            ("ortalama", adj.average, adj.difference_average),
            ("üst düzey", adj.top, adj.difference_top),
        ):
            if item is None:
                continue
            line = f"  {label}: {_adjusted_cell(item)}"
            if estimate is not None:
                line += f"; tahmini fark (B − A): {_signed_money(round(estimate.value))}"
            lines.append(line)
        _paragraphs(lines, style="bold")

    _heading("Beceriler")
    skills = result.skills
    _labelled_list("Ortak", [s.name for s in skills.shared])
    _labelled_list(f"Yalnızca A ({a.title})", [s.name for s in skills.only_a])
    _labelled_list(f"Yalnızca B ({b.title})", [s.name for s in skills.only_b])

    _heading("İstihdam görünümü")
    for label, outlook in (("A", result.outlook_a), ("B", result.outlook_b)):
        direction = DIRECTION_TR[outlook.direction] if outlook else "Belirtilmemiş"
        out.print(_text(f"  {label}: {direction}", "bold"))
        if outlook:
            _paragraphs([outlook.statement], indent=5)

    for label, side, duties in (("A", a, result.duties_a), ("B", b, result.duties_b)):
        _heading(f"Görevler — {label}: {side.title}")
        _bullets(duties, numbered=True)

    for label, side, req in (("A", a, result.requirements_a), ("B", b, result.requirements_b)):
        _heading(f"Şartlar — {label}: {side.title}")
        _requirements(req)

    _heading("Kariyer yolu")
    for label, path in (("A", result.career_path_a), ("B", result.career_path_b)):
        positions = ", ".join(path.positions) if path.positions else "belirtilmemiş"
        out.print(_text(f"  {label}: {positions}"))
    out.print()
    out.print(_text(f"Kaynak A: {a.source}", "dim"))
    out.print(_text(f"Kaynak B: {b.source}", "dim"))


def show_search(result: SearchResult) -> None:
    from kariyer.search import FIELD_TR

    rows = [
        [hit.slug, hit.title, str(hit.score), ", ".join(FIELD_TR[f] for f in hit.matched_in)]
        for hit in result.hits
    ]
    _print_table(["Slug", "Meslek", "Puan", "Eşleştiği yer"], rows, keep_whole=0)
    out = console()
    out.print(_text(f"'{result.query}' için {len(result.hits)} sonuç (puan 0–100).", "dim"))


def show_skill_index(index: Sequence[SkillSummary]) -> None:
    rows = [
        [
            item.name,
            item.id or "(kimliksiz)",
            ", ".join(use.title for use in item.occupations) or "—",
        ]
        for item in index
    ]
    _print_table(["Beceri", "Kimlik", "Meslekler"], rows)
    out = console()
    out.print(_text(f"{len(index)} beceri. Ayrıntı için: kariyer skills BECERİ", "dim"))


@buffered
def show_skill_detail(detail: SkillSummary) -> None:
    out = console()
    out.print(_text(f"{detail.name} ({detail.id or 'kanonik kimliği yok'})", "bold"))
    if not detail.occupations:
        out.print(_text("  Bu beceriyi isteyen meslek yok."))
    for use in detail.occupations:
        out.print()
        _paragraphs([f"{use.title} ({use.slug}) — makalede: “{use.wording}”"], style="bold cyan")
        _paragraphs([use.description], indent=4)


def show_match(report: MatchReport) -> None:
    out = console()
    rows = [
        [
            item.title,
            f"{len(item.have)}/{len(item.have) + len(item.lack)}",
            ", ".join(item.have) or "—",
            ", ".join(item.lack) or "—",
        ]
        for item in report.results
    ]
    _print_table(["Meslek", "Uyum", "Sahip olduklarınız", "Eksikleriniz"], rows)
    if report.unknown:
        out.print(
            _text(
                "Bilinmeyen beceriler (tablomuzda yok, eşleştirilmedi): "
                + ", ".join(report.unknown),
                "yellow",
            )
        )


def import_result(result: ImportResult, target: Path | None, as_json: bool) -> None:
    """The profile to stdout (unless written to a file); findings to stderr or in JSON."""
    if as_json:
        import json

        from kariyer.models import to_data

        data = {
            "profile": to_data(result.profile, exclude_none=True) if result.profile else None,
            "written_to": str(target) if target else None,
            "findings": to_data(result.findings),
        }
        write_json_text(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if result.profile is not None and target is None:
        write_text(result.profile_json().rstrip("\n"))
    err = console(stderr=True)
    for item in result.findings:
        level = "HATA" if item.severity == "error" else "uyarı"
        where = f" {item.field}" if item.field else ""
        err.print(_text(f"{level}{where} [{item.code}]: {item.message}", "yellow"))
    if result.profile is not None and target is not None:
        err.print(_text(f"Yazıldı: {target} ({len(result.findings)} uyarı)", "bold"))


@buffered
def show_check(report: CheckReport, strict: bool) -> None:
    from kariyer.catalog import display_path

    out = console()
    current = None
    for item in report.findings:
        if item.file != current:
            current = item.file
            out.print(_text(display_path(item.file), "bold"))
        level, style = ("HATA", "bold red") if item.severity == "error" else ("uyarı", "yellow")
        where = f" {item.field}" if item.field else ""
        out.print(_text(f"  {level}{where} [{item.code}]", style))
        _paragraphs([item.message], indent=4)
    verdict = "BAŞARISIZ" if report.failed(strict) else "geçti"
    out.print(
        _text(
            f"{report.files_checked} dosya denetlendi: {report.errors} hata, "
            f"{report.warnings} uyarı — {verdict}"
            + (" (--strict: uyarılar da hata sayılır)" if strict else ""),
            "bold",
        )
    )


def _labelled_list(label: str, items: Sequence[str]) -> None:
    out = console()
    out.print(_text(f"  {label}:", "bold"))
    if items:
        _bullets(items, indent=4)
    else:
        out.print(_text("    —"))


def _year(side: SalarySide) -> str:
    return str(side.year) if side.year is not None else "veri yok"


def _money_pair(a: SalarySide, b: SalarySide, kind: str) -> tuple[str, str]:
    def cell(side: SalarySide) -> str:
        figure = side.average if kind == "average" else side.top
        return f"{fmt.money(figure.monthly_tl)} ({side.year})" if figure else "—"

    return cell(a), cell(b)


def _signed_money(value: float) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt.money(abs(value))}"
