"""Typer app: parse arguments, call the domain, hand the result to rendering."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, cast

import typer

from kariyer import __version__
from kariyer._typer_tr import TurkishCommand, TurkishGroup
from kariyer.errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    KariyerError,
    UsageError,
)

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
    add_completion=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Sonucu betikler için JSON olarak yazar (anahtarlar İngilizce)."),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="BİÇİM",
        help="Çıktı biçimi: text (varsayılan), json, markdown ya da csv.",
        show_default=False,
    ),
]
# Paths are taken as plain text: Typer's own Path checks answer in English and before
# kariyer can name the path and the reason.
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
AdjustOption = Annotated[
    bool,
    typer.Option(
        "--adjust",
        help="Başka yılların rakamlarını TÜFE yıllık ortalamasıyla bu yılın fiyatlarına "
        "getirir (tahmini; özgün rakam yanında gösterilir).",
    ),
]
YearOption = Annotated[
    str | None,
    typer.Option("--year", "-y", metavar="YIL", help="Maaş yılı (ör. 2024).", show_default=False),
]
FORMATS = ("text", "json", "markdown", "csv")


def _complete_occupation(incomplete: str) -> list[str]:
    """Shell completion for occupation slugs; never fails, whatever the environment."""
    try:
        from kariyer.catalog import Catalog, user_data_dir
        from kariyer.text import fold

        wanted = fold(incomplete).replace(" ", "-")
        return [slug for slug in Catalog(user_data_dir(None)).slugs() if slug.startswith(wanted)]
    except Exception:
        return []


def _occupation_argument(metavar: str, help_text: str) -> typer.models.ArgumentInfo:
    info = typer.Argument(metavar=metavar, help=help_text, autocompletion=_complete_occupation)
    return cast("typer.models.ArgumentInfo", info)


OCCUPATION_HELP = "Meslek: slug ya da adı (büyük/küçük harf ve Türkçe karakter fark etmez)."
OccupationArgument = Annotated[str, _occupation_argument("MESLEK", OCCUPATION_HELP)]


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
    no_color: NoColorOption = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Beklenmeyen hatalarda Python ayrıntısını gösterir."),
    ] = False,
) -> None:
    """Türkiye'deki meslekleri terminalde keşfedin."""
    _colors(no_color)
    if debug:
        os.environ[DEBUG_ENV] = "1"


def _colors(no_color: bool) -> None:
    if no_color:
        from kariyer import render

        render.set_no_color(True)


def _output(json_output: bool, output_format: str | None, allowed: tuple[str, ...]) -> str:
    """The one output format asked for: --json is short for --format json."""
    chosen = (output_format or "text").strip().lower()
    if chosen not in allowed:
        raise UsageError(
            f"Bilinmeyen biçim: '{(output_format or '')[:20]}'. Geçerli biçimler: "
            + ", ".join(allowed)
            + ".",
        )
    if json_output and chosen not in ("text", "json"):
        raise UsageError("--json ile --format birlikte kullanılamaz; birini seçin.")
    return "json" if json_output else chosen


@contextmanager
def _catalog(
    data_dir: str | None, no_color: bool = False, *, with_user_dir: bool = True
) -> Iterator[Catalog]:
    """Open the catalog; afterwards report bad user files and overrides on stderr."""
    from kariyer import render
    from kariyer.catalog import Catalog, user_data_dir

    _colors(no_color)
    option = Path(data_dir) if data_dir is not None else None
    catalog = Catalog(user_dir=user_data_dir(option) if with_user_dir else None)
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
def list_command(
    json_output: JsonOption = False, data_dir: DataDirOption = None, no_color: NoColorOption = False
) -> None:
    """Bütün meslekleri listeler: slug, ad, son maaş yılı ve ortalaması, istihdam görünümü."""
    from kariyer import render
    from kariyer.overview import overview

    with _catalog(data_dir, no_color) as catalog:
        origins = {slug: entry.origin for slug, entry in catalog.files().items()}
        rows = overview(catalog.summaries(), origins)
        render.emit_json_list(rows) if json_output else render.show_list(rows)


