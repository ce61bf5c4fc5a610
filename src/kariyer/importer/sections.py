"""The article's sections: how each heading ends, and how each section's text is read.

Every reader takes the section's lines and the importer's ``Notes``; a line it cannot
place is reported by number and left out, never moved to another section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kariyer.domain.skills import find_skill
from kariyer.importer.lines import Line, Notes, shorten, split_label
from kariyer.schema.limits import MAX_YEAR, MIN_YEAR, is_year
from kariyer.schema.models import Skill, SkillTable
from kariyer.text import fold

MAX_HEADING_LENGTH = 150
MAX_TREND_TITLE_WORDS = 12
MAX_TREND_TITLE_LENGTH = 100


@dataclass(frozen=True)
class SectionSpec:
    key: str
    ending: str  # the fixed end of the article's heading
    field: str
    contents: str  # what stays empty when the section is missing, in Turkish
    also: tuple[str, ...] = ()  # other endings the site writes ("Maaşları Ne Kadar?")

    @property
    def ending_words(self) -> list[str]:
        return fold(self.ending).split()

    @property
    def endings(self) -> list[list[str]]:
        return [fold(ending).split() for ending in (self.ending, *self.also)]


SECTIONS = (
    SectionSpec("duties", "Sorumlulukları ve Görevleri", "duties", "görevler (duties)"),
    SectionSpec(
        "salary",
        "Maaşı Ne Kadar?",
        "salary",
        "maaş bilgileri ve istihdam görünümü (salary, outlook)",
        also=("Maaşları Ne Kadar?",),
    ),
    SectionSpec(
        "requirements",
        "Şartlar ve Nitelikler Neler?",
        "requirements",
        "eğitim, antrenman ve sertifika bilgileri (requirements)",
    ),
    SectionSpec("skills", "Gerekli Beceriler", "skills", "beceriler (skills)"),
    SectionSpec(
        "work_conditions",
        "Çalışma Şartları Nasıl?",
        "work_conditions",
        "çalışma şartları (work_conditions)",
    ),
    SectionSpec("development", "Mesleki Gelişme", "development", "mesleki gelişme (development)"),
    SectionSpec("how_to_become", "Nasıl Olunur?", "how_to_become", "nasıl olunur (how_to_become)"),
    SectionSpec(
        "career_path", "Kariyer ve İş İmkanları", "career_path", "kariyer yolu (career_path.text)"
    ),
)
SPEC = {spec.key: spec for spec in SECTIONS}

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

_AMOUNT = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
_HOURLY_AMOUNT = r"\d+(?:[.,]\d{1,2})?"
_DASH = r"[-–—]"  # a range: "12.000 - 15.000 TL", "12.000-15.000 TL", "12.000 TL – 15.000 TL"
_FIGURE = re.compile(
    r"^(?P<year>\d{4})\s+(?P<yili>\S+)\s+(?P<label>[^:]+?)\s*:\s*"
    rf"(?P<monthly>{_AMOUNT})\s*(?:(?:TL\s*)?{_DASH}\s*(?P<monthly_high>{_AMOUNT})\s*)?TL"
    rf"\s*(?:\(\s*(?P<hourly>{_HOURLY_AMOUNT})\s*"
    rf"(?:(?:TL\s*(?:/\s*saat\s*)?)?{_DASH}\s*(?P<hourly_high>{_HOURLY_AMOUNT})\s*)?"
    r"TL\s*/\s*saat\s*\))?$",
    re.IGNORECASE,
)
# the article's label → the kind of figure; any other label is reported, never guessed
FIGURE_KINDS = (
    ("ortalama", "average"),
    ("ust duzey", "top"),
    ("en dusuk", "low"),
    ("baslangic", "low"),
)
# an amount in lira anywhere in a line: "15.000 TL", "18.5 bin TL", "₺15.000", "15.000₺"
_TL_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:bin\s*)?(?:TL|₺)(?![a-zçğıöşü])|₺\s*\d", re.IGNORECASE)
_EXTRA_PAY = re.compile(r"\b(" + "|".join(EXTRA_PAY_WORDS) + ")")
_FIGURE_EXAMPLE = "2023 Yılı Ortalama Maaş: 14.000 TL (19.90 TL/saat)"


TITLE_ENDING = "Ne İş Yapar ve Maaşları Ne Kadar?"
SUMMARY_HEADING = "Ne İş Yapar?"  # "<Meslek> Ne İş Yapar?" over the summary, on some pages


def _ends_with(line: Line, ending: str) -> bool:
    words = fold(ending).split()
    return line.words[-len(words) :] == words


def heading_key(line: Line) -> str | None:
    if len(line.text) > MAX_HEADING_LENGTH or line.text.endswith("."):
        return None
    if _ends_with(line, TITLE_ENDING):  # the article's title ends like a salary heading
        return None
    words = line.words
    for spec in SECTIONS:
        for ending in spec.endings:
            if words[-len(ending) :] == ending:
                return spec.key
    return None


def is_summary_heading(line: Line) -> bool:
    """ "Ne İş Yapar?" or "<Meslek> Ne İş Yapar?": a heading over the summary, not text."""
    return (
        len(line.text) <= MAX_HEADING_LENGTH
        and not line.bullet
        and _ends_with(line, SUMMARY_HEADING)
        and not _ends_with(line, TITLE_ENDING)
    )


def exact_skill(name: str, table: SkillTable) -> Skill | None:
    """find_skill, but only its exact answers (id, name or alias after folding)."""
    skill = find_skill(name, table)
    if skill is None:
        return None
    wanted = fold(name)
    names = [skill.id.replace("-", " "), skill.name, *skill.aliases]
    return skill if any(fold(item) == wanted for item in names) else None


def skip_intro(lines: list[Line]) -> list[Line]:
    """Drop the "… aşağıdaki …:" line that opens a list (a short label is kept)."""
    if lines:
        first = lines[0]
        if not first.bullet and first.text.endswith(":") and split_label(first.text) is None:
            return lines[1:]
    return lines


def read_section(
    key: str, body: list[Line], data: dict[str, Any], notes: Notes, table: SkillTable
) -> None:
    """Read one section's lines into ``data`` (the profile being built)."""
    if key == "duties":
        data["duties"] = [line.text for line in skip_intro(body)]
    elif key == "salary":
        data["salary"], data["outlook"] = read_salary(body, notes)
    elif key == "requirements":
        data["requirements"] = read_requirements(body, notes)
    elif key == "skills":
        data["skills"] = read_skills(body, notes, table)
    elif key == "development":
        data["development"] = read_development(body, notes)
    elif key == "career_path":
        data["career_path"] = {"text": [line.text for line in body], "positions": []}
    else:  # work_conditions, how_to_become: plain paragraphs
        data[key] = [line.text for line in body]


