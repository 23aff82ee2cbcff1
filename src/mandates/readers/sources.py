"""Turn what a user names on the command line into a stream of input files.

Files are read as they are, folders recursively, and .zip / .tar.gz / .tgz
archives member by member, without unpacking to disk. Members whose names try
to escape (absolute paths, ``..``) are irrelevant here because nothing is
written out, but they are still refused so a hostile archive reads as broken.
"""
from __future__ import annotations

import os
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..records import SourceFile

# When walking folders and archives, only these suffixes are taken as inputs;
# other files (README.md, desktop.ini, stray "test" files) are counted as
# skipped. A file named explicitly is always read.
RECORD_SUFFIXES = (".xml", ".json", ".jsonl")  # the UN's XML and its JSON extract
DATA_SUFFIXES = RECORD_SUFFIXES + (".txt", ".html", ".htm", ".pdf")  # and reports
MAX_BYTES = 50 * 1024 * 1024
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


@dataclass(frozen=True)
class Skipped:
    origin: str
    reason: str


@dataclass(frozen=True)
class Unreadable:
    """An input that could not even be read as bytes (missing, too big, bad archive)."""

    origin: str
    reason: str


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _wanted(name: str) -> bool:
    return name.lower().endswith(DATA_SUFFIXES)


def iter_sources(paths: list[str | os.PathLike]) -> Iterator[SourceFile | Skipped | Unreadable]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Unreadable(str(raw), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        elif is_archive(path.name):
            yield from _archive(path)
        else:
            yield _read_file(path)


def _walk(folder: Path) -> Iterator[SourceFile | Skipped | Unreadable]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if is_archive(name):
                yield from _archive(path)
            elif _wanted(name):
                yield _read_file(path)
            else:
                yield Skipped(str(path), "not a data file (by its name)")


def _read_file(path: Path) -> SourceFile | Unreadable:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Unreadable(str(path), f"file is {size / 1048576:.0f} MB, over the 50 MB limit")
        return SourceFile(str(path), path.read_bytes())
    except OSError as exc:
        return Unreadable(str(path), exc.strerror or str(exc))


def _safe_member_name(name: str) -> bool:
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts


def _archive(path: Path) -> Iterator[SourceFile | Skipped | Unreadable]:
    try:
        if path.name.lower().endswith(".zip"):
            yield from _zip_members(path)
        else:
            yield from _tar_members(path)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        yield Unreadable(str(path), f"unreadable archive: {exc}")


def _zip_members(path: Path) -> Iterator[SourceFile | Skipped | Unreadable]:
    with zipfile.ZipFile(path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            origin = f"{path}!{info.filename}"
            if not _safe_member_name(info.filename):
                yield Unreadable(origin, "archive member name escapes the archive")
            elif not _wanted(info.filename):
                yield Skipped(origin, "not a data file (by its name)")
            elif info.file_size > MAX_BYTES:
                yield Unreadable(origin, f"file is {info.file_size / 1048576:.0f} MB, over the 50 MB limit")
            else:
                # Read at most one byte past the limit: the header's size can lie.
                with archive.open(info) as handle:
                    data = handle.read(MAX_BYTES + 1)
                if len(data) > MAX_BYTES:
                    yield Unreadable(origin, "member expands past the 50 MB limit")
                else:
                    yield SourceFile(origin, data)


def _tar_members(path: Path) -> Iterator[SourceFile | Skipped | Unreadable]:
    with tarfile.open(path, mode="r:*") as archive:
        for member in archive:
            if not member.isfile():
                continue
            origin = f"{path}!{member.name}"
            if not _safe_member_name(member.name):
                yield Unreadable(origin, "archive member name escapes the archive")
            elif not _wanted(member.name):
                yield Skipped(origin, "not a data file (by its name)")
            elif member.size > MAX_BYTES:
                yield Unreadable(origin, f"file is {member.size / 1048576:.0f} MB, over the 50 MB limit")
            else:
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                yield SourceFile(origin, handle.read())


def count_inputs(paths: list[str | os.PathLike]) -> int:
    """How many items ``iter_sources`` will yield, cheaply (for a progress bar).

    Compressed tar archives would have to be decompressed to count, so each
    counts as one; the bar then simply finishes early.
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for dirpath, _dirs, filenames in os.walk(path):
                for name in filenames:
                    total += _count_archive(Path(dirpath) / name) if is_archive(name) else 1
        elif is_archive(path.name):
            total += _count_archive(path)
        else:
            total += 1
    return total


def _count_archive(path: Path) -> int:
    if path.name.lower().endswith(".zip"):
        try:
            with zipfile.ZipFile(path) as archive:
                return sum(1 for i in archive.infolist() if not i.is_dir())
        except (zipfile.BadZipFile, OSError):
            return 1
    return 1
