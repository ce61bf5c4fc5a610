"""The command line as a user sees it: output, exit codes, Turkish messages on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from kariyer import __version__
from kariyer.cli.app import app
from kariyer.schema.models import Profile

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]

ANSI = "\x1b["
COMMANDS = ["list", "show", "compare", "salary"]


def flat(text: str) -> str:
    """Output with line wrapping and indentation collapsed to single spaces."""
    return " ".join(text.split())


def assert_clean_failure(result: CliResult, code: int) -> None:
    assert result.exit_code == code, result
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "Traceback" not in result.output
    assert ANSI not in result.output


def write_user_profile(
    directory: Path, raw: dict[str, Any], slug: str, title: str, **changes: Any
) -> Path:
    path = directory / f"{slug}.json"
    data = {**raw, "slug": slug, "title": title, **changes}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# -- show -------------------------------------------------------------------------
def test_show(run: Run) -> None:
    result = run("show", HESAP)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    out = result.stdout
    assert "Müşteri Hesap Temsilcisi" in out
    assert "14.000 TL" in out
    assert "16.000 TL" in out
    assert "2023" in out
    assert "19,90 TL/saat" in out
    assert "29,00 TL/saat" in out
    assert "Kaynak: eniyimeslekler.com" in out
    assert "000_e184a0d8dd1368c7.txt" in out
    assert "Görevler (9)" in out
    assert "belirtilmemiş" in out  # gross/net is not stated by the article
    assert "komisyon, ikramiye" in out
    assert "Azalması bekleniyor" in out


def test_show_salary_table_rows(run: Run) -> None:
    rows = [line.split() for line in run("show", HESAP).stdout.splitlines()]
    assert ["2023", "Ortalama", "14.000", "TL", "19,90", "TL/saat", "belirtilmemiş"] in rows
    assert ["2023", "Üst", "düzey", "16.000", "TL", "29,00", "TL/saat", "belirtilmemiş"] in rows


def test_show_lists_all_nine_duties(run: Run, hesap: Profile) -> None:
    out = flat(run("show", HESAP).stdout)
    for number, duty in enumerate(hesap.duties, start=1):
        assert f"{number}. {flat(duty)}" in out
    assert "10." not in out


@pytest.mark.parametrize(
    "duty",
    [
        "Şirketin gelirini artırmak için mevcut müşterilere ürün ve hizmetler satmak",
        "Müşterilere ürünler, politikalar ve prosedürler hakkında yeni müşteri odaklılık sağlamak",
        "İletişim bilgileri, ürün kullanım geçmişi ve ödeme detayları gibi müşteri kayıtlarının "
        "tutulması ve güncellenmesi",
        "Müşterilerle hesaplarıyla ilgili olarak telefon, e-posta, metin veya sosyal medya "
        "aracılığıyla iletişim kurmak",
    ],
)
def test_show_duty_text(run: Run, duty: str) -> None:
    assert duty in flat(run("show", HESAP).stdout)


def test_show_analist(run: Run) -> None:
    result = run("show", ANALIST)
    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "15.500 TL" in out
    assert "18.500 TL" in out
    assert "126,40 TL/saat" in out
    assert "138,70 TL/saat" in out
    assert "002_dfd20da184a70e01.txt" in out


def test_show_accepts_upper_case(run: Run) -> None:
    result = run("show", HESAP.upper())
    assert result.exit_code == 0
    assert "14.000 TL" in result.stdout


def test_show_json(run: Run) -> None:
    result = run("show", HESAP, "--json")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert {"slug", "title", "salary"} <= set(data)
    assert data["slug"] == HESAP
    assert data["title"] == "Müşteri Hesap Temsilcisi"
    figures = data["salary"]["figures"]
    assert [(f["year"], f["kind"], f["monthly_tl"], f["hourly_tl"]) for f in figures] == [
        (2023, "average", 14000, 19.9),
        (2023, "top", 16000, 29.0),
    ]
    assert len(data["duties"]) == 9
    assert "Müşteri" in result.stdout  # UTF-8, not \u escapes


def test_show_unknown_slug(run: Run) -> None:
    result = run("show", "yok-boyle-bir-meslek")
    assert_clean_failure(result, 1)
    assert "Bulunamadı" in result.stderr
    assert "yok-boyle-bir-meslek" in result.stderr


def test_show_unknown_slug_suggests(run: Run) -> None:
    result = run("show", "musteri-hesap-temsilci")
    assert_clean_failure(result, 1)
    assert f"Bunu mu demek istediniz: {HESAP}" in result.stderr


def test_show_path_traversal_is_just_not_found(run: Run) -> None:
    result = run("show", "../../etc/passwd")
    assert_clean_failure(result, 1)
    assert "Bulunamadı" in result.stderr
    assert "root:" not in result.output


# -- compare ----------------------------------------------------------------------
def test_compare(run: Run) -> None:
    result = run("compare", HESAP, ANALIST)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    out = result.stdout
    assert "Ortak" in out
    assert "İletişim" in out
    assert "Problem çözme" in out
    assert "Ürün bilgisi" in out
    assert "Aktif dinleme" in out
    assert "14.000 TL (2023)" in out
    assert "15.500 TL (2024)" in out
    assert "fark hesaplanmadı" in flat(out)
    assert "Maaş yılları farklı (2023 ve 2024)" in flat(out)
    assert "Fark (B − A" not in out


def test_compare_json(run: Run) -> None:
    result = run("compare", HESAP, ANALIST, "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["skills"]["shared"]] == ["communication", "problem-solving"]
    assert [s["id"] for s in data["skills"]["only_a"]] == [
        "product-knowledge",
        "time-management",
        "teamwork",
    ]
    assert data["salary"]["difference"] is None
    assert data["salary"]["same_year"] is False
    assert (data["a"]["slug"], data["b"]["slug"]) == (HESAP, ANALIST)


def test_compare_same_year_user_profile_shows_difference(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    raw = raw_profiles[HESAP]
    figures = [{**figure, "year": 2024} for figure in raw["salary"]["figures"]]
    write_user_profile(
        tmp_path, raw, "hesap-2024", "Hesap 2024", salary={**raw["salary"], "figures": figures}
    )
    result = run("compare", "hesap-2024", ANALIST, "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "Fark (B − A, 2024, hesaplanan): ortalama +1.500 TL, üst düzey +2.500 TL." in out
    assert "fark hesaplanmadı" not in out


def test_compare_with_itself(run: Run) -> None:
    result = run("compare", HESAP, HESAP)
    assert_clean_failure(result, 2)
    assert "kendisiyle karşılaştırılamaz" in result.stderr


def test_compare_unknown_second(run: Run) -> None:
    result = run("compare", HESAP, "yok")
    assert_clean_failure(result, 1)
    assert "Bulunamadı: 'yok'" in result.stderr


# -- salary -----------------------------------------------------------------------
def test_salary_2024(run: Run) -> None:
    result = run("salary", "--year", "2024")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "15.500 TL" in out
    assert "18.500 TL" in out
    assert "14.000 TL" not in out  # a 2023 figure is never shown as 2024's
    assert "2024 için veri yok" in out
    assert "Müşteri Hesap Temsilcisi: 2024 için veri yok (mevcut yıllar: 2023)" in out


def test_salary_short_year_option(run: Run) -> None:
    assert run("salary", "-y", "2023").stdout == run("salary", "--year", "2023").stdout


def test_salary_latest_years(run: Run) -> None:
    result = run("salary")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "15.500 TL" in out
    assert "14.000 TL" in out
    assert out.index("Müşteri Hizmetleri Analisti") < out.index("Müşteri Hesap Temsilcisi")


def test_salary_json(run: Run) -> None:
    result = run("salary", "--year", "2024", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["year"] == 2024
    assert [row["slug"] for row in data["rows"]] == [ANALIST]
    assert data["rows"][0]["average"]["monthly_tl"] == 15500
    assert [(m["slug"], m["available_years"]) for m in data["missing"]] == [(HESAP, [2023])]


def test_salary_year_without_data(run: Run) -> None:
    result = run("salary", "--year", "2022")
    assert_clean_failure(result, 1)
    assert "2023, 2024" in result.stderr
    assert "2022" in result.stderr


@pytest.mark.parametrize("year", ["abc", "2024.0", "1989", "2101", "-2024", "٢٠٢٤", ""])
def test_salary_bad_year(run: Run, year: str) -> None:
    result = run("salary", "--year", year)
    assert_clean_failure(result, 2)
    assert "Geçersiz yıl" in result.stderr


def test_salary_year_needs_a_value(run: Run) -> None:
    result = run("salary", "--year")
    assert_clean_failure(result, 2)
    assert "--year" in result.stderr


# -- list -------------------------------------------------------------------------
def test_list(run: Run) -> None:
    result = run("list")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    hesap_line = next(line for line in lines if line.strip().startswith(HESAP))
    analist_line = next(line for line in lines if line.strip().startswith(ANALIST))
    assert "2023" in hesap_line
    assert "14.000 TL" in hesap_line
    assert "azalış" in hesap_line
    assert "2024" in analist_line
    assert "15.500 TL" in analist_line
    assert "2 meslek." in result.stdout


def test_list_json(run: Run) -> None:
    result = run("list", "--json")
    assert result.exit_code == 0, result
    rows = json.loads(result.stdout)
    assert [
        (r["slug"], r["latest_year"], r["average_tl"], r["outlook"], r["origin"]) for r in rows
    ] == [
        (HESAP, 2023, 14000, "decline", "bundled"),
        (ANALIST, 2024, 15500, "decline", "bundled"),
    ]


# -- version, help, usage errors ------------------------------------------------------
@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert result.stdout == f"kariyer {__version__}\n"
    assert result.stderr == ""


def test_no_arguments_prints_help(run: Run) -> None:
    result = run()
    assert result.exit_code == 0
    assert "Kullanım" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_root_help(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert "Kullanım: kariyer" in result.stdout
    assert "Seçenekler" in result.stdout
    assert "Komutlar" in result.stdout


def test_every_registered_command_is_known() -> None:
    registered = set(get_command(app).commands)  # type: ignore[attr-defined]
    assert set(COMMANDS) <= registered


@pytest.mark.parametrize("command", sorted(get_command(app).commands))  # type: ignore[attr-defined]
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_command_help(run: Run, command: str, flag: str) -> None:
    result = run(command, flag)
    assert result.exit_code == 0, result
    assert f"Kullanım: kariyer {command}" in result.stdout
    assert "Bu yardımı gösterir ve çıkar." in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "wording"),
    [
        (["show"], "Eksik argüman: MESLEK"),
        (["compare", HESAP], "Eksik argüman: MESLEK_B"),
        (["compare"], "Eksik argüman: MESLEK_A"),
    ],
)
def test_missing_argument(run: Run, args: list[str], wording: str) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert wording in result.stderr


@pytest.mark.parametrize(
    "args", [["show", HESAP, "--bogus"], ["--bogus"], ["list", "--yil", "2024"]]
)
def test_unknown_option(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert "Bilinmeyen seçenek" in result.stderr


def test_unknown_command(run: Run) -> None:
    result = run("goster", HESAP)
    assert_clean_failure(result, 2)
    assert "Bilinmeyen komut: 'goster'" in result.stderr


def test_extra_argument(run: Run) -> None:
    result = run("show", HESAP, ANALIST)
    assert_clean_failure(result, 2)
    assert f"Fazla argüman: {ANALIST}" in result.stderr


# -- user data directory -------------------------------------------------------------
def test_data_dir_user_profile(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    write_user_profile(tmp_path, raw_profiles[HESAP], "yeni-meslek", "Yeni Meslek")
    result = run("show", "yeni-meslek", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "Yeni Meslek" in result.stdout
    assert "slug: yeni-meslek" in result.stdout
    assert "14.000 TL" in result.stdout

    listed = run("list", "--data-dir", str(tmp_path))
    assert listed.exit_code == 0
    assert "yeni-meslek *" in listed.stdout
    assert "3 meslek." in listed.stdout
    assert "* kullanıcı veri dizininden" in listed.stdout

    # without the option the profile does not exist
    assert run("show", "yeni-meslek").exit_code == 1


def test_data_dir_from_environment(
    run: Run,
    tmp_path: Path,
    raw_profiles: dict[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_user_profile(tmp_path, raw_profiles[ANALIST], "ortam-meslek", "Ortam Meslek")
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path))
    result = run("show", "ortam-meslek")
    assert result.exit_code == 0, result
    assert "Ortam Meslek" in result.stdout


def test_data_dir_override_notice(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    path = write_user_profile(tmp_path, raw_profiles[HESAP], HESAP, "Kullanıcı Sürümü")
    result = run("list", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "Kullanıcı Sürümü" in result.stdout
    assert "Not:" in result.stderr
    assert str(path) in flat(result.stderr)


def test_data_dir_bad_file_is_reported_and_skipped(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    bad = tmp_path / "bozuk.json"
    bad.write_text('{"slug": "bozuk", ', encoding="utf-8")
    write_user_profile(tmp_path, raw_profiles[ANALIST], "iyi-meslek", "İyi Meslek")
    result = run("list", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "iyi-meslek *" in result.stdout
    assert "3 meslek." in result.stdout
    assert "bozuk" not in result.stdout
    assert "Uyarı: atlandı" in result.stderr
    assert str(bad) in result.stderr
    assert "geçerli JSON değil" in result.stderr
    assert "Traceback" not in result.output


def test_data_dir_missing(run: Run, tmp_path: Path) -> None:
    result = run("list", "--data-dir", str(tmp_path / "yok"))
    assert_clean_failure(result, 1)
    assert "Veri dizini bulunamadı" in result.stderr


def test_data_dir_is_a_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "dosya.txt"
    path.write_text("x", encoding="utf-8")
    result = run("show", HESAP, "--data-dir", str(path))
    assert_clean_failure(result, 1)
    assert "dizin değil" in result.stderr


# -- output hygiene --------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["show", HESAP],
        ["show", HESAP, "--json"],
        ["compare", HESAP, ANALIST],
        ["salary"],
        ["salary", "--year", "2024"],
        ["list"],
        ["show", "-h"],
        ["show", "yok"],
        ["salary", "--year", "2022"],
        ["show", "--bogus"],
    ],
)
def test_no_ansi_escapes(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.output.strip()
    assert ANSI not in result.output


def test_no_color_option(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    result = run("--no-color", "show", HESAP)
    assert result.exit_code == 0
    assert "14.000 TL" in result.stdout
    assert ANSI not in result.output


def test_stdout_and_stderr_are_separate(run: Run) -> None:
    ok = run("show", HESAP)
    assert "Hata" not in ok.stderr
    assert ok.stderr == ""
    failed = run("show", "yok")
    assert failed.stdout == ""
    assert "Bulunamadı" in failed.stderr


def test_python_m_kariyer_version(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    env.pop("KARIYER_DATA_DIR", None)
    completed = subprocess.run(
        [sys.executable, "-m", "kariyer", "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"kariyer {__version__}\n"
    assert completed.stderr == ""


def test_python_m_kariyer_unknown_slug(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    completed = subprocess.run(
        [sys.executable, "-m", "kariyer", "show", "yok-boyle-bir-meslek"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "Bulunamadı" in completed.stderr
    assert "Traceback" not in completed.stderr
