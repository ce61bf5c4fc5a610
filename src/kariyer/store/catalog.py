"""The catalog: every profile kariyer knows, bundled and the user's, found by slug or name.

Profiles come from two places: the data bundled with the package and, optionally,
a user directory (``KARIYER_DATA_DIR`` or ``--data-dir``). Rules:

* a profile file is ``<slug>.json`` and its ``slug`` field must equal the file name;
* a user file with a bundled slug replaces the bundled profile (a notice says so);
* a bad file is reported once and skipped; the good profiles still load;
* nothing here ever writes to a data directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer.errors import AmbiguousNameError, NotFoundError, ProfileError, echo
from kariyer.schema.limits import is_slug
from kariyer.store.files import ProfileFile, bad_file_name, profile_names_in
from kariyer.store.paths import bundled_profiles_dir, check_directory
from kariyer.store.verified import load_profile_file

if TYPE_CHECKING:
    from kariyer.schema.models import Profile, SkillTable
    from kariyer.store.index import ProfileIndex
    from kariyer.store.indexed import IndexedProfile
    from kariyer.store.parallel import Progress
    from kariyer.store.reference import Reference


SHOWN_CHOICES = 5  # an ambiguous name lists this many occupations


def _override_notice(path: Path, slug: str) -> str:
    return f"Not: {path} paketle gelen '{slug}' profilinin yerine kullanılıyor."


@dataclass
class Catalog:
    """Bundled and user profiles, loaded lazily; a file is validated until it is known valid.

    A loaded profile is kept for the rest of the run; whether its bytes need pydantic's
    check at all is decided by `kariyer.store.verified`.
    """

    user_dir: Path | None = None
    include_bundled: bool = True
    problems: list[ProfileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    progress: Progress | None = None  # shown while a long index build runs (set by cli)
    _files: dict[str, ProfileFile] | None = field(default=None, repr=False)
    _loaded: dict[str, Profile] = field(default_factory=dict, repr=False)
    _skills: SkillTable | None = field(default=None, repr=False)
    _reference: Reference | None = field(default=None, repr=False)
    _index: ProfileIndex | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.user_dir is not None:
            check_directory(self.user_dir)

    # -- discovery -------------------------------------------------------
    def files(self) -> dict[str, ProfileFile]:
        """Every profile file by slug; user files replace bundled ones."""
        if self._files is None:
            found: dict[str, ProfileFile] = {}
            if self.include_bundled:
                directory = str(bundled_profiles_dir())
                for slug in self._scan(directory):
                    found[slug] = ProfileFile(slug, directory, "bundled")
            if self.user_dir is not None:
                directory = str(self.user_dir)
                for slug in self._scan(directory):
                    entry = found.get(slug)
                    if entry is not None and entry.origin == "bundled":
                        location = ProfileFile(slug, directory, "user").location
                        self.notices.append(_override_notice(Path(location), slug))
                    found[slug] = ProfileFile(slug, directory, "user")
            self._files = found
        return self._files

    def _scan(self, directory: str) -> list[str]:
        """The slug of each profile file, by file name; bad names go to ``problems``."""
        result, bad = [], []
        for name in profile_names_in(Path(directory)):  # directory order: no sort
            slug = name[: -len(".json")]
            if is_slug(slug):
                result.append(slug)
            else:
                bad.append(name)
        self.problems.extend(bad_file_name(Path(directory, name)) for name in sorted(bad))
        return result

    def slugs(self) -> list[str]:
        return sorted(self.files())

    # -- loading ---------------------------------------------------------
    def get(self, name: str) -> Profile:
        """The profile for a slug or a title in any case or spelling.

        The slug a name would have is tried by file name first, so the common case
        reads one file; any other name is matched against the titles in the index.
        Raises NotFoundError with up to three suggestions.
        """
        from kariyer.store.names import by_words, resolve_all, suggest
        from kariyer.text import MAX_TYPED, slugify

        for slug in dict.fromkeys((name.strip(), slugify(name[:MAX_TYPED]))):
            if is_slug(slug):
                entry = self._locate(slug)
                if entry is not None:
                    profile = self._load(entry, skip_bad=False)
                    assert profile is not None
                    if slug != name.strip():  # typed as a title: another may share it
                        self._note_shared(name, [slug, *resolve_all(name, self.index().titles())])
                    return profile
        candidates = self.index().titles()
        found = resolve_all(name, candidates)
        self._note_shared(name, found)
        if not found:
            found = by_words(name, candidates)
            if len(found) > 1:
                titles = dict(candidates)
                shown = [(slug, titles[slug]) for slug in found[:SHOWN_CHOICES]]
                raise AmbiguousNameError(name, shown, max(0, len(found) - SHOWN_CHOICES))
            if found:  # one occupation has those words: take it, and say so
                self.notices.append(
                    f"Not: '{echo(name)}' → {found[0]} ({echo(dict(candidates)[found[0]])})"
                )
        if found:
            profile = self._load(self.files()[found[0]], skip_bad=False)
            assert profile is not None
            return profile
        raise NotFoundError(name, suggest(name, candidates))

    def _note_shared(self, name: str, found: Sequence[str]) -> None:
        """One title, several articles: say which is shown (the first) and how to get another."""
        found = list(dict.fromkeys(found))
        if len(found) > 1:
            self.notices.append(
                f"Not: '{echo(name)}' adında {len(found)} meslek var; {found[0]} gösteriliyor. "
                f"Ötekiler için slug'ı yazın: {', '.join(found[1:4])}"
            )

    # -- scans (through the cached index) ---------------------------------------
    def index(self) -> ProfileIndex:
        """The index of every active profile file; bad user files go to ``problems``."""
        if self._index is None:
            from kariyer.store.index import build_index

            directories = [bundled_profiles_dir()]
            if self.user_dir is not None:
                directories.append(self.user_dir)
            self._index = build_index(self.files(), directories, self.progress)
            for problem in self._index.problems():
                if self.files()[Path(problem.path).stem].origin == "bundled":
                    raise problem  # the package itself is broken: never hide it
                if all(known.path != problem.path for known in self.problems):
                    self.problems.append(problem)
        return self._index

    def summaries(
        self, *, with_skills: bool = False, year: int | None = None, latest: bool = False
    ) -> list[IndexedProfile]:
        """The indexed fields of every valid profile, by slug (fast with many files).

        Without ``with_skills`` their ``skills`` are empty: ask for them when needed. With
        ``year`` only that year's figures are read, with ``latest`` only each profile's
        latest average (asking for other figures is an error).
        """
        return self.index().profiles(with_skills=with_skills, year=year, latest=latest)

    def _locate(self, slug: str) -> ProfileFile | None:
        """Find one slug by file name, without scanning every directory."""
        if self._files is not None:
            return self._files.get(slug)
        bundled = bundled_profiles_dir() / f"{slug}.json"
        has_bundled = self.include_bundled and bundled.exists()
        if self.user_dir is not None:
            candidate = self.user_dir / f"{slug}.json"
            if candidate.exists():
                if has_bundled:
                    self.notices.append(_override_notice(candidate, slug))
                return ProfileFile(slug, str(self.user_dir), "user")
        return ProfileFile(slug, str(bundled.parent), "bundled") if has_bundled else None

    def _load(self, entry: ProfileFile, *, skip_bad: bool = True) -> Profile | None:
        """Load one file; a bad user file is recorded and skipped, or raised when asked for."""
        if entry.slug in self._loaded:
            return self._loaded[entry.slug]
        try:
            profile = load_profile_file(entry.path)
        except ProfileError as exc:
            if entry.origin == "bundled" or not skip_bad:
                raise  # asked for by name, or the package itself is broken: never hide it
            if all(p.path != exc.path for p in self.problems):
                self.problems.append(exc)
            return None
        self._loaded[entry.slug] = profile
        return profile

    def profiles(self) -> list[Profile]:
        """Every valid profile, sorted by slug; bad user files go to ``problems``."""
        result = []
        for slug in self.slugs():
            profile = self._load(self.files()[slug])
            if profile is not None:
                result.append(profile)
        return result

    # -- bundled tables --------------------------------------------------
    def skills(self) -> SkillTable:
        if self._skills is None:
            from kariyer.store.reference import load_skills

            self._skills = load_skills()
        return self._skills

    def reference(self) -> Reference:
        if self._reference is None:
            from kariyer.store.reference import load_reference

            self._reference = load_reference()
        return self._reference