def read_salary(lines: list[Line], notes: Notes) -> tuple[dict[str, Any], dict[str, Any] | None]:
    intro: list[str] = []
    figures: list[dict[str, Any]] = []
    reason: list[str] = []
    statement: Line | None = None
    note: str | None = None
    state = "intro"  # intro → figures → reason → note
    for line in lines:
        if looks_like_figure(line):
            figure = read_figure(line, notes)
            if figure is not None:
                if any(
                    f["year"] == figure["year"] and f["kind"] == figure["kind"] for f in figures
                ):
                    notes.ignored(
                        line,
                        f"{figure['year']} yılı için aynı türde ikinci maaş satırı",
                        "salary.figures",
                    )
                else:
                    figures.append(figure)
            if state == "intro":
                state = "figures"
            continue
        if has_amount(line):  # pay in a form we do not read: reported, never kept as prose
            notes.warn(
                "unparsed-salary-line",
                f"Satır {line.number}: TL tutarı olan satır maaş satırı olarak okunamadı, "
                f"alınmadı: '{shorten(line.text, 80)}' (beklenen biçim: '{_FIGURE_EXAMPLE}'; "
                "satır yılla başlar).",
                "salary.figures",
            )
            continue
        if state in {"intro", "figures"} and statement is None and is_outlook(line):
            statement, state = line, "reason"
            continue
        split = split_label(line.text)
        if split is not None and fold(split[0]) == "dipnot":
            if "maaslar" in fold(split[1]) and note is None and split[1]:
                note, state = split[1], "note"
            else:
                notes.ignored(line, "maaş kaynağı notu olarak okunamadı", "salary.source_note")
            continue
        if state == "intro":
            intro.append(line.text)
        elif state == "reason":
            reason.append(line.text)
        else:
            where = "maaş satırlarından sonra" if state == "figures" else "dipnottan sonra"
            notes.ignored(line, f"maaş bölümünde {where} beklenmeyen metin", "salary")

    if not figures:
        notes.warn(
            "no-salary-figures",
            f"Maaş bölümünde okunabilen bir maaş satırı yok (beklenen biçim: '{_FIGURE_EXAMPLE}').",
            "salary.figures",
        )
    if note is None:
        notes.warn(
            "missing-source-note",
            "Maaşların kaynağını söyleyen 'Dipnot: … Maaşlar …' satırı bulunamadı.",
            "salary.source_note",
        )
    salary = {
        "intro": intro,
        "figures": figures,
        "extra_pay": extra_pay(intro),
        "source_note": note,
    }
    if statement is None:
        notes.warn(
            "missing-outlook",
            "İstihdam görünümü cümlesi ('… istihdamının … bekleniyor.') bulunamadı; "
            "outlook boş bırakıldı.",
            "outlook",
        )
        return salary, None
    outlook = {
        "direction": direction(statement, notes),
        "statement": statement.text,
        "reason": reason,
    }
    return salary, outlook


