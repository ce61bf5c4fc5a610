"""Startup and scaling benchmark for kariyer.

Times whole processes (median of several runs) and reports every case as a ratio to the
floor, `python -c "import typer, rich.table, pydantic"` in the same environment, so the
numbers compare across machines. Synthetic profiles (copies of the bundled ones with new
slugs) are written to a temporary directory used as KARIYER_DATA_DIR; the user cache
directory is redirected there too, so a run never touches the real cache. Python's
bytecode cache is left on (PYTHONDONTWRITEBYTECODE is removed), as it is for a user.

    python benchmarks/run.py            # full run: budgets, growth up to 20.000 profiles
    python benchmarks/run.py --quick    # fewer runs and sizes (for CI)

Exits 1 when a budget is missed (unless --report-only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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


def measure(argv: list[str], env: dict[str, str], runs: int) -> Sample:
    """Median time and largest max-RSS over ``runs`` runs, after one warm-up run."""
    run_once(argv, env)  # warm-up: file cache, and kariyer's own index when it has one
    samples = [run_once(argv, env) for _ in range(runs)]
    return Sample(statistics.median(s.seconds for s in samples), max(s.max_rss_kb for s in samples))


def make_profiles(directory: Path, count: int) -> None:
    """``count`` valid profiles made from the bundled ones, each with its own slug."""
    from kariyer.store.paths import bundled_data_dir

    bases = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((bundled_data_dir() / "occupations").glob("*.json"))
    ]
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        data = dict(bases[number % len(bases)])
        data["slug"] = f"sentetik-{number:05d}-{data['slug']}"
        data["title"] = f"{data['title']} {number:05d}"
        path = directory / f"{data['slug']}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and sizes")
    parser.add_argument("--runs", type=int, default=None, help="runs per case (median)")
    parser.add_argument("--report-only", action="store_true", help="never exit 1")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    sizes = [0, 1000, 2500, 5000] if args.quick else [0, 1000, 5000, 20000]
    kariyer = kariyer_command()

    with tempfile.TemporaryDirectory(prefix="kariyer-bench-") as tmp:
        root = Path(tmp)
        base_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
        base_env["XDG_CACHE_HOME"] = str(root / "cache")
        base_env.pop("KARIYER_DATA_DIR", None)
        base_env.pop("KARIYER_CACHE_DIR", None)
        # Measure what a user runs: Python with its bytecode cache. Without it (as in some
        # sandboxes) an editable install recompiles kariyer's own modules on every run.
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)

        def env_for(count: int) -> dict[str, str]:
            if count == 0:
                return base_env
            directory = root / f"data-{count}"
            if not directory.exists():
                make_profiles(directory, count)
            return {**base_env, "KARIYER_DATA_DIR": str(directory)}

        floor = measure(FLOOR, base_env, runs)
        rows: list[tuple[str, Sample]] = [("floor: import typer, rich.table, pydantic", floor)]
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
        big = 5000
        synthetic = f"sentetik-{big - 1:05d}-musteri-hizmetleri-analisti"
        case(f"show SLUG (+{big:,})", ["show", synthetic], big)
        case(f"list (+{big:,})", ["list"], big)
        case(f"salary --year 2024 (+{big:,})", ["salary", "--year", "2024"], big)
        case(f"search analist (+{big:,})", ["search", "analist"], big)

        growth_salary = {
            n: measure([*kariyer, "salary", "--year", "2024"], env_for(n), runs) for n in sizes
        }
        last = sizes[-1]
        last_slug = f"sentetik-{last - 1:05d}-musteri-hizmetleri-analisti"
        growth_show = {
            n: measure([*kariyer, "show", last_slug if n == last else SHOW_SLUG], env_for(n), runs)
            for n in sizes
        }

    # -- report ---------------------------------------------------------------
    print(f"kariyer benchmark — {platform.platform()}, Python {platform.python_version()},")
    print(f"{os.cpu_count()} CPU; median of {runs} runs per case after one warm-up run.\n")
    print(f"{'case':44} {'time':>9} {'× floor':>8} {'max RSS':>10} {'× floor':>8}")
    for name, sample in rows:
        print(
            f"{name:44} {sample.seconds * 1000:7.0f} ms {sample.seconds / floor.seconds:8.2f} "
            f"{sample.max_rss_kb / 1024:7.1f} MB {sample.max_rss_kb / floor.max_rss_kb:8.2f}"
        )
    print("\ngrowth (extra profiles → time, × floor):")
    for n in sizes:
        s, w = growth_salary[n], growth_show[n]
        print(
            f"  {n:>6,}: salary --year 2024 {s.seconds * 1000:6.0f} ms "
            f"({s.seconds / floor.seconds:5.2f}×)   show SLUG {w.seconds * 1000:6.0f} ms "
            f"({w.seconds / floor.seconds:5.2f}×)"
        )

    ratio = {name: sample.seconds / floor.seconds for name, sample in results.items()}
    rss = {name: sample.max_rss_kb / floor.max_rss_kb for name, sample in results.items()}
    budgets = [
        Budget("--version ≤ 1.2 × floor", 1.2, ratio["kariyer --version"]),
        Budget("show ≤ 1.5 × floor", 1.5, ratio[f"show {SHOW_SLUG}"]),
        Budget(f"show (+{big:,}) ≤ 2 × floor", 2.0, ratio[f"show SLUG (+{big:,})"]),
        Budget(f"list (+{big:,}) ≤ 4 × floor", 4.0, ratio[f"list (+{big:,})"]),
        Budget(f"salary (+{big:,}) ≤ 4 × floor", 4.0, ratio[f"salary --year 2024 (+{big:,})"]),
        Budget(f"search (+{big:,}) ≤ 4 × floor", 4.0, ratio[f"search analist (+{big:,})"]),
    ]
    budgets += [
        Budget(f"memory {name} ≤ 2 × floor", 2.0, value)
        for name, value in rss.items()
        if f"+{big:,}" in name
    ]
    # Growth: the cost per extra profile must not rise with the catalog's size (≤ linear):
    # compare the two largest steps of the series; show must stay nearly flat.
    small, mid, large = sizes[-3], sizes[-2], sizes[-1]
    per_early = (growth_salary[mid].seconds - growth_salary[small].seconds) / (mid - small)
    per_late = (growth_salary[large].seconds - growth_salary[mid].seconds) / (large - mid)
    # An early step that did not grow is noise, not a result: it must not pass the budget.
    budgets.append(
        Budget(
            f"salary: cost per profile {mid:,}→{large:,} ÷ {small:,}→{mid:,} ≤ 1.5 (linear)"
            + ("" if per_early > 0 else " — early step did not grow: too noisy to judge"),
            1.5,
            per_late / per_early if per_early > 0 else float("inf"),
        )
    )
    budgets.append(
        Budget(
            f"show: time at +{last:,} ÷ time at +0 ≤ 1.3 (nearly flat)",
            1.3,
            growth_show[last].seconds / growth_show[0].seconds,
        )
    )
    print("\nbudgets:")
    for budget in budgets:
        mark = "ok " if budget.ok else "MISS"
        print(f"  [{mark}] {budget.name}: {budget.value:.2f}")
    missed = [budget for budget in budgets if not budget.ok]
    print(f"\n{len(budgets) - len(missed)}/{len(budgets)} budgets met.")
    return 1 if missed and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
