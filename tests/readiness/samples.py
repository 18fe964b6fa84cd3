"""Status page samples with times relative to now (see data/README.md)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def sample(name: str, now: datetime | None = None) -> bytes:
    now = now or datetime.now(UTC)
    text = (DATA / name).read_text("utf-8")

    def iso(m: re.Match) -> str:
        sign, hours = m.group(1), int(m.group(2))
        dt = now + timedelta(hours=hours if sign == "+" else -hours)
        return dt.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def rfc(m: re.Match) -> str:
        return format_datetime(now - timedelta(hours=int(m.group(1))))

    text = re.sub(r"\{NOW([+-])(\d+)h\}", iso, text)
    text = re.sub(r"\{RFC-(\d+)h\}", rfc, text)
    return text.encode("utf-8")
