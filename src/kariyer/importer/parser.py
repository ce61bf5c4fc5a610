"""Turn a saved eniyimeslekler.com article (plain text) into a profile.

Pure functions: no rich, no typer, never prints. The rule is *never guess*:

* a section the article does not have stays empty and gives a ``missing-section`` warning;
* a line that looks like a salary figure but cannot be read gives a warning naming its line
  and is not imported (no figure is invented);
* text is never moved from one section to another; a line that fits nowhere is left out
  with a warning naming its line;
* skills get a canonical id only on an exact match (id, name or alias after Turkish
  folding); the next-step positions and the ISCO-08 code are never filled in.

Page furniture (``En Popüler: …``, the CV-guide footnote, the comment form) is dropped
wherever it appears. The steps: `decode` (bytes → text), `lines` (cleaned lines),
`sections` (each section's reader), and this module, which puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kariyer.checks.findings import Finding
from kariyer.errors import UsageError, echo
from kariyer.importer.decode import decode_article, normalise_newlines
from kariyer.importer.lines import (
    Line,
    Notes,
    clean,
    is_noise,
    removed_message,
    shorten,
    strip_ending,
    strip_unsafe,
)
from kariyer.importer.origin import checked_url, site_of
from kariyer.importer.sections import (
    SECTIONS,
    SPEC,
    TITLE_ENDING,
    heading_key,
    is_summary_heading,
    read_section,
)
from kariyer.schema.build import to_data
from kariyer.schema.limits import MAX_SLUG_LENGTH, MAX_TEXT_LENGTH, is_slug
from kariyer.schema.models import Profile, SkillTable
from kariyer.schema.validate import validate
from kariyer.text import fold, slugify

if TYPE_CHECKING:
    from kariyer.importer.merge import Merge

MAX_TITLE_LINE_LENGTH = 200


@dataclass(kw_only=True)
class ImportResult:
    """The profile read from an article (None when it has no title) and what was noticed."""

    profile: Profile | None
    findings: list[Finding]
    written_to: str | None = None  # the file the profile was written to, if any
    status: str | None = None  # imported / updated / unchanged, once saved (cli.saving)
    merge: Merge | None = None  # set when merged into a profile already at the target
    cached: date | None = None  # the page came from the cache: the day it was fetched

    def profile_json(self) -> str:
        """The profile as a data file: what `kariyer check` and the catalog read."""
        assert self.profile is not None
        import json

        data = to_data(self.profile, exclude_none=True)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _title_of(line: Line) -> str | None:
    if len(line.text) > MAX_TITLE_LINE_LENGTH:
        return None
    title = strip_ending(line.text, fold(TITLE_ENDING).split())
    if title is None or not fold(title):
        return None
    return title.strip(" -–—:")


def _check_slug(slug: str) -> None:
    if not is_slug(slug):
        raise UsageError(
            f"Geçersiz kısa ad (slug): '{echo(shorten(slug))}'.",
            hint="Yalnız küçük harf (a-z), rakam ve tek tire kullanın, en çok "
            f"{MAX_SLUG_LENGTH} karakter; örnek: musteri-hesap-temsilcisi",
        )


def _optional_text(value: str | None, what: str, notes: Notes, field: str) -> str | None:
    """A source option (file name, address) as text, without control characters."""
    if value is None:
        return None
    value, removed = strip_unsafe(value)
    if removed:
        notes.warn("control-characters", f"{what} içinden {removed_message(removed)}.", field)
    if not value.strip():
        return None
    if len(value) > MAX_TEXT_LENGTH:
        raise UsageError(f"{what} çok uzun (en çok {MAX_TEXT_LENGTH} karakter).")
    return value


class _Parser:
    def __init__(self, skills: SkillTable) -> None:
        self.table = skills
        self.notes = Notes()
        self.warn = self.notes.warn
        self.ignored = self.notes.ignored

    # lines --------------------------------------------------------------------
    def lines(self, text: str) -> list[Line]:
        lines = []
        for number, raw in enumerate(normalise_newlines(text).split("\n"), start=1):
            safe, removed = strip_unsafe(raw)
            if removed:
                self.notes.removed[number] = removed
            line = clean(safe, number)
            if not line.text or is_noise(line):
                continue
            if len(line.text) > MAX_TEXT_LENGTH:
                self.warn(
                    "line-too-long",
                    f"Satır {number}: {len(line.text)} karakter (en çok {MAX_TEXT_LENGTH}); "
                    "satır alınmadı.",
                )
                continue
            lines.append(line)
        self.notes.report_removed()
        return lines

    # whole article ------------------------------------------------------------
    def parse(
        self,
        text: str,
        *,
        slug: str | None,
        source_url: str | None,
        source_file: str | None,
        site: str | None,
        retrieved: date | None = None,
    ) -> Profile | None:
        lines = self.lines(text)
        first_heading = next((i for i, line in enumerate(lines) if heading_key(line)), len(lines))
        found = next(
            (
                (i, title)
                for i, line in enumerate(lines[:first_heading])
                if (title := _title_of(line)) is not None
            ),
            None,
        )
        if found is None:
            self.notes.findings.append(
                Finding(
                    code="no-title",
                    severity="error",
                    field="title",
                    message=(
                        "Makalenin başlığı bulunamadı: ilk bölüm başlığından önce "
                        f"'<Meslek> {TITLE_ENDING}' biçiminde bir satır yok."
                    ),
                )
            )
            return None
        title_index, title = found
        for line in lines[:title_index]:
            self.ignored(line, "başlıktan önce")
        sections = self.split_sections(lines[first_heading:])

        data: dict[str, Any] = {
            "slug": slug if slug is not None else self.slug_from(title),
            "title": title,
            "summary": self.summary(lines[title_index + 1 : first_heading]),
            "source": {
                "site": site,
                "title": lines[title_index].text,
                "file": source_file,
                "url": source_url,
                "retrieved": retrieved,
            },
        }
        for spec in SECTIONS:
            body = sections.get(spec.key)
            if body is None:
                self.warn(
                    "missing-section",
                    f"'… {spec.ending}' bölümü bulunamadı; {spec.contents} boş bırakıldı.",
                    spec.field,
                )
                continue
            if not body:
                self.warn(
                    "empty-section",
                    f"'… {spec.ending}' bölümü boş; {spec.contents} boş bırakıldı.",
                    spec.field,
                )
                continue
            read_section(spec.key, body, data, self.notes, self.table)
        return validate(Profile, data)

    def slug_from(self, title: str) -> str:
        slug = slugify(title)
        if len(slug) <= MAX_SLUG_LENGTH:
            return slug
        short = ""
        for word in slug.split("-"):
            candidate = f"{short}-{word}" if short else word
            if len(candidate) > MAX_SLUG_LENGTH:
                break
            short = candidate
        short = short or slug[:MAX_SLUG_LENGTH].rstrip("-")
        self.warn(
            "slug-shortened",
            f"Başlıktan çıkan kısa ad {MAX_SLUG_LENGTH} karakteri aşıyor; '{short}' olarak "
            "kısaltıldı. İsterseniz kısa adı kendiniz verin.",
            "slug",
        )
        return short

    def split_sections(self, lines: list[Line]) -> dict[str, list[Line]]:
        sections: dict[str, list[Line]] = {}
        current: list[Line] | None = None
        for line in lines:
            key = heading_key(line)
            if key is None:
                if current is not None:
                    current.append(line)
                continue
            if key in sections:
                duplicate: list[Line] = []
                self.warn(
                    "duplicate-section",
                    f"Satır {line.number}: '… {SPEC[key].ending}' bölümü ikinci kez geçiyor; "
                    "yalnız ilki alındı, bu bölümün metni alınmadı.",
                    SPEC[key].field,
                )
                current = duplicate
            else:
                current = sections[key] = []
        return sections

    def summary(self, lines: list[Line]) -> list[str]:
        if lines and is_summary_heading(lines[0]):  # a heading over it, not its text
            lines = lines[1:]
        if not lines:
            self.warn(
                "missing-section",
                "Özet (başlık ile ilk bölüm arasındaki paragraflar) bulunamadı; özet "
                "(summary) boş bırakıldı.",
                "summary",
            )
        return [line.text for line in lines]


def parse_article(
    text: str,
    *,
    slug: str | None = None,
    source_url: str | None = None,
    source_file: str | None = None,
    site: str | None = None,
    retrieved: date | None = None,
    skills: SkillTable,
) -> ImportResult:
    """Read an article's text into a profile; ``profile`` is None only without a title.

    ``slug`` overrides the one made from the title (invalid: UsageError). The site is
    ``site``, else the host of ``source_url``, else unknown: never assumed. The importer
    never sets ``isco08`` nor ``career_path.positions``.
    """
    if slug is not None:
        _check_slug(slug)
    parser = _Parser(skills)
    url = checked_url(_optional_text(source_url, "Kaynak adresi (URL)", parser.notes, "source.url"))
    publisher = site_of(url, site)
    file = _optional_text(source_file, "Kaynak dosya adı", parser.notes, "source.file")
    profile = parser.parse(
        text, slug=slug, source_url=url, source_file=file, site=publisher, retrieved=retrieved
    )
    return ImportResult(profile=profile, findings=parser.notes.findings)


def import_article(
    raw: bytes,
    *,
    slug: str | None,
    source_url: str | None,
    source_file: str | None,
    site: str | None = None,
    skills: SkillTable,
    check: Callable[[Profile], list[Finding]] | None = None,
    html: bool = False,
    charset: str | None = None,
    retrieved: date | None = None,
) -> ImportResult:
    """Decode, parse and (with ``check``) add the data-quality findings of `kariyer check`.

    With ``html`` the bytes are a web page (fetched or saved): its main text is taken
    first (`kariyer.importer.html`, ``charset`` from the HTTP header if any).
    """
    if html:
        from kariyer.importer.html import page_text

        text, decoding = page_text(raw, charset)
    else:
        text, decoding = decode_article(raw)
    result = parse_article(
        text,
        slug=slug,
        source_url=source_url,
        source_file=source_file,
        site=site,
        retrieved=retrieved,
        skills=skills,
    )
    findings = decoding + result.findings
    if result.profile is not None and check is not None:
        said = {item.field for item in findings if item.code == "unknown-skill"}
        findings += [  # one warning per unknown skill: check's own says the same again
            item
            for item in check(result.profile)
            if not (item.code == "unknown-skill-id" and item.field in said)
        ]
    if result.profile is not None and curated_fields_empty(result.profile):
        findings.append(CURATED_EMPTY)
    return ImportResult(profile=result.profile, findings=findings)


CURATED_EMPTY = Finding(
    code="curated-fields-empty",
    severity="warning",
    field="isco08",
    message=(
        "Meslek kodu (isco08) ve kariyer basamakları (career_path.positions) boş: makaleler "
        "bunları vermez, elle eklenir (bkz. docs/data.md); birleştirmede korunurlar."
    ),
)


def curated_fields_empty(profile: Profile) -> bool:
    """Neither an occupation code nor career positions (the importer never sets them)."""
    return profile.isco08 is None and not profile.career_path.positions
