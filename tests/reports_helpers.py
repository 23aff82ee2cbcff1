"""Helpers for the report tests: a small ledger of the resolutions the gold
reports are about, and a minimal PDF writer (no binary fixtures in the repo)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import corpus_file, resolution_file

GOLD = Path(__file__).resolve().parent / "reports"
# Every resolution a gold report or the seed is about, plus the establishing ones
# the "deployed in …" facts are checked against.
NUMBERS = (1769, 2100, 2559, 2640, 2690, 2695, 2703, 2709, 2715, 2717, 2723, 2729)


def report_record_files(unxml: Path) -> list[Path]:
    return [resolution_file(unxml, n) for n in NUMBERS] + [corpus_file(unxml, "S_2023_638-*.xml")]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str | None = None, created: str | None = None,
             with_text: bool = True) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (ASCII), written by hand."""
    body = ["BT /F1 11 Tf 72 740 Td 14 TL"]
    for line in lines if with_text else []:
        body.append(f"({_escape(line)}) Tj T*")
    body.append("ET")
    stream = "\n".join(body).encode("latin-1")
    info = []
    if title:
        info.append(f"/Title ({_escape(title)})")
    if created:
        info.append(f"/CreationDate (D:{created})")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
