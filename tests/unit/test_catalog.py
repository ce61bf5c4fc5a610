"""Finding, reading, validating and overriding profiles; never reading outside the data dirs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kariyer.errors import DataDirError, NotFoundError, ProfileError
from kariyer.store.catalog import Catalog
from kariyer.store.paths import bundled_data_dir, user_data_dir

from ..support import ANALIST, HESAP, SLUGS, WriteProfile


def renamed(data: dict[str, Any], slug: str, title: str) -> dict[str, Any]:
    return {**data, "slug": slug, "title": title}


def test_bundled_data_dir_is_found() -> None:
    directory = bundled_data_dir()
    assert (directory / "skills.json").is_file()
    assert sorted(p.name for p in (directory / "occupations").glob("*.json")) == [
        f"{slug}.json" for slug in SLUGS
    ]


def test_bundled_catalog(catalog: Catalog) -> None:
    assert catalog.slugs() == list(SLUGS)
    assert [profile.slug for profile in catalog.profiles()] == list(SLUGS)
    assert {entry.origin for entry in catalog.files().values()} == {"bundled"}
    assert catalog.problems == []
    assert catalog.notices == []


def test_get_bundled(catalog: Catalog) -> None:
    profile = catalog.get(HESAP)
    assert profile.title == "Müşteri Hesap Temsilcisi"
    assert catalog.get(HESAP) is profile  # validated once, then cached


def test_get_normalises_case_and_spaces(catalog: Catalog) -> None:
    assert catalog.get("  MUSTERI-HIZMETLERI-ANALISTI ").slug == ANALIST


def test_skills_table(catalog: Catalog) -> None:
    ids = [skill.id for skill in catalog.skills().skills]
    assert "communication" in ids
    assert len(ids) == 8


def test_user_dir_profile_loaded_in_addition(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    write_profile("yeni-meslek", renamed(raw_profiles[HESAP], "yeni-meslek", "Yeni Meslek"))
    catalog = Catalog(user_dir=tmp_path)
    assert catalog.slugs() == [HESAP, ANALIST, "yeni-meslek"]
    assert catalog.files()["yeni-meslek"].origin == "user"
    assert catalog.files()[HESAP].origin == "bundled"
    assert catalog.get("yeni-meslek").title == "Yeni Meslek"
    assert len(catalog.profiles()) == 3
    assert catalog.problems == []
    assert catalog.notices == []


def test_user_file_overrides_bundled_with_notice(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    path = write_profile(HESAP, renamed(raw_profiles[HESAP], HESAP, "Kullanıcı Sürümü"))
    catalog = Catalog(user_dir=tmp_path)
    titles = {profile.slug: profile.title for profile in catalog.profiles()}
    assert titles == {HESAP: "Kullanıcı Sürümü", ANALIST: "Müşteri Hizmetleri Analisti"}
    assert catalog.files()[HESAP].origin == "user"
    assert catalog.files()[HESAP].path == path
    assert len(catalog.notices) == 1
    assert str(path) in catalog.notices[0]
    assert f"'{HESAP}'" in catalog.notices[0]
    assert catalog.problems == []


def test_get_prefers_user_file(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    write_profile(HESAP, renamed(raw_profiles[HESAP], HESAP, "Kullanıcı Sürümü"))
    assert Catalog(user_dir=tmp_path).get(HESAP).title == "Kullanıcı Sürümü"


def _only_problem(catalog: Catalog) -> ProfileError:
    assert len(catalog.problems) == 1, [p.message for p in catalog.problems]
    return catalog.problems[0]


def _assert_good_profiles_still_load(catalog: Catalog) -> None:
    assert [profile.slug for profile in catalog.profiles()] == ["iyi-meslek", *SLUGS]


@pytest.fixture
def with_good_user_profile(
    raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    write_profile("iyi-meslek", renamed(raw_profiles[ANALIST], "iyi-meslek", "İyi Meslek"))


@pytest.mark.usefixtures("with_good_user_profile")
def test_truncated_json_reported(tmp_path: Path, write_profile: WriteProfile) -> None:
    path = write_profile("bozuk", '{"slug": "bozuk", "title": ')
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert "geçerli JSON değil" in problem.problem
    assert str(path) in problem.message


@pytest.mark.usefixtures("with_good_user_profile")
@pytest.mark.parametrize(
    ("change", "field", "wording"),
    [
        ({"duties": "tek görev"}, "duties", "liste olmalı"),
        ({"title": 5}, "title", "metin olmalı"),
        (
            {
                "salary": {
                    "figures": [
                        {"year": 2024, "kind": "average", "label": "x", "monthly_tl": "çok"}
                    ]
                }
            },
            "salary.figures.0.monthly_tl",
            "sayı olmalı",
        ),
        (
            {
                "salary": {
                    "figures": [{"year": 2024, "kind": "average", "label": "x", "monthly_tl": -5}]
                }
            },
            "salary.figures.0.monthly_tl",
            "0 değerinden büyük olmalı",
        ),
        (
            {"outlook": {"direction": "up", "statement": "x"}},
            "outlook.direction",
            "şu değerlerden biri olmalı",
        ),
        ({"maas": 1}, "maas", "bilinmeyen alan"),
        ({"source": {"site": "x", "title": "y", "yazar": "z"}}, "source.yazar", "bilinmeyen alan"),
    ],
)
def test_invalid_user_profile_reported_with_field(
    tmp_path: Path,
    raw_profiles: dict[str, dict[str, Any]],
    write_profile: WriteProfile,
    change: dict[str, Any],
    field: str,
    wording: str,
) -> None:
    data = {**renamed(raw_profiles[HESAP], "hatali", "Hatalı"), **change}
    path = write_profile("hatali", data)
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert problem.field == field
    assert wording in problem.problem
    assert f"{path} [{field}]" in problem.message


@pytest.mark.usefixtures("with_good_user_profile")
def test_file_name_must_equal_slug(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    path = write_profile("baska-ad", renamed(raw_profiles[HESAP], "asil-ad", "Asıl Ad"))
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert problem.field == "slug"
    assert "baska-ad.json" in problem.problem
    assert "asil-ad" not in catalog.slugs()


@pytest.mark.usefixtures("with_good_user_profile")
@pytest.mark.parametrize(
    ("content", "wording"),
    [
        ("", "dosya boş"),
        ("   \n", "dosya boş"),
        ("[1, 2]", "kökte bir nesne"),
        ('"metin"', "kökte bir nesne"),
    ],
)
def test_empty_or_non_object_file_reported(
    tmp_path: Path, write_profile: WriteProfile, content: str, wording: str
) -> None:
    path = write_profile("garip", content)
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert wording in problem.problem


@pytest.mark.usefixtures("with_good_user_profile")
def test_non_utf8_file_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"title": "M\xfcd\xfcr"}')  # "Müdür" in Latin-1
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert "UTF-8 değil" in problem.problem


@pytest.mark.usefixtures("with_good_user_profile")
def test_invalid_file_name_reported(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    path = write_profile("Kötü_Ad", renamed(raw_profiles[HESAP], "kotu-ad", "Kötü"))
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(path)
    assert "slug" in problem.problem


@pytest.mark.usefixtures("with_good_user_profile")
def test_directory_named_like_profile_reported(tmp_path: Path) -> None:
    (tmp_path / "klasor.json").mkdir()
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    problem = _only_problem(catalog)
    assert problem.path == str(tmp_path / "klasor.json")
    assert "normal bir dosya değil" in problem.problem


@pytest.mark.usefixtures("with_good_user_profile")
def test_other_files_ignored(tmp_path: Path) -> None:
    (tmp_path / "notlar.txt").write_text("not json", encoding="utf-8")
    (tmp_path / ".gizli.json").write_text("{", encoding="utf-8")
    catalog = Catalog(user_dir=tmp_path)
    _assert_good_profiles_still_load(catalog)
    assert catalog.problems == []


def test_problem_reported_once_per_file(tmp_path: Path, write_profile: WriteProfile) -> None:
    write_profile("bozuk", "{")
    catalog = Catalog(user_dir=tmp_path)
    catalog.profiles()
    catalog.profiles()
    assert len(catalog.problems) == 1


def test_get_of_bad_user_file_names_the_file(tmp_path: Path, write_profile: WriteProfile) -> None:
    """Asked for by name, a broken file is an error about that file, not 'not found'."""
    path = write_profile("bozuk", "{")
    catalog = Catalog(user_dir=tmp_path)
    with pytest.raises(ProfileError) as exc:
        catalog.get("bozuk")
    assert exc.value.path == str(path)
    assert "JSON" in exc.value.message


def test_bad_user_file_with_bundled_slug_is_reported(
    tmp_path: Path, write_profile: WriteProfile
) -> None:
    path = write_profile("musteri-hesap-temsilcisi", '{"slug": ')
    catalog = Catalog(user_dir=tmp_path)
    with pytest.raises(ProfileError) as exc:
        catalog.get("musteri-hesap-temsilcisi")
    assert exc.value.path == str(path)


def test_override_notice_when_asked_by_name(tmp_path: Path, raw_profiles) -> None:
    data = raw_profiles["musteri-hesap-temsilcisi"]
    data["title"] = "Benim Temsilcim"
    (tmp_path / "musteri-hesap-temsilcisi.json").write_text(json.dumps(data), encoding="utf-8")
    catalog = Catalog(user_dir=tmp_path)
    assert catalog.get("musteri-hesap-temsilcisi").title == "Benim Temsilcim"
    assert any("yerine" in notice for notice in catalog.notices)


def test_nonexistent_user_dir(tmp_path: Path) -> None:
    missing = tmp_path / "yok"
    with pytest.raises(DataDirError) as exc:
        Catalog(user_dir=missing)
    assert str(missing) in exc.value.message
    assert "bulunamadı" in exc.value.message
    assert exc.value.exit_code == 1


def test_file_instead_of_user_dir(tmp_path: Path) -> None:
    path = tmp_path / "dosya.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(DataDirError) as exc:
        Catalog(user_dir=path)
    assert str(path) in exc.value.message
    assert "dizin değil" in exc.value.message


def test_user_data_dir_from_option_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert user_data_dir(None) is None
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path))
    assert user_data_dir(None) == tmp_path
    assert user_data_dir(Path("secenek")) == Path("secenek")
    monkeypatch.setenv("KARIYER_DATA_DIR", "   ")
    assert user_data_dir(None) is None


def test_unknown_slug_not_found_with_suggestions(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError) as exc:
        catalog.get("musteri-hesap-temsilsi")
    assert exc.value.suggestions[0] == HESAP
    assert exc.value.hint is not None
    assert HESAP in exc.value.hint
    assert "Bulunamadı" in exc.value.message
    assert exc.value.exit_code == 1


def test_unknown_slug_without_close_match(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError) as exc:
        catalog.get("zzzz")
    assert exc.value.suggestions == []
    assert exc.value.hint == "Mevcut meslekleri görmek için: kariyer list"


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "../occupations/musteri-hesap-temsilcisi",
        "/etc/passwd",
        "musteri-hesap-temsilcisi.json",
        "..",
        "",
        "a" * 81,
    ],
)
def test_get_never_leaves_the_data_dirs(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(NotFoundError):
        catalog.get(name)
    # Resolving a title may read profiles, but only inside the data directories.
    data_dir = bundled_data_dir().resolve()
    assert all(Path(path).resolve().is_relative_to(data_dir) for path in opened), opened


def test_get_through_user_dir_never_leaves_it(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    inner = tmp_path / "icerde"
    inner.mkdir()
    # a valid profile just outside the user dir must not be reachable by a relative name
    (tmp_path / "disarida.json").write_text(
        json.dumps(renamed(raw_profiles[HESAP], "disarida", "Dışarıda")), encoding="utf-8"
    )
    catalog = Catalog(user_dir=inner)
    with pytest.raises(NotFoundError):
        catalog.get("../disarida")
    assert "disarida" not in catalog.slugs()


def test_catalog_never_writes(tmp_path: Path, write_profile: WriteProfile) -> None:
    write_profile("bozuk", "{")
    before = sorted(p.name for p in tmp_path.iterdir())
    catalog = Catalog(user_dir=tmp_path)
    catalog.profiles()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
