"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
UNXML = SHARED / "data" / "unxml"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"needs {path} (the project's ../shared folder is not here)")
    return path


@pytest.fixture(scope="session")
def unxml() -> Path:
    return need(UNXML)


def corpus_file(unxml: Path, name_glob: str) -> Path:
    matches = sorted(unxml.rglob(name_glob))
    assert matches, f"no file matches {name_glob} under {unxml}"
    return matches[0]


@pytest.fixture(scope="session")
def mali_files(unxml: Path) -> list[Path]:
    """The MINUSMA anchor resolutions, one failed draft and the 2022/2023 extract."""
    return [
        corpus_file(unxml, "S_RES_2100[_ ]*.xml"),
        corpus_file(unxml, "S_RES_2640[_ ]*.xml"),
        corpus_file(unxml, "S_RES_2690[_ ]*.xml"),
        corpus_file(unxml, "S_2023_638-*.xml"),
        unxml / "data_extract" / "2022.json",
        unxml / "data_extract" / "2023.json",
    ]


@pytest.fixture(scope="session")
def corpus_db(unxml: Path, tmp_path_factory) -> Path:
    """The whole corpus ingested once per test session."""
    from mandates.ledger.ledger import Ledger

    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Ledger.open(db) as ledger:
        report = ledger.ingest([unxml])
    assert report.new > 1500, report.as_dict()
    return db


def resolution_file(unxml: Path, number: int) -> Path:
    """The XML file of S/RES/<number>, whatever naming scheme the repository used
    that year (S_RES_2100_1331417e.xml, "S_RES_2640 (2022)-2210294E.xml",
    SC_2584_2021-E.xml, S_RES_2690_E.xml)."""
    import re

    pattern = re.compile(rf"^(?:S_RES[_-]|SC_){number}(?!\d)")
    matches = sorted(p for p in unxml.rglob("*.xml") if pattern.match(p.name))
    assert matches, f"no file for S/RES/{number} under {unxml}"
    return matches[0]
