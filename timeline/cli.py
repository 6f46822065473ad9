"""The `timeline` command: a thin layer over the library.

Each command wires its options to one library call. Heavy modules (pandas, altair, mkdocs) are
imported inside the commands, so `timeline --help` answers at once. A `TimelineError` becomes a
message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_USAGE = 0, 2
EXIT_BROKEN_PIPE = 141  # as a process killed by SIGPIPE: 128 + 13


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_OK
    from .errors import TimelineError

    try:
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except TimelineError as e:
        print(f"error: {_terminal(str(e))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `timeline table | head -1`: the reader has all it wanted
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as e:  # a file or folder the library did not expect to fail (permissions)
        where = f"{e.filename}: " if e.filename else ""
        print(f"error: {_terminal(where + str(e.strerror or e))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into a curated, published event timeline.",
        epilog="Run `timeline COMMAND --help` for a command's options.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(run=run, command=name)
        return p

    def window_options(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument("--since", type=_window_date, metavar="DATE",
                       help=f"only {what} on or after DATE (YYYY[-MM[-DD]])")
        p.add_argument("--until", type=_window_date, metavar="DATE",
                       help=f"only {what} on or before DATE (YYYY[-MM[-DD]])")

    def events_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--events", default="events", metavar="PATH",
                       help="folder (or file) of event YAML (default: events)")

    p = command("init", cmd_init, "Start a new timeline project: site configuration, an example event, an about "
                "page, the GitHub Pages workflow and a .gitignore (nothing that exists is overwritten).")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR", help="project folder (default: here)")
    p.add_argument("--title", default="Timeline", help="the site's title (default: Timeline)")

    p = command("validate", cmd_validate, "Check every event file and report every problem.")
    events_option(p)
    p.add_argument("--strict", action="store_true", help="treat warnings (unknown fields) as errors")

    p = command("table", cmd_table, "Print the events as a table, CSV or JSON.")
    events_option(p)
    p.add_argument("--top", type=_count, metavar="N",
                   help="only the N events of best rank (see extract --top), in rank order")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="output format (default: table)")

    p = command("export", cmd_export, "Write the events as CSV, JSON, iCalendar or TimelineJS files.")
    events_option(p)
    p.add_argument("--format", action="append", choices=("csv", "json", "ics", "timelinejs"),
                   help="a format to write (repeat for several; default: all four)")
    p.add_argument("--out", default="downloads", metavar="DIR",
                   help="folder to write into (default: downloads), or - for stdout with one --format")
    p.add_argument("--title", default="Timeline", help="calendar / timeline title (default: Timeline)")

    command("schema", cmd_schema, "Print the JSON Schema of event files (for editors).")

    p = command("build", cmd_build, "Build the site (into public/); the old site stays if it fails.")
    p.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="FILE",
                   help="MkDocs configuration (default: mkdocs.yml)")
    p.add_argument("-d", "--site-dir", default=None, metavar="DIR",
                   help="output folder (default: site_dir of the configuration)")
    p.add_argument("--strict", action="store_true", help="fail on warnings, as mkdocs --strict")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    p = command("extract", cmd_extract, "Extract dated events from articles into draft YAML files.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files or folders (.txt .md .html), JSONL or WARC files, globs; - for stdin")
    p.add_argument("--published", metavar="DATE", help="publication date for all articles (YYYY-MM-DD)")
    p.add_argument("--language", metavar="L", help="ISO 639-1 language of the articles (default: detect)")
    p.add_argument("--out", default="events", metavar="DIR", help="folder for the drafts (default: events)")
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes (default: 1, or 2 for a local Dask cluster)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine's processes (default); dask: a Dask cluster "
                        "(pip install 'timeline[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running Dask scheduler (tcp://host:8786); "
                        "default: start a local cluster")
    p.add_argument("--partitions", type=_count, metavar="N",
                   help="cut the input into N parts (default: 16, or more of 1000 articles each)")
    p.add_argument("--work", metavar="DIR",
                   help="keep each part's result in DIR: the same command run again reads only the parts not done")
    p.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    p.add_argument("--url", metavar="URL", help="the address of the article read from standard input (-)")
    p.add_argument("--add-to-reviewed", action="store_true",
                   help="add new reports of events a person reviewed or edited to their files (default: count them)")
    p.add_argument("--top", type=_count, metavar="N",
                   help="write only the N most important happenings, ranked (a larger N later adds the next ones)")
    p.add_argument("--per-date", type=_count, metavar="K", help="at most K happenings on one date")
    window_options(p, "happenings")

    p = command("summarize", cmd_summarize, "Print the timeline of the most important events: the dates that "
                "matter and what happened on each.")
    events_option(p)
    p.add_argument("--dates", type=_count, default=10, metavar="L", help="at most L dates (default: 10)")
    p.add_argument("--per-date", type=_count, default=1, metavar="K", help="events on each date (default: 1)")
    window_options(p, "events")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text, or JSON as Timeline17's timelines ({\"dates\": {date: [sentence, ...]}}) "
                        "(default: text)")

    p = command("dates", cmd_dates, "Print the dates found in an article, for checking by eye.")
    p.add_argument("path", metavar="FILE", help="an article (.txt .md .html), - for stdin")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD)")
    p.add_argument("--language", metavar="L", help="ISO 639-1 language (default: detect)")

    p = command("serve", cmd_serve, "Preview the site, rebuilt when a page or event changes.")
    p.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="FILE",
                   help="MkDocs configuration (default: mkdocs.yml)")
    p.add_argument("-a", "--dev-addr", default=None, metavar="IP:PORT",
                   help="address to serve on (default: 127.0.0.1:8000)")
    return parser


def _jobs(value: str) -> int:
    if not (value.isdecimal() and 1 <= int(value) <= 256):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (expected 1 to 256)")
    return int(value)


def _count(value: str) -> int:
    if not (value.isdecimal() and 1 <= int(value) <= 1_000_000):
        raise argparse.ArgumentTypeError(f"{value!r} is not a count (expected a whole number from 1 to 1000000)")
    return int(value)


def _window_date(value: str):
    from .errors import InvalidDateError
    from .model import PartialDate

    try:
        return PartialDate.parse(value)
    except InvalidDateError as e:
        raise argparse.ArgumentTypeError(f"{value!r}: {e}") from None


def _check_window(args: argparse.Namespace) -> None:
    from .errors import TimelineError

    if args.since and args.until and args.since.first_day > args.until.last_day:
        raise TimelineError(f"--since {args.since} is after --until {args.until}: nothing is between them")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline")
    except PackageNotFoundError:
        return "unknown"


# ---------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from .project import init_project

    for path in init_project(args.dir, args.title):
        print(f"wrote {path}")
    where = "" if args.dir == "." else f"cd {args.dir} && "
    print(f"next: {where}timeline extract ARTICLES (drafts into events/), then timeline serve "
          "(preview at http://127.0.0.1:8000/)")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .store import load

    events, problems = load(args.events, strict=args.strict)
    for problem in problems:
        print(_terminal(str(problem)), file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} "
              f"in {args.events}: fix the lines above", file=sys.stderr)
        return EXIT_USAGE
    extra = f", {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
    print(f"{len(events)} event{'s' * (len(events) != 1)} valid{extra}")
    return EXIT_OK


def cmd_table(args: argparse.Namespace) -> int:
    from .exports import to_csv, to_json
    from .store import load

    events, problems = load(args.events)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        from .errors import EventFileError
        raise EventFileError(problems)
    for warning in problems:
        print(_terminal(str(warning)), file=sys.stderr)
    if args.top is not None:  # the best ranked, in rank order; events without a rank after them
        events = sorted(events, key=lambda e: (e.rank is None, e.rank or 0, e.sort_key()))[:args.top]
    if args.format == "csv":
        sys.stdout.write(to_csv(events))
    elif args.format == "json":
        sys.stdout.write(to_json(events))
    elif not events:
        print(f"no events in {_terminal(args.events)}")
    else:
        ranked = [("rank", [e.rank or "" for e in events])] if any(e.rank for e in events) else []
        _print_columns([*ranked, ("date", [str(e.date) for e in events]),
                        ("title", [_clip(_terminal(e.title)) for e in events]),
                        ("sources", [len(e.sources) for e in events]),
                        ("status", [e.status for e in events]), ("id", [e.id for e in events])])
    return EXIT_OK


# control characters and the bidirectional overrides a terminal would obey rather than show
_TERMINAL_UNSAFE = str.maketrans(dict.fromkeys(
    [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    "\ufffd"))


def _terminal(text: str) -> str:
    """`text` safe to print on a terminal: no escape sequence or direction override runs."""
    return text.translate(_TERMINAL_UNSAFE)


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_columns(columns) -> None:
    """Left-aligned columns, two spaces apart, for reading in a terminal."""
    cells = [[name, *map(str, values)] for name, values in columns]
    widths = [max(map(len, col)) for col in cells]
    for row in zip(*cells, strict=True):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def cmd_export(args: argparse.Namespace) -> int:
    from .errors import TimelineError
    from .exports import render, write_exports
    from .store import read_events

    events = [e for e in read_events(args.events) if e.status != "rejected"]  # not published
    formats = args.format or ["csv", "json", "ics", "timelinejs"]
    if args.out == "-":
        if len(formats) != 1:
            raise TimelineError("--out - writes to stdout: give exactly one --format")
        sys.stdout.write(render(events, formats[0], args.title))
        return EXIT_OK
    for path in write_exports(events, args.out, formats, args.title):
        print(f"wrote {path} ({len(events)} event{'s' * (len(events) != 1)})")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .schema import event_schema

    print(json.dumps(event_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _mkdocs_logging(quiet: bool) -> None:
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.INFO)


def cmd_build(args: argparse.Namespace) -> int:
    from .site import build_site

    _mkdocs_logging(args.quiet)
    out = build_site(args.config_file, strict=args.strict, site_dir=args.site_dir)
    if not args.quiet:
        print(f"site built in {out}")
    return EXIT_OK


def _check_date(value: str | None):
    """The `--published` day as a PartialDate (None if not given)."""
    from .errors import InvalidDateError
    from .ingest import publication_date

    if value is None:
        return None
    try:
        return publication_date(value)
    except InvalidDateError as e:
        raise InvalidDateError(f"--published: {e}") from None


def _check_language(value: str | None) -> str | None:
    if value is not None:
        from .lexicon import lexicon

        lexicon(value)  # LanguageError, before any article is read
    return value


def cmd_extract(args: argparse.Namespace) -> int:
    from .drafts import extract_drafts
    from .errors import TimelineError

    if args.url is not None:
        if "-" not in args.paths:
            raise TimelineError("--url names the article read from standard input: give - as a PATH")
        if not args.url.strip() or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in args.url):
            raise TimelineError("--url: expected the article's address on one line")

    _check_window(args)
    if args.scheduler is not None and args.engine != "dask":
        raise TimelineError("--scheduler is the address of a Dask scheduler: give --engine dask too")
    jobs = args.jobs or (2 if args.engine == "dask" else 1)
    report = extract_drafts(
        args.paths, args.out, published=_check_date(args.published), language=_check_language(args.language),
        jobs=jobs, dry_run=args.dry_run, add_to_reviewed=args.add_to_reviewed, url=args.url,
        top=args.top, per_date=args.per_date, since=args.since, until=args.until, progress=_progress,
        on_wait=lambda: print(f"waiting: another process is writing into {args.out}", file=sys.stderr),
        engine=args.engine, scheduler=args.scheduler, partitions=args.partitions, work=args.work,
        on_engine=_show_dashboard)
    for error in report.errors:
        print(f"error: {_terminal(error)}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {_terminal(warning)}", file=sys.stderr)
    for problem in report.problems:
        print(f"warning: {_terminal(str(problem))} (that file is left as it is)", file=sys.stderr)
    warned = len(report.warnings) + len(report.problems)
    verb = "would write" if args.dry_run else "events"
    bad = f", {len(report.errors)} not read" if report.errors else ""
    review = "".join(f", {n} {what}" for n, what in (
        (report.known, "for reviewed events (not added: see --add-to-reviewed)"),
        (report.rejected, "rejected (see rejected.txt)"), (report.deleted, "deleted drafts recorded as rejected"),
        (report.left_out, "left out (not among --top or outside --since/--until)"))
        if n)
    if args.work is not None or args.engine == "dask":
        reused = f", {report.reused} reused from {_terminal(args.work)}" if args.work is not None else ""
        print(f"{report.parts} partition{'s' * (report.parts != 1)}{reused} ({args.engine} engine)")
    print(f"{report.read} article{'s' * (report.read != 1)} read{bad}, {verb} {report.new} new, "
          f"{report.merged} merged, {report.untouched} untouched{review}, {warned} warning{'s' * (warned != 1)}")
    return EXIT_USAGE if report.errors or report.read == 0 else EXIT_OK


def cmd_summarize(args: argparse.Namespace) -> int:
    import json

    from .errors import EventFileError
    from .store import load
    from .summary import summarize

    _check_window(args)
    events, problems = load(args.events)
    if any(p.severity == "error" for p in problems):
        raise EventFileError(problems)
    events = [e for e in events if e.status != "rejected"]
    chosen = summarize(events, dates=args.dates, per_date=args.per_date, start=args.since, end=args.until)
    by_date: dict = {}
    for event in chosen:
        by_date.setdefault(event.date, []).append(event)
    if args.format == "json":
        said = {str(d): [" ".join(e.quote.split()) or e.title for e in by_date[d]] for d in sorted(by_date)}
        timeline = {"name": str(args.events), "dates": said}
        print(json.dumps(timeline, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not chosen:
        window = " between --since and --until" if args.since or args.until else ""
        print(f"no events in {_terminal(str(args.events))}{window}")
        return EXIT_OK
    width = max(len(str(d)) for d in by_date)
    for d in sorted(by_date):
        for n, event in enumerate(by_date[d]):
            label = str(d) if n == 0 else ""
            reports = len({s.url for s in event.sources})
            print(f"{label:<{width}}  {_terminal(event.title)} ({reports} article{'s' * (reports != 1)})")
            if event.quote:
                print(f"{'':<{width}}    “{_terminal(' '.join(event.quote.split()))}”")
    return EXIT_OK


def _progress(results, parts):
    """The partitions' results, with a progress line on a terminal (partitions, articles,
    events, rate) for an input of ten articles or more."""
    from .engine import Rate

    known = sum(p.articles or 0 for p in parts)
    if (known < 10 and len(parts) < 2) or not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    rate = Rate(len(parts))
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task(f"reading articles: {rate.line()}", total=len(parts))
        for result in results:
            rate.add(result)
            progress.update(task, advance=1, description=f"reading articles: {rate.line()}")
            yield result


def _show_dashboard(engine) -> None:
    link = getattr(engine, "dashboard", None)
    if link:
        print(f"dask: {engine.workers()} workers, dashboard at {link}", file=sys.stderr)


def cmd_dates(args: argparse.Namespace) -> int:
    from .dates import find_dates
    from .drafts import month_of, undated
    from .ingest import read_article

    published = _check_date(args.published)
    language = _check_language(args.language)
    article = read_article(args.path)
    published = published or article.published
    if not published:
        print(f"warning: {_terminal(undated(args.path, article.coarse_date))}", file=sys.stderr)
        published = month_of(article.coarse_date)
    language = language or article.language
    for m in find_dates(article.text, published, [language] if language else None):
        line = article.text.count("\n", 0, m.start) + 1
        end = f"/{m.range_end}" if m.range_end else ""
        print(f"{line}:{m.start}-{m.end}\t{m.value}{end}\t{m.precision}\t{_terminal(m.text)}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve

    _mkdocs_logging(False)
    serve(config_file=args.config_file, dev_addr=args.dev_addr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
