"""`kariyer cache info` and `kariyer cache clear`: the caches kariyer keeps, and removing them."""

from __future__ import annotations

import typer

from kariyer.cli.options import FormatOption, JsonOption, NoColorOption, choose_format, set_colors
from kariyer.cli.typer_tr import TurkishCommand, TurkishGroup
from kariyer.errors import EXIT_ERROR

cache_app = typer.Typer(
    name="cache",
    cls=TurkishGroup,
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


@cache_app.callback(invoke_without_command=True)
def cache_group(
    ctx: typer.Context,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    no_color: NoColorOption = False,
) -> None:
    """kariyer'in önbellekleri: profil dizini, denetlenmiş dosyalar kaydı, web sayfaları.
    Hepsi yeniden oluşturulabilir.

    Alt komutsuz seçenekler `cache info` içindir (`kariyer cache --json`); bir alt komuttan
    önce verilenler o alt komutundur.

    Örnek: kariyer cache info
    """
    if ctx.invoked_subcommand is None:  # `kariyer cache --json`: what the README shows
        info_command(ctx, json_output, output_format, no_color)
    else:  # `kariyer cache --json clear`: the subcommand's
        ctx.obj = {"json": json_output, "format": output_format, "no_color": no_color}


def _shared(
    ctx: typer.Context, json_output: bool, output_format: str | None, no_color: bool
) -> tuple[bool, str | None, bool]:
    """The subcommand's --json, --format and --no-color, or those given before it."""
    given = ctx.obj if isinstance(ctx.obj, dict) else {}
    return (
        json_output or bool(given.get("json")),
        output_format if output_format is not None else given.get("format"),
        no_color or bool(given.get("no_color")),
    )


@cache_app.command("info", cls=TurkishCommand)
def info_command(
    ctx: typer.Context,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Önbellekleri boyutlarıyla listeler; profil dizinleri için hangi veri dizinlerine
    hizmet ettiklerini ve en son ne zaman kullanıldıklarını da.

    Önbellek dizini: KARIYER_CACHE_DIR, yoksa sistemin kullanıcı önbellek dizini.

    Örnek: kariyer cache info
    """
    from kariyer.output import registry
    from kariyer.store.cachefiles import cache_report
    from kariyer.store.paths import cache_dir

    json_output, output_format, no_color = _shared(ctx, json_output, output_format, no_color)
    chosen = choose_format("cache", output_format, json_output)
    set_colors(no_color)
    registry.emit("cache", cache_report(cache_dir()), chosen)


@cache_app.command("clear", cls=TurkishCommand)
def clear_command(
    ctx: typer.Context,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Önbellekleri siler ve ne kadar yer açıldığını söyler; onay sormaz (yalnızca önbellek:
    sonraki komut gerekeni yeniden oluşturur).

    Önbellek dizinindeki kariyer'e ait olmayan dosyalara ve bağlantılara dokunulmaz.
    Bir dosya silinemezse çıkış kodu 1'dir.

    Örnek: kariyer cache clear
    """
    from kariyer.output import registry
    from kariyer.store.cachefiles import clear
    from kariyer.store.paths import cache_dir

    json_output, output_format, no_color = _shared(ctx, json_output, output_format, no_color)
    chosen = choose_format("cache-clear", output_format, json_output)
    set_colors(no_color)
    report = clear(cache_dir())
    registry.emit("cache-clear", report, chosen)
    if not report.ok():
        raise typer.Exit(EXIT_ERROR)
