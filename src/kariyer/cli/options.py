"""Options every command shares, declared once, and how they become values.

A command declares ``output_format: FormatOption = None`` and so on; then
``choose_format``, ``parse_year`` and ``open_catalog`` turn the raw text into a format,
a year and a catalog, with Turkish usage errors (exit 2) for anything that cannot be.
Paths are taken as plain text: Typer's own Path checks answer in English and before
kariyer can name the path and the reason.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, cast

import typer

from kariyer.errors import NotFoundError, UsageError
from kariyer.output.registry import DEFAULT, WRITERS, choose

_others = [name for name in WRITERS if name != DEFAULT]
_other_formats = ", ".join(_others[:-1]) + " ya da " + _others[-1]  # help lists the registry

if TYPE_CHECKING:
    from kariyer.errors import ProfileError
    from kariyer.schema.models import SkillTable
    from kariyer.store.catalog import Catalog

JsonOption = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Sonucu betikler için JSON olarak yazar (--format json ile aynı; anahtarlar "
        "İngilizce).",
    ),
]


def _complete_format(incomplete: str) -> list[str]:
    return [name for name in WRITERS if name.startswith(incomplete)]


def _complete_import_format(incomplete: str) -> list[str]:
    return [name for name in ("text", "json") if name.startswith(incomplete)]


def complete_skill(incomplete: str, ctx: typer.Context | None = None) -> list[str]:
    """Skills for `skills` and `match --skills` (after the last comma of a list), by the
    names users type ("iletişim", "ekip çalışması") and by id, Turkish letters and case
    folded ("ileti" and "İLETİ" both find İletişim); never fails, whatever the environment.

    `skills takım ç<TAB>`: the words already typed count, and the rest of the name is
    offered."""
    try:
        from kariyer.store.reference import load_skills

        head, comma, last = incomplete.rpartition(",")
        typed = last.lstrip()
        before = f"{head}{comma}{last[: len(last) - len(typed)]}"  # the shell keeps it
        words = ctx.params.get("skill_words") if ctx is not None and not comma else None
        earlier = [word for word in words or [] if word] if isinstance(words, list) else []
        return [before + item for item in skill_completions(earlier, typed, load_skills())]
    except Exception:  # completion must never print a traceback into the shell
        return []


def skill_completions(earlier: list[str], typed: str, table: SkillTable) -> list[str]:
    """What completes ``typed`` (after the words ``earlier`` of the same name): for each
    skill its name, or else the first alias, that starts so (Turkish folding), and its id.

    Shells keep only what starts with the typed text, so a name is offered as the typed
    text and the rest of the name: "ileti" → "iletişim", "İLETİ" → "İLETİşim"."""
    from kariyer.text import fold

    wanted = fold(" ".join([*earlier, typed]))
    skip = len(earlier)  # the shell replaces only the word being typed
    found: list[str] = []
    for skill in sorted(table.skills, key=lambda item: fold(item.name)):
        name = next((n for n in (skill.name, *skill.aliases) if fold(n).startswith(wanted)), None)
        rest = " ".join(name.split()[skip:]) if name is not None else ""
        if rest.startswith(typed):
            found.append(rest)
        elif rest and fold(rest[: len(typed)]) == fold(typed):
            found.append(typed + rest[len(typed) :])
        if not earlier and skill.id.startswith(wanted.replace(" ", "-")):
            found.append(skill.id)
    return list(dict.fromkeys(found))


FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="BİÇİM",
        help=f"Çıktı biçimi: {DEFAULT} (varsayılan), {_other_formats}.",
        show_default=False,
        autocompletion=_complete_format,
    ),
]
ImportFormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="BİÇİM",
        help="Çıktı biçimi: text (varsayılan: profil JSON'u stdout'a, uyarılar stderr'e) ya "
        "da json (profil, yazıldığı yer ve uyarılar tek bir JSON'da).",
        show_default=False,
        autocompletion=_complete_import_format,
    ),
]
DelayOption = Annotated[
    str,
    typer.Option(
        "--delay",
        metavar="SANİYE",
        help="Aynı siteye iki istek arasında beklenecek süre (saniye, 0-600; varsayılan 1). "
        "robots.txt ile sayfa da iki istektir.",
        show_default=False,
    ),
]
RefreshOption = Annotated[
    bool,
    typer.Option(
        "--refresh",
        help="Önbellekteki sayfayı ve robots.txt'yi kullanmaz; yeniden indirir (önbelleği "
        "günceller).",
    ),
]
FromListOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="DOSYA",
        help="İçe aktarılacak adresler ve dosya yolları, satır başına bir tane (boş satırlar ve "
        "# ile başlayanlar atlanır; göreli yollar listenin dizinine göredir).",
        show_default=False,
    ),
]
DataDirOption = Annotated[
    str | None,
    typer.Option(
        "--data-dir",
        metavar="DİZİN",
        help="Paketle gelenlere ek olarak bu dizindeki profilleri de yükler "
        "(KARIYER_DATA_DIR ortam değişkeniyle de verilebilir).",
        show_default=False,
    ),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="Renkleri kapatır (NO_COLOR da geçerlidir).")
]
WideOption = Annotated[
    bool,
    typer.Option(
        "--wide",
        help="Slug sütununu dar terminalde de ayrı tutar (yoksa yer olmadığında slug meslek "
        "adının altına geçer; yalnızca metin çıktısı).",
    ),
]
AdjustOption = Annotated[
    bool,
    typer.Option(
        "--adjust",
        help="Farklı yılların rakamlarını TÜFE yıllık ortalamasıyla tek bir yılın fiyatlarına "
        "getirir (tahmini; hangi yılın fiyatları olduğu çıktıda yazılır, özgün rakam yanında).",
    ),
]
YearOption = Annotated[
    str | None,
    typer.Option("--year", "-y", metavar="YIL", help="Maaş yılı (ör. 2024).", show_default=False),
]


def _complete_occupation(incomplete: str, ctx: typer.Context | None = None) -> list[str]:
    """Shell completion for occupation slugs (of --data-dir's directory too, if typed),
    without the ones already given (`compare A <TAB>` offers B, not A again); never fails,
    whatever the environment."""
    try:
        from kariyer.store.catalog import Catalog
        from kariyer.text import MAX_TYPED, fold, slugify

        wanted = fold(incomplete).replace(" ", "-")
        params = ctx.params if ctx is not None else {}
        given = {
            slugify(value[:MAX_TYPED])
            for name, value in params.items()
            if name in OCCUPATION_PARAMS and isinstance(value, str)
        }
        slugs = Catalog(data_dir_path(params.get("data_dir"))).slugs()
        found = [slug for slug in slugs if slug.startswith(wanted) and slug not in given]
        # shells keep only what starts with the typed text: "mü" → "müsteri-…", which
        # names the same occupation (names are matched with Turkish folding); a name typed
        # with spaces gets the slug
        if " " in incomplete or len(incomplete) != len(wanted):
            return found
        return [incomplete + slug[len(wanted) :] for slug in found]
    except Exception:
        return []


OCCUPATION_PARAMS = ("occupation", "first", "second")  # the commands' occupation arguments


def occupation_argument(metavar: str, help_text: str) -> typer.models.ArgumentInfo:
    info = typer.Argument(metavar=metavar, help=help_text, autocompletion=_complete_occupation)
    return cast("typer.models.ArgumentInfo", info)


OCCUPATION_HELP = "Meslek: slug ya da adı (büyük/küçük harf ve Türkçe karakter fark etmez)."
OccupationArgument = Annotated[str, occupation_argument("MESLEK", OCCUPATION_HELP)]


def set_colors(no_color: bool) -> None:
    if no_color:
        from kariyer.output.console import set_no_color

        set_no_color(True)


def set_wide(wide: bool) -> None:
    """--wide for this run's tables (set every run: the text view only reads it)."""
    from kariyer.output.console import set_wide as keep_slug_column

    keep_slug_column(wide)


def choose_format(kind: str, output_format: str | None, json_flag: bool = False) -> str:
    """The one output format asked for (--json is short for --format json); usage error else.

    With JSON nothing but the result is written: no progress display either.
    """
    chosen = choose(kind, output_format, json_flag=json_flag)
    _SHOW_PROGRESS.set(chosen != "json")
    return chosen


_SHOW_PROGRESS: ContextVar[bool] = ContextVar("show_progress", default=True)


def _progress(total: int, label: str) -> AbstractContextManager[Callable[[str], None]]:
    """A long index build's display on stderr (a terminal only; never with JSON)."""
    from kariyer.output.progress import progress

    return progress(total, label=label, enabled=_SHOW_PROGRESS.get())


def parse_year(text: str | None, example: str = "kariyer salary --year 2024") -> int | None:
    if text is None:
        return None
    from kariyer.schema.limits import MAX_YEAR, MIN_YEAR

    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise UsageError(
            f"Geçersiz yıl: '{text[:20]}'. Yıl {MIN_YEAR} ile {MAX_YEAR} arasında bir sayı olmalı.",
            hint=f"Örnek: {example}",
        )
    return int(value)


RANK_BY = {"tutar": "amount", "oran": "ratio"}


def parse_rank_by(text: str) -> Literal["amount", "ratio"]:
    """--rank-by tutar|oran (Turkish letters and case do not matter)."""
    from kariyer.text import fold

    chosen = RANK_BY.get(fold(text[:20]))
    if chosen == "amount":
        return "amount"
    if chosen == "ratio":
        return "ratio"
    raise UsageError(
        f"Geçersiz --rank-by değeri: '{text[:20]}'. Seçenekler: tutar, oran.",
        hint="Örnek: kariyer salary --rank-by oran",
    )


def data_dir_path(data_dir: str | None) -> Path | None:
    """The user data directory in effect: --data-dir, KARIYER_DATA_DIR or the default."""
    from kariyer.store.paths import user_data_dir

    return user_data_dir(Path(data_dir) if data_dir is not None else None)


@contextmanager
def open_catalog(
    data_dir: str | None, no_color: bool = False, *, with_user_dir: bool = True
) -> Iterator[Catalog]:
    """Open the catalog; afterwards report bad user files and overrides on stderr."""
    from kariyer.output.console import notice
    from kariyer.store.catalog import Catalog

    set_colors(no_color)
    catalog = Catalog(user_dir=data_dir_path(data_dir) if with_user_dir else None)
    catalog.progress = _progress
    if catalog.user_dir is not None and _named_data_dir(data_dir):
        from kariyer.store.files import has_profile_files

        if not has_profile_files(catalog.user_dir):  # an empty (or mistyped) directory
            catalog.notices.append(
                f"Not: veri dizininde profil dosyası (*.json) yok: {catalog.user_dir}; "
                "yalnızca paketle gelen meslekler kullanılıyor."
            )
    asked = None
    try:
        yield catalog
    except NotFoundError as missing:  # a bad file of that name is why: name it, always
        asked = missing.name
        raise
    finally:
        for message in catalog.notices:
            notice(message)
        for message in skipped_notices(catalog.problems, asked):
            notice(message)


def _named_data_dir(data_dir: str | None) -> bool:
    """Whether the user named a data directory (--data-dir, KARIYER_DATA_DIR)."""
    from kariyer.store.paths import DATA_DIR_ENV

    return data_dir is not None or bool(os.environ.get(DATA_DIR_ENV, "").strip())


SKIPPED_ONE_BY_ONE = 5  # more bad files than this: one summary line, not one line each
SKIPPED_NAMED = 3  # the summary names this many of them


def skipped_notices(problems: Sequence[ProfileError], asked: str | None = None) -> list[str]:
    """One line per skipped file, or, for a directory full of them, one line in all that
    says how many and where `kariyer check` gives the details (and, by itself, the file
    of the name that was ``asked`` for and not found)."""
    if len(problems) <= SKIPPED_ONE_BY_ONE:
        return [f"Uyarı: atlandı — {problem.message}" for problem in problems]
    import shlex

    from kariyer.fmt import number
    from kariyer.text import MAX_TYPED, slugify

    wanted = {asked.strip(), slugify(asked[:MAX_TYPED])} if asked else set()
    named_alone = [
        f"Uyarı: atlandı — {problem.message}"
        for problem in problems
        if Path(problem.path).stem in wanted
    ]

    folders = dict.fromkeys(str(Path(problem.path).parent) for problem in problems)
    where = " ".join(shlex.quote(folder) for folder in folders)
    named = ", ".join(Path(problem.path).name for problem in problems[:SKIPPED_NAMED])
    summary = (
        f"Uyarı: {number(len(problems))} dosya profil değil, atlandı; ayrıntı: kariyer check "
        f"{where} (ilkleri: {named} …)"
    )
    return [summary, *named_alone]
