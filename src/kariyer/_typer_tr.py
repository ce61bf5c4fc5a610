"""Typer's help screens in Turkish: panel titles, usage prefix and the help option."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

HELP_OPTION_TEXT = "Bu yardımı gösterir ve çıkar."
COMPLETION_HELP = {
    "install_completion": "Bu kabuk için (bash, zsh, fish) komut tamamlamayı kurar.",
    "show_completion": "Bu kabuk için tamamlama betiğini gösterir (kopyalamak ya da uyarlamak "
    "için).",
}


def _turkish_panels() -> None:
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = "Argümanlar"
    rich_utils.OPTIONS_PANEL_TITLE = "Seçenekler"
    rich_utils.COMMANDS_PANEL_TITLE = "Komutlar"
    rich_utils.DEFAULT_STRING = "[varsayılan: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[zorunlu]"
    rich_utils.ENVVAR_STRING = "[ortam değişkeni: {}]"


class _TurkishHelpMixin:
    def format_help(self, ctx: Any, formatter: Any) -> None:
        _turkish_panels()
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if getattr(param, "is_flag", False):
                param.metavar = ""  # a flag takes no value: no "<bool>" column
            if getattr(param, "param_type_name", "") == "argument":
                # Typer 0.29 prints Python types ("<str>", "<list[str]>") for arguments;
                # the metavar and the help already say what to type.
                param.display_type_rich = lambda ctx: None
            if param.name in COMPLETION_HELP:
                param.help = COMPLETION_HELP[param.name]
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def get_usage(self, ctx: Any) -> str:
        usage: str = super().get_usage(ctx)  # type: ignore[misc]
        usage = usage.replace("Usage:", "Kullanım:", 1).replace("[OPTIONS]", "[SEÇENEKLER]")
        return usage.replace("COMMAND [ARGS]...", "KOMUT [ARGÜMANLAR]...")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class TurkishGroup(_TurkishHelpMixin, TyperGroup):
    pass


class TurkishCommand(_TurkishHelpMixin, TyperCommand):
    pass
