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
wherever it appears.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kariyer.errors import KariyerError, UsageError
from kariyer.figures import Finding
from kariyer.models import SLUG_PATTERN, Profile, Skill, SkillTable, to_data
from kariyer.skills import find_skill
from kariyer.text import fold, slugify
from kariyer.validation import validate

SITE = "eniyimeslekler.com"
UTF8_BOM = b"\xef\xbb\xbf"
FALLBACK_ENCODING = "cp1254"  # Turkish Windows code page
MAX_SLUG_LENGTH = 80
MAX_TEXT_LENGTH = 20_000  # models.Text
MAX_HEADING_LENGTH = 150
MAX_TITLE_LINE_LENGTH = 200
MAX_LABEL_WORDS = 6  # "Sertifikalar ve Lisanslar", "Takım çalışması becerileri" …
MAX_LABEL_LENGTH = 60
MAX_TREND_TITLE_WORDS = 12
MAX_TREND_TITLE_LENGTH = 100

TITLE_ENDING = "Ne İş Yapar ve Maaşları Ne Kadar?"


@dataclass(kw_only=True)
class ImportResult:
    """The profile read from an article (None when it has no title) and what was noticed."""

    profile: Profile | None
    findings: list[Finding]

    def profile_json(self) -> str:
        """The profile as a data file: what `kariyer check` and the catalog read."""
        assert self.profile is not None
        import json

        data = to_data(self.profile, exclude_none=True)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class _SectionSpec:
    key: str
    ending: str  # the fixed end of the article's heading
    field: str
    contents: str  # what stays empty when the section is missing, in Turkish

    @property
    def ending_words(self) -> list[str]:
        return fold(self.ending).split()


SECTIONS = (
    _SectionSpec("duties", "Sorumlulukları ve Görevleri", "duties", "görevler (duties)"),
    _SectionSpec(
        "salary",
        "Maaşı Ne Kadar?",
        "salary",
        "maaş bilgileri ve istihdam görünümü (salary, outlook)",
    ),
    _SectionSpec(
        "requirements",
        "Şartlar ve Nitelikler Neler?",
        "requirements",
        "eğitim, antrenman ve sertifika bilgileri (requirements)",
    ),
    _SectionSpec("skills", "Gerekli Beceriler", "skills", "beceriler (skills)"),
    _SectionSpec(
        "work_conditions",
        "Çalışma Şartları Nasıl?",
        "work_conditions",
        "çalışma şartları (work_conditions)",
    ),
    _SectionSpec("development", "Mesleki Gelişme", "development", "mesleki gelişme (development)"),
    _SectionSpec("how_to_become", "Nasıl Olunur?", "how_to_become", "nasıl olunur (how_to_become)"),
    _SectionSpec(
        "career_path", "Kariyer ve İş İmkanları", "career_path", "kariyer yolu (career_path.text)"
    ),
)
_SPEC = {spec.key: spec for spec in SECTIONS}

REQUIREMENT_LABELS = {
    "egitim": "education",
    "antrenman tecrubesi": "training",
    "sertifikalar ve lisanslar": "certificates",
}
_REQUIREMENT_NAMES = {
    "education": "Eğitim",
    "training": "Antrenman tecrübesi",
    "certificates": "Sertifikalar ve Lisanslar",
}
EXTRA_PAY_WORDS = ("komisyon", "ikramiye")
DECLINE_WORDS = frozenset({"azalmasi", "dusmesi"})
GROWTH_WORDS = frozenset({"artmasi", "buyumesi"})

_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
# "•" needs no space after it; "-", "*" and dashes do (a hyphenated word is not a bullet).
_BULLET = re.compile(r"^(?:[•·▪●◦‣]\s*|[-*–—]\s+)")
_FIGURE = re.compile(
    r"^(?P<year>\d{4})\s+(?P<yili>\S+)\s+(?P<label>[^:]+?)\s*:\s*"
    r"(?P<monthly>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)\s*TL"
    r"\s*(?:\(\s*(?P<hourly>\d+(?:[.,]\d{1,2})?)\s*TL\s*/\s*saat\s*\))?$",
    re.IGNORECASE,
)
_EXTRA_PAY = re.compile(r"\b(" + "|".join(EXTRA_PAY_WORDS) + ")")
_FIGURE_EXAMPLE = "2023 Yılı Ortalama Maaş: 14.000 TL (19.90 TL/saat)"