def looks_like_figure(line: Line) -> bool:
    words = line.words
    return (
        "yili" in words
        and any(word.startswith("maas") for word in words)
        and any(ch.isdigit() for ch in line.text)
    )


def has_amount(line: Line) -> bool:
    """Whether the line names an amount in lira ("15.000 TL", "18.5 bin TL", "₺15.000")."""
    return _TL_AMOUNT.search(line.text) is not None


def read_figure(line: Line, notes: Notes) -> dict[str, Any] | None:
    match = _FIGURE.match(line.text)
    kind = None
    year = 0
    if match and fold(match["yili"]) == "yili":
        year = int(match["year"])
        label = fold(match["label"])
        kind = next((k for start, k in FIGURE_KINDS if label.startswith(start)), None)
    if match is None or kind is None or not is_year(year):
        why = (  # a year out of range is said as such, not as a format problem
            f"yıl {year} kabul edilen aralığın ({MIN_YEAR}–{MAX_YEAR}) dışında, satır alınmadı: "
            f"'{shorten(line.text, 80)}'."
            if kind is not None
            else f"maaş satırı okunamadı, alınmadı: '{shorten(line.text, 80)}' (beklenen biçim: "
            f"'{_FIGURE_EXAMPLE}'; etiket Ortalama, Üst Düzey, En Düşük ya da Başlangıç)."
        )
        notes.warn("unparsed-salary-line", f"Satır {line.number}: {why}", "salary.figures")
        return None
    monthly, monthly_high = _amount(match["monthly"]), _amount(match["monthly_high"])
    hourly, hourly_high = _hourly(match["hourly"]), _hourly(match["hourly_high"])
    amounts = (monthly, monthly_high, hourly, hourly_high)
    if any(value is not None and value <= 0 for value in amounts):
        notes.warn(
            "unparsed-salary-line",
            f"Satır {line.number}: maaş sıfır olamaz, satır alınmadı: '{shorten(line.text, 80)}'.",
            "salary.figures",
        )
        return None
    for low, high in ((monthly, monthly_high), (hourly, hourly_high)):
        if low is not None and high is not None and not high > low:
            notes.warn(
                "unparsed-salary-line",
                f"Satır {line.number}: aralığın üst ucu alt ucundan büyük değil, satır "
                f"alınmadı (hangisinin doğru olduğu tahmin edilmez): '{shorten(line.text, 80)}'.",
                "salary.figures",
            )
            return None
    figure: dict[str, Any] = {
        "year": year,
        "kind": kind,
        "label": match["label"].strip(),
        "monthly_tl": monthly,
        "hourly_tl": hourly,
    }
    if monthly_high is not None:
        figure["monthly_tl_high"] = monthly_high
    if hourly_high is not None:
        figure["hourly_tl_high"] = hourly_high
    figure["basis"] = "unknown"
    return figure


