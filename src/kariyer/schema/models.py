"""The profile schema: the contract for every data file.

Keys are English; the text values are the article's Turkish wording. Every model
forbids unknown keys so that a typo in a data file is an error, not a silent gap.

The models are frozen standard-library dataclasses whose annotations carry pydantic
constraints. pydantic checks data against them (`kariyer.schema.validate`), but only when
data needs checking: a command that reads a file already checked, and unchanged since,
builds the objects directly (`kariyer.schema.build.trusted`) and never imports pydantic,
which keeps start-up fast. The constraint types below are therefore installed on first
validation (`install_constraints`); for type checkers they are the plain types they
constrain.

Every limit on data (slug pattern and length, years, text length, amounts) is defined
once, in `kariyer.schema.limits` (cheap to import); the models below apply them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

if TYPE_CHECKING:
    from pydantic import Field

    Slug = str
    SkillId = str
    Text = str
    Paragraphs = list[str]
    Year = int

from kariyer.schema.limits import (
    HIGH_HOURLY,
    HIGH_MONTHLY,
    HOURLY,
    KIND_DESCRIPTION,
    MAX_MONTHLY_TL,
    MAX_SLUG_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_YEAR,
    MIN_YEAR,
    MONTHLY,
    PARAGRAPH_PATTERN,
    SKILL_ID_PATTERN,
    SLUG_PATTERN,
    TEXT_PATTERN,
    check_range,
)

# How a field appears in JSON (dataclasses.field(metadata=...)), read by schema.build.to_data:
# {JSON_HIDDEN: True} for a field only the text views need; {JSON_OMIT_NONE: True} for
# one that is left out when it is None.
JSON_HIDDEN = "kariyer.json_hidden"
JSON_OMIT_NONE = "kariyer.json_omit_none"


def install_constraints() -> None:
    """Give the annotations' names their pydantic meaning (done once, before validating)."""
    if "Field" in globals():
        return
    from pydantic import Field, StringConstraints

    # No text holds a control or bidi character (limits.TEXT_PATTERN); a paragraph may
    # hold a line feed.
    text = Annotated[
        str, StringConstraints(min_length=1, max_length=MAX_TEXT_LENGTH, pattern=TEXT_PATTERN)
    ]
    paragraph = Annotated[
        str,
        StringConstraints(min_length=1, max_length=MAX_TEXT_LENGTH, pattern=PARAGRAPH_PATTERN),
    ]
    globals().update(
        Field=Field,
        Slug=Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=MAX_SLUG_LENGTH)],
        SkillId=Annotated[
            str, StringConstraints(pattern=SKILL_ID_PATTERN, max_length=MAX_SLUG_LENGTH)
        ],
        Text=text,
        Paragraphs=Annotated[
            list[paragraph],
            Field(description="Makalenin paragrafları, sırasıyla (paragraphs, in order)."),
        ],
        Year=Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR, strict=True)],
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class StrictModel:
    # Infinity/NaN are not figures; "14000" or true are not amounts.
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid", "allow_inf_nan": False}


def _set(model: object, name: str, value: object) -> None:
    object.__setattr__(model, name, value)


@dataclass(frozen=True, kw_only=True, slots=True)
class Source(StrictModel):
    """Profilin metninin ve rakamlarının kaynağı (where the text and figures come from)."""

    site: Annotated[
        Text | None,
        Field(
            description="Yayımlayan site, ör. eniyimeslekler.com; bilinmiyorsa yazılmaz, "
            "tahmin edilmez (Publishing site; omitted when unknown, never guessed)."
        ),
    ] = None
    title: Annotated[Text, Field(description="Makalenin kendi başlığı (The article's own title).")]
    file: Annotated[
        Text | None,
        Field(description="Kaydedilmiş makale dosyasının adı (File name of the saved article)."),
    ] = None
    url: Annotated[
        Text | None,
        Field(description="Makalenin http(s) adresi; bilinmiyorsa yazılmaz (address, when known)."),
    ] = None
    retrieved: Annotated[
        date | None,
        Field(
            description="Makalenin web'den alındığı tarih (YYYY-AA-GG); web'den alınmadıysa "
            "yazılmaz (date the page was fetched, when it was)."
        ),
    ] = None

    def __post_init__(self) -> None:
        _as_date(self, "retrieved")


