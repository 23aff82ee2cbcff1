"""The docs that are generated from code are up to date."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + " (run: python scripts/cli_reference.py)"


def test_readme_names_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "mandates ingest" in readme and ".ci/run" in readme
