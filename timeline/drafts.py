"""Articles → draft event files: what `timeline extract` does, as a library call.

    extract_drafts(["articles/"], out="events")

1. read each article (`archive`, `ingest`), in partitions run by an engine (`engine`: this
   machine's processes, or Dask); an article that cannot be read is reported and the others go on;
2. find its dated events (`extract`);
3. merge the reports of one happening across articles (`merge`, by year blocks);
4. write them into `out` (`write_drafts`): a new happening becomes a draft file; a new report of
   a happening that has an untouched draft adds its source there. A file a person has edited
   (or marked reviewed), or that does not load, is never changed.

Writing holds the folder's lock (`files.folder_lock`), so two runs at once take turns instead
of losing each other's sources, and each file is replaced atomically, and only if it is still
what was read (a person saving it meanwhile wins).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem
from .fields import check_event, to_mapping
from .ingest import Article
from .model import Event, PartialDate

Progress = Callable[[Iterable, list], Iterator]


@dataclass
class DraftReport:
    """What `extract_drafts` (or `write_drafts`) did."""

    read: int = 0  # articles read
    new: int = 0  # draft files written
    merged: int = 0  # drafts that got new sources
    untouched: int = 0  # happenings already there whose files were left as they were
    known: int = 0  # happenings with new reports whose event a person reviewed or edited: not added
    rejected: int = 0  # reports not written because a person rejected them
    deleted: int = 0  # reports found deleted since the last run, now recorded as rejected
    left_out: int = 0  # happenings found but not among the `top` most important
    parts: int = 0  # partitions of the input
    reused: int = 0  # partitions whose results a work folder kept from an earlier run
    errors: list[str] = field(default_factory=list)  # input not read: "path: why"
    warnings: list[str] = field(default_factory=list)  # read, with a caveat (no publication date)
    problems: list[Problem] = field(default_factory=list)  # event files there that do not load


def extract_drafts(paths: list[str], out: str | Path = "events", published: PartialDate | None = None,
                   language: str | None = None, jobs: int = 1, dry_run: bool = False,
                   progress: Progress | None = None, on_wait: Callable[[], None] | None = None,
                   add_to_reviewed: bool = False, url: str | None = None, top: int | None = None,
                   per_date: int | None = None, since: PartialDate | None = None,
                   until: PartialDate | None = None, engine: str = "local", scheduler: str | None = None,
                   partitions: int | None = None, work: str | Path | None = None,
                   on_engine: Callable[[object], None] | None = None) -> DraftReport:
    """Extract the dated events of the articles at `paths` and write them as drafts into `out`.

    `paths` are article files, folders, JSONL or WARC files, or globs of them (`archive`).
    `published` (a day) and `language` apply to every article, over what the articles say.
    `progress(results, parts)` may wrap the partitions' results as they come (a progress bar);
    `on_wait` is called if another process holds the folder's lock. Nothing is written with
    `dry_run`. New reports of reviewed events are added to them only with `add_to_reviewed`.
    `url` is the address of the article read from standard input ("-").

    `engine` "local" reads in `jobs` processes of this machine; "dask" on the Dask cluster at
    `scheduler`, or on a local cluster of `jobs` workers (`engine`): the same drafts either way.
    The input is cut into `partitions` (default: 16, of at most `PARTITION_ARTICLES` articles,
    more for a larger input); with `work`, each partition's result is kept in that folder
    and the same command run again (after a crash or Ctrl-C) reads only the partitions not done.
    `on_engine(engine)` is called once the engine runs (to show Dask's dashboard address).

    With `top`, only the `top` most important happenings (`summary.top_events`: at most
    `per_date` on one date, inside [`since`, `until`]) are written, each with its `rank`
    (1: the most important); the same articles with a larger `top` add the next ones and leave
    the first as they were. `since`/`until` alone keep the happenings inside them.
    """
    from .archive import plan
    from .engine import Options, open_engine

    if work is not None:
        _work_folder(Path(work), Path(out))
    options = Options(published, language, url)
    with open_engine(engine, jobs, scheduler) as runner:
        if on_engine is not None:
            on_engine(runner)
        parts, errors = plan(paths, partitions=partitions)
        results = list(_wrap(progress, runner.extract(parts, options, None if work is None else str(work)), parts))
        merged = runner.merge()
    order = {p.key(*options.key_parts()): n for n, p in enumerate(parts)}
    results.sort(key=lambda r: order.get(r.key, len(order)))
    warnings = [w for r in results for w in r.warnings]
    errors += [e for r in results for e in r.errors]
    read = sum(r.read for r in results)
    left_out = 0
    if top is not None or per_date is not None or since is not None or until is not None:
        from .summary import top_events

        chosen = top_events(merged, n=top, per_date=per_date, start=since, end=until)
        left_out = len(merged) - len(chosen)
        if top is not None:
            for n, event in enumerate(chosen, 1):
                event.rank = n
        merged = sorted(chosen, key=Event.sort_key)
    report = write_drafts(merged, out, dry_run=dry_run, on_wait=on_wait, add_to_reviewed=add_to_reviewed,
                          merged=True)
    report.left_out = left_out
    report.read = read
    report.parts = len(parts)
    report.reused = sum(r.reused for r in results)
    report.errors = errors + report.errors
    report.warnings = warnings + report.warnings
    return report


def _work_folder(work: Path, out: Path) -> None:
    """Make the work folder, refusing the events folder (its files are a person's)."""
    from .errors import OutputError
    from .files import inside

    if inside(work.resolve(), out.resolve()) or inside(out.resolve(), work.resolve()):
        raise OutputError(f"--work {work}: keep the work folder apart from the events folder {out}")
    if work.exists() and not work.is_dir():
        raise OutputError(f"--work {work}: is a file, not a folder")
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"--work {work}: cannot be made ({e.strerror or e})") from None


def _wrap(progress: Progress | None, items: Iterable, parts: list) -> Iterable:
    return progress(items, parts) if progress is not None else items


def undated(name: str, coarse: str | None = None) -> str:
    """The warning for an article without a day of publication (`coarse`: the month its date
    line gives, which "on Tuesday" cannot be resolved against)."""
    if coarse:
        return (f"{name}: its date line gives only the month {coarse}: weekdays and relative days are skipped, "
                "year-less dates take the year near that month (give --published YYYY-MM-DD or a "
                "`published:` front matter field)")
    return (f"{name}: no publication date: relative and year-less dates are skipped "
            "(give --published YYYY-MM-DD or a `published:` front matter field)")


def events_of(article: Article, published: PartialDate | None = None, language: str | None = None) -> list[Event]:
    """The dated events of one article (`published` and `language` over the article's own);
    each source titled with the article's headline. `LanguageError` for an unknown language."""
    from .extract import extract_events

    chosen = language or article.language
    events = extract_events(article.text, published or article.published or month_of(article.coarse_date),
                            [chosen] if chosen else None,
                            source=article.source)
    for event in events:
        for source in event.sources:
            source.title = source.title or article.title
    return events


def month_of(coarse: str | None) -> PartialDate | None:
    """The month a date line gives (" date 2018-01"), if it is one."""
    try:
        date = PartialDate.parse(coarse) if coarse else None
    except ValueError:
        return None
    return date if date is not None and date.precision == "month" else None


# ---------------------------------------------------------------- writing


def write_drafts(events: list[Event], out: str | Path = "events", dry_run: bool = False,
                 on_wait: Callable[[], None] | None = None, add_to_reviewed: bool = False,
                 merged: bool = False) -> DraftReport:
    """Store new events as draft files and merge new sources into untouched drafts.

    The new events and those already in `out` are grouped by happening together (`merge`), so
    a report of a happening that has a file goes to that file, whatever the order of the runs.
    An event file a person has edited (its fingerprint no longer matches) is never changed; nor
    is any file when nothing new was found, so re-running on the same articles leaves every
    byte as it was. New reports of an event a person reviewed or edited are counted (`known`),
    and added to its file (keeping the person's edits and comments) only with
    `add_to_reviewed`. Reports a person rejected (see `review`) are not written again.
    A file that does not load (a person may be halfway through an edit) is never overwritten.
    An event that is not valid itself is reported in `errors` and not written.

    `merged`: `events` are already merged (`merge_events` over them all, or over more: `--top`
    passes the most important of the merged happenings); each is then a happening of its own,
    joined only to the files there. (Merged again on their own, a few chosen happenings look
    more alike than they did among all of them, and would join.)
    """
    from .files import folder_lock
    from .merge import cluster, combine, main_language
    from .review import ReviewRecord, fingerprint
    from .store import add_sources, draft_text, draft_with_sources, is_pristine, load

    root = Path(out)
    lock = contextlib.nullcontext() if dry_run else folder_lock(root, on_wait)
    with lock:
        existing, problems = load(root) if root.exists() else ([], [])
        report = DraftReport(problems=[p for p in problems if p.severity == "error"])
        record = ReviewRecord(root)
        present = {fingerprint(s) for e in existing for s in e.sources}
        if not report.problems:  # a file that does not load may hold the reports that seem gone
            report.deleted = record.reject_deleted(present)
        refused = set(record.rejected)
        fresh_events = []
        for event in events:
            invalid = _invalid(event)
            if invalid:
                report.errors.append(f"{event.sources[0].url if event.sources else event.id}: an event "
                                     f"was not written: {invalid}")
                continue
            kept = [s for s in event.sources if fingerprint(s) not in refused]
            if len(kept) < len(event.sources):
                report.rejected += 1
            if kept and any(fingerprint(s) not in present for s in kept):
                fresh_events.append(_with_sources(event, kept))
            elif kept:
                report.untouched += 1
        pool = existing + fresh_events
        taken = {e.id.casefold() for e in existing} | {Path(e.file).stem.casefold() for e in existing if e.file}
        language = main_language(pool)  # (as `merge_block` titles a happening told in several languages)
        for group in cluster(pool):
            known = [pool[i] for i in group if i < len(existing)]
            found = [pool[i] for i in group if i >= len(existing)]
            if not found:
                continue
            if not known:
                for event in found if merged else [combine(found, language)]:
                    fresh = [s for s in event.sources if fingerprint(s) not in present]
                    event = _with_sources(event, fresh)
                    event.id = _free_id(event.id, taken)
                    path = root / f"{event.id}.yaml"
                    if path.exists():  # there, but invalid: a person's edit in progress is not replaced
                        report.untouched += 1
                        continue
                    taken.add(event.id.casefold())
                    if not dry_run:
                        _write(path, draft_text(event), expected=None)
                    record.written(event, fresh)
                    report.new += 1
                continue
            event = combine(found, language)
            fresh = [s for s in event.sources if fingerprint(s) not in present]
            target = min(known, key=lambda e: (-len(e.sources), e.sort_key()))
            if target.status == "rejected":
                report.rejected += 1
                continue
            text = _read_text(Path(target.file or ""))
            if target.status == "draft" and text is not None and is_pristine(text):
                new_text = draft_with_sources(text, fresh)
            elif add_to_reviewed and text is not None:
                new_text = add_sources(text, target.id, fresh)
            else:
                new_text = text
            if new_text == text:  # a person's event: counted, not changed
                report.known += 1
                continue
            if not dry_run and not _write(Path(target.file or ""), new_text, expected=text):
                report.untouched += 1  # changed on disk since it was read: a person's edit wins
                continue
            record.written(target, fresh)
            report.merged += 1
        if not dry_run:
            record.save()
    return report


def _free_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` ... if another happening has that id (the same day and
    title words)."""
    name, n = base, 2
    while name.casefold() in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def _with_sources(event: Event, sources: list) -> Event:
    from dataclasses import replace

    return replace(event, sources=list(sources))


def _invalid(event: Event) -> str | None:
    """Why `event` would not load back as a valid event file, or None."""
    _, issues = check_event(to_mapping(event), event.id)
    errors = [i for i in issues if i.severity == "error"]
    if not errors:
        return None
    from .fields import path_label

    return "; ".join(f"{path_label(i.path)}: {i.message}" for i in errors)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str, expected: str | None) -> bool:
    """Write `text` to `path` if the file still holds `expected` (None: is not there yet)."""
    from .files import atomic_write

    current = _read_text(path) if path.exists() else None
    if current != expected:
        return False
    atomic_write(path, text)
    return True
