"""`kariyer import`: saved files or web pages into checked profiles (registered by cli.app).

The command body only parses and hands over: reading (`cli.importing`), many inputs
(`cli.batch`), saving and merging (`cli.saving`), the importer itself (`kariyer.importer`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kariyer.cli.options import (
    DelayOption,
    FromListOption,
    ImportFormatOption,
    JsonOption,
    NoColorOption,
    RefreshOption,
    choose_format,
    open_catalog,
)
from kariyer.output import registry


def import_command(
    articles: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="MAKALE",
            help="Makale dosyaları (.txt, .html), http(s) adresleri ya da - (stdin); çok olabilir.",
        ),
    ] = None,
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
        typer.Option(
            "--source-url",
            metavar="URL",
            help="Makalenin http(s) adresi; site verilmezse adresin alan adı kaynak sitesi olur.",
            show_default=False,
        ),
    ] = None,
    site: Annotated[
        str | None,
        typer.Option(
            "--site",
            metavar="SİTE",
            help="Makaleyi yayımlayan site (ör. eniyimeslekler.com). Ne --site ne --source-url "
            "verilirse site yazılmaz ve 'kaynak sitesi belirtilmemiş' gösterilir; tahmin edilmez.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="DOSYA|DİZİN/",
            help="Profili bu dosyaya yazar; bir dizine (var olan ya da / ile biten) <slug>.json "
            "olarak yazar (birden çok makalede her biri o dizine).",
            show_default=False,
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
        bool,
        typer.Option(
            "--force",
            help="Var olan profili yenisiyle değiştirir (birleştirmeden, eski yıllar silinir).",
        ),
    ] = False,
    delay: DelayOption = "1",
    refresh: RefreshOption = False,
    from_list: FromListOption = None,
    json_output: JsonOption = False,
    output_format: ImportFormatOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Kaydedilmiş ya da web'deki bir kariyer makalesini denetlenmiş bir profile (JSON) dönüştürür.

    Hiçbir şey uydurulmaz: bulunamayan bölüm boş kalır ve uyarı olarak bildirilir;
    okunamayan bir maaş satırı satır numarasıyla bildirilir. Varsayılan çıktı stdout'tur.
    Uyarılar varsa çıkış kodu 0, başlık bile bulunamazsa 1'dir.

    Hedefte aynı mesleğin profili varsa birleştirilir: metin yeni makaleden alınır, her
    yılın maaş rakamları kaynağı ve alındığı tarihle korunur; aynı yıl ve tür için farklı
    bir rakam çelişki olarak ikisiyle birlikte saklanır ve bildirilir.

    Örnek: kariyer import makale.txt --into-data-dir
    """
    from kariyer.cli.batch import import_many
    from kariyer.cli.importing import import_source, inputs_of, parse_delay, read_input
    from kariyer.cli.saving import save_profile
    from kariyer.importer.origin import checked_site, checked_url

    chosen = choose_format("import", output_format, json_output)
    checked_url(source_url), checked_site(site)  # usage errors before any work
    seconds = parse_delay(delay)
    article, many = inputs_of(
        articles, from_list, output=output, slug=slug, into=into_data_dir, source_url=source_url
    )
    if many is not None:  # several inputs (or --from): each into the data directory, a summary
        flags = (site, source_url, force, refresh)
        raise typer.Exit(import_many(many, chosen, no_color, seconds, *flags, output_dir=output))
    with open_catalog(None, no_color, with_user_dir=False) as catalog:
        ref, table = catalog.reference(), catalog.skills()
        source = read_input(article, source_url=source_url, delay=seconds, refresh=refresh)
        result = import_source(source, slug=slug, site=site, ref=ref, table=table)
        if result.profile is not None and (output is not None or into_data_dir):
            target = _import_target(result.profile.slug, output)
            save_profile(result, target, force=force, ref=ref, table=table)
    registry.emit("import", result, chosen)  # no profile: import_source raised why (exit 1)


def _import_target(slug: str, output: str | None) -> Path:
    """-o DOSYA (or DİZİN/<slug>.json), else <slug>.json in the user data directory."""
    from kariyer.cli.importing import output_target
    from kariyer.store.paths import import_data_dir

    return output_target(output, slug) if output is not None else import_data_dir() / f"{slug}.json"
