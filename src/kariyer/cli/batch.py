"""`kariyer import` over many inputs: each one read, parsed, checked and written in turn.

Profiles go to the data directory or the directory given with -o (never stdout). The
outcome of each input is a `BatchItem`: imported (a new file), updated (merged into the
profile already there, or replaced with --force), unchanged (nothing new: nothing written)
or failed with its Turkish reason (`kariyer.cli.saving` decides which). One shared
`Fetcher` keeps the politeness per host across inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer.errors import KariyerError
from kariyer.importer.batch import FAILED, BatchItem

if TYPE_CHECKING:
    from kariyer.schema.models import SkillTable
    from kariyer.store.reference import Reference
    from kariyer.store.web import Fetcher


@dataclass(kw_only=True)
class BatchImport:
    """The options shared by every input of one run."""

    ref: Reference
    table: SkillTable
    site: str | None
    source_url: str | None
    force: bool
    delay: float
    refresh: bool
    target_dir: Callable[[], Path]
    _fetcher: Fetcher | None = field(default=None, repr=False)

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from kariyer.cli.importing import new_fetcher

            self._fetcher = new_fetcher(delay=self.delay, refresh=self.refresh)
        return self._fetcher

    def one(self, name: str) -> BatchItem:
        """Import one input; a failure becomes a failed item, never an exception."""
        try:
            return self._import(name)
        except KariyerError as exc:
            return BatchItem(input=name, status=FAILED, reason=exc.message)

    def _import(self, name: str) -> BatchItem:
        from kariyer.cli.importing import import_source, is_address, read_input

        fetcher = self.fetcher() if is_address(name) else None
        source = read_input(
            name,
            source_url=self.source_url,
            delay=self.delay,
            refresh=self.refresh,
            fetcher=fetcher,
        )
        result = import_source(source, slug=None, site=self.site, ref=self.ref, table=self.table)
        assert result.profile is not None  # no profile: import_source raised why
        from kariyer.cli.saving import save_profile

        slug = result.profile.slug
        target = self.target_dir() / f"{slug}.json"
        status = save_profile(result, target, force=self.force, ref=self.ref, table=self.table)
        return BatchItem(
            input=name,
            status=status,
            slug=slug,
            written_to=result.written_to,
            findings=result.findings,
            merge=result.merge,
            cached=result.cached,
        )


def import_many(
    inputs: list[str],
    output_format: str,
    no_color: bool,
    delay: float,
    site: str | None,
    source_url: str | None,
    force: bool,
    refresh: bool,
    *,
    output_dir: str | None = None,
) -> int:
    """Import every input into the data directory (or ``output_dir``), emit the summary;
    the exit code."""
    from kariyer.cli.options import open_catalog
    from kariyer.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
    from kariyer.importer.batch import run_batch
    from kariyer.output import registry
    from kariyer.output.progress import progress
    from kariyer.store.paths import expand_home, import_data_dir
    from kariyer.store.web import http_timeout

    http_timeout()  # a bad KARIYER_HTTP_TIMEOUT is a usage error before any input
    with open_catalog(None, no_color, with_user_dir=False) as catalog:
        run = BatchImport(
            ref=catalog.reference(),
            table=catalog.skills(),
            site=site,
            source_url=source_url,
            force=force,
            delay=delay,
            refresh=refresh,
            target_dir=(lambda: expand_home(Path(output_dir), "-o", usage=True))
            if output_dir
            else import_data_dir,
        )
        shown = output_format != "json"
        with progress(len(inputs), label="İçe aktarılıyor", enabled=shown) as advance:
            report = run_batch(inputs, run.one, done=lambda item: advance(item.input))
    registry.emit("import-batch", report, output_format)
    if report.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_ERROR if report.failed() else EXIT_OK
