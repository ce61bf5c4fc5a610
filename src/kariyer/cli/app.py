"""The Typer app: each command parses its options, calls the domain, hands the result to output.

A command body is a few lines: choose the output format (a usage error comes before any
work), open the catalog, compute, ``emit``. A command imports only what it uses (start-up).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kariyer import __version__
from kariyer.cli.cache import cache_app
from kariyer.cli.import_command import import_command
from kariyer.cli.options import (
    AdjustOption,
    DataDirOption,
    FormatOption,
    JsonOption,
    NoColorOption,
    OccupationArgument,
    WideOption,
    YearOption,
    choose_format,
    complete_skill,
    data_dir_path,
    occupation_argument,
    open_catalog,
    parse_rank_by,
    parse_year,
    set_colors,
    set_wide,
)
from kariyer.cli.pay_command import pay_command
from kariyer.cli.typer_tr import TurkishCommand, TurkishGroup
from kariyer.errors import EXIT_ERROR, NoResultError
from kariyer.output import registry
from kariyer.output.registry import DEFAULT

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
app.add_typer(cache_app)  # kariyer cache info | clear


def _emit(kind: str, result: object, output_format: str) -> None:
    registry.emit(kind, result, output_format)  # looked up at call time: tests replace it


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
    set_colors(no_color)
    if debug:
        os.environ[DEBUG_ENV] = "1"


@app.command("list", cls=TurkishCommand)
def list_command(
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
    wide: WideOption = False,
) -> None:
    """Bütün meslekleri listeler: slug, ad, son maaş yılı ve ortalaması, istihdam görünümü."""
    from kariyer.domain.listing import list_rows

    chosen = choose_format("list", output_format, json_output)
    set_wide(wide)
    with open_catalog(data_dir, no_color) as catalog:
        origins = {slug: entry.origin for slug, entry in catalog.files().items()}
        _emit("list", list_rows(catalog.summaries(latest=True), origins), chosen)


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
    from kariyer.checks.assess import assess

    chosen = choose_format("show", output_format, json_output)
    with open_catalog(data_dir, no_color) as catalog:
        profile = catalog.get(occupation)
        _emit("show", assess(profile, catalog.reference(), catalog.skills()), chosen)


@app.command("compare", cls=TurkishCommand)
def compare_command(
    first: Annotated[str, occupation_argument("MESLEK_A", "Birinci meslek (slug ya da ad).")],
    second: Annotated[str, occupation_argument("MESLEK_B", "İkinci meslek (slug ya da ad).")],
    adjust: AdjustOption = False,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """İki mesleği yan yana karşılaştırır: maaş, ortak ve farklı beceriler, görevler, şartlar.

    Maaş yılları farklıysa fark hesaplanmaz; --adjust ile iki mesleğin rakamları TÜFE yıllık
    ortalamasıyla endeksi olan en son yılın fiyatlarına getirilir (show ve salary --adjust
    gibi) ve tahmini fark ayrıca gösterilir. Her rakamın bugünün fiyatlarıyla tutarı ve brüt/net
    okuması --adjust olmadan da gösterilir.

    Örnek: kariyer compare musteri-hesap-temsilcisi musteri-hizmetleri-analisti
    """
    from kariyer.domain.compare import compare
    from kariyer.domain.worth import WorthOf

    chosen = choose_format("compare", output_format, json_output)
    with open_catalog(data_dir, no_color) as catalog:
        ref = catalog.reference()
        worth = WorthOf(ref.prices, ref.payroll, ref.minimum_wage)
        profiles = catalog.get(first), catalog.get(second)
        result = compare(*profiles, catalog.skills(), ref.prices if adjust else None, worth)
        _emit("compare", result, chosen)


@app.command("salary", cls=TurkishCommand)
def salary_command(
    year: YearOption = None,
    adjust: AdjustOption = False,
    rank_by: Annotated[
        str,
        typer.Option(
            "--rank-by",
            metavar="tutar|oran",
            help="Sıralama ölçüsü: tutar (her yıl kendi tablosunda) ya da oran (o yılın net "
            "asgari ücretinin katı, hesaplanan; yıllar arasında tek sıralama).",
        ),
    ] = "tutar",
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
    wide: WideOption = False,
) -> None:
    """Mesleklerin maaşlarını yıl yıl sıralar; farklı yılların tutarları birbiriyle sıralanmaz.

    --year verilmezse her meslek en son yılıyla, o yılın tablosunda gösterilir (yeni yıl
    önce). --year ile yalnızca o yıl; o yıla ait verisi olmayan meslekler tablonun altında
    mevcut yıllarıyla listelenir.

    --adjust ile rakamlar TÜFE yıllık ortalamasıyla tek bir yılın fiyatlarına getirilir
    (--year, yoksa TÜFE endeksi olan en son yıl, show'daki fiyat tablosu gibi);
    bunlar "tahmini" olarak, özgün rakam ve yılıyla birlikte gösterilir. --rank-by oran,
    bütün meslekleri o yılın net asgari ücretinin katına göre tek tabloda sıralar.

    Örnekler: kariyer salary --year 2024 --adjust · kariyer salary --rank-by oran
    """
    from kariyer.domain.salary import salary_report
    from kariyer.domain.worth import WorthOf

    chosen = choose_format("salary", output_format, json_output)
    wanted = parse_year(year)
    measure = parse_rank_by(rank_by)
    set_wide(wide)
    with open_catalog(data_dir, no_color) as catalog:
        ref = catalog.reference()
        prices = ref.prices if adjust else None
        summaries = catalog.summaries(year=None if adjust else wanted)  # --adjust: all years
        worth = WorthOf(ref.prices, ref.payroll, ref.minimum_wage)
        report = salary_report(summaries, wanted, ref.minimum_wage, prices, measure, worth)
        del summaries  # 20.000 profiles need not outlive their report (max RSS)
        _emit("salary", report, chosen)


app.command("pay", cls=TurkishCommand)(pay_command)


@app.command("search", cls=TurkishCommand)
def search_command(
    words: Annotated[
        list[str],
        typer.Argument(metavar="ARAMA", help="Aranacak kelimeler (tırnak gerekmez)."),
    ],
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Meslekleri makalelerin her bölümünde arar; Türkçe karakter ve yazım hatası hoş görülür.

    Ad, beceriler (makaledeki adı, kanonik adı, eş anlamlıları ve kimliği), görevler, özet,
    şartlar, çalışma şartları, görünüm, eğilimler, nasıl olunur, kariyer yolu ve maaş
    metinleri aranır; her sonuç, bulunduğu bölümü ve eşleşen kelimenin çevresinden kısa bir
    alıntıyı gösterir (terminalde eşleşen kelimeler vurgulanır).

    Örnekler: kariyer search "müşteri hizmetleri" · kariyer search lise · kariyer search
    "eleştirel düşünme"
    """
    from kariyer.domain.search import search_postings

    chosen = choose_format("search", output_format, json_output)
    with open_catalog(data_dir, no_color) as catalog:
        try:
            result = search_postings(" ".join(words), catalog.index())
        except NoResultError as nothing:  # scripts still read a document: no hits (exit 1)
            if chosen != DEFAULT:
                _emit("search", nothing.empty, chosen)
            raise
        _emit("search", result, chosen)


@app.command("skills", cls=TurkishCommand)
def skills_command(
    skill_words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="BECERİ",
            help="Bir beceri (ör. problem cozme); verilmezse bütün beceriler listelenir.",
            show_default=False,
            autocompletion=complete_skill,
        ),
    ] = None,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Beceriler ve onları isteyen meslekler; bir beceri verilirse makalelerdeki açıklamalarıyla.

    Örnekler: kariyer skills · kariyer skills "problem cozme"
    """
    from kariyer.domain.skills import skill_detail, skill_index

    kind = "skill" if skill_words else "skills"
    chosen = choose_format(kind, output_format, json_output)
    with open_catalog(data_dir, no_color) as catalog:
        profiles, table = catalog.summaries(with_skills=True), catalog.skills()
        if skill_words:
            detail = skill_detail(" ".join(skill_words), profiles, table, catalog.notices)
            _emit(kind, detail, chosen)
        else:
            _emit(kind, skill_index(profiles, table), chosen)


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
            autocompletion=complete_skill,
        ),
    ],
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    data_dir: DataDirOption = None,
    no_color: NoColorOption = False,
    wide: WideOption = False,
) -> None:
    """Becerilerinize göre meslekleri sıralar: neye sahipsiniz, neyi öğrenmeniz gerekir.

    Tablomuzda olmayan beceriler atlanmaz, "bilinmeyen" olarak listelenir.

    Örnek: kariyer match --skills "iletişim, aktif dinleme, excel"
    """
    from kariyer.domain.skills import match_skills

    chosen = choose_format("match", output_format, json_output)
    set_wide(wide)
    with open_catalog(data_dir, no_color) as catalog:
        try:
            report = match_skills(skills, catalog.summaries(with_skills=True), catalog.skills())
        except NoResultError as nothing:  # no skill known: scripts still read a document
            if chosen != DEFAULT:
                _emit("match", nothing.empty, chosen)
            raise
        _emit("match", report, chosen)


@app.command("schema", cls=TurkishCommand)
def schema_command() -> None:
    """Bir profil dosyasının JSON Şeması'nı yazar (kendi profillerinizi yazmak için).

    Örnek: kariyer schema > profil.schema.json
    """
    from kariyer.output.console import write_json_text
    from kariyer.schema.validate import profile_json_schema

    write_json_text(profile_json_schema())


app.command("import", cls=TurkishCommand)(import_command)


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
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Yalnızca hatalar ve özet (uyarılar özette sayılır)."),
    ] = False,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
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
    from kariyer.checks.files import check_files, files_to_check
    from kariyer.output.progress import progress

    chosen = choose_format("check", output_format, json_output)
    # Paths given: check exactly those, whatever --data-dir or KARIYER_DATA_DIR say.
    with open_catalog(data_dir, no_color, with_user_dir=not paths) as catalog:
        given = [Path(path) for path in paths or []]
        files = files_to_check(given, None if paths else data_dir_path(data_dir))
        tables = catalog.reference(), catalog.skills()  # loaded before the display starts
        with progress(len(files), label="Denetleniyor", enabled=chosen != "json") as advance:
            report = check_files(files, *tables, strict=strict, done=advance)
    report.quiet = quiet
    _emit("check", report, chosen)
    if report.failed():
        raise typer.Exit(EXIT_ERROR)