@dataclass(frozen=True, kw_only=True, slots=True)
class SalaryFigure(StrictModel):
    """Makalenin yayımladığı biçimiyle bir maaş satırı. One salary line as published."""

    year: Year
    kind: Annotated[Literal["average", "top", "low"], Field(description=KIND_DESCRIPTION)]
    label: Annotated[
        Text,
        Field(description="Makalenin etiketi, aynen (örn. 'Ortalama Maaş'). The article's label."),
    ]
    monthly_tl: Annotated[float, Field(gt=0, le=MAX_MONTHLY_TL, strict=True, description=MONTHLY)]
    hourly_tl: Annotated[
        float | None, Field(gt=0, le=MAX_MONTHLY_TL, strict=True, description=HOURLY)
    ] = None
    monthly_tl_high: Annotated[
        float | None, Field(gt=0, le=MAX_MONTHLY_TL, strict=True, description=HIGH_MONTHLY)
    ] = field(default=None, metadata={JSON_OMIT_NONE: True})
    hourly_tl_high: Annotated[
        float | None, Field(gt=0, le=MAX_MONTHLY_TL, strict=True, description=HIGH_HOURLY)
    ] = field(default=None, metadata={JSON_OMIT_NONE: True})
    basis: Annotated[
        Literal["gross", "net", "unknown"],
        Field(description="gross: brüt, net: net; makale söylemiyorsa unknown (tahmin etmeyin)."),
    ] = "unknown"
    # where an earlier import read it, when not the profile's source (kariyer.importer.merge)
    source: Source | None = field(default=None, metadata={JSON_OMIT_NONE: True})

    def __post_init__(self) -> None:  # JSON may write 14000 for 14000.0 (cheap when not)
        for name in ("monthly_tl", "hourly_tl", "monthly_tl_high", "hourly_tl_high"):
            if (value := getattr(self, name)) is not None and type(value) is not float:
                _set(self, name, float(value))
        if self.monthly_tl_high is not None or self.hourly_tl_high is not None:
            check_range(self.monthly_tl, self.monthly_tl_high, "monthly_tl")
            check_range(self.hourly_tl, self.hourly_tl_high, "hourly_tl")

    @property
    def is_range(self) -> bool:
        """The article published this line as a range ("12.000 - 15.000 TL")."""
        return self.monthly_tl_high is not None


@dataclass(frozen=True, kw_only=True, slots=True)
class Salary(StrictModel):
    intro: Paragraphs = field(default_factory=list)
    figures: list[SalaryFigure] = field(default_factory=list)
    extra_pay: Annotated[
        list[Text], Field(description="Makalenin adını verdiği ek ödemeler (komisyon, ikramiye).")
    ] = field(default_factory=list)
    source_note: Annotated[
        Text | None,
        Field(description="Makalenin, maaş rakamlarının nereden geldiğine dair kendi notu."),
    ] = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Outlook(StrictModel):
    direction: Annotated[
        Literal["growth", "stable", "decline", "unknown"],
        Field(
            description="Makalenin söylediği yön: growth = artış, stable = durağan, decline = "
            "azalış; söylemiyorsa unknown (belirtilmemiş)."
        ),
    ]
    statement: Annotated[Text, Field(description="Makalenin istihdam görünümü cümlesi, aynen.")]
    reason: Paragraphs = field(default_factory=list)


@dataclass(frozen=True, kw_only=True, slots=True)
class Requirements(StrictModel):
    education: Paragraphs = field(default_factory=list)
    training: Paragraphs = field(default_factory=list)
    certificates: Paragraphs = field(default_factory=list)
    headings: Annotated[
        dict[Literal["education", "training", "certificates"], Text],
        Field(
            description="Makalenin her bölüme verdiği başlık, aynen (örn. training: "
            "'Antrenman tecrübesi'); çıktı kendi etiketinin yanında bunu da gösterir. "
            "The article's own heading of each part, verbatim."
        ),
    ] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, slots=True)
