"""What reviewers decided, kept beside the events so that `extract` respects it.

Two plain-text files in the events folder, both meant to be committed with the events:

- `.extracted`: every report (an article's url and the sentence quoted) that `extract` has
  written into the folder. A report listed there that no event file holds any more was deleted
  by a person: its draft, or its source, was judged wrong.
- `rejected.txt`: the reports `extract` will not write again. Deleted reports move here from
  `.extracted` on the next run; a person may add or delete lines. Deleting a line undoes the
  rejection: the next run writes that report again.

An event file with `status: rejected` is its own record: its reports are not written again
either, and the site and downloads leave it out.

A line is `fingerprint<TAB>date<TAB>url<TAB>quote excerpt`; only the fingerprint (a hash of url
and quote) counts, the rest tells a reader what the line is about. Lines are sorted, so a run
that decides nothing new leaves both files byte for byte as they were.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .model import Event, Source

LEDGER = ".extracted"
REJECTED = "rejected.txt"
_EXCERPT = 80
_LEDGER_HEAD = ("# Reports `timeline extract` has written into this folder: fingerprint, date, url, quote.\n"
                "# A report listed here that no event file holds was deleted by a person; the next run\n"
                "# moves it to rejected.txt. Commit this file with the events.\n")
_REJECTED_HEAD = ("# Reports `timeline extract` will not write again: their draft (or source) was deleted,\n"
                  "# or listed here by hand. Delete a line to let extract write that report again.\n"
                  "# fingerprint, date, url, quote\n")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def fingerprint(source: Source) -> str:
    """A report's identity: its article and the sentence quoted."""
    return hashlib.sha1(f"{source.url}\n{source.quote}".encode("utf-8", "surrogatepass"),
                        usedforsecurity=False).hexdigest()[:16]


def _line(fp: str, date: str, source: Source) -> str:
    excerpt = source.quote if len(source.quote) <= _EXCERPT else source.quote[:_EXCERPT - 1] + "…"
    fields = [fp, date, _UNSAFE.sub(" ", source.url), _UNSAFE.sub(" ", excerpt)]
    return "\t".join(fields)


class ReviewRecord:
    """The two files of one events folder, read, updated in memory, written back (`save`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.extracted = _read(root / LEDGER)
        self.rejected = _read(root / REJECTED)
        self._original = (dict(self.extracted), dict(self.rejected))

    def reject_deleted(self, present: set[str]) -> int:
        """Move the reports written before and found in no event file now to the rejected."""
        gone = [fp for fp in self.extracted if fp not in present]
        for fp in gone:
            self.rejected[fp] = self.extracted.pop(fp)
        return len(gone)

    def written(self, event: Event, sources: list[Source]) -> None:
        for source in sources:
            fp = fingerprint(source)
            self.extracted[fp] = _line(fp, str(event.date), source)

    def save(self) -> None:
        from .files import atomic_write

        for name, lines, head, original in ((LEDGER, self.extracted, _LEDGER_HEAD, self._original[0]),
                                            (REJECTED, self.rejected, _REJECTED_HEAD, self._original[1])):
            path = self.root / name
            if lines == original and (path.exists() or not lines):
                continue
            body = "".join(line + "\n" for line in sorted(lines.values(), key=_sort_key))
            atomic_write(path, head + body)


def _sort_key(line: str) -> tuple:
    fp, date, url, *_ = [*line.split("\t"), "", "", ""]
    return (date, url, fp)


def _read(path: Path) -> dict[str, str]:
    """fingerprint → line; comments, blank lines and lines without a fingerprint are skipped."""
    from .errors import OutputError
    from .files import NotRegular, TooLarge, read_limited
    from .settings import MAX_EVENT_FILE_BYTES

    try:
        text = read_limited(path, MAX_EVENT_FILE_BYTES).decode("utf-8", "replace")
    except FileNotFoundError:
        return {}
    except TooLarge as e:
        raise OutputError(f"{path}: {e.args[0]:,} bytes is too large for a review record "
                          f"(limit {MAX_EVENT_FILE_BYTES:,})") from None
    except NotRegular:
        raise OutputError(f"{path}: is not a regular file; remove it (extract keeps its review record there)") from None
    except OSError as e:
        raise OutputError(f"{path}: cannot be read ({e.strerror or e})") from None
    out: dict[str, str] = {}
    for line in text.splitlines():
        fp = line.split("\t", 1)[0].strip().lower()
        if re.fullmatch(r"[0-9a-f]{16}", fp):
            out[fp] = line.rstrip("\n")
    return out
