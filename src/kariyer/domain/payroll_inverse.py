"""Net → gross: the constant monthly gross whose 12-month average net is a given net.

The forward rule (`kariyer.domain.payroll`) rounds every item to the kuruş, so the average
net is a step function of the gross: grosses a kuruş apart may give the same net, and a
net may fall between two steps. The answer is defined to be unique and consistent with
the forward rule:

* the highest gross (at the step found) whose average net is exactly the given net;
* when no gross gives it exactly, the lowest gross whose average net is above it.

Either way net → gross → net is within 0,01 TL: one kuruş more gross never adds more
than one kuruş of net in any month. The search is on whole kuruş, by interpolation inside
a bracket (the average net is nearly linear in the gross), with a bisection step after a
few interpolations that did not halve it: ten to twenty evaluations of the forward rule,
under a millisecond, cheap enough for every salary figure of a table.
"""

from __future__ import annotations

from decimal import Decimal

from kariyer import fmt
from kariyer.domain.payroll import (
    KURUS,
    PayrollRules,
    average_net_unchecked,
    ceiling_text,
    to_kurus,
)
from kariyer.errors import NotCoveredError

STALLS = 4  # interpolations in a row that may fail to halve the bracket before a bisection
INVERSE_METHOD = (
    "netten brüte: 12 aylık ortalama neti verilen nete eşit olan sabit aylık brüt, "
    "kuruşuna kadar sayısal arama ile (ileri yöndeki bordro kuralıyla; aynı neti veren "
    "birden çok brüt varsa en yükseği, hiçbiri tam vermiyorsa bu neti aşan en düşüğü)"
)


def _net(kurus: int, rules: PayrollRules) -> Decimal:
    return average_net_unchecked(Decimal(kurus) * KURUS, rules)


def _kurus(amount: Decimal) -> int:
    return int(amount / KURUS)


def gross_for_average_net(net: Decimal | float, rules: PayrollRules) -> Decimal:
    """The constant monthly gross of ``rules.year`` whose 12-month average net is ``net``
    (see the module's documentation); NotCoveredError outside the rules."""
    target = to_kurus(net)
    lowest, highest = _kurus(rules.lowest_gross), _kurus(rules.highest_gross)
    low_net = _net(lowest, rules)
    if target < low_net:
        raise NotCoveredError(
            f"{fmt.money(float(target))} net, {rules.year} yılında her ay "
            f"{fmt.money(float(rules.lowest_gross))} brüt ({_which_minimum(rules)}) "
            f"alan bir çalışanın 12 aylık ortalama netinin ({fmt.money(float(low_net))}) "
            "altında; kariyer tam ay çalışan bir işçinin bordrosunu hesaplar.",
            hint=f"{rules.year} için en az {fmt.money(float(low_net))} net girin; kısmi süreli "
            "çalışmanın bordrosu hesaplanmaz.",
        )
    # net ≥ gross × (1 − contributions − top tax rate − stamp tax), give or take kuruş
    top_rate = rules.brackets[-1].rate
    least_share = 1 - rules.sgk_rate - rules.unemployment_rate - top_rate - rules.stamp_rate
    low, f_low = lowest, low_net
    high = min(highest, _kurus(to_kurus(target / least_share)) + 100)
    f_high = _net(high, rules)
    while f_high <= target and high < highest:  # a safety net: the bound above holds
        low, f_low = high, f_high
        high = min(highest, 2 * high)
        f_high = _net(high, rules)
    if f_high == target:
        return Decimal(high) * KURUS
    if f_high < target:
        raise _above_the_limit(target, f_high, rules)
    # f(low) ≤ target < f(high): narrow to adjacent kuruş
    stalled = 0
    while high - low > 1:
        width = high - low
        if stalled >= STALLS:
            middle = (low + high) // 2
        else:  # where the line through the two ends meets the target
            share = (target - f_low) / (f_high - f_low)
            middle = min(max(low + int(share * width), low + 1), high - 1)
        f_middle = _net(middle, rules)
        if f_middle <= target:
            low, f_low = middle, f_middle
        else:
            high, f_high = middle, f_middle
        stalled = stalled + 1 if (high - low) * 2 > width else 0
    return Decimal(low if f_low == target else high) * KURUS


def _which_minimum(rules: PayrollRules) -> str:
    if len(set(rules.minimum_gross)) > 1:  # raised during the year (2022, 2023)
        return "yılın en yüksek brüt asgari ücreti"
    return "yılın brüt asgari ücreti"


def _above_the_limit(target: Decimal, most: Decimal, rules: PayrollRules) -> NotCoveredError:
    """The net asked for needs a gross above the highest the rules cover."""
    shown, limit = fmt.money(float(target)), fmt.money(float(rules.highest_gross))
    hint = f"{rules.year} için en çok {fmt.money(float(most))} net girin"
    if not rules.ceiling_verified:
        return NotCoveredError(
            f"{shown} net için gereken brüt, {rules.year} yılının doğrulanmamış SGK prim "
            f"tavanının ({limit}, {ceiling_text(rules)}) üstünde; tavan tahmin edilmez.",
            hint=f"{hint} ya da tavanı doğrulanmış bir yıl seçin.",
        )
    return NotCoveredError(
        f"{shown} net için gereken brüt bir aylık ücret olamayacak kadar büyük (en çok {limit}).",
        hint=f"{hint}.",
    )
