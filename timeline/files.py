"""File system access for the edge modules (`ingest`, `store`, `drafts`, `exports`, `site`).

Three promises rest here:

- **Atomic outputs.** `atomic_write` writes a temporary file beside the target and renames it
  over the target, so a reader (or a crash, a kill, a full disk) sees the old file or the new
  one, never half of one; an error names the file and the reason (`OutputError`).
- **One writer at a time.** `folder_lock` serialises the processes that rewrite a folder's
  files (two `timeline extract` runs merging into one draft), with an advisory lock on the
  folder itself, so no lock file is left behind.
- **Nothing outside the folder.** `walk` lists the files under a folder without following a
  link that leads out of it (nor special files such as FIFOs); `read_limited` reads at most a
  given size and never blocks on a FIFO.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import OutputError


class TooLarge(Exception):
    """A file over the size limit (`size` bytes at least)."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


class NotRegular(Exception):
    """A device, FIFO or socket where a regular file was expected."""


def umask() -> int:
    """The process's umask (which can only be read by setting it, and setting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _default_mode() -> int:
    # mkstemp creates 0600 files; a file written for others (a site, a draft in a shared
    # checkout) gets the mode a plain open() would give: 0666 less the umask
    return 0o666 & ~umask()


def atomic_write(path: str | Path, content: str | bytes) -> None:
    """Write `content` to `path` all or nothing (`OutputError` if it cannot be written).

    Text is written as UTF-8 with the line ends it has. An existing file keeps its mode.
    """
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = _default_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot be written ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({e.strerror or e}); it was left as it was") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def folder_lock(folder: str | Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an exclusive advisory lock on `folder` (created if missing) while the block runs.

    Another process holding it makes this one wait (`on_wait` is called once first, to say
    so). Where the platform has no `fcntl` (Windows), the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY)
    except OSError as e:
        raise OutputError(f"{folder}: cannot be opened for writing ({e.strerror or e})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def try_lock(folder: str | Path) -> int | None:
    """A descriptor holding `folder`'s lock, or None if another process holds it (or no fcntl).

    Used to tell a folder a live process is still using (its lock is held) from one a killed
    process left behind. Close the descriptor to release the lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` (resolved) is `folder` (resolved) or lies under it."""
    return path == folder or folder in path.parents


def walk(root: str | Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files under `root` whose suffix (any case) is one of `suffixes`, sorted, and those
    skipped with why.

    Hidden files and folders (".git", ".cache") are ignored. A link is followed only if it
    leads to a file inside `root`; a link out of it, a folder link and anything that is not a
    regular file (a FIFO, a device) are skipped and reported.
    """
    root = Path(root)
    real_root = root.resolve()
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        skipped += [(here / d, "is a link to a folder: not followed (move or copy the files here)")
                    for d in dirs if (here / d).is_symlink()]
        for name in names:
            if name.startswith(".") or not name.lower().endswith(suffixes):
                continue
            path = here / name
            try:
                info = path.stat()  # follows a link
            except OSError as e:
                skipped.append((path, f"cannot be read ({e.strerror or e})"))
                continue
            if path.is_symlink() and not inside(path.resolve(), real_root):
                skipped.append((path, f"is a link to a file outside {root}: not read (copy the file "
                                      "into the folder instead)"))
            elif not stat.S_ISREG(info.st_mode):
                skipped.append((path, "is not a regular file (a FIFO, socket or device): not read"))
            else:
                found.append(path)
    found.sort()
    skipped.sort()
    return found, skipped


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file `path`; `TooLarge` past `limit`, `NotRegular` for a FIFO,
    device or socket (opening a FIFO would wait for a writer), `OSError` otherwise."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegular(str(path))
    if info.st_size > limit:
        raise TooLarge(info.st_size)
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # grew since stat
        raise TooLarge(len(data))
    return data
