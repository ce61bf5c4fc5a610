"""Typer app: parse arguments, call the domain, hand the result to rendering."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from kariyer import __version__
from kariyer._typer_tr import TurkishCommand, TurkishGroup
from kariyer.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, KariyerError, UsageError

if TYPE_CHECKING:
    from kariyer.catalog import Catalog

MIN_YEAR, MAX_YEAR = 1990, 2100
DEBUG_ENV = "KARIYER_DEBUG"

app = typer.Typer(
    name="kariyer",
    cls=TurkishGroup,
    help=(
        "Türkiye'deki meslekleri terminalde keşfedin: görevler, maaşlar (yıl ve kaynakla), "
        "beceriler, şartlar ve karşılaştırma.\n\n"
        "Örnek: kariyer show musteri-hesap-temsilcisi"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

JsonOption = Annotated[
    bool, typer.Option("--json", help="Sonucu betikler için JSON olarak yazar (anahtarlar İngilizce).")
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        metavar="DİZİN",
        help="Paketle gelenlere ek olarak bu dizindeki profilleri de yükler "
        "(KARIYER_DATA_DIR ortam değişkeniyle de verilebilir).",
        show_default=False,
    ),
]
YearOption = Annotated[
    str | None,
    typer.Option("--year", "-y", metavar="YIL", help="Maaş yılı (ör. 2024).", show_default=False),
]


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"kariyer {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version_callback,
            is_eager=True,
            help="Sürümü gösterir ve çıkar.",
        ),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Renkleri kapatır (NO_COLOR da geçerlidir).")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Beklenmeyen hatalarda Python ayrıntısını gösterir."),
    ] = False,
) -> None:
    """Türkiye'deki meslekleri terminalde keşfedin."""
    if no_color:
        from kariyer import render

        render.set_no_color(True)
    if debug:
        os.environ[DEBUG_ENV] = "1"


@contextmanager
def _catalog(data_dir: Path | None) -> Iterator[Catalog]:
    """Open the catalog; afterwards report bad user files and overrides on stderr."""
    from kariyer import render
    from kariyer.catalog import Catalog, user_data_dir

    catalog = Catalog(user_dir=user_data_dir(data_dir))
    try:
        yield catalog
    finally:
        for message in catalog.notices:
            render.notice(message)
        for problem in catalog.problems:
            render.notice(f"Uyarı: atlandı — {problem.message}")


def parse_year(text: str | None) -> int | None:
    if text is None:
        return None
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise UsageError(
            f"Geçersiz yıl: '{text[:20]}'. Yıl {MIN_YEAR} ile {MAX_YEAR} arasında bir sayı olmalı.",
            hint="Örnek: kariyer salary --year 2024",
        )
    return int(value)


@app.command("list", cls=TurkishCommand)
def list_command(json_output: JsonOption = False, data_dir: DataDirOption = None) -> None:
    """Bütün meslekleri listeler: slug, ad, son maaş yılı ve ortalaması, istihdam görünümü."""
    from kariyer import render
    from kariyer.overview import overview

    with _catalog(data_dir) as catalog:
        origins = {slug: entry.origin for slug, entry in catalog.files().items()}
        rows = overview(catalog.profiles(), origins)
        render.emit_json_list(rows) if json_output else render.show_list(rows)


@app.command("show", cls=TurkishCommand)
def show_command(
    occupation: Annotated[str, typer.Argument(metavar="MESLEK", help="Mesleğin slug'ı.")],
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
) -> None:
    """Bir mesleğin tam profili: görevler, maaş (yıl ve kaynakla), beceriler, şartlar, gelecek.

    Örnek: kariyer show musteri-hesap-temsilcisi
    """
    from kariyer import render

    with _catalog(data_dir) as catalog:
        profile = catalog.get(occupation)
        render.emit_json(profile) if json_output else render.show_profile(profile)


