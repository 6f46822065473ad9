"""Running extraction over partitions of the input: on this machine's cores, or on Dask.

    with open_engine("dask", scheduler="tcp://10.0.0.5:8786") as engine:
        for done in engine.extract(parts, options, work="work/"):   # as partitions finish
            ...
        events = engine.merge()

Both engines do the same three steps and give the same events, byte for byte:
1. each partition (`archive.Partition`) is read and its events extracted (`extract_partition`);
   with a work folder its result is kept there under the partition's key (`archive.Partition.key`)
   and a later run with the same input and options reuses it instead of reading it again;
2. reports are weighed over all the events (`merge.FeatureWeights`: the distinct reports'
   features counted);
3. each block (`merge.block_of`: a year) is merged with those weights (`merge.merge_block`), and
   the blocks' events are put together (`merge.finish`).
The local engine runs step 1 in `jobs` worker processes and steps 2–3 in this one. The Dask
engine runs all three on the cluster's workers: results stay where they were computed, report
features are counted in buckets of their digests (a small shuffle), and each year merges on one
worker; only the merged events come back.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .archive import Partition, read_partition
from .errors import ArticleError, TimelineError
from .model import Event, Opening, PartialDate, Source

WORK_FORMAT = 2  # 2: a source's undated flag and its article's opening sentences kept


@dataclass(frozen=True)
class Options:
    """What applies to every article of a run (and so is part of each partition's key)."""

    published: PartialDate | None = None
    language: str | None = None
    url: str | None = None  # the address of the article read from stdin

    def key_parts(self) -> tuple[str, ...]:
        return (code_version(), str(self.published), str(self.language), str(self.url))


@dataclass
class PartResult:
    """What reading one partition gave."""

    key: str
    label: str
    read: int = 0  # articles read
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reused: bool = False  # taken from the work folder, not read again
    found: int | None = None  # events, when they are not here (`brief`)

    def brief(self) -> PartResult:
        """The same without its events (what the Dask engine sends back to the client)."""
        return PartResult(self.key, self.label, self.read, [], self.warnings, self.errors, self.reused,
                          len(self.events))

    @property
    def n_events(self) -> int:
        return len(self.events) if self.found is None else self.found


_CODE: list[str] = []


def code_version() -> str:
    """A digest of the package's code: results kept in a work folder are reused only by the
    code that made them."""
    if not _CODE:
        import hashlib

        h = hashlib.sha256()
        for path in sorted(Path(__file__).parent.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        _CODE.append(h.hexdigest()[:16])
    return _CODE[0]


def extract_partition(part: Partition, options: Options) -> PartResult:
    """Read every article of `part` and extract its events; an article that cannot be read is
    an error of the result, and the others go on."""
    from .drafts import events_of, undated
    from .ingest import dated_by_url

    result = PartResult(part.key(*options.key_parts()), part.label())
    for name, article in read_partition(part):
        if isinstance(article, ArticleError):
            result.errors.append(str(article))
            continue
        if part.kind == "stdin" and options.url:
            article.source = options.url
            dated_by_url(article)
        try:
            events = events_of(article, options.published, options.language)
        except TimelineError as e:  # an unknown language code
            result.errors.append(f"{name}: {e}")
            continue
        if not (options.published or article.published):
            result.warnings.append(undated(name, article.coarse_date))
        result.read += 1
        result.events += events
    return result


def run_partition(part: Partition, options: Options, work: str | None = None) -> PartResult:
    """`extract_partition`, kept in (and taken from) the folder `work` when one is given."""
    if work is None:
        return extract_partition(part, options)
    path = Path(work) / f"{part.key(*options.key_parts())}.json"
    kept = load_result(path)
    if kept is not None:
        kept.reused = True
        return kept
    result = extract_partition(part, options)
    save_result(path, result)
    return result


# ---------------------------------------------------------------- the work folder


def save_result(path: Path, result: PartResult) -> None:
    from .files import atomic_write

    openings: dict[Opening, int] = {}  # an article's opening sentences, once for all its reports
    events = [_event_data(e, openings) for e in result.events]
    data = {"format": WORK_FORMAT, "key": result.key, "label": result.label, "read": result.read,
            "warnings": result.warnings, "errors": result.errors, "events": events,
            "openings": [[list(o.sentences), [[list(d) for d in ds] for ds in o.dates], o.language] for o in openings]}
    atomic_write(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def load_result(path: Path) -> PartResult | None:
    """A result kept in a work folder, or None if there is none or it is not one this code
    wrote (then the partition is read again)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != WORK_FORMAT or data.get("key") != path.stem:
            return None
        strings = [data["label"], *data["warnings"], *data["errors"]]
        if not isinstance(data["read"], int) or not all(isinstance(s, str) for s in strings):
            return None
        openings = [_opening(o) for o in data["openings"]]
        return PartResult(data["key"], data["label"], data["read"], [_event(e, openings) for e in data["events"]],
                          list(data["warnings"]), list(data["errors"]))
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, TimelineError):
        return None


def _event_data(e: Event, openings: dict[Opening, int]) -> dict:
    return {"id": e.id, "date": str(e.date), "end": str(e.end) if e.end else None, "title": e.title,
            "summary": e.summary, "tags": e.tags, "actors": e.actors, "places": e.places,
            "sources": [[s.url, s.quote, s.title, str(s.published) if s.published else None, s.undated,
                         None if s.lead is None else openings.setdefault(s.lead, len(openings))] for s in e.sources],
            "status": e.status, "confidence": e.confidence, "rank": e.rank}


def _opening(v: object) -> Opening:
    sentences, dates, language = v  # (a wrong shape raises: the result is read again)
    spans = tuple(tuple((int(a), int(b)) for a, b in ds) for ds in dates)
    if len(spans) != len(sentences) or not all(isinstance(x, str) for x in (*sentences, language)):
        raise ValueError(v)
    return Opening(tuple(sentences), spans, language)


def _event(d: dict, openings: list[Opening]) -> Event:
    def text(v: object) -> str:
        if not isinstance(v, str):
            raise TypeError(v)
        return v

    def texts(v: object) -> list[str]:
        if not isinstance(v, list):
            raise TypeError(v)
        return [text(x) for x in v]

    def date(v: object) -> PartialDate | None:
        return None if v is None else PartialDate.parse(text(v))

    sources = []
    for s in d["sources"]:
        url, quote, title, published, undated, lead = s
        if not isinstance(undated, bool) or not (lead is None or (type(lead) is int and 0 <= lead < len(openings))):
            raise TypeError(s)
        sources.append(Source(text(url), text(quote), None if title is None else text(title), date(published),
                              lead=None if lead is None else openings[lead], undated=undated))
    confidence, rank = d["confidence"], d["rank"]
    if (confidence is not None and not isinstance(confidence, (int, float))) or \
            (rank is not None and not isinstance(rank, int)):
        raise TypeError(d)
    return Event(id=text(d["id"]), date=date(d["date"]), end=date(d["end"]), title=text(d["title"]),
                 summary=text(d["summary"]), tags=texts(d["tags"]), actors=texts(d["actors"]),
                 places=texts(d["places"]), sources=sources, status=text(d["status"]),
                 confidence=confidence, rank=rank)


# ---------------------------------------------------------------- engines


class LocalEngine:
    """Partitions read in `jobs` processes of this machine; weighing and merging here."""

    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)
        self.results: list[PartResult] = []

    def workers(self) -> int:
        return self.jobs

    def extract(self, parts: list[Partition], options: Options, work: str | None = None) -> Iterator[PartResult]:
        """Each partition's result, as partitions finish."""
        self.results = []
        alone = self.jobs == 1 or len(parts) == 1
        here = [p for p in parts if alone or p.kind == "stdin"]
        there = [] if alone else [p for p in parts if p.kind != "stdin"]
        for part in here:
            result = run_partition(part, options, None if part.kind == "stdin" else work)
            self.results.append(result)
            yield result
        if there:
            from concurrent.futures import ProcessPoolExecutor, as_completed

            pool = ProcessPoolExecutor(max_workers=self.jobs)
            try:
                with _no_interrupts():  # the workers started here leave Ctrl-C to this process
                    futures = {pool.submit(run_partition, p, options, work): p for p in there}
                for future in as_completed(futures):
                    result = _result(future.result, futures[future])
                    self.results.append(result)
                    yield result
            except BaseException:  # Ctrl-C, or a part that failed: stop the others now
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.terminate()
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown()

    def merge(self) -> list[Event]:
        from .merge import merge_events

        return merge_events(e for r in self.results for e in r.events)

    def close(self) -> None:
        pass


def _result(get, part: Partition) -> PartResult:
    try:
        return get()
    except (TimelineError, KeyboardInterrupt):
        raise
    except Exception as e:  # a bug, or a worker that died: say which partition
        raise TimelineError(f"{part.label()}: reading this part of the input failed ({type(e).__name__}: "
                            f"{str(e)[:200]}); parts finished before are kept with --work and not read again "
                            "by the same command") from e


class DaskEngine:
    """Partitions read, reports weighed and years merged on a Dask cluster: the one at
    `scheduler` ("tcp://host:8786"), or a `LocalCluster` of `jobs` worker processes."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, jobs: int = 2) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise TimelineError("--engine dask needs Dask: pip install 'timeline[dask]'") from None
        import logging
        import os

        # Dask's own logs (a task cancelled by Ctrl-C, a worker's heartbeat failing while the
        # cluster shuts down) are not the user's business: what goes wrong with a partition comes
        # back with its result and is reported as a message. Unless the user set their own level.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        # (and the event loop Dask runs on: a callback of Dask's that fails as Ctrl-C cancels its
        # tasks is logged by Tornado with its traceback, after which the run still ends as it should)
        # ("tornado.application" too: Dask's own logging configuration gives it a level of its
        # own, ERROR, when `distributed` is imported, which the parent's level does not override)
        for name in ("tornado", "tornado.application"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        os.environ.setdefault("DASK_LOGGING__TORNADO", "critical")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")  # the workers this process starts
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                with _no_interrupts():  # Ctrl-C stops this process, which stops the cluster
                    self.cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                                dashboard_address="127.0.0.1:0", host="127.0.0.1")
                self.client = Client(self.cluster)
        except (OSError, TimeoutError, ValueError, RuntimeError) as e:
            if self.cluster is not None:
                self.cluster.close()
            where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
            raise TimelineError(f"cannot connect to {where} ({type(e).__name__}: {str(e)[:200]}); start one "
                                "with `dask scheduler` and `dask worker ADDRESS`, or leave out --scheduler") from None
        self.futures: list = []

    @property
    def dashboard(self) -> str | None:
        """The address of the cluster's dashboard (progress of every task), if it has one."""
        try:
            return self.client.dashboard_link or None
        except Exception:  # no dashboard (bokeh not installed, or turned off)
            return None

    def workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def extract(self, parts: list[Partition], options: Options, work: str | None = None) -> Iterator[PartResult]:
        from dask.distributed import as_completed

        if any(p.kind == "stdin" for p in parts):
            raise TimelineError("--engine dask reads files, not standard input: save the article to a file")
        if work is not None:
            work = str(Path(work).resolve())  # the workers' working folder may not be this one
        self.futures = [self.client.submit(run_partition, p, options, work, pure=False) for p in parts]
        briefs = {self.client.submit(PartResult.brief, f, pure=False): p for f, p in zip(self.futures, parts,
                                                                                           strict=True)}
        try:
            for future in as_completed(briefs):
                yield _result(future.result, briefs[future])
        except BaseException:
            self.client.cancel(self.futures + list(briefs))
            raise

    def merge(self) -> list[Event]:
        from operator import getitem

        from .merge import FeatureWeights, finish, merge_events, story_days_needed

        client = self.client
        # 2. the distinct reports, bucketed by digest (a bucket a worker): each bucket counts its own
        buckets = min(16, self.workers())
        split = [client.submit(_report_buckets, f, buckets, pure=False) for f in self.futures]
        counted = [client.submit(_count_bucket, [client.submit(getitem, s, b, pure=False) for s in split], pure=False)
                   for b in range(buckets)]
        counts: dict[str, int] = {}
        n = 0
        for bucket_counts, bucket_n in client.gather(counted):
            n += bucket_n
            for f, c in bucket_counts.items():
                counts[f] = counts.get(f, 0) + c
        del split, counted
        if story_days_needed(n):
            # a small set (the days of each feature's reports tell the story's own features, weighed
            # again as merging dates reports): merged here, as `merge_events` merges it
            return merge_events(e for r in client.gather(self.futures) for e in r.events)
        weights = client.scatter(FeatureWeights(counts=counts, n=n), broadcast=True)
        # 3. each year's events merged on one worker
        by_block = [client.submit(_by_block, f, pure=False) for f in self.futures]
        keys = client.gather([client.submit(sorted, b, pure=False) for b in by_block])
        years: dict[int, list] = {}
        for b, ks in zip(by_block, keys, strict=True):
            for k in ks:
                years.setdefault(k, []).append(client.submit(getitem, b, k, pure=False))
        merged = [client.submit(_merge_year, years[y], weights, pure=False) for y in sorted(years)]
        out = [e for block in client.gather(merged) for e in block]
        return finish(out)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()


@contextlib.contextmanager
def _no_interrupts() -> Iterator[None]:
    """Processes started inside ignore SIGINT: a Ctrl-C, which the terminal sends to every process
    of the command, stops this one (which closes the cluster), not the workers with tracebacks."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def _report_buckets(result: PartResult, buckets: int) -> list[dict[bytes, frozenset[str]]]:
    from .merge import report_counts

    out: list[dict[bytes, frozenset[str]]] = [{} for _ in range(buckets)]
    for digest, features in report_counts(result.events).items():
        out[digest[0] % buckets][digest] = features
    return out


def _count_bucket(parts: list[dict[bytes, frozenset[str]]]) -> tuple[dict[str, int], int]:
    from .merge import feature_counts

    unique: dict[bytes, frozenset[str]] = {}
    for part in parts:
        unique.update(part)
    return feature_counts(unique.values()), len(unique)


def _by_block(result: PartResult) -> dict[int, list[Event]]:
    from .merge import blocks

    return blocks(result.events)


def _merge_year(parts: list[list[Event]], weights) -> list[Event]:
    from .merge import merge_block

    return merge_block([e for p in parts for e in p], weights)


@contextlib.contextmanager
def open_engine(name: str = "local", jobs: int = 1, scheduler: str | None = None) -> Iterator[LocalEngine | DaskEngine]:
    """The engine `name` ("local" or "dask"), closed (its cluster stopped) on the way out."""
    if name not in ("local", "dask"):
        raise TimelineError(f"engine {name!r}: expected local or dask")
    if scheduler and name != "dask":
        raise TimelineError("--scheduler is the address of a Dask scheduler: give --engine dask too")
    engine = DaskEngine(scheduler, jobs) if name == "dask" else LocalEngine(jobs)
    try:
        yield engine
    finally:
        engine.close()


class Rate:
    """Articles, events and partitions done so far, and articles a second."""

    def __init__(self, parts: int) -> None:
        self.parts, self.done, self.reused, self.articles, self.events = parts, 0, 0, 0, 0
        self.started = time.monotonic()

    def add(self, result: PartResult) -> None:
        self.done += 1
        self.reused += result.reused
        self.articles += result.read
        self.events += result.n_events

    def line(self) -> str:
        seconds = max(time.monotonic() - self.started, 1e-6)
        return (f"{self.done}/{self.parts} partitions ({self.reused} reused), {self.articles:,} articles, "
                f"{self.events:,} events, {self.articles / seconds:,.0f} articles/s")
