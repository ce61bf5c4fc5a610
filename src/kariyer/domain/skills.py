"""The skills index: which occupations need which skill, and matching a person's skills.

Pure functions over profiles and the canonical skills table; never prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kariyer.errors import KariyerError, NoResultError, UsageError, echo
from kariyer.schema.models import Skill, SkillEntry, SkillTable
from kariyer.schema.views import ProfileLike
from kariyer.text import MAX_TYPED, fold

FUZZY_CUTOFF = 85.0


@dataclass(kw_only=True)
class SkillUse:
    slug: str
    title: str
    wording: str
    description: str


@dataclass(kw_only=True)
class SkillSummary:
    id: str | None
    name: str
    occupations: list[SkillUse]


@dataclass(kw_only=True)
class SkillMatch:
    slug: str
    title: str
    have: list[str]
    lack: list[str]
    score: float


@dataclass(kw_only=True)
class MatchReport:
    known: list[str]
    unknown: list[str]
    results: list[SkillMatch]
    # how the asked text was read, when not item by item (Turkish, shown under the table)
    notes: list[str] = field(default_factory=list)


def _names(skill: Skill) -> list[str]:
    return [skill.id.replace("-", " "), skill.name, *skill.aliases]


def find_skill(text: str, table: SkillTable) -> Skill | None:
    """A canonical skill by id, name or alias in any spelling; typos within reason."""
    wanted = fold(text[:MAX_TYPED])
    if not wanted:
        return None
    for skill in table.skills:
        if any(fold(name) == wanted for name in _names(skill)):
            return skill
    from rapidfuzz import fuzz, process

    choices = {
        (skill.id, i): fold(name) for skill in table.skills for i, name in enumerate(_names(skill))
    }
    best = process.extractOne(wanted, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    skill_id = best[2][0]
    return next(skill for skill in table.skills if skill.id == skill_id)


def _wording_keys(profiles: Sequence[ProfileLike]) -> dict[str, str]:
    """An article's folded wording -> the key of the skill it names (an id when it has one)."""
    keys: dict[str, str] = {}
    for profile in profiles:
        for entry in profile.skills:
            keys.setdefault(fold(entry.name), entry_key(entry))
            if entry.id:  # an id beats an id-less entry of the same wording
                keys[fold(entry.name)] = entry.id
    return keys


def entry_key(entry: SkillEntry) -> str:
    """Canonical id, or the folded wording when the article's skill has no id."""
    return entry.id if entry.id else "name:" + fold(entry.name)


def skill_index(profiles: Sequence[ProfileLike], table: SkillTable) -> list[SkillSummary]:
    """Every skill the profiles need (canonical ones first), with its occupations."""
    names = {skill.id: skill.name for skill in table.skills}
    grouped: dict[str, SkillSummary] = {}
    for profile in profiles:
        for entry in profile.skills:
            key = entry_key(entry)
            if key not in grouped:
                grouped[key] = SkillSummary(
                    id=entry.id,
                    name=names.get(entry.id, entry.name) if entry.id else entry.name,
                    occupations=[],
                )
            grouped[key].occupations.append(_use(profile, entry))
    for skill in table.skills:  # skills in the table that no profile needs yet
        grouped.setdefault(skill.id, SkillSummary(id=skill.id, name=skill.name, occupations=[]))
    return sorted(grouped.values(), key=lambda item: (-len(item.occupations), fold(item.name)))


def _use(profile: ProfileLike, entry: SkillEntry) -> SkillUse:
    return SkillUse(
        slug=profile.slug, title=profile.title, wording=entry.name, description=entry.description
    )


