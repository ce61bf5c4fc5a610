"""`kariyer pay`: an offline gross-to-net (or, with --net, net-to-gross) payroll calculator
(registered by cli.app).

The body parses the amount as people type it (`kariyer.fmt.parse_amount`) and the year,
calls the domain (`kariyer.domain.pay`) and hands the report to output. A year or an
amount the reference data do not cover was asked for on the command line: a usage error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from kariyer.cli.options import (
    FormatOption,
    JsonOption,
    NoColorOption,
    choose_format,
    parse_year,
    set_colors,
)
from kariyer.errors import NotCoveredError, UsageError, echo
from kariyer.output import registry

if TYPE_CHECKING:
    from decimal import Decimal

EXAMPLE = "kariyer pay 30000 --year 2025"
AMOUNT_HINT = (
    "Örnekler: kariyer pay 50000 · kariyer pay 30.000,50 --year 2025 · kariyer pay 40.000 --net"
)
PayYearOption = Annotated[
    str | None,
    typer.Option(
        "--year",
        "-y",
        metavar="YIL",
        help="Bordro yılı, 2022'den itibaren (verilmezse tabloların kapsadığı en son yıl).",
        show_default=False,
    ),
]


def parse_amount(text: str) -> Decimal:
    """A monthly amount as typed (30000, 30.000, 30.000,50, 30000.50); usage error else."""
    from kariyer import fmt
    from kariyer.fmt import parse_amount as parse
    from kariyer.schema.limits import MAX_PAY_TL

    shown = f"Geçersiz tutar: '{echo(text, 40)}'"
    try:
        amount = parse(text)
    except ValueError as reason:
        raise UsageError(f"{shown}: {reason}.", hint=AMOUNT_HINT) from None
    if amount <= 0:
        reason_text = "tutar sıfırdan büyük olmalı"
    elif amount > MAX_PAY_TL:
        reason_text = (
            f"bir aylık ücret olamayacak kadar büyük (en çok {fmt.money(MAX_PAY_TL)}; yıllık "
            "tutarı 12'ye bölün)"
        )
    else:
        return amount
    raise UsageError(f"{shown}: {reason_text}.", hint=AMOUNT_HINT)


def pay_command(
    amount: Annotated[
        str,
        typer.Argument(
            metavar="TUTAR",
            help="Aylık tutar, TL: brüt (ya da --net ile net). 30000, 30.000, 30.000,50 ya da "
            "30000.50 yazılabilir.",
            show_default=False,
        ),
    ],
    net: Annotated[
        bool,
        typer.Option(
            "--net",
            help="TUTAR aylık nettir (yılın 12 aylık ortalaması): brütü bulunur (netten brüte).",
        ),
    ] = False,
    year: PayYearOption = None,
    json_output: JsonOption = False,
    output_format: FormatOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Brütten nete (--net ile netten brüte) aylık bordro: 12 ay, yıllık toplam ve ortalama.

    Çevrimdışı, yayımlanmış kurallarla hesaplanır: SGK işçi payı ve işsizlik sigortası
    (tavana kadar), kümülatif matrah üzerinden gelir vergisi, asgari ücret istisnası, damga
    vergisi; ardından kullanılan kurallar ve kaynakları. Bütün tutarlar hesaplanandır.
    --net ile TUTAR, yılın 12 aylık ortalama netidir. --year verilmezse tabloların kapsadığı
    en son yıl kullanılır ve çıktı bunu söyler.

    Örnekler: kariyer pay 30000 --year 2025 · kariyer pay 25.000 --net --year 2025
    """
    from kariyer.domain.pay import pay_report
    from kariyer.store.reference import load_reference

    chosen = choose_format("pay", output_format, json_output)
    monthly, wanted = parse_amount(amount), parse_year(year, EXAMPLE)
    set_colors(no_color)
    reference = load_reference()
    try:
        report = pay_report(
            monthly,
            year=wanted,
            from_net=net,
            table=reference.payroll,
            wages=reference.minimum_wage,
        )
    except NotCoveredError as refused:  # the year or the amount came from the command line
        raise UsageError(refused.message, hint=refused.hint) from None
    registry.emit("pay", report, chosen)
