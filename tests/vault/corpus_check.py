"""Judge imported contacts against the ground truth of ``corpus/truth.json`` (written by reading each file).

Pure comparison helpers, shared by the corpus test and the fuzz test of mutated real files.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


def load_truth() -> dict[str, dict]:
    data = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass
class Tally:
    """Counts of what was right, by kind; ``wrong_numbers`` lists every number stored with a wrong country."""

    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    wrong_numbers: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, kind: str, ok: bool, what: str = "") -> None:
        self.total[kind] += 1
        if ok:
            self.right[kind] += 1
        elif what and len(self.misses) < 400:
            self.misses.append(f"{kind}: {what}")

    def rate(self, kind: str) -> str:
        return f"{self.right[kind]}/{self.total[kind]}"


def phone_verdict(p) -> str:
    """What the stored phone says, in the words of the ground truth."""
    if p.e164:
        return p.e164
    return "no country" if p.no_country else "-"


def pair_contacts(expected: list[dict], got: list) -> list[tuple[dict, object | None]]:
    """Each expected contact with the stored one of the same name (then the same organisation)."""
    left = list(got)
    pairs = []
    for e in expected:
        same = [c for c in left if c.name == e["name"]]
        emails = e.get("emails", [])
        best = next((c for c in same if c.org == e.get("org", "") and [m.address for m in c.emails] == emails),
                    next((c for c in same if c.org == e.get("org", "")), same[0] if same else None))
        if best is not None:
            left.remove(best)
        pairs.append((e, best))
    return pairs


def judge_file(name: str, truth: dict, got: list, tally: Tally) -> None:
    """Compare one file's stored contacts with its truth, adding to ``tally``."""
    for e, c in pair_contacts(truth["contacts"], got):
        tally.add("names", c is not None, f"{name}: {e['name']!r} not found")
        if c is None:
            for _ in e.get("phones", []):
                tally.add("numbers", False, f"{name}: {e['name']!r} missing")
            continue
        tally.add("organisations", c.org == e.get("org", ""), f"{name}: org {c.org!r} != {e.get('org', '')!r}")
        roles = e.get("role", [])
        tally.add("titles and roles", all(r in c.role for r in roles) and (bool(roles) == bool(c.role)),
                  f"{name}: role {c.role!r} != {roles!r}")
        tally.add("e-mail addresses", [m.address for m in c.emails] == e.get("emails", []),
                  f"{name}: {[m.address for m in c.emails]!r} != {e.get('emails', [])!r}")
        if "groups" in e:
            tally.add("groups", c.groups == e["groups"], f"{name}: groups {c.groups!r} != {e['groups']!r}")
        stored = list(c.phones)
        for line in e.get("phones", []):
            written, verdict = line.split(" => ")
            p = next((p for p in stored if p.number == written), None)
            if p is None:
                tally.add("numbers", False, f"{name}: {written!r} not stored ({[q.number for q in stored]!r})")
                continue
            stored.remove(p)
            ok = phone_verdict(p) == verdict
            tally.add("numbers", ok, f"{name}: {written!r} stored as {phone_verdict(p)!r}, truth {verdict!r}")
            if p.e164 and p.e164 != verdict:
                tally.wrong_numbers.append(f"{name}: {written!r} stored as {p.e164}, truth {verdict!r}")
        for p in stored:  # a number the file does not hold
            tally.add("numbers", False, f"{name}: unexpected number {p.number!r}")
            if p.e164:
                tally.wrong_numbers.append(f"{name}: invented {p.e164}")


def same_after_round_trip(before, after) -> list[str]:
    """What a re-import of an export lost or changed (empty when nothing)."""
    diffs = []
    for field_name in ("display_name", "org", "role", "groups", "notes"):
        if getattr(before, field_name) != getattr(after, field_name):
            diffs.append(f"{field_name}: {getattr(before, field_name)!r} -> {getattr(after, field_name)!r}")
    phones = lambda c: sorted((p.display(), p.e164 or "", p.no_country, p.kind) for p in c.phones)  # noqa: E731
    if phones(before) != phones(after):
        diffs.append(f"phones: {phones(before)!r} -> {phones(after)!r}")
    if [m.address for m in before.emails] != [m.address for m in after.emails]:
        diffs.append("emails")
    return diffs