def skill_detail(
    text: str,
    profiles: Sequence[ProfileLike],
    table: SkillTable,
    notes: list[str] | None = None,
) -> SkillSummary:
    """One skill and the occupations that need it. A name, alias or wording in any spelling
    finds it; else a word (or the start of one) of one skill's names only: that skill, and
    a line for ``notes`` saying which was chosen, as occupation names are resolved; words
    of several skills list them (exit 1); anything else gets the closest names."""
    skill = find_skill(text, table)
    if skill is None:  # an article's own wording of a canonical skill finds that skill
        key = _wording_keys(profiles).get(fold(text[:MAX_TYPED]), "")
        skill = next((item for item in table.skills if item.id == key), None)
    chosen = _by_words(text, profiles, table) if skill is None else None
    if chosen is not None:  # one skill has those words: take it, and say so
        key, name = chosen
        skill = next((item for item in table.skills if item.id == key), None)
        if notes is not None:
            notes.append(f"Not: '{echo(text)}' → {name}" + (f" ({key})" if skill else ""))
        if skill is None:  # an article's own skill without an id: its wording
            text = name
    if skill is not None:
        uses = [
            _use(profile, entry)
            for profile in profiles
            for entry in profile.skills
            if entry.id == skill.id
        ]
        return SkillSummary(id=skill.id, name=skill.name, occupations=uses)
    wanted = fold(text[:MAX_TYPED])
    uses = [
        _use(profile, entry)
        for profile in profiles
        for entry in profile.skills
        if entry.id is None and fold(entry.name) == wanted
    ]
    if not uses:
        close = suggest_skills(text, profiles, table)
        raise KariyerError(
            f"Beceri bulunamadı: '{text[:60]}'.",
            hint=f"Bunu mu demek istediniz: {', '.join(close)}? (hepsi için: kariyer skills)"
            if close
            else "Bilinen becerilerin listesi için: kariyer skills",
        )
    return SkillSummary(id=None, name=uses[0].wording, occupations=uses)


def _skill_names(profiles: Sequence[ProfileLike], table: SkillTable) -> list[tuple[str, str, str]]:
    """(key, name to show, a name it answers to) for each canonical name, alias and id, and
    each article's own wording (an id-less one keyed by its folded wording)."""
    names = {skill.id: skill.name for skill in table.skills}
    found = [(skill.id, skill.name, name) for skill in table.skills for name in _names(skill)]
    for profile in profiles:
        for entry in profile.skills:
            key = entry_key(entry)
            found.append((key, names.get(key, entry.name), entry.name))
    return found


def _by_words(
    text: str, profiles: Sequence[ProfileLike], table: SkillTable
) -> tuple[str, str] | None:
    """(key, name) of the one skill having a name with a word that starts with each typed
    word ("takım" → Takım çalışması); None when none has; an error listing them when
    several have."""
    from kariyer.store.names import by_words

    known = _skill_names(profiles, table)
    matched = by_words(text, [(f"{index}", name) for index, (_k, _s, name) in enumerate(known)])
    keys = list(dict.fromkeys(known[int(index)][0] for index in matched))
    if len(keys) > 1:
        shown = {key: name for key, name, _typed in known}
        listed = "; ".join(
            f"{shown[key]} ({key})" if not key.startswith("name:") else shown[key]
            for key in keys[:SHOWN_SKILLS]
        )
        more = f" ve {len(keys) - SHOWN_SKILLS} beceri daha" if len(keys) > SHOWN_SKILLS else ""
        raise KariyerError(
            f"'{echo(text)}' birden çok beceriyle eşleşiyor: {listed}{more}.",
            hint=f'Becerinin adını ya da kimliğini yazın, ör.: kariyer skills "{shown[keys[0]]}"',
        )
    return (keys[0], next(name for key, name, _typed in known if key == keys[0])) if keys else None


SHOWN_SKILLS = 5  # the candidates an ambiguous skill name lists


def suggest_skills(
    text: str, profiles: Sequence[ProfileLike], table: SkillTable, limit: int = 3
) -> list[str]:
    """Up to ``limit`` skill names like ``text`` (canonical names and aliases, and the
    articles' own wordings), as occupation names are suggested (`kariyer.store.names`)."""
    from kariyer.store.names import by_words, suggest

    names = {skill.id: skill.name for skill in table.skills}
    candidates = [(skill.name, name) for skill in table.skills for name in _names(skill)]
    candidates += [
        (names.get(entry.id, entry.name) if entry.id else entry.name, entry.name)
        for profile in profiles
        for entry in profile.skills
    ]
    found = by_words(text, candidates) + suggest(text, candidates, limit=limit * 3)
    return list(dict.fromkeys(found))[:limit]


