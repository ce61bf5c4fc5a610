"""Typer's (English) usage errors as one Turkish sentence and a hint (exit code 2)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Collection
from typing import TYPE_CHECKING

from kariyer.errors import echo

if TYPE_CHECKING:
    from kariyer.cli.typer_tr import Misplaced


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
    misplaced = getattr(exc, "kariyer_misplaced", None)  # see cli.typer_tr.misplaced
    if kind == "MissingParameter":
        param = getattr(exc, "param", None)
        if getattr(param, "param_type_name", "") == "option":
            option = max(getattr(param, "opts", None) or ["?"], key=len)
            if misplaced is not None and misplaced.words:  # `kariyer match iletişim`
                return _outside(misplaced, command), hint
            example = _example(ctx, option)
            return f"{option} seçeneği gerekli" + (f": {example}" if example else "."), hint
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
        if misplaced is not None and misplaced.words:  # `match --skills aktif dinleme`
            return _outside(misplaced, command), hint
        groups = re.findall(r"\(([^()]*)\)", message)
        return f"Fazla argüman: {groups[-1] if groups else message}", hint
    return f"Kullanım hatası: {message}", hint


def _outside(misplaced: Misplaced, command: str) -> str:
    """Words typed outside the command's one required option, and the line with them in it."""
    words = " ".join(misplaced.words)
    value = f"{misplaced.value} {words}" if misplaced.value else words
    shown = f'"{value}"' if not re.search(r'["$`\\]', value) else shlex.quote(value)
    why = (
        "boşluk içeren bir değer tırnak içinde yazılır"
        if misplaced.value
        else f"{misplaced.option} seçeneğine yazılmalı"
    )
    return (
        f"Fazla argüman: '{echo(words, 60)}'; {why}: {command} {misplaced.option} {echo(shown, 80)}"
    )


def _example(ctx: object, option: str) -> str | None:
    """The command's own example of ``option`` ("Örnek: kariyer match --skills …")."""
    text = getattr(getattr(ctx, "command", None), "help", None) or ""
    for line in text.splitlines():
        if "Örnek" in line and f"{option} " in line and "kariyer " in line:
            return line[line.index("kariyer ") :].strip()
    return None
