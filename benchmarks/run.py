"""Startup and scaling benchmark for kariyer.

Times whole processes (median of several runs) and reports every case as a ratio to the
floor, `python -c "import typer, rich.table, pydantic"` in the same environment, so the
numbers compare across machines. Cold index builds are compared with a second baseline
measured in the same run: a plain Python process that reads and `json.loads` every file of
the data directory. Synthetic profiles (copies of the bundled ones with new slugs) are
written once per run to a temporary directory used as KARIYER_DATA_DIR (smaller sizes are
hard links to the first files of the largest); every cache directory is redirected there
too, so a run never touches the real cache. Python's bytecode cache is left on
(PYTHONDONTWRITEBYTECODE is removed), as it is for a user.

    python benchmarks/run.py            # full run: budgets, growth up to 20.000 profiles
    python benchmarks/run.py --quick    # fewer runs, up to 5.000 profiles (for CI)

Exits 1 when a budget is missed (unless --report-only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FLOOR = [sys.executable, "-c", "import typer, rich.table, pydantic"]
# Not a budget: a Typer app that does nothing but parse one command with four options,
# to show what Typer itself costs on top of the floor (it validates every parameter
# through a pydantic TypeAdapter built at run time).
MINIMAL_TYPER_APP = """
from typing import Annotated, Optional
import typer
app = typer.Typer()
@app.command()
def show(name: str, json_output: Annotated[bool, typer.Option("--json")] = False,
         data_dir: Annotated[Optional[str], typer.Option("--data-dir")] = None,
         no_color: Annotated[bool, typer.Option("--no-color")] = False) -> None:
    pass
@app.command()
def other() -> None:
    pass
app()
"""
# Not a budget either: the least any warm scan of the data directory does, with no index,
# no domain and no model — load typer and rich.table (as every Typer CLI does), stat every
# file (an in-place edit is only seen that way) and write one line per file. The warm
# budgets are ratios to the floor; this shows how much of them the machine itself takes.
STAT_AND_PRINT = """
import os, sys, typer, rich.table
directory = sys.argv[1]
names = [name for name in os.listdir(directory) if name.endswith(".json")]
infos = [os.stat(os.path.join(directory, name)) for name in names]
lines = (f"{n:<50} {i.st_size:>9,} {i.st_mtime_ns}\\n" for n, i in zip(names, infos))
sys.stdout.write("".join(lines))
"""
SHOW_SLUG = "musteri-hesap-temsilcisi"


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int


@dataclass
class Budget:
    name: str
    limit: float
    value: float

    @property
    def ok(self) -> bool:
        return self.value <= self.limit


def kariyer_command() -> list[str]:
    script = Path(sys.executable).with_name("kariyer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kariyer"]


def run_once(argv: list[str], env: dict[str, str]) -> Sample:
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if code != 0:
        raise SystemExit(f"komut başarısız ({code}): {' '.join(argv)}\n{stderr}")
    return Sample(elapsed, usage.ru_maxrss)


# Reads and parses every file of a data directory, nothing else: the cost a cold index
# build is compared with (argv[1] is the directory).
READ_JSON_BASELINE = """
import json, os, sys
for root, _dirs, files in os.walk(sys.argv[1]):
    for name in files:
        with open(os.path.join(root, name), "rb") as handle:
            json.loads(handle.read())