def parse_skill_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def match_skills(text: str, profiles: Sequence[ProfileLike], table: SkillTable) -> MatchReport:
    """Rank occupations by the share of their skills the person already has."""
    asked = parse_skill_list(text)
    if not asked:  # `--skills ""`: a usage error, as `search ""` is
        raise UsageError(
            "Hiç beceri verilmedi: --skills en az bir beceri bekliyor.",
            hint='Örnek: kariyer match --skills "iletişim, aktif dinleme"',
        )
    have_keys: set[str] = set()
    known: list[str] = []
    unknown: list[str] = []
    wordings = _wording_keys(profiles)
    canonical = {skill.id for skill in table.skills}
    asked, notes = _split_run_on(asked, table, wordings)
    for item in asked:
        skill = find_skill(item, table)
        key = skill.id if skill is not None else wordings.get(fold(item))
        if key is not None:  # a canonical skill, or an article's own wording of a skill
            have_keys.add(key)
            if key in canonical:
                known.append(key)
        else:
            unknown.append(item)
    if not have_keys:  # no skill asked for is known: no ranking to show, say so (exit 1)
        raise _nothing_known(unknown, profiles, table, notes)
    names = {skill.id: skill.name for skill in table.skills}
    results = []
    for profile in profiles:
        if not profile.skills:
            continue
        have: list[str] = []
        lack: list[str] = []
        for entry in profile.skills:
            label = names.get(entry.id, entry.name) if entry.id else entry.name
            (have if entry_key(entry) in have_keys else lack).append(label)
        results.append(
            SkillMatch(
                slug=profile.slug,
                title=profile.title,
                have=have,
                lack=lack,
                score=round(len(have) / len(profile.skills), 2),
            )
        )
    results.sort(key=lambda item: (-len(item.have), -item.score, item.slug))
    return MatchReport(
        known=list(dict.fromkeys(known)), unknown=unknown, results=results, notes=notes
    )


def _nothing_known(
    unknown: list[str], profiles: Sequence[ProfileLike], table: SkillTable, notes: list[str]
) -> NoResultError:
    """The error of a match none of whose skills is known, with the closest skills (and, for
    --json and CSV, the empty report: a script still reads a document)."""
    listed = ", ".join(f"'{echo(item)}'" for item in unknown)
    close = next(
        (found for item in unknown if (found := suggest_skills(item, profiles, table))), []
    )
    hint = (
        f"Bunu mu demek istediniz: {', '.join(close)}? (hepsi için: kariyer skills)"
        if close
        else "Bilinen becerilerin listesi için: kariyer skills"
    )
    return NoResultError(
        f"Bilinmeyen beceri: {listed}; verilen becerilerin hiçbiri tablomuzda ya da "
        "makalelerde yok.",
        hint=" ".join([*notes, hint]),  # "… virgülle ayırın" first: the likely reason
        empty=MatchReport(known=[], unknown=unknown, results=[], notes=notes),
    )


def _split_run_on(
    asked: list[str], table: SkillTable, wordings: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Items of several words that are no skill but several known skills in a row
    ("iletişim aktif dinleme") are read as those skills, and the reading is noted; an
    unknown item of several words gets a note that skills are separated by commas."""
    names = {skill.id: skill.name for skill in table.skills}
    known = {wording: names.get(key, wording) for wording, key in wordings.items()}
    known |= {fold(name): skill.name for skill in table.skills for name in _names(skill)}
    result: list[str] = []
    notes: list[str] = []
    for item in asked:
        words = fold(item[:MAX_TYPED]).split()
        if len(words) < 2 or fold(item[:MAX_TYPED]) in known or find_skill(item, table):
            result.append(item)
            continue
        parts = _known_runs(words, known)
        if parts:
            result.extend(parts)
            notes.append(
                f"'{item[:60]}' {', '.join(parts)} olarak okundu (beceriler virgülle ayrılır)."
            )
        else:
            result.append(item)
            notes.append(
                f"'{item[:60]}' tek bir beceri olarak arandı; birden çok beceriyse virgülle "
                'ayırın: "iletişim, aktif dinleme".'
            )
    return result, notes


def _known_runs(words: list[str], known: dict[str, str]) -> list[str] | None:
    """``words`` as known skills in a row (longest first), by name; None if they are not.
    ``known``: folded name -> the name to show."""
    parts: list[str] = []
    start = 0
    while start < len(words):
        for end in range(len(words), start, -1):
            candidate = " ".join(words[start:end])
            if candidate in known:
                parts.append(known[candidate])
                start = end
                break
        else:
            return None
    return parts if len(parts) > 1 else None