class SkillEntry(StrictModel):
    id: Annotated[
        SkillId | None,
        Field(description="Beceri tablosundaki (data/skills.json) kimlik; eşleşmiyorsa null."),
    ] = None
    name: Annotated[Text, Field(description="Makalenin beceriye verdiği ad, aynen.")]
    description: Annotated[Text, Field(description="Makalenin beceri açıklaması, aynen.")]


@dataclass(frozen=True, kw_only=True, slots=True)
class Trend(StrictModel):
    title: Text
    text: Paragraphs


@dataclass(frozen=True, kw_only=True, slots=True)
class Development(StrictModel):
    intro: Paragraphs = field(default_factory=list)
    trends: list[Trend] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True, slots=True)
class CareerPath(StrictModel):
    text: Paragraphs = field(default_factory=list)
    positions: Annotated[
        list[Text],
        Field(
            description="Makalenin sonraki adım olarak adlandırdığı pozisyonlar; yalnızca gerçek "
            "pozisyonlar. Positions the article names as next steps."
        ),
    ] = field(default_factory=list)
    positions_basis: Annotated[
        Literal["listed", "derived"],
        Field(
            description="listed: makale pozisyonları bir liste olarak verir; derived: biz "
            "makale metninden çıkardık (çıktı bunu söyler). listed = the article lists them; "
            "derived = we took them from its prose."
        ),
    ] = "listed"


@dataclass(frozen=True, kw_only=True, slots=True)
class OccupationCode(StrictModel):
    code: Annotated[
        str,
        Field(pattern=r"^\d{1,4}$", description="ISCO-08 kodu, 1–4 basamaklı (örn. 4222)."),
    ]
    basis: Annotated[
        Literal["published", "judgement"],
        Field(
            description="published: yayımlanmış bir eşleştirme; judgement: bizim "
            "değerlendirmemiz. A published mapping, or our judgement."
        ),
    ]
    title_tr: Annotated[
        Text | None,
        Field(
            description="Kodun resmî belgelerde kullanılan Türkçe adı (kaynağı title_source'ta). "
            "The Turkish title used in official documents."
        ),
    ] = None
    title_en: Annotated[
        Text | None,
        Field(description="Kodun ILO'daki İngilizce adı. The English ILO title."),
    ] = None
    title_source: Annotated[
        Text | None,
        Field(description="Türkçe adın kaynağı. Where the Turkish title comes from."),
    ] = None
    note: Annotated[
        Text | None,
        Field(description="Eşleştirme üzerine not (kodu tekrarlamadan). A note on the mapping."),
    ] = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Profile(StrictModel):
    """Bir makaleden aslına sadık alınmış bir meslek. One occupation from one article."""

    schema_version: Literal[1] = 1
    slug: Annotated[
        Slug,
        Field(description="Dosya adıyla aynı kimlik: küçük harf, ASCII, tire (örn. ornek-meslek)."),
    ]
    title: Annotated[Text, Field(description="Mesleğin makaledeki adı.")]
    summary: Paragraphs = field(default_factory=list)
    duties: Annotated[list[Text], Field(description="Makalenin görev listesi, sırasıyla.")] = field(
        default_factory=list
    )
    salary: Salary = field(default_factory=Salary)
    outlook: Outlook | None = None
    requirements: Requirements = field(default_factory=Requirements)
    skills: list[SkillEntry] = field(default_factory=list)
    work_conditions: Paragraphs = field(default_factory=list)
    development: Development = field(default_factory=Development)
    how_to_become: Paragraphs = field(default_factory=list)
    career_path: CareerPath = field(default_factory=CareerPath)
    isco08: OccupationCode | None = None
    source: Source

    @property
    def source_site(self) -> str | None:
        return self.source.site

    @property
    def source_title(self) -> str:
        return self.source.title

    @property
    def outlook_direction(self) -> str | None:
        return self.outlook.direction if self.outlook else None

    def salary_years(self) -> list[int]:
        """Years with at least one published figure, ascending."""
        return sorted({figure.year for figure in self.salary.figures})

    def figure(self, year: int, kind: str) -> SalaryFigure | None:
        found = self.figures_of(year, kind)
        return found[0] if found else None

    def figures_of(self, year: int, kind: str) -> list[SalaryFigure]:
        """Every line of that year and kind (two: the article contradicts itself)."""
        return [f for f in self.salary.figures if f.year == year and f.kind == kind]

    def monthly(self, year: int, kind: str) -> float | None:
        figure = self.figure(year, kind)
        return figure.monthly_tl if figure else None

    def monthly_high(self, year: int, kind: str) -> float | None:
        """The upper end of that line's range; None for a single amount."""
        figure = self.figure(year, kind)
        return figure.monthly_tl_high if figure else None