@app.command("show", cls=TurkishCommand)
def show_command(
    occupation: OccupationArgument,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Bir mesleğin tam profili: görevler, maaş (yıl ve kaynakla), beceriler, şartlar, gelecek.

    Maaşların yanında hesaplanan değerler (saatlik ücret, net asgari ücrete oran) "hesaplanan"
    etiketiyle ve yöntemiyle gösterilir; makaledeki rakamlar değiştirilmez.

    Örnekler: kariyer show musteri-hesap-temsilcisi · kariyer show "Müşteri Hizmetleri Analisti"
    """
    from kariyer import render
    from kariyer.figures import profile_facts

    chosen = _output(json_output, output_format, FORMATS)
    with _catalog(data_dir, no_color) as catalog:
        profile = catalog.get(occupation)
        ref = catalog.reference()
        facts = profile_facts(profile, ref.hours, ref.minimum_wage, catalog.skills())
        render.profile(profile, facts, chosen)


@app.command("compare", cls=TurkishCommand)
def compare_command(
    first: Annotated[str, _occupation_argument("MESLEK_A", "Birinci meslek (slug ya da ad).")],
    second: Annotated[str, _occupation_argument("MESLEK_B", "İkinci meslek (slug ya da ad).")],
    adjust: AdjustOption = False,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """İki mesleği yan yana karşılaştırır: maaş, ortak ve farklı beceriler, görevler, şartlar.

    Maaş yılları farklıysa fark hesaplanmaz; --adjust ile eski yılın rakamı TÜFE yıllık
    ortalamasıyla yeni yılın fiyatlarına getirilir ve tahmini fark ayrıca gösterilir.

    Örnek: kariyer compare musteri-hesap-temsilcisi musteri-hizmetleri-analisti
    """
    from kariyer import render
    from kariyer.compare import compare

    chosen = _output(json_output, output_format, FORMATS)
    with _catalog(data_dir, no_color) as catalog:
        prices = catalog.reference().prices if adjust else None
        result = compare(catalog.get(first), catalog.get(second), catalog.skills(), prices)
        render.comparison(result, chosen)


@app.command("salary", cls=TurkishCommand)
def salary_command(
    year: YearOption = None,
    adjust: AdjustOption = False,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Mesleklerin maaşlarını sıralar; --year verilmezse her mesleğin son yılı kullanılır.

    Bir yılın rakamı başka bir yılınki gibi gösterilmez: o yıla ait verisi olmayan meslekler
    tablonun altında mevcut yıllarıyla listelenir.

    --adjust ile diğer yılların rakamları TÜFE yıllık ortalamasıyla o yılın fiyatlarına
    getirilir; bunlar "tahmini" olarak, özgün rakam ve yılıyla birlikte ayrıca gösterilir.

    Örnek: kariyer salary --year 2024 --adjust
    """
    from kariyer import render
    from kariyer.salary import salary_report

    chosen = _output(json_output, output_format, FORMATS)
    wanted = parse_year(year)
    if adjust and wanted is None:
        raise UsageError(
            "--adjust bir hedef yıl ister.", hint="Örnek: kariyer salary --year 2024 --adjust"
        )
    with _catalog(data_dir, no_color) as catalog:
        ref = catalog.reference()
        prices = ref.prices if adjust else None
        report = salary_report(catalog.summaries(), wanted, ref.minimum_wage, prices)
        render.salary(report, chosen)


@app.command("search", cls=TurkishCommand)
def search_command(
    words: Annotated[
        list[str],
        typer.Argument(metavar="ARAMA", help="Aranacak kelimeler (tırnak gerekmez)."),
    ],
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Meslekleri ad, beceri, görev ve özette arar; Türkçe karakter ve yazım hatası hoş görülür.

    Örnekler: kariyer search "müşteri hizmetleri" · kariyer search analist · kariyer search veri
    """
    from kariyer import render
    from kariyer.search import search_postings

    with _catalog(data_dir, no_color) as catalog:
        result = search_postings(" ".join(words), catalog.index())
        render.emit_json(result) if json_output else render.show_search(result)


@app.command("skills", cls=TurkishCommand)
def skills_command(
    skill_words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="BECERİ",
            help="Bir beceri (ör. problem cozme); verilmezse bütün beceriler listelenir.",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Beceriler ve onları isteyen meslekler; bir beceri verilirse makalelerdeki açıklamalarıyla.

    Örnekler: kariyer skills · kariyer skills "problem cozme"
    """
    from kariyer import render
    from kariyer.skills import skill_detail, skill_index

    with _catalog(data_dir, no_color) as catalog:
        profiles, table = catalog.summaries(with_skills=True), catalog.skills()
        if not skill_words:
            index = skill_index(profiles, table)
            render.emit_json_list(index) if json_output else render.show_skill_index(index)
        else:
            detail = skill_detail(" ".join(skill_words), profiles, table)
            render.emit_json(detail) if json_output else render.show_skill_detail(detail)


@app.command("match", cls=TurkishCommand)
def match_command(
    skills: Annotated[
        str,
        typer.Option(
            "--skills",
            "-s",
            metavar="BECERİLER",
            help="Sahip olduğunuz beceriler, virgülle ayrılmış.",
            show_default=False,
        ),
    ],
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Becerilerinize göre meslekleri sıralar: neye sahipsiniz, neyi öğrenmeniz gerekir.

    Tablomuzda olmayan beceriler atlanmaz, "bilinmeyen" olarak listelenir.

    Örnek: kariyer match --skills "iletişim, aktif dinleme, excel"
    """
    from kariyer import render
    from kariyer.skills import match_skills

    with _catalog(data_dir, no_color) as catalog:
        report = match_skills(skills, catalog.summaries(with_skills=True), catalog.skills())
        render.emit_json(report) if json_output else render.show_match(report)


@app.command("schema", cls=TurkishCommand)
def schema_command() -> None:
    """Bir profil dosyasının JSON Şeması'nı yazar (kendi profillerinizi yazmak için).

    Örnek: kariyer schema > profil.schema.json
    """
    from kariyer import render
    from kariyer.models import profile_json_schema

    render.write_json_text(profile_json_schema())


@app.command("import", cls=TurkishCommand)
def import_command(
    article: Annotated[
        str, typer.Argument(metavar="MAKALE", help="Makalenin kaydedilmiş metin dosyası (.txt).")
    ],
    slug: Annotated[
        str | None,
        typer.Option(
            "--slug",
            metavar="SLUG",
            help="Slug (verilmezse başlıktan türetilir).",
            show_default=False,
        ),
    ] = None,
    source_url: Annotated[
        str | None,
        typer.Option("--source-url", metavar="URL", help="Makalenin adresi.", show_default=False),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="DOSYA", help="Profili bu dosyaya yazar.", show_default=False
        ),
    ] = None,
    into_data_dir: Annotated[
        bool,
        typer.Option(
            "--into-data-dir",
            help="Profili kullanıcı veri dizinine <slug>.json olarak yazar (KARIYER_DATA_DIR "
            "ya da varsayılan dizin).",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Var olan bir dosyanın üzerine yazar.")
    ] = False,
    json_output: JsonOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Kaydedilmiş bir kariyer makalesini denetlenmiş bir profile (JSON) dönüştürür.

    Hiçbir şey uydurulmaz: bulunamayan bölüm boş kalır ve uyarı olarak bildirilir;
    okunamayan bir maaş satırı satır numarasıyla bildirilir. Varsayılan çıktı stdout'tur.
    Uyarılar varsa çıkış kodu 0, başlık bile bulunamazsa 1'dir.

    Örnek: kariyer import makale.txt --into-data-dir
    """
    from kariyer import render
    from kariyer.catalog import read_article
    from kariyer.figures import profile_facts
    from kariyer.importer import import_article

    if output is not None and into_data_dir:
        raise UsageError("-o/--output ile --into-data-dir birlikte kullanılamaz; birini seçin.")
    with _catalog(None, no_color, with_user_dir=False) as catalog:
        ref, table = catalog.reference(), catalog.skills()
        result = import_article(
            read_article(Path(article)),
            slug=slug,
            source_url=source_url,
            source_file=Path(article).name,
            skills=table,
            check=lambda p: profile_facts(p, ref.hours, ref.minimum_wage, table).findings,
        )
        target = (
            _import_target(result.profile.slug, output, into_data_dir) if result.profile else None
        )
        if result.profile is not None and target is not None:
            from kariyer.storage import write_atomic

            write_atomic(target, result.profile_json(), force=force)
    render.import_result(result, target, json_output)
    if result.profile is None:
        raise typer.Exit(EXIT_ERROR)


def _import_target(slug: str, output: str | None, into_data_dir: bool) -> Path | None:
    from kariyer.catalog import DATA_DIR_ENV, default_user_data_dir

    if output is not None:
        return Path(output)
    if not into_data_dir:
        return None
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    directory = Path(from_env) if from_env else default_user_data_dir()
    if directory is None:
        raise KariyerError(
            "Kullanıcı veri dizini belirlenemedi.",
            hint=f"{DATA_DIR_ENV} ortam değişkeniyle bir dizin verin ya da -o DOSYA kullanın.",
        )
    return directory / f"{slug}.json"


@app.command("check", cls=TurkishCommand)
def check_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="YOL",
            help="Denetlenecek profil dosyaları ya da dizinler (varsayılan: paketle gelenler "
            "ve kullanıcı dizini).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Uyarılar da başarısızlık sayılır (çıkış kodu 1).")
    ] = False,
    json_output: JsonOption = False,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Profil dosyalarını şemaya göre denetler ve veri kalitesi uyarılarını listeler.

    Hatalar (şemaya uymayan alanlar, okunamayan dosyalar) çıkış kodu 1 verir. Uyarılar
    (saatlik/aylık uyuşmazlığı, asgari ücretin altında ortalama, üst düzeyin ortalamadan düşük
    olması, referans verisi olmayan yıl, kanonik kimliği olmayan beceri, yinelenen slug)
    yalnızca --strict ile başarısızlık sayılır.

    Örnek: kariyer check ~/meslekler/yeni-meslek.json
    """
    from kariyer import render
    from kariyer.catalog import bundled_data_dir, user_data_dir
    from kariyer.checks import check_files, expand_paths

    # Paths given: check exactly those, whatever --data-dir or KARIYER_DATA_DIR say.
    with _catalog(data_dir, no_color, with_user_dir=not paths) as catalog:
        if paths:
            files = expand_paths([Path(path) for path in paths])
        else:
            files = expand_paths([bundled_data_dir() / "occupations"])
            user_dir = user_data_dir(Path(data_dir) if data_dir is not None else None)
            if user_dir is not None:
                files += expand_paths([user_dir])
        report = check_files(files, catalog.reference(), catalog.skills())
    render.emit_json(report) if json_output else render.show_check(report, strict)
    if report.failed(strict):
        raise typer.Exit(EXIT_ERROR)


# -- entry point -------------------------------------------------------------
def _usage_message(exc: Exception, argv: list[str]) -> tuple[str, str | None]:
    """Turkish one-liner for Typer's (English) usage errors."""
    kind = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kariyer"
    if command == "kariyer":  # the error came before the subcommand's context existed
        names = {info.name for info in app.registered_commands}
        named = next((word for word in argv if word in names), None)
        command = f"kariyer {named}" if named else command
    hint = f"Yardım için: {command} --help"
    if kind == "NoSuchOption":
        return f"Bilinmeyen seçenek: {getattr(exc, 'option_name', '')}", hint
    if kind == "MissingParameter":
        param = getattr(exc, "param", None)
        name = (getattr(param, "metavar", None) or getattr(param, "name", "") or "").strip()
        return f"Eksik argüman: {name}", hint
    if kind == "BadOptionUsage":
        return (
            f"Seçenek eksik kullanıldı: {getattr(exc, 'option_name', '')} bir değer bekliyor",
            hint,
        )
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
        from kariyer.render import sanitize_columns

        sanitize_columns()
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
    except OSError as exc:  # writing the output failed (disk full, closed stream …)
        from kariyer.catalog import os_reason

        _fail(f"Çıktı yazılamadı ({os_reason(exc)}).", None, EXIT_ERROR)
    except typer.Abort:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            raise SystemExit(EXIT_OK) from None  # Typer has printed the help already
        message, hint = _usage_message(exc, list(sys.argv[1:] if argv is None else argv))
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