# -- decoding --------------------------------------------------------------------
def decode_article(raw: bytes) -> tuple[str, list[Finding]]:
    """Article bytes as text with LF line ends.

    UTF-8 (a leading BOM is dropped). Bytes that are not UTF-8 are read as cp1254, the
    Turkish Windows code page, with a warning; if even that fails, KariyerError.
    """
    findings: list[Finding] = []
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError as fallback:
            raise KariyerError(
                f"Makale metni okunamadı: UTF-8 değil (bayt {exc.start}) ve Türkçe Windows "
                f"kod sayfası ({FALLBACK_ENCODING}) olarak da çözülemiyor "
                f"(bayt {fallback.start}).",
                hint="Metni UTF-8 olarak kaydedip yeniden deneyin.",
            ) from None
        findings.append(
            Finding(
                code="encoding-fallback",
                severity="warning",
                field=None,
                message=(
                    f"Metin UTF-8 değil (bayt {exc.start}); Türkçe Windows kod sayfası "
                    f"({FALLBACK_ENCODING}) olarak okundu. Türkçe harfleri kontrol edin."
                ),
            )
        )
    return _normalise_newlines(text), findings


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- lines -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    number: int  # 1-based, in the article text
    text: str  # spaces collapsed, bullet marker removed
    bullet: bool
    folded: str

    @property
    def words(self) -> list[str]:
        return self.folded.split()


def _clean(raw: str, number: int) -> _Line:
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", raw).translate(_INVISIBLE)).strip()
    marker = _BULLET.match(text)
    if marker:
        text = text[marker.end() :].strip()
    return _Line(number=number, text=text, bullet=marker is not None, folded=fold(text))


def _split_label(text: str) -> tuple[str, str] | None:
    """("Eğitim", "rest …") for a short "Label: rest" line; None for a sentence."""
    name, colon, rest = text.partition(":")
    name = name.strip()
    if (
        not colon
        or not fold(name)
        or len(name) > MAX_LABEL_LENGTH
        or len(name.split()) > MAX_LABEL_WORDS
        or "." in name
    ):
        return None
    return name, rest.strip()


def _label_of(line: _Line) -> str | None:
    split = _split_label(line.text)
    return fold(split[0]) if split else None


def _is_noise(line: _Line) -> bool:
    label = _label_of(line)
    if label == "en populer":
        return True
    if label == "dipnot" and "cv hazirlama rehber" in line.folded:
        return True
    return line.folded in {
        "bir cevap yazin",
        "basa don tusu",
        "basa don",
    } or line.folded.startswith("e posta hesabiniz yayimlanmayacak")


def _strip_ending(text: str, ending_words: Sequence[str]) -> str | None:
    """The words before ``ending`` when the (folded) line ends with it; else None."""
    words = text.split(" ")
    for start in range(len(words)):
        if fold(" ".join(words[start:])).split() == list(ending_words):
            return " ".join(words[:start])
    return None


def _heading_key(line: _Line) -> str | None:
    if len(line.text) > MAX_HEADING_LENGTH or line.text.endswith("."):
        return None
    words = line.words
    for spec in SECTIONS:
        ending = spec.ending_words
        if words[-len(ending) :] == ending:
            return spec.key
    return None


def _title_of(line: _Line) -> str | None:
    if len(line.text) > MAX_TITLE_LINE_LENGTH:
        return None
    title = _strip_ending(line.text, fold(TITLE_ENDING).split())
    if title is None or not fold(title):
        return None
    return title.strip(" -–—:")


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_slug(slug: str) -> None:
    if len(slug) > MAX_SLUG_LENGTH or not re.fullmatch(SLUG_PATTERN, slug):
        shown = "".join(ch if ch.isprintable() else "?" for ch in _shorten(slug))
        raise UsageError(
            f"Geçersiz kısa ad (slug): '{shown}'.",
            hint="Yalnız küçük harf (a-z), rakam ve tek tire kullanın, en çok "
            f"{MAX_SLUG_LENGTH} karakter; örnek: musteri-hesap-temsilcisi",
        )


def _optional_text(value: str | None, what: str) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT_LENGTH:
        raise UsageError(f"{what} çok uzun (en çok {MAX_TEXT_LENGTH} karakter).")
    return value


def _exact_skill(name: str, table: SkillTable) -> Skill | None:
    """find_skill, but only its exact answers (id, name or alias after folding)."""
    skill = find_skill(name, table)
    if skill is None:
        return None
    wanted = fold(name)
    names = [skill.id.replace("-", " "), skill.name, *skill.aliases]
    return skill if any(fold(item) == wanted for item in names) else None