"""


def median_sample(samples: list[Sample]) -> Sample:
    return Sample(statistics.median(s.seconds for s in samples), max(s.max_rss_kb for s in samples))


def measure(argv: list[str], env: dict[str, str], runs: int) -> Sample:
    """Median time and largest max-RSS over ``runs`` runs, after one warm-up run."""
    run_once(argv, env)  # warm-up: file cache, and kariyer's own index when it has one
    return median_sample([run_once(argv, env) for _ in range(runs)])


def measure_cold(argv: list[str], env: dict[str, str], runs: int, scratch: Path) -> Sample:
    """Like measure, but every run gets a new, empty KARIYER_CACHE_DIR and no warm-up run
    of kariyer: each run builds its index from nothing. The caches are removed afterwards."""
    samples = []
    for _ in range(runs):
        cache = Path(tempfile.mkdtemp(prefix="cold-cache-", dir=scratch))
        samples.append(run_once(argv, {**env, "KARIYER_CACHE_DIR": str(cache)}))
        shutil.rmtree(cache, ignore_errors=True)
    return median_sample(samples)


def make_profiles(directory: Path, first: int, count: int) -> None:
    """Writes valid profiles number ``first`` to ``first + count - 1`` into ``directory``,
    made from the bundled ones, each with its own slug."""
    from kariyer.store.paths import bundled_data_dir

    bases = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((bundled_data_dir() / "occupations").glob("*.json"))
    ]
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(first, first + count):
        data = dict(bases[number % len(bases)])
        data["slug"] = f"sentetik-{number:05d}-{data['slug']}"
        data["title"] = f"{data['title']} {number:05d}"
        path = directory / f"{data['slug']}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def generate(directory: Path, first: int, count: int) -> None:
    """make_profiles in a child process: the benchmark's own process stays small, and so
    does every measured child's max RSS (Linux counts the forking parent's pages in it)."""
    argv = [sys.executable, __file__, "--generate", str(directory), str(first), str(count)]
    subprocess.run(argv, check=True)


def link_first(source: Path, directory: Path, count: int) -> None:
    """``directory`` with the first ``count`` files of ``source`` (hard links, else copies)."""
    directory.mkdir(parents=True)
    for path in sorted(source.iterdir())[:count]:
        try:
            os.link(path, directory / path.name)
        except OSError:
            shutil.copy2(path, directory / path.name)


def per_profile(series: dict[int, Sample], n: int) -> float:
    """Seconds per profile above the run without user profiles (size 0)."""
    return (series[n].seconds - series[0].seconds) / n


def linear_budget(label: str, series: dict[int, Sample], sizes: list[int]) -> Budget:
    """The cost per profile at the largest size must not exceed 1.5 × the one before."""
    mid, large = sizes[-2], sizes[-1]
    early, late = per_profile(series, mid), per_profile(series, large)
    # A smaller size that cost nothing is noise, not a result: it must not pass the budget.
    return Budget(
        f"{label}: cost per profile at {large:,} ÷ at {mid:,} ≤ 1.5 (linear)"
        + ("" if early > 0 else f" — {mid:,} cost no more than 0: too noisy to judge"),
        1.5,
        late / early if early > 0 else float("inf"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and sizes")
    parser.add_argument("--runs", type=int, default=None, help="runs per warm case (median)")
    parser.add_argument("--cold-runs", type=int, default=None, help="runs per cold case")
    parser.add_argument("--report-only", action="store_true", help="never exit 1")
    parser.add_argument("--generate", nargs=3, help=argparse.SUPPRESS)  # DIR FIRST COUNT
    args = parser.parse_args()
    if args.generate:
        make_profiles(Path(args.generate[0]), int(args.generate[1]), int(args.generate[2]))
        return 0
    runs = args.runs or (3 if args.quick else 7)
    cold_runs = args.cold_runs or (2 if args.quick else 3)
    sizes = [0, 1000, 5000] if args.quick else [0, 1000, 5000, 20000]
    last = sizes[-1]
    kariyer = kariyer_command()
    salary = ["salary", "--year", "2024"]

    with tempfile.TemporaryDirectory(prefix="kariyer-bench-") as tmp:
        root = Path(tmp)
        base_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
        base_env["XDG_CACHE_HOME"] = str(root / "cache")
        base_env.pop("KARIYER_DATA_DIR", None)
        base_env.pop("KARIYER_CACHE_DIR", None)
        # Measure what a user runs: Python with its bytecode cache. Without it (as in some
        # sandboxes) an editable install recompiles kariyer's own modules on every run.
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)

        # Generated once; the smaller sizes share the files of the largest one.
        directories = {0: root / "data-0", last: root / f"data-{last}"}
        directories[0].mkdir()
        generate(directories[last], 0, last)
        spare = root / "spare"  # the files the add case adds, one per run
        generate(spare, last, runs)
        for n in sizes[1:-1]:
            directories[n] = root / f"data-{n}"
            link_first(directories[last], directories[n], n)

        def env_for(count: int) -> dict[str, str]:
            # Each size keeps its own warm cache directory; size 0 has no user directory.
            env = {**base_env, "KARIYER_CACHE_DIR": str(root / f"cache-{count}")}
            if count:
                env["KARIYER_DATA_DIR"] = str(directories[count])
            return env

        # The floor is measured at the start, between the parts and at the end: one slow
        # (or fast) moment of a shared machine must not skew every ratio of the run.
        run_once(FLOOR, base_env)
        floor_samples: list[Sample] = []

        def measure_floor() -> None:
            floor_samples.extend(run_once(FLOOR, base_env) for _ in range(runs))

        measure_floor()
        rows: list[tuple[str, Sample]] = [
            ("floor: import typer, rich.table, pydantic", Sample(0, 0))
        ]
        minimal = [sys.executable, "-c", MINIMAL_TYPER_APP, "show", "x", "--json"]
        rows.append(("(reference) minimal Typer app, no work", measure(minimal, base_env, runs)))
        results: dict[str, Sample] = {}

        def case(name: str, argv: list[str], count: int) -> Sample:
            sample = measure([*kariyer, *argv], env_for(count), runs)
            rows.append((name, sample))
            results[name] = sample
            return sample

        case("kariyer --version", ["--version"], 0)
        case(f"show {SHOW_SLUG}", ["show", SHOW_SLUG], 0)

        # Cold: read+json.loads baseline and a fresh cache per run, at every size.
        baseline: dict[int, Sample] = {}
        cold: dict[int, Sample] = {}
        for n in sizes:
            if n:
                reader = [sys.executable, "-c", READ_JSON_BASELINE, str(directories[n])]
                baseline[n] = measure(reader, base_env, runs)
                rows.append((f"baseline read+json.loads ({n:,} files)", baseline[n]))
            cold[n] = measure_cold([*kariyer, *salary], env_for(n), cold_runs, root)
            if n:
                rows.append((f"cold salary --year 2024 (+{n:,})", cold[n]))
        for name, argv in (("list", ["list"]), ("search analist", ["search", "analist"])):
            sample = measure_cold([*kariyer, *argv], env_for(last), cold_runs, root)
            rows.append((f"cold {name} (+{last:,})", sample))
            results[f"cold {name}"] = sample
        results["cold salary"] = cold[last]
        measure_floor()

        # Warm: the index exists (measure's warm-up run builds it).
        lower = [sys.executable, "-c", STAT_AND_PRINT, str(directories[last])]
        rows.append(
            (f"(reference) stat + a line per file ({last:,})", measure(lower, base_env, runs))
        )
        warm = {n: measure([*kariyer, *salary], env_for(n), runs) for n in sizes}
        rows.append((f"salary --year 2024 (+{last:,})", warm[last]))
        results["salary"] = warm[last]
        results["list"] = case(f"list (+{last:,})", ["list"], last)
        results["search"] = case(f"search analist (+{last:,})", ["search", "analist"], last)
        synthetic = f"sentetik-{last - 1:05d}-musteri-hizmetleri-analisti"
        results["show"] = case(f"show SLUG (+{last:,})", ["show", synthetic], last)

        measure_floor()

        # One file touched (same bytes, new mtime) or one added, right before each run,
        # paired with a plain warm run just before it; that one follows a settling run, so
        # whatever the previous touched run left for later is not counted as warm time.
        # The touched files are the last ones of the largest directory, which no smaller
        # size links to; the added ones go into that directory too, as the last case.
        env = env_for(last)
        files = sorted(directories[last].iterdir())
        extra = sorted(spare.iterdir())
        touch_delta: list[float] = []
        add_delta: list[float] = []
        for number in range(runs):
            run_once([*kariyer, *salary], env)
            plain = run_once([*kariyer, *salary], env)
            path = files[-1 - number]
            stat = path.stat()
            later = stat.st_mtime_ns + (number + 1) * 1_000_000_000
            os.utime(path, ns=(stat.st_atime_ns, later))
            touch_delta.append(run_once([*kariyer, *salary], env).seconds - plain.seconds)
        for number in range(runs):
            run_once([*kariyer, *salary], env)
            plain = run_once([*kariyer, *salary], env)
            shutil.copyfile(extra[number], directories[last] / extra[number].name)
            add_delta.append(run_once([*kariyer, *salary], env).seconds - plain.seconds)

        measure_floor()

    # -- report ---------------------------------------------------------------
    floor = median_sample(floor_samples)
    rows[0] = (rows[0][0], floor)
    touched = statistics.median(touch_delta)
    added = statistics.median(add_delta)
    print(f"kariyer benchmark — {platform.platform()}, Python {platform.python_version()},")
    print(
        f"{os.cpu_count()} CPU; median of {runs} runs per case after one warm-up run "
        f"(cold: {cold_runs} runs, each with a new empty cache, no warm-up;\n"
        f"floor: {len(floor_samples)} runs at the start, between the parts and at the end).\n"
    )
    print(f"{'case':44} {'time':>9} {'× floor':>8} {'max RSS':>10} {'× floor':>8}")
    for name, sample in rows:
        print(
            f"{name:44} {sample.seconds * 1000:7.0f} ms {sample.seconds / floor.seconds:8.2f} "
            f"{sample.max_rss_kb / 1024:7.1f} MB {sample.max_rss_kb / floor.max_rss_kb:8.2f}"
        )
    print(f"\nwarm salary --year 2024 (+{last:,}), median added time over a plain warm run:")
    for label, delta in (("one file touched (mtime only)", touched), ("one file added", added)):
        print(f"  {label:30} {delta * 1000:+6.0f} ms ({delta / floor.seconds:+.2f}× floor)")

    print(
        "\ngrowth of salary --year 2024 (extra profiles → time; µs per profile above +0;"
        " cold ÷ read+json.loads):"
    )
    for n in sizes:
        line = f"  {n:>6,}:"
        for label, series in (("cold", cold), ("warm", warm)):
            line += f"  {label} {series[n].seconds * 1000:6.0f} ms"
            line += f" ({per_profile(series, n) * 1e6:5.0f} µs)" if n else " " * 11
        if n:
            line += f"  {cold[n].seconds / baseline[n].seconds:6.2f}"
        print(line.rstrip())

    ratio = {name: sample.seconds / floor.seconds for name, sample in results.items()}
    rss = {name: sample.max_rss_kb / floor.max_rss_kb for name, sample in results.items()}
    base = baseline[last].seconds
    budgets = [
        Budget("--version ≤ 1.2 × floor", 1.2, ratio["kariyer --version"]),
        Budget("show (bundled) ≤ 1.2 × floor", 1.2, ratio[f"show {SHOW_SLUG}"]),
    ]
    budgets += [
        Budget(f"cold {name} (+{last:,}) ≤ 8 × read+json.loads", 8.0, results[key].seconds / base)
        for name, key in (
            ("salary --year 2024", "cold salary"),
            ("list", "cold list"),
            ("search analist", "cold search analist"),
        )
    ]
    budgets += [
        Budget(f"{name} (+{last:,}) ≤ {limit} × floor", limit, ratio[key])
        for name, key, limit in (
            ("salary --year 2024", "salary", 3.0),
            ("list", "list", 3.0),
            ("search analist", "search", 3.0),
            ("show SLUG", "show", 1.3),
        )
    ]
    budgets += [
        Budget(f"memory {key} (+{last:,}) ≤ 2.5 × floor", 2.5, rss[key])
        for key in ("salary", "list", "search", "show")
    ]
    budgets += [
        Budget(
            f"touch one file (+{last:,}): added time ≤ 0.3 × floor", 0.3, touched / floor.seconds
        ),
        Budget(f"add one file (+{last:,}): added time ≤ 0.3 × floor", 0.3, added / floor.seconds),
        linear_budget("cold salary", cold, sizes),
        linear_budget("warm salary", warm, sizes),
    ]
    print("\nbudgets:")
    for budget in budgets:
        mark = "ok " if budget.ok else "MISS"
        print(f"  [{mark}] {budget.name}: {budget.value:.2f}")
    missed = [budget for budget in budgets if not budget.ok]
    print(f"\n{len(budgets) - len(missed)}/{len(budgets)} budgets met.")
    return 1 if missed and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
