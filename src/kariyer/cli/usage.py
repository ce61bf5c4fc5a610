"""Typer's (English) usage errors as one Turkish sentence and a hint (exit code 2)."""

from __future__ import annotations

import re
from collections.abc import Collection

from kariyer.errors import echo


def usage_message(exc: Exception, argv: list[str], commands: Collection[str]) -> tuple[str, str]:
    """(message, hint) for one of Typer's usage errors; ``commands`` are the command names."""
    kind = type(exc).__name__
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kariyer"
    if command == "kariyer":  # the error came before the subcommand's context existed
        named = next((word for word in argv if word in commands), None)
        command = f"kariyer {named}" if named else command
    hint = f"Yardım için: {command} --help"
    if kind == "NoSuchOption":
        option = str(getattr(exc, "option_name", ""))
        if re.fullmatch(r"-[0-9]", option):  # "kariyer pay -5000" (Click names "-5")
            typed = next((word for word in argv if word.startswith(option)), option)
            return f"Geçersiz tutar: '{echo(typed, 40)}': tutar negatif olamaz.", hint
        close = sorted(getattr(exc, "possibilities", None) or [])  # Click's near matches
        if close:
            hint = f"Bunu mu demek istediniz: {', '.join(close[:3])}? ({hint})"
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
        import difflib

        word = message.split("'")[1] if "'" in message else message
        group = getattr(ctx, "command", None)  # a subgroup (cache) has commands of its own
        names = list(group.list_commands(ctx)) if group and hasattr(group, "list_commands") else []
        if not names or (ctx is not None and ctx.parent is None):
            names = sorted(set(names) | set(commands))
        close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
        where = command if command != "kariyer" or not ctx else ctx.command_path
        if close:
            return f"Bilinmeyen komut: '{word}'", f"Bunu mu demek istediniz: {where} {close[0]}?"
        return f"Bilinmeyen komut: '{word}'", f"Komutlar için: {where} --help"
    if message.startswith("Got unexpected extra argument"):
        groups = re.findall(r"\(([^()]*)\)", message)
        return f"Fazla argüman: {groups[-1] if groups else message}", hint
    return f"Kullanım hatası: {message}", hint
