"""`kariyer import` over many inputs: each one's outcome, the summary, exit codes, Ctrl-C."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kariyer.cli import batch

from ..support import ANALIST, ARTICLES, HESAP, flat, invoke
from ..webserver import Site, serving

BROKEN = "Bu bir makale değil.\nBaşlığı da yok.\n"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "meslekler"
    monkeypatch.setenv("KARIYER_DATA_DIR", str(directory))
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "400")  # the summary's reasons on one line each
    return directory


@pytest.fixture
def site(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "5")
    with serving() as running:
        yield running


def _article(slug: str) -> str:
    return str(ARTICLES / f"{slug}.txt")


def _json(*args: str, stdin: bytes | None = None, code: int = 0) -> dict[str, Any]:
    result = invoke("import", *args, "--into-data-dir", "--json", "--delay", "0", stdin=stdin)
    assert result.exit_code == code, result
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _statuses(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(Path(item["input"]).name, item["status"]) for item in data["results"]]


def test_one_bad_and_one_missing_input_never_stop_the_others(
    tmp_path: Path, data_dir: Path
) -> None:
    broken = tmp_path / "bozuk.txt"
    broken.write_text(BROKEN, encoding="utf-8")
    missing = tmp_path / "yok.txt"
    args = [_article(HESAP), str(broken), str(missing), _article(ANALIST), "--into-data-dir"]
    result = invoke("import", *args)
    assert result.exit_code == 1, result
    assert result.stdout == ""
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(
        [f"{ANALIST}.json", f"{HESAP}.json"]
    )
    text = flat(result.stderr)
    for heading in ("Girdi", "Sonuç", "Slug", "Açıklama"):
        assert heading in text
    assert "Metin bir kariyer makalesine benzemiyor" in text
    assert "Makale okunamadı" in text
    assert "bulunamadı" in text
    assert "4 girdi: 2 içe aktarıldı, 0 güncellendi, 0 değişmedi, 2 başarısız" in text
    assert "Traceback" not in result.output


def test_json_has_one_object_with_every_outcome_and_the_counts(
    tmp_path: Path, data_dir: Path
) -> None:
    missing = str(tmp_path / "yok.txt")
    data = _json(_article(HESAP), missing, code=1)
    assert set(data) == {"results", "counts", "interrupted"}
    first, second = data["results"]
    assert set(first) == {
        "input",
        "status",
        "slug",
        "written_to",
        "reason",
        "merge",
        "cached",
        "cached_retrieved",
        "findings",
    }
    assert first["status"] == "imported"
    assert first["slug"] == HESAP
    assert first["written_to"] == str(data_dir / f"{HESAP}.json")
    assert first["reason"] is None
    assert first["findings"]
    assert second["status"] == "failed"
    assert second["slug"] is None
    assert "yok.txt" in second["reason"]
    assert data["counts"] == {
        "imported": 1,
        "updated": 0,
        "unchanged": 0,
        "failed": 1,
        "not-done": 0,
    }
    assert data["interrupted"] is False


def test_a_rerun_is_unchanged_and_a_changed_file_is_merged_back(data_dir: Path) -> None:
    inputs = (_article(HESAP), _article(ANALIST))
    assert _statuses(_json(*inputs)) == [
        (f"{HESAP}.txt", "imported"),
        (f"{ANALIST}.txt", "imported"),
    ]
    target = data_dir / f"{HESAP}.json"
    first = target.read_bytes()
    written = target.stat().st_mtime_ns
    again = _json(*inputs)
    assert _statuses(again) == [(f"{HESAP}.txt", "unchanged"), (f"{ANALIST}.txt", "unchanged")]
    assert target.stat().st_mtime_ns == written  # nothing written
    target.write_text(target.read_text(encoding="utf-8").replace("Müşteri", "Musteri", 1))
    merged = _json(*inputs)
    assert _statuses(merged) == [(f"{HESAP}.txt", "updated"), (f"{ANALIST}.txt", "unchanged")]
    assert target.read_bytes() == first  # the article's text again; the same figures
    assert merged["results"][0]["merge"] == {"kept": [], "conflicts": []}
    forced = _json(*inputs, "--force")
    assert _statuses(forced) == [(f"{HESAP}.txt", "unchanged"), (f"{ANALIST}.txt", "unchanged")]


def test_from_list_skips_comments_and_reads_paths_beside_the_list(
    tmp_path: Path, data_dir: Path
) -> None:
    lists = tmp_path / "listeler"
    lists.mkdir()
    (lists / "analist.txt").write_bytes((ARTICLES / f"{ANALIST}.txt").read_bytes())
    listing = lists / "girdiler.txt"
    listing.write_text(
        f"# bugünün makaleleri\n\nanalist.txt\n   \n  # {HESAP}.txt\n{_article(HESAP)}\n",
        encoding="utf-8",
    )
    data = _json("--from", str(listing))
    assert _statuses(data) == [("analist.txt", "imported"), (f"{HESAP}.txt", "imported")]
    assert data["results"][0]["input"] == str(lists / "analist.txt")


def test_from_list_alone_with_one_entry_still_writes_a_summary(
    tmp_path: Path, data_dir: Path
) -> None:
    listing = tmp_path / "liste.txt"
    listing.write_text(_article(HESAP) + "\n", encoding="utf-8")
    data = _json("--from", str(listing))
    assert _statuses(data) == [(f"{HESAP}.txt", "imported")]


def test_dash_reads_an_article_from_stdin(data_dir: Path) -> None:
    stdin = (ARTICLES / f"{ANALIST}.txt").read_bytes()
    data = _json("-", _article(HESAP), stdin=stdin)
    assert _statuses(data) == [("-", "imported"), (f"{HESAP}.txt", "imported")]
    profile = json.loads((data_dir / f"{ANALIST}.json").read_text(encoding="utf-8"))
    assert "file" not in profile["source"]  # stdin has no file name: none is invented


def test_a_url_among_files_uses_the_local_server(site: Site, data_dir: Path) -> None:
    data = _json(_article(HESAP), site.url(f"/{ANALIST}/"), site.url("/hata/"), code=1)
    assert [item["status"] for item in data["results"]] == ["imported", "imported", "failed"]
    assert data["results"][2]["reason"]
    profile = json.loads((data_dir / f"{ANALIST}.json").read_text(encoding="utf-8"))
    assert profile["source"]["url"] == site.url(f"/{ANALIST}/")
    assert site.count("/robots.txt") == 1  # one fetcher for the run: robots.txt asked once


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["-o", "x.json"], "-o/--output"),
        (["--slug", "ornek", "--into-data-dir"], "--slug"),
        ([], "--into-data-dir ya da -o DİZİN/ kullanın"),
    ],
)
def test_usage_errors_with_several_inputs(data_dir: Path, extra: list[str], words: str) -> None:
    result = invoke("import", _article(HESAP), _article(ANALIST), *extra)
    assert result.exit_code == 2, result
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert words in result.stderr
    assert not data_dir.exists()


@pytest.mark.parametrize("form", ["given/", "existing"])
def test_several_inputs_into_a_directory_named_with_o(
    tmp_path: Path, data_dir: Path, form: str
) -> None:
    target = tmp_path / form.rstrip("/")
    if form == "existing":
        target.mkdir()
    typed = str(target) + ("/" if form.endswith("/") else "")
    result = invoke("import", _article(HESAP), _article(ANALIST), "-o", typed, "--json")
    assert result.exit_code == 0, result
    assert sorted(path.name for path in target.iterdir()) == [f"{HESAP}.json", f"{ANALIST}.json"]
    assert not data_dir.exists()  # -o DİZİN/ is not the data directory
    assert [item["status"] for item in json.loads(result.stdout)["results"]] == ["imported"] * 2


def test_one_input_into_a_directory_is_written_as_its_slug(tmp_path: Path, data_dir: Path) -> None:
    result = invoke("import", _article(HESAP), "-o", str(tmp_path) + "/")
    assert result.exit_code == 0, result
    assert (tmp_path / f"{HESAP}.json").is_file()
    assert f"Yazıldı: {tmp_path / HESAP}.json" in flat(result.stderr)


def test_no_progress_display_in_a_pipe(data_dir: Path) -> None:
    result = invoke("import", _article(HESAP), _article(ANALIST), "--into-data-dir")
    assert result.exit_code == 0, result
    assert "İçe aktarılıyor" not in result.stderr
    assert "\r" not in result.stderr
    assert "\x1b[" not in result.stderr
    assert "2 girdi: 2 içe aktarıldı" in flat(result.stderr)


def test_ctrl_c_keeps_what_finished_and_lists_the_rest(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.BatchImport._import

    def interrupted_on_second(self: batch.BatchImport, name: str) -> Any:
        if ANALIST in name:
            raise KeyboardInterrupt
        return real(self, name)

    monkeypatch.setattr(batch.BatchImport, "_import", interrupted_on_second)
    result = invoke(
        "import", _article(HESAP), _article(ANALIST), _article(HESAP), "--into-data-dir"
    )
    assert result.exit_code == 130, result
    assert [p.name for p in data_dir.iterdir()] == [f"{HESAP}.json"]
    text = flat(result.stderr)
    assert "3 girdi: 1 içe aktarıldı" in text
    assert "2 yapılmadı" in text
    assert "Ctrl-C ile kesildi" in text
