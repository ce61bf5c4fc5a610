"""Every Turkish word the output shows for a data value or a section, defined once.

Text, Markdown and CSV views take their headings and value names from here, so the
same thing is called the same in every format.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from kariyer.schema.models import Requirements

# the employment outlook's direction: one label set, used by every command and format
DIRECTION_TR = {
    "growth": "Artış",
    "stable": "Durağan",
    "decline": "Azalış",
    "unknown": "Belirtilmemiş",
}
KIND_TR = {"average": "Ortalama", "top": "Üst düzey", "low": "En düşük/başlangıç"}
BASIS_TR = {"gross": "brüt", "net": "net", "unknown": "belirtilmemiş"}
BASIS_WORD_TR = {"gross": "brüt", "net": "net", "unknown": "brüt/net belirtilmemiş"}
ISCO_BASIS_TR = {"published": "yayımlanmış eşleştirme", "judgement": "değerlendirme"}
# where a search found a word: the section names `show` uses, in lower case
SEARCH_FIELD_TR = {
    "title": "ad",
    "skills": "beceriler",
    "duties": "görevler",
    "summary": "özet",
    "requirements": "şartlar ve nitelikler",
    "work_conditions": "çalışma şartları",
    "outlook": "istihdam görünümü",
    "development": "mesleki gelişme ve eğilimler",
    "how_to_become": "nasıl olunur",
    "career_path": "kariyer yolu",
    "salary": "maaş",
    "skill_descriptions": "beceri açıklamaları",
}
# one capitalisation for every severity word: "Hata: …" on stderr, "Hata" in a check table
SEVERITY_TR = {"error": "Hata", "warning": "Uyarı"}
ORIGIN_TR = {"bundled": "paket", "user": "kullanıcı"}
# what each cache under the cache directory is (`kariyer cache info`)
CACHE_KIND_TR = {
    "index": "profil dizini",
    "checked": "denetlenmiş dosyalar kaydı",
    "validator": "profil doğrulayıcısı",
    "web": "web sayfaları",
    "other": "kariyer'in değil (silinmez)",
}

# profile sections, in the order `show` prints them
SUMMARY = "Özet"
DUTIES = "Görevler"
SALARY = "Maaş"
OUTLOOK = "İstihdam görünümü"
REQUIREMENTS = "Şartlar ve nitelikler"
SKILLS = "Gerekli beceriler"
WORK_CONDITIONS = "Çalışma şartları"
DEVELOPMENT = "Mesleki gelişme ve eğilimler"
HOW_TO_BECOME = "Nasıl olunur?"
CAREER_PATH = "Kariyer yolu"
OCCUPATION_CODE = "Meslek kodu"
NEXT_POSITIONS = "İlerleyebileceği pozisyonlar"
POSITIONS_BASIS_TR = {"listed": "makalenin listesi", "derived": "makale metninden çıkarıldı"}
REQUIREMENT_PARTS = (
    ("education", "Eğitim"),
    ("training", "İş başında eğitim ve deneyim"),
    ("certificates", "Sertifikalar ve lisanslar"),
)

# column headings shared by several views
YEAR = "Yıl"
SOURCE = "Kaynak"
THIS_ARTICLE = "güncel"
EARLIER_IMPORT = "önceki içe aktarma"
PAY_HISTORY = (
    'Maaş geçmişi: kaynağı "güncel" olan rakamlar bu makaleden; [1] gibi işaretliler önceki '
    "bir içe aktarmadan korundu (bu makalede yoklar ya da onunla çelişiyorlar)."
)
KIND = "Tür"
MONTHLY = "Aylık"
HOURLY_PUBLISHED = "Saatlik (makalede)"
BASIS = "Brüt/net"
OCCUPATION = "Meslek"
AVERAGE = "Ortalama"
AVERAGE_MONTHLY = "Aylık ort."  # the average monthly pay, as published
TOP = "Üst düzey"
LOW = "En düşük/başlangıç"  # "En Düşük" or "Başlangıç" lines: shown, never ranked
SLUG = "Slug"
# short labels a text line never breaks inside (kariyer.output.wrap)
UNBROKEN = (LOW, TOP)

# sentences
UNKNOWN_SITE = "kaynak sitesi belirtilmemiş"
NO_FIGURES = "Makalede maaş rakamı yok."
BASIS_UNKNOWN = "Makale rakamların brüt mü net mi olduğunu belirtmiyor."
BASIS_SOME_UNKNOWN = "Makale bazı rakamların brüt mü net mi olduğunu belirtmiyor (Brüt/net sütunu)."
BASIS_NOTES = (BASIS_UNKNOWN, BASIS_SOME_UNKNOWN)
AS_PUBLISHED = "Rakamlar makalelerde yayımlandığı gibidir; brüt/net belirtilmemiştir."
NOT_COMPARABLE = "Farklı yılların rakamları doğrudan karşılaştırılamaz."
COMPUTED_INTRO = "Hesaplanan değerler (makalede yok; kariyer hesapladı):"
READINGS_INTRO = "Brüt mü, net mi? (hesaplanan, 12 aylık ortalama, o yılın bordro kurallarıyla):"
PRICES_INTRO = (
    "Bugüne en yakın fiyatlarla (TÜFE endeksi olan en son yıl; tahmini, TÜFE yıllık ortalama ile):"
)
EXTRA_PAY = "Ek ödemeler (makaleye göre)"
SOURCE_NOTE = "Makalenin notu"
OTHER_FINDINGS = "Denetim bulguları"
ESTIMATE = "tahmini, TÜFE yıllık ortalama ile"


def requirement_label(req: Requirements, part: str, label: str) -> str:
    """A requirements part's label, with the article's own heading where it differs."""
    headings = cast("Mapping[str, str]", req.headings)  # keys are the part names
    return as_in_article(label, headings.get(part))


def as_in_article(label: str, wording: str | None) -> str:
    """Our label, with the article's own wording beside it where the two differ."""
    from kariyer.text import fold

    if not wording or fold(wording) == fold(label):
        return label
    return f"{label} (makalede: “{wording}”)"


def positions_text(positions: list[str], basis: str) -> str:
    """The positions in one line, saying when we derived them from the article's text."""
    if not positions:
        return "belirtilmemiş"
    return ", ".join(positions) + (f" ({POSITIONS_BASIS_TR[basis]})" if basis == "derived" else "")


def positions_heading(basis: str) -> str:
    """ "İlerleyebileceği pozisyonlar (makale metninden çıkarıldı)" for derived positions."""
    return NEXT_POSITIONS + (f" ({POSITIONS_BASIS_TR[basis]})" if basis == "derived" else "")


IMPORT_STATUS_TR = {
    "imported": "içe aktarıldı",
    "updated": "güncellendi",
    "unchanged": "değişmedi",
    "failed": "başarısız",
    "not-done": "yapılmadı",
}
