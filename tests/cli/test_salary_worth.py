"""`kariyer salary`: each year's averages read as gross and as net, beside the ranking."""

from __future__ import annotations

import csv
import io

import pytest

from kariyer.domain import salary

from ..support import ANALIST, HESAP, Run, flat, json_of


def test_text_reads_each_average_both_ways_under_its_year(run: Run) -> None:
    out = flat(run("salary").stdout)
    assert "2023 ortalamaları brüt mü, net mi? (hesaplanan, 12 aylık ortalama)" in out
    assert "2024 ortalamaları brüt mü, net mi?" in out
    assert "≈ 11.494 TL" in out  # 14.000 TL (2023) as a gross: its 12-month average net
    assert "≈ 18.021 TL" in out  # 14.000 TL as a net: the gross that pays it
    assert "< asgari ücret ⚠" in out  # 15.500 TL in 2024 is under both minimum wages
    assert "Brüt/net okuması (hesaplanan, tahmini)" in out


def test_json_rows_carry_the_worth_of_their_figures(run: Run) -> None:
    data = json_of(run("salary", "--json"))
    rows = {row["slug"]: row for group in data["groups"] for row in group["rows"]}
    worth = rows[HESAP]["worth"]
    assert [(w["kind"], w["monthly_tl"]) for w in worth] == [("average", 14000.0), ("top", 16000.0)]
    gross, net = worth[0]["readings"]
    assert (gross["read_as"], net["read_as"]) == ("gross", "net")
    assert gross["other"] == {
        "value": 11493.54,
        "status": "computed",
        "method": gross["other"]["method"],
        "source": gross["other"]["source"],
        "estimate": True,  # a reading assumes the wage is paid unchanged all year
    }
    assert "brütten nete" in gross["other"]["method"]
    below = rows[ANALIST]["worth"][0]["readings"]
    assert all(reading["below_minimum_wage"] for reading in below)


def test_csv_has_the_readings_beside_each_figure(run: Run) -> None:
    result = run("salary", "--format", "csv")
    assert result.exit_code == 0, result
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    average = next(r for r in rows if r["slug"] == HESAP and r["kind"] == "average")
    assert average["net_if_gross_computed"] == "11493.54"
    assert average["gross_if_net_computed"] == "18020.92"
    assert "12 aylık ortalama" in average["readings_method"]


def test_too_many_rows_are_not_read_and_it_is_said(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(salary, "READINGS_LIMIT", 1)  # two rows: over the limit
    result = run("salary")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "ortalamaları brüt mü, net mi?" not in out
    assert "Brüt/net okuması 2 satırlık bu tabloda hesaplanmadı" in out
    data = json_of(run("salary", "--json"))
    assert data["readings_skipped"] == 2
    assert all(row["worth"] == [] for group in data["groups"] for row in group["rows"])
