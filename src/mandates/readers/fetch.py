"""Download the UN's resolution repository archive into a local cache."""
from __future__ import annotations

import hashlib
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_URL = "https://github.com/UNxml/SCresolutions/archive/refs/heads/main.zip"
CHUNK = 1 << 16


class FetchError(RuntimeError):
    """The archive could not be downloaded; the message says why in one line."""


def cache_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("MANDATES_CACHE") or platformdirs.user_cache_dir("mandates", appauthor=False))


def cached_name(url: str) -> str:
    """A file name that keeps the archive's suffix (so it is read as an archive)
    and differs for different URLs."""
    path = urlparse(url).path
    base = os.path.basename(path) or "archive.zip"
    for suffix in (".tar.gz", ".tgz", ".zip", ".tar"):
        if base.lower().endswith(suffix):
            stem = base[: -len(suffix)]
            break
    else:
        stem, suffix = base, ".zip"
    digest = hashlib.sha256(url.encode()).hexdigest()[:10]
    return f"{stem}-{digest}{suffix}"


def download(url: str, target_dir: Path | None = None, timeout: float = 30.0,
             progress: Callable[[int, int | None], None] | None = None) -> Path:
    """Download ``url`` to the cache and return the file's path.

    The file is written under a temporary name and renamed when complete, so an
    interrupted download never leaves a truncated archive that looks finished.
    ``progress(bytes_so_far, total_or_None)`` is called as data arrives.
    """
    scheme = urlparse(url).scheme
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    target_dir = target_dir or cache_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / cached_name(url)
    partial = target.with_name(target.name + ".part")
    request = urllib.request.Request(url, headers={"User-Agent": "mandates (+https://github.com/UNxml/SCresolutions)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, open(partial, "wb") as out:
            total = response.headers.get("Content-Length")
            total = int(total) if total and total.isdigit() else None
            done = 0
            while chunk := response.read(CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
    except urllib.error.HTTPError as exc:
        partial.unlink(missing_ok=True)
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"{url}: cannot download ({reason}); are you offline? "
                         "Ingest a local copy with `mandates ingest PATH` instead") from exc
    if total is not None and done != total:
        partial.unlink(missing_ok=True)
        raise FetchError(f"{url}: download ended after {done} of {total} bytes")
    partial.replace(target)
    return target