def _amount(text: str | None) -> float | None:
    """ "12.000" or "12.000,50" (Turkish thousands and decimals) as a number."""
    return float(text.replace(".", "").replace(",", ".")) if text else None


def _hourly(text: str | None) -> float | None:
    """ "19.90" or "19,90": the site writes an hourly rate's decimals either way."""
    return float(text.replace(",", ".")) if text else None


def is_outlook(line: Line) -> bool:
    return "istihdam" in line.folded and "bekleniyor" in line.words


def direction(statement: Line, notes: Notes) -> str:
    words = set(statement.words)
    decline, growth = bool(words & DECLINE_WORDS), bool(words & GROWTH_WORDS)
    if decline != growth:
        return "decline" if decline else "growth"
    notes.warn(
        "outlook-direction-unknown",
        f"Satır {statement.number}: istihdam cümlesinin yönü okunamadı "
        "(azalması/düşmesi ya da artması/büyümesi beklenir); yön 'unknown' bırakıldı.",
        "outlook.direction",
    )
    return "unknown"


def extra_pay(intro: list[str]) -> list[str]:
    found = _EXTRA_PAY.findall(fold(" ".join(intro)))
    return list(dict.fromkeys(found))


def read_requirements(lines: list[Line], notes: Notes) -> dict[str, Any]:
    result: dict[str, Any] = {"education": [], "training": [], "certificates": []}
    headings: dict[str, str] = {}  # the article's own words, shown beside our label
    current: str | None = None
    for line in skip_intro(lines):
        split = split_label(line.text)
        label = fold(split[0]) if split else None
        if split is not None and label in REQUIREMENT_LABELS:
            current = REQUIREMENT_LABELS[label]
            headings.setdefault(current, split[0].strip())
            if split[1]:
                result[current].append(split[1])
        elif split is not None:
            current = None  # the paragraphs after an unknown label are not guessed either
            notes.ignored(line, f"bilinmeyen etiket '{shorten(split[0])}'", "requirements")
        elif current is None:
            notes.ignored(line, "etiketsiz paragraf (Eğitim:, … bekleniyordu)", "requirements")
        else:
            result[current].append(line.text)
    for key, paragraphs in result.items():
        if not paragraphs:
            notes.warn(
                "missing-section",
                f"Şartlar bölümünde '{_REQUIREMENT_NAMES[key]}:' paragrafı bulunamadı; "
                f"requirements.{key} boş bırakıldı.",
                f"requirements.{key}",
            )
    return {**result, "headings": headings}


def read_skills(lines: list[Line], notes: Notes, table: SkillTable) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for line in skip_intro(lines):
        split = split_label(line.text)
        if split is None or not split[1]:
            notes.ignored(line, "'Beceri adı: açıklama' biçiminde değil", "skills")
            continue
        name, description = split
        skill = exact_skill(name, table)
        if skill is None:
            notes.warn(
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


def read_development(lines: list[Line], notes: Notes) -> dict[str, Any]:
    intro: list[str] = []
    trends: list[dict[str, Any]] = []

    def title_like(line: Line) -> bool:
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
        notes.warn(
            "no-trends",
            "Mesleki gelişme bölümünde eğilim başlığı (noktasız kısa satır ve ardından "
            "paragraflar) bulunamadı; development.trends boş bırakıldı.",
            "development.trends",
        )
    return {"intro": intro, "trends": trends}
