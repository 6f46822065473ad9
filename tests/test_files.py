"""Atomic writes, the folder lock, and walking a folder without leaving it."""

import errno
import os
import stat
import subprocess
import sys
import time

import pytest

from timeline import files
from timeline.errors import OutputError
from timeline.files import atomic_write, folder_lock, read_limited, walk


def test_atomic_write_gives_the_mode_a_plain_open_would(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.txt", "é\n")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").read_bytes() == "é\n".encode()
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644  # not mkstemp's 0600


@pytest.mark.parametrize("failing, code", [("fsync", errno.ENOSPC), ("replace", errno.EROFS)])
def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch, failing, code):
    target = tmp_path / "events.csv"
    target.write_text("old\n")

    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, failing, fail)
    with pytest.raises(OutputError) as info:
        atomic_write(target, "new\n")
    assert str(info.value) == f"{target}: cannot be written ({os.strerror(code)}); it was left as it was"
    assert target.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


def test_a_folder_that_cannot_be_made_is_an_output_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError) as info:
        atomic_write(tmp_path / "file" / "a.yaml", "x")
    assert str(info.value).startswith(f"{tmp_path}/file/a.yaml: cannot be written (")


LOCKER = """
import sys, time
from timeline.files import folder_lock
with folder_lock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_the_folder_lock_makes_a_second_process_wait(tmp_path):
    waited = []
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(tmp_path), "1.5"], stdout=subprocess.PIPE,
                          text=True) as holder:
        assert holder.stdout.readline() == "locked\n"
        start = time.monotonic()
        with folder_lock(tmp_path, on_wait=lambda: waited.append(True)):
            held_for = time.monotonic() - start
    assert waited == [True] and held_for > 0.5  # it had to wait for the other process
    assert os.listdir(tmp_path) == []  # the lock is on the folder itself: no lock file


def test_walk_stays_inside_the_folder(tmp_path):
    root = tmp_path / "events"
    (root / "sub").mkdir(parents=True)
    (root / "a.yaml").write_text("x")
    (root / "sub" / "b.YML").write_text("x")
    (root / ".hidden.yaml").write_text("x")
    (tmp_path / "outside.yaml").write_text("secret")
    (root / "out.yaml").symlink_to(tmp_path / "outside.yaml")
    (root / "in.yaml").symlink_to(root / "a.yaml")
    (root / "linked").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(root / "pipe.yaml")
    found, skipped = walk(root, (".yaml", ".yml"))
    assert [p.relative_to(root).as_posix() for p in found] == ["a.yaml", "in.yaml", "sub/b.YML"]
    assert {p.name: why.split(":")[0] for p, why in skipped} == {
        "linked": "is a link to a folder", "out.yaml": f"is a link to a file outside {root}",
        "pipe.yaml": "is not a regular file (a FIFO, socket or device)"}


def test_read_limited_refuses_big_and_special_files(tmp_path):
    (tmp_path / "big").write_bytes(b"x" * 11)
    with pytest.raises(files.TooLarge):
        read_limited(tmp_path / "big", 10)
    assert read_limited(tmp_path / "big", 11) == b"x" * 11
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(files.NotRegular):
        read_limited(tmp_path / "fifo", 10)  # would wait for a writer if opened
    with pytest.raises(files.NotRegular):
        read_limited("/dev/null", 10)
