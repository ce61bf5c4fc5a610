"""Terminal-escape injection: nothing in a data file, an article, a file name or an argument
can move the cursor, clear the screen, set the window title or write a hyperlink.

Three walls, each tested on its own: the schema refuses control and bidi characters in
every text field (`check` names the field); `import` removes them from articles and says
how many; and every output path (Rich text, Markdown, CSV, JSON, error messages) shows
what still gets through as a visible ``\\u001b`` — tested by letting a hostile profile past
the schema (the record of checked files is made to trust every file).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.build import trusted
from kariyer.schema.models import Profile
from kariyer.store import index_rows, verified

from ..support import (
    ARTICLES,
    HESAP,
    CliResult,
    article,
    bundled_json,
    invoke,
    json_of,
    parse_csv,
    run_with_dir,
    source_file,
    write_json,
)

CLEAR = "\x1b[2J\x1b[H"  # clears the screen, cursor home
TITLE = "\x1b]0;PWNED\x07"  # sets the window title
ARTICLE_PATH = ARTICLES / f"{HESAP}.txt"
LINK = "\x1b]8;;http://evil.example/\x1b\\tık\x1b]8;;\x1b\\"  # an OSC 8 hyperlink
CSI_C1 = "\x9b2J"  # the 8-bit CSI: clears the screen on terminals that honour C1
RLO = "\u202e"  # right-to-left override ("Trojan Source")
MARKUP = "[link=http://evil.example/]tık[/link]"  # Rich markup: a hyperlink if interpreted
SLUG = "kotu-meslek"
FORMATS = ("text", "json", "markdown", "csv")

# Any C0 control but line feed and tab, DEL, C1, bidi embeddings/overrides/isolates.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour codes: the only escapes kariyer itself writes


def assert_harmless(result: CliResult, *, colour: bool = False) -> None:
    """No stream carries a raw control character (with ``colour``: but Rich's SGR codes)."""
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        text = SGR.sub("", stream) if colour else stream
        found = RAW.search(text)
        assert found is None, f"{name} carries U+{ord(found.group()):04X}: {stream!r}"
        assert "Traceback" not in stream


def hostile_profile() -> dict[str, Any]:
    data = bundled_json(HESAP)
    data["slug"] = SLUG
    data["title"] = f"Kötü{TITLE} Meslek {MARKUP}"
    data["summary"][0] = CLEAR + data["summary"][0] + RLO
    data["duties"][0] = LINK + data["duties"][0]
    data["salary"]["figures"][0]["label"] = f"Ortalama{CSI_C1} Maaş"
    data["skills"][0]["name"] = f"İletişim{TITLE}"
    data["source"]["title"] = f"Kaynak{CLEAR}"
    return data


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    write_json(tmp_path / f"{SLUG}.json", hostile_profile())
    return tmp_path


@pytest.fixture
def trusting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as checked before: hostile data reaches the writers unchecked."""
    monkeypatch.setattr(verified.CheckedFiles, "__contains__", lambda self, digest: True)
    # the index's build validates on its own: trust the bytes there too
    monkeypatch.setattr(
        index_rows, "_validated", lambda raw, location, slug: trusted(Profile, json.loads(raw))
    )


# -- the schema: refused, with the field path --------------------------------------------
EXPECTED_FIELDS = {
    "title",
    "summary.0",
    "duties.0",
    "salary.figures.0.label",
    "skills.0.name",
    "source.title",
}


def test_check_reports_every_control_character_as_an_error_with_its_field(
    hostile_dir: Path,
) -> None:
    result = invoke("check", str(hostile_dir), "--format", "json")
    assert result.exit_code == 1, result
    findings = json.loads(result.stdout)["findings"]
    errors = {item["field"]: item for item in findings if item["severity"] == "error"}
    assert set(errors) == EXPECTED_FIELDS
    assert all(item["code"] == "schema" for item in errors.values())
    assert "U+001B (ESC) denetim karakteri" in errors["title"]["message"]
    assert "U+202E (RLO) yazı yönü karakteri" not in errors["title"]["message"]
    assert "U+009B (CSI) denetim karakteri" in errors["salary.figures.0.label"]["message"]
    assert_harmless(result)


def test_check_text_names_field_and_character(hostile_dir: Path) -> None:
    result = invoke("check", str(hostile_dir))
    assert result.exit_code == 1
    assert "Hata summary.0 [schema]" in result.stdout
    assert "1. karakterde U+001B (ESC) denetim karakteri var" in " ".join(result.stdout.split())
    assert_harmless(result)


@pytest.mark.parametrize(
    ("char", "name"),
    [("\u202e", "U+202E (RLO) yazı yönü"), ("\u2066", "U+2066 (LRI) yazı yönü"),
     ("\x7f", "U+007F (DEL) denetim"), ("\x00", "U+0000 (NUL) denetim")],
)  # fmt: skip
def test_check_refuses_bidi_and_other_controls(tmp_path: Path, char: str, name: str) -> None:
    data = bundled_json(HESAP) | {"slug": SLUG}
    data["outlook"]["statement"] = f"Büyüyor{char}"
    write_json(tmp_path / f"{SLUG}.json", data)
    result = invoke("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["field"] == "outlook.statement"
    assert name in finding["message"]


def test_a_line_feed_is_allowed_in_a_paragraph_only(tmp_path: Path) -> None:
    data = bundled_json(HESAP) | {"slug": SLUG, "title": "İki\nsatır"}
    data["summary"][0] = "Birinci satır\nikinci satır"
    write_json(tmp_path / f"{SLUG}.json", data)
    result = invoke("check", str(tmp_path), "--format", "json")
    errors = [item for item in json.loads(result.stdout)["findings"] if item["severity"] == "error"]
    assert [(item["field"], item["message"]) for item in errors] == [
        ("title", "4. karakterde U+000A (LF) denetim karakteri var; bu alan tek satır olmalı")
    ]


@pytest.mark.parametrize("command", [["show", SLUG], ["list"], ["search", "kötü"]])
@pytest.mark.parametrize("how", ["option", "env"])
def test_hostile_profile_is_a_bad_file_for_every_command(
    hostile_dir: Path, command: list[str], how: str
) -> None:
    result = run_with_dir(how, hostile_dir, *command)
    assert "Geçersiz profil dosyası" in result.stderr
    assert "PWNED" not in result.stdout
    assert_harmless(result)
    if command[0] == "show":
        assert result.exit_code == 1


# -- the importer: removed and counted ------------------------------------------------------
def _hostile_article() -> str:
    lines = article(HESAP).split("\n")
    lines[0] = lines[0].replace("Hesap", "Hesap\x1b\x07\u2066", 1)  # the title line
    lines[2] = CLEAR + lines[2] + RLO + "\t" + CSI_C1
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_import_removes_control_characters_and_says_how_many(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / source_file(HESAP)
    path.write_text(_hostile_article(), encoding="utf-8")
    result = invoke("import", str(path), "--format", fmt)
    assert result.exit_code == 0, result
    assert_harmless(result)
    if fmt == "json":
        data = json_of(result)
        profile, findings = data["profile"], data["findings"]
        assert RAW.search(json.dumps(profile, ensure_ascii=False)) is None
        (removed,) = [item for item in findings if item["code"] == "control-characters"]
        assert removed["severity"] == "warning"
        assert removed["message"].startswith(
            "Makaledeki 7 denetim karakteri kaldırıldı (satır 1, 3): U+001B (ESC) ×3, "
            "U+0007 (BEL), U+2066 (LRI), U+202E (RLO), U+009B (CSI)."
        )
        assert profile["title"] == "Müşteri Hesap Temsilcisi"
        # a whole escape sequence goes, not only its ESC: no "[2J" in the text
        assert not profile["summary"][0].startswith("[2J")
        assert "2J" not in json.dumps(profile, ensure_ascii=False)
    else:
        profile = json.loads(result.stdout)
        assert profile["title"] == "Müşteri Hesap Temsilcisi"
        assert "[control-characters]: Makaledeki 7 denetim karakteri kaldırıldı" in result.stderr


def test_import_of_a_hostile_file_name_and_url(tmp_path: Path) -> None:
    path = tmp_path / f"makale{TITLE}.txt"
    path.write_text(article(HESAP), encoding="utf-8")
    result = invoke("import", str(path), "--source-url", "https://x.org/a", "--format", "json")
    assert result.exit_code == 0, result
    assert_harmless(result)
    data = json_of(result)
    assert data["profile"]["source"]["file"] == "makale.txt"  # the whole OSC sequence went
    fields = [item["field"] for item in data["findings"] if item["code"] == "control-characters"]
    assert fields == ["source.file"]
    # a typed address with control characters is not an http(s) address: a usage error,
    # its echo harmless
    bad = invoke("import", str(path), "--source-url", f"https://x{CLEAR}", "--format", "json")
    assert bad.exit_code == 2, bad
    assert_harmless(bad)
    assert "http(s)" in bad.stderr


# -- every output path: what gets past the schema is shown, never obeyed -------------------------
COMMANDS = [
    ["show", SLUG],
    ["list"],
    ["search", "kötü"],
    ["salary", "--year", "2023"],
    ["compare", SLUG, HESAP],
    ["skills", "communication"],
    ["match", "--skills", "iletişim, excel"],
]


@pytest.mark.usefixtures("trusting")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_no_output_format_passes_a_control_character(
    hostile_dir: Path, command: list[str], fmt: str
) -> None:
    result = invoke(*command, "--format", fmt, "--data-dir", str(hostile_dir))
    assert result.exit_code == 0, result
    assert_harmless(result)
    if fmt == "json":  # the same facts: every character survives, escaped
        json.loads(result.stdout)


@pytest.mark.usefixtures("trusting")
def test_text_shows_control_characters_visibly_and_markup_as_text(hostile_dir: Path) -> None:
    result = invoke("show", SLUG, "--data-dir", str(hostile_dir))
    out = " ".join(result.stdout.split())
    assert "Kötü\\u001b]0;PWNED\\u0007 Meslek" in out
    assert MARKUP in out  # Rich markup in data is text, not a hyperlink
    assert "\\u001b[2J\\u001b[H" in out
    assert "\\u202e" in out


@pytest.mark.usefixtures("trusting")
@pytest.mark.parametrize("fmt", ["markdown", "csv"])
def test_plain_formats_show_control_characters_visibly(hostile_dir: Path, fmt: str) -> None:
    result = invoke("list", "--format", fmt, "--data-dir", str(hostile_dir))
    assert "Kötü\\u001b]0;PWNED\\u0007 Meslek" in result.stdout


@pytest.mark.usefixtures("trusting")
def test_json_keeps_the_exact_text(hostile_dir: Path) -> None:
    result = invoke("show", SLUG, "--format", "json", "--data-dir", str(hostile_dir))
    assert_harmless(result)
    profile = json_of(result)
    assert profile["title"] == hostile_profile()["title"]
    assert profile["salary"]["figures"][0]["label"] == f"Ortalama{CSI_C1} Maaş"
    assert "\\u009b" in result.stdout
    assert "\\u202e" in result.stdout


@pytest.mark.usefixtures("trusting")
def test_colour_codes_stay_and_nothing_else(
    hostile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    result = invoke("show", SLUG, "--data-dir", str(hostile_dir))
    assert SGR.search(result.stdout), "colour was expected"
    assert_harmless(result, colour=True)


@pytest.mark.usefixtures("trusting")
def test_thousands_of_rows_path_is_guarded_too(
    hostile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kariyer.output import tables

    monkeypatch.setattr(tables, "RICH_TABLE_LIMIT", 1)  # the plain-columns path
    result = invoke("list", "--data-dir", str(hostile_dir))
    assert result.exit_code == 0
    assert_harmless(result)
    assert "\\u001b]0;PWNED" in result.stdout


# -- arguments and file names echoed in messages ---------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["show", f"a{TITLE}"],
        ["show", f"müşteri{CLEAR}hesap"],
        ["list", "--format", CLEAR],
        ["search", f"{CLEAR}xyzzy"],
        ["check", f"/yok{TITLE}.json"],
        ["list", "--data-dir", f"/yok{CLEAR}{RLO}"],
        ["list", f"--bilinmeyen{CLEAR}"],
        ["list", f"fazla{TITLE}"],
        [f"komut{TITLE}"],
        ["salary", "--year", f"20{CLEAR}"],
        ["import", f"/yok/makale{TITLE}.txt"],
    ],
)
def test_messages_never_echo_a_control_character(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code in {0, 1, 2}, result
    assert_harmless(result)


def test_hostile_file_names_in_a_data_dir_are_shown_escaped(tmp_path: Path) -> None:
    write_json(tmp_path / f"kotu{TITLE}.json", bundled_json(HESAP))
    write_json(tmp_path / f"ters{RLO}.json", bundled_json(HESAP))
    for args in (["list", "--data-dir", str(tmp_path)], ["check", str(tmp_path)]):
        result = invoke(*args)
        assert_harmless(result)
        assert "kotu\\u001b]0;PWNED\\u0007.json" in result.output
        assert "ters\\u202e.json" in result.output


# -- CSV: a text cell is never a spreadsheet formula ----------------------------------------------
FORMULA = '=HYPERLINK("http://evil.example/","tık")'


def test_csv_text_cells_never_start_a_formula(tmp_path: Path) -> None:
    data = bundled_json(HESAP) | {"slug": SLUG, "title": FORMULA}
    data["source"]["site"] = "@kaynak"
    write_json(tmp_path / f"{SLUG}.json", data)
    rows = parse_csv(invoke("list", "--format", "csv", "--data-dir", str(tmp_path)).stdout)
    assert [row["title"] for row in rows if row["slug"] == SLUG] == ["'" + FORMULA]
    shown = parse_csv(invoke("show", SLUG, "--format", "csv", "--data-dir", str(tmp_path)).stdout)
    assert {row["source"][:2] for row in shown} == {"'@"}
    assert all(not row["monthly_tl"].startswith("'") for row in shown)
    result = invoke("show", SLUG, "--format", "json", "--data-dir", str(tmp_path))
    assert json_of(result)["title"] == FORMULA  # JSON carries the text as it is


@pytest.mark.parametrize(
    ("value", "written"),
    [("-12.5", "-12.5"), ("+3", "+3"), (-1500.0, -1500.0), ("-1.234,5", "-1.234,5"),
     ("-uzman", "'-uzman"), ("+90 212", "'+90 212"), ("=1+1", "'=1+1"), ("\tx", "'\tx"),
     ("Müşteri", "Müşteri")],
)  # fmt: skip
def test_csv_defuses_formulas_but_not_numbers(value: object, written: object) -> None:
    from kariyer.output.csv_dialect import _defused

    assert _defused(value) == written


@pytest.mark.parametrize(
    "args",
    [
        ["show", f"a{TITLE}"],
        ["import", str(ARTICLE_PATH), "--slug", f"a{CLEAR}"],
        ["import", str(ARTICLE_PATH), "--source-url", f"https://x{CLEAR}"],
    ],
)
def test_echoed_input_shows_control_characters_one_way(args: list[str]) -> None:
    """Every message that echoes typed text shows ESC as \\u001b (never '?' in one, escape
    in another)."""
    result = invoke(*args)
    assert result.exit_code in {1, 2}, result
    assert "\\u001b" in result.stderr
    assert "?]0;" not in result.stderr
    assert "?[2J" not in result.stderr


def test_markdown_never_passes_raw_html(tmp_path: Path) -> None:
    """An article's "<script>" or "<b>" is text in a Markdown document, never markup."""
    data = bundled_json(HESAP)
    data["slug"] = "html-meslek"
    data["title"] = "<b>Kalın</b> Meslek <script>alert(1)</script>"
    data["summary"] = ["<img src=x onerror=alert(1)> özet"]
    write_json(tmp_path / "html-meslek.json", data)
    for args in (["show", "html-meslek"], ["list"], ["salary"]):
        result = invoke(*args, "--data-dir", str(tmp_path), "--format", "markdown")
        assert result.exit_code == 0, result
        assert "<" not in result.stdout
    shown = invoke("show", "html-meslek", "--data-dir", str(tmp_path), "-f", "markdown").stdout
    assert "&lt;script>alert(1)&lt;/script>" in shown


def test_markdown_never_makes_a_link_or_image_from_data(tmp_path: Path) -> None:
    data = bundled_json(HESAP)
    data["slug"] = "link-meslek"
    data["summary"] = ["[tık](javascript:alert(1)) ![i](http://evil/x.png) AT&amp;T"]
    write_json(tmp_path / "link-meslek.json", data)
    out = invoke("show", "link-meslek", "--data-dir", str(tmp_path), "-f", "markdown").stdout
    assert "](" not in out
    assert "[tık]\\(javascript:alert(1))" in out
    assert "AT&amp;amp;T" in out  # shown as written, not as an entity