@dataclass(frozen=True, kw_only=True, slots=True)
class Skill(StrictModel):
    id: SkillId
    name: Annotated[Text, Field(description="Becerinin kanonik Türkçe adı.")]
    aliases: Annotated[list[Text], Field(description="Makalelerdeki başka söyleyişler.")] = field(
        default_factory=list
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class SkillTable(StrictModel):
    skills: list[Skill]


# -- reference tables ----------------------------------------------------------
def _as_date(model: object, name: str) -> None:
    value = getattr(model, name)
    if isinstance(value, str):
        _set(model, name, date.fromisoformat(value))


@dataclass(frozen=True, kw_only=True, slots=True)
class ReferenceSource(StrictModel):
    institution: Text
    publication: Text
    retrieved: Annotated[
        date, Field(description="Rakamların kaynaktan alındığı tarih (YYYY-AA-GG).")
    ]

    def __post_init__(self) -> None:
        _as_date(self, "retrieved")

    def label(self) -> str:
        return f"{self.institution} — {self.publication}"


@dataclass(frozen=True, kw_only=True, slots=True)
class MinimumWageRate(StrictModel):
    valid_from: date
    gross: Annotated[float, Field(gt=0)]
    net: Annotated[float, Field(gt=0)]
    note: Text | None = None

    def __post_init__(self) -> None:
        _as_date(self, "valid_from")
        _set(self, "gross", float(self.gross))
        _set(self, "net", float(self.net))


@dataclass(frozen=True, kw_only=True, slots=True)
class MinimumWageTable(StrictModel):
    source: ReferenceSource
    unit: Text
    rates: list[MinimumWageRate]


@dataclass(frozen=True, kw_only=True, slots=True)
class IscoMinorGroup(StrictModel):
    code: Annotated[str, Field(pattern=r"^\d{3}$", description="3 haneli ISCO-08 alt grup kodu.")]
    title_tr: Annotated[Text, Field(description="Kaynaktaki Türkçe adı, aynen.")]


@dataclass(frozen=True, kw_only=True, slots=True)
class IscoMinorGroupTable(StrictModel):
    source: ReferenceSource
    classification: Text
    groups: list[IscoMinorGroup]

    def title(self, code: str) -> str | None:
        """The Turkish title of the minor group a code of 3 or more digits belongs to."""
        return next(
            (g.title_tr for g in self.groups if len(code) >= 3 and g.code == code[:3]), None
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class PriceIndexYear(StrictModel):
    year: Year
    december: Annotated[float, Field(gt=0)]
    annual_average: Annotated[float, Field(gt=0)]
    derived: Annotated[Text | None, Field(description="Yayımlanmadıysa nasıl türetildi.")] = None

    def __post_init__(self) -> None:
        _set(self, "december", float(self.december))
        _set(self, "annual_average", float(self.annual_average))


@dataclass(frozen=True, kw_only=True, slots=True)
class PriceIndexTable(StrictModel):
    source: ReferenceSource
    base: Text
    years: list[PriceIndexYear]
    notes: list[Text] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True, slots=True)
class WorkingHours(StrictModel):
    source: ReferenceSource
    weekly_max_hours: Annotated[int, Field(gt=0)]
    monthly_hours: Annotated[float, Field(gt=0)]
    method: Text

    def __post_init__(self) -> None:
        _set(self, "monthly_hours", float(self.monthly_hours))