@app.command("compare", cls=TurkishCommand)
def compare_command(
    first: Annotated[str, typer.Argument(metavar="MESLEK_A", help="Birinci meslek.")],
    second: Annotated[str, typer.Argument(metavar="MESLEK_B", help="İkinci meslek.")],
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
) -> None:
    """İki mesleği yan yana karşılaştırır: maaş, ortak ve farklı beceriler, görevler, şartlar.

    Örnek: kariyer compare musteri-hesap-temsilcisi musteri-hizmetleri-analisti
    """
    from kariyer import render
    from kariyer.compare import compare

    with _catalog(data_dir) as catalog:
        result = compare(catalog.get(first), catalog.get(second), catalog.skills())
        render.emit_json(result) if json_output else render.show_comparison(result)


@app.command("salary", cls=TurkishCommand)
def salary_command(
    year: YearOption = None, json_output: JsonOption = False, data_dir: DataDirOption = None
) -> None:
    """Mesleklerin maaşlarını sıralar; --year verilmezse her mesleğin son yılı kullanılır.

    Bir yılın rakamı başka bir yılınki gibi gösterilmez: o yıla ait verisi olmayan meslekler
    tablonun altında mevcut yıllarıyla listelenir.

    Örnek: kariyer salary --year 2024
    """
    from kariyer import render
    from kariyer.salary import salary_report

    wanted = parse_year(year)
    with _catalog(data_dir) as catalog:
        report = salary_report(catalog.profiles(), wanted)
        render.emit_json(report) if json_output else render.show_salary(report)


# -- entry point -------------------------------------------------------------
def _usage_message(exc: Exception) -> tuple[str, str | None]:
    """Turkish one-liner for Typer's (English) usage errors."""
    kind = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kariyer"
    hint = f"Yardım için: {command} --help"
    if kind == "NoSuchOption":
        return f"Bilinmeyen seçenek: {getattr(exc, 'option_name', '')}", hint
    if kind == "MissingParameter":
        param = getattr(exc, "param", None)
        name = (getattr(param, "metavar", None) or getattr(param, "name", "") or "").strip()
        return f"Eksik argüman: {name}", hint
    if kind == "BadOptionUsage":
        return f"Seçenek eksik kullanıldı: {getattr(exc, 'option_name', '')} bir değer bekliyor", hint
    if kind == "BadParameter":
        param = getattr(exc, "param", None)
        name = getattr(exc, "param_hint", None) or getattr(param, "name", "")
        return f"Geçersiz değer: {name}", hint
    message = str(getattr(exc, "message", exc))
    if message.startswith("No such command"):
        word = message.split("'")[1] if "'" in message else message
        return f"Bilinmeyen komut: '{word}'", "Komutlar için: kariyer --help"
    if message.startswith("Got unexpected extra argument"):
        groups = re.findall(r"\(([^()]*)\)", message)
        return f"Fazla argüman: {groups[-1] if groups else message}", hint
    return f"Kullanım hatası: {message}", hint


def _fail(message: str, hint: str | None, code: int) -> NoReturn:
    from kariyer import render

    render.error(message, hint)
    raise SystemExit(code)


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (e.g. `| head`): stop without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(EXIT_ERROR)


def main(argv: list[str] | None = None) -> NoReturn:
    """Console entry point: one place maps every failure to a message and an exit code."""
    try:
        result = app(args=argv, prog_name="kariyer", standalone_mode=False)
        sys.stdout.flush()
        raise SystemExit(result if isinstance(result, int) else EXIT_OK)
    except SystemExit:
        raise
    except KariyerError as exc:
        _fail(exc.message, exc.hint, exc.exit_code)
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except typer.Abort:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise SystemExit(EXIT_OK) from None  # Typer has printed the help already
        message, hint = _usage_message(exc)
        code = getattr(exc, "exit_code", EXIT_USAGE)
        _fail(message, hint, code if isinstance(code, int) else EXIT_USAGE)
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        _fail(
            f"Beklenmeyen bir hata oluştu ({type(exc).__name__}: {exc}).",
            f"Ayrıntı için {DEBUG_ENV}=1 ile yeniden çalıştırın ve hatayı bildirin.",
            EXIT_ERROR,
        )