# -- the parser ------------------------------------------------------------------
class _Parser:
    def __init__(self, skills: SkillTable) -> None:
        self.table = skills
        self.findings: list[Finding] = []

    def warn(self, code: str, message: str, field: str | None = None) -> None:
        self.findings.append(Finding(code=code, severity="warning", field=field, message=message))

    def ignored(self, line: _Line, why: str, field: str | None = None) -> None:
        self.warn(
            "ignored-line",
            f"Satır {line.number}: {why}; satır alınmadı: '{_shorten(line.text)}'",
            field,
        )

    # lines --------------------------------------------------------------------
    def lines(self, text: str) -> list[_Line]:
        lines = []
        for number, raw in enumerate(_normalise_newlines(text).split("\n"), start=1):
            line = _clean(raw, number)
            if not line.text or _is_noise(line):
                continue
            if len(line.text) > MAX_TEXT_LENGTH:
                self.warn(
                    "line-too-long",
                    f"Satır {number}: {len(line.text)} karakter (en çok {MAX_TEXT_LENGTH}); "
                    "satır alınmadı.",
                )
                continue
            lines.append(line)
        return lines

    # whole article ------------------------------------------------------------
    def parse(
        self,
        text: str,
        *,
        slug: str | None,
        source_url: str | None,
        source_file: str | None,
    ) -> Profile | None:
        lines = self.lines(text)
        first_heading = next((i for i, line in enumerate(lines) if _heading_key(line)), len(lines))
        found = next(
            (
                (i, title)
                for i, line in enumerate(lines[:first_heading])
                if (title := _title_of(line)) is not None
            ),
            None,
        )
        if found is None:
            self.findings.append(
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
                "site": SITE,
                "title": lines[title_index].text,
                "file": source_file,
                "url": source_url,
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
            self.fill(spec.key, body, data)
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

    def split_sections(self, lines: list[_Line]) -> dict[str, list[_Line]]:
        sections: dict[str, list[_Line]] = {}
        current: list[_Line] | None = None
        for line in lines:
            key = _heading_key(line)
            if key is None:
                if current is not None:
                    current.append(line)
                continue
            if key in sections:
                duplicate: list[_Line] = []
                self.warn(
                    "duplicate-section",
                    f"Satır {line.number}: '… {_SPEC[key].ending}' bölümü ikinci kez geçiyor; "
                    "yalnız ilki alındı, bu bölümün metni alınmadı.",
                    _SPEC[key].field,
                )
                current = duplicate
            else:
                current = sections[key] = []
        return sections

    def fill(self, key: str, body: list[_Line], data: dict[str, Any]) -> None:
        if key == "duties":
            data["duties"] = [line.text for line in self.skip_intro(body)]
        elif key == "salary":
            data["salary"], data["outlook"] = self.salary(body)
        elif key == "requirements":
            data["requirements"] = self.requirements(body)
        elif key == "skills":
            data["skills"] = self.skills(body)
        elif key == "development":
            data["development"] = self.development(body)
        elif key == "career_path":
            data["career_path"] = {"text": [line.text for line in body], "positions": []}
        else:  # work_conditions, how_to_become: plain paragraphs
            data[key] = [line.text for line in body]

    # sections -----------------------------------------------------------------
    def summary(self, lines: list[_Line]) -> list[str]:
        if not lines:
            self.warn(
                "missing-section",
                "Özet (başlık ile ilk bölüm arasındaki paragraflar) bulunamadı; özet "
                "(summary) boş bırakıldı.",
                "summary",
            )
        return [line.text for line in lines]

    @staticmethod
    def skip_intro(lines: list[_Line]) -> list[_Line]:
        """Drop the "… aşağıdaki …:" line that opens a list (a short label is kept)."""
        if lines:
            first = lines[0]
            if not first.bullet and first.text.endswith(":") and _split_label(first.text) is None:
                return lines[1:]
        return lines

    def salary(self, lines: list[_Line]) -> tuple[dict[str, Any], dict[str, Any] | None]:
        intro: list[str] = []
        figures: list[dict[str, Any]] = []
        reason: list[str] = []
        statement: _Line | None = None
        note: str | None = None
        state = "intro"  # intro → figures → reason → note
        for line in lines:
            if self.looks_like_figure(line):
                figure = self.figure(line)
                if figure is not None:
                    if any(
                        f["year"] == figure["year"] and f["kind"] == figure["kind"] for f in figures
                    ):
                        self.ignored(
                            line,
                            f"{figure['year']} yılı için aynı türde ikinci maaş satırı",
                            "salary.figures",
                        )
                    else:
                        figures.append(figure)
                if state == "intro":
                    state = "figures"
                continue
            if state in {"intro", "figures"} and statement is None and self.is_outlook(line):
                statement, state = line, "reason"
                continue
            split = _split_label(line.text)
            if split is not None and fold(split[0]) == "dipnot":
                if "maaslar" in fold(split[1]) and note is None and split[1]:
                    note, state = split[1], "note"
                else:
                    self.ignored(line, "maaş kaynağı notu olarak okunamadı", "salary.source_note")
                continue
            if state == "intro":
                intro.append(line.text)
            elif state == "reason":
                reason.append(line.text)
            else:
                where = "maaş satırlarından sonra" if state == "figures" else "dipnottan sonra"
                self.ignored(line, f"maaş bölümünde {where} beklenmeyen metin", "salary")

        if not figures:
            self.warn(
                "no-salary-figures",
                "Maaş bölümünde okunabilen bir maaş satırı yok "
                f"(beklenen biçim: '{_FIGURE_EXAMPLE}').",
                "salary.figures",
            )
        if note is None:
            self.warn(
                "missing-source-note",
                "Maaşların kaynağını söyleyen 'Dipnot: … Maaşlar …' satırı bulunamadı.",
                "salary.source_note",
            )
        salary = {
            "intro": intro,
            "figures": figures,
            "extra_pay": self.extra_pay(intro),
            "source_note": note,
        }
        if statement is None:
            self.warn(
                "missing-outlook",
                "İstihdam görünümü cümlesi ('… istihdamının … bekleniyor.') bulunamadı; "
                "outlook boş bırakıldı.",
                "outlook",
            )
            return salary, None
        outlook = {
            "direction": self.direction(statement),
            "statement": statement.text,
            "reason": reason,
        }
        return salary, outlook

    @staticmethod
    def looks_like_figure(line: _Line) -> bool:
        words = line.words
        return (
            "yili" in words
            and any(word.startswith("maas") for word in words)
            and any(ch.isdigit() for ch in line.text)
        )

    def figure(self, line: _Line) -> dict[str, Any] | None:
        match = _FIGURE.match(line.text)
        kind = None
        year = 0
        if match and fold(match["yili"]) == "yili":
            year = int(match["year"])
            label = fold(match["label"])
            if label.startswith("ortalama"):
                kind = "average"
            elif label.startswith("ust duzey"):
                kind = "top"
        if match is None or kind is None or not 1990 <= year <= 2100:
            self.warn(
                "unparsed-salary-line",
                f"Satır {line.number}: maaş satırı okunamadı, alınmadı: "
                f"'{_shorten(line.text, 80)}' (beklenen biçim: '{_FIGURE_EXAMPLE}').",
                "salary.figures",
            )
            return None
        monthly = float(match["monthly"].replace(".", "").replace(",", "."))
        hourly = float(match["hourly"].replace(",", ".")) if match["hourly"] else None
        if monthly <= 0 or (hourly is not None and hourly <= 0):
            self.warn(
                "unparsed-salary-line",
                f"Satır {line.number}: maaş sıfır olamaz, satır alınmadı: "
                f"'{_shorten(line.text, 80)}'.",
                "salary.figures",
            )
            return None
        return {
            "year": year,
            "kind": kind,
            "label": match["label"].strip(),
            "monthly_tl": monthly,
            "hourly_tl": hourly,
            "basis": "unknown",
        }

    @staticmethod
    def is_outlook(line: _Line) -> bool:
        return "istihdam" in line.folded and "bekleniyor" in line.words

    def direction(self, statement: _Line) -> str:
        words = set(statement.words)
        decline, growth = bool(words & DECLINE_WORDS), bool(words & GROWTH_WORDS)
        if decline != growth:
            return "decline" if decline else "growth"
        self.warn(
            "outlook-direction-unknown",
            f"Satır {statement.number}: istihdam cümlesinin yönü okunamadı "
            "(azalması/düşmesi ya da artması/büyümesi beklenir); yön 'unknown' bırakıldı.",
            "outlook.direction",
        )
        return "unknown"

    @staticmethod
    def extra_pay(intro: list[str]) -> list[str]:
        found = _EXTRA_PAY.findall(fold(" ".join(intro)))
        return list(dict.fromkeys(found))

    def requirements(self, lines: list[_Line]) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {"education": [], "training": [], "certificates": []}
        current: str | None = None
        for line in self.skip_intro(lines):
            split = _split_label(line.text)
            label = fold(split[0]) if split else None
            if split is not None and label in REQUIREMENT_LABELS:
                current = REQUIREMENT_LABELS[label]
                if split[1]:
                    result[current].append(split[1])
            elif split is not None:
                current = None  # the paragraphs after an unknown label are not guessed either
                self.ignored(line, f"bilinmeyen etiket '{_shorten(split[0])}'", "requirements")
            elif current is None:
                self.ignored(line, "etiketsiz paragraf (Eğitim:, … bekleniyordu)", "requirements")
            else:
                result[current].append(line.text)
        for key, paragraphs in result.items():
            if not paragraphs:
                self.warn(
                    "missing-section",
                    f"Şartlar bölümünde '{_REQUIREMENT_NAMES[key]}:' paragrafı bulunamadı; "
                    f"requirements.{key} boş bırakıldı.",
                    f"requirements.{key}",
                )
        return result

    def skills(self, lines: list[_Line]) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        for line in self.skip_intro(lines):
            split = _split_label(line.text)
            if split is None or not split[1]:
                self.ignored(line, "'Beceri adı: açıklama' biçiminde değil", "skills")
                continue
            name, description = split
            skill = _exact_skill(name, self.table)
            if skill is None:
                self.warn(
                    "unknown-skill",
                    f"Satır {line.number}: '{name}' becerisi beceri tablosunda (skills.json) "
                    "yok; kimliği (id) boş bırakıldı. Tabloya yeni bir beceri ya da var "
                    "olan birine takma ad (alias) olarak ekleyin.",
                    f"skills.{len(entries)}.id",
                )
            entries.append(
                {"id": skill.id if skill else None, "name": name, "description": description}
            )
        return entries

    def development(self, lines: list[_Line]) -> dict[str, Any]:
        intro: list[str] = []
        trends: list[dict[str, Any]] = []

        def title_like(line: _Line) -> bool:
            return (
                not line.bullet
                and len(line.text) <= MAX_TREND_TITLE_LENGTH
                and len(line.text.split()) <= MAX_TREND_TITLE_WORDS
                and not line.text.endswith((".", ":", ";", ","))
            )

        for index, line in enumerate(lines):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if title_like(line) and following is not None and not title_like(following):
                trends.append({"title": line.text, "text": []})
            elif trends:
                trends[-1]["text"].append(line.text)
            else:
                intro.append(line.text)
        if not trends:
            self.warn(
                "no-trends",
                "Mesleki gelişme bölümünde eğilim başlığı (noktasız kısa satır ve ardından "
                "paragraflar) bulunamadı; development.trends boş bırakıldı.",
                "development.trends",
            )
        return {"intro": intro, "trends": trends}


def parse_article(
    text: str,
    *,
    slug: str | None = None,
    source_url: str | None = None,
    source_file: str | None = None,
    skills: SkillTable,
) -> ImportResult:
    """Read an article's text into a profile; ``profile`` is None only without a title.

    ``slug`` overrides the one made from the title (invalid: UsageError). The importer
    never sets ``isco08`` nor ``career_path.positions``.
    """
    if slug is not None:
        _check_slug(slug)
    url = _optional_text(source_url, "Kaynak adresi (URL)")
    file = _optional_text(source_file, "Kaynak dosya adı")
    parser = _Parser(skills)
    profile = parser.parse(text, slug=slug, source_url=url, source_file=file)
    return ImportResult(profile=profile, findings=parser.findings)


def import_article(
    raw: bytes,
    *,
    slug: str | None,
    source_url: str | None,
    source_file: str | None,
    skills: SkillTable,
    check: Callable[[Profile], list[Finding]] | None = None,
) -> ImportResult:
    """Decode, parse and (with ``check``) add the data-quality findings of `kariyer check`."""
    text, decoding = decode_article(raw)
    result = parse_article(
        text, slug=slug, source_url=source_url, source_file=source_file, skills=skills
    )
    findings = decoding + result.findings
    if result.profile is not None and check is not None:
        findings += check(result.profile)
    return ImportResult(profile=result.profile, findings=findings)
