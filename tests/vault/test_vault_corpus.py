"""The importers on real exports of other software (``corpus/``, sources in ``corpus/SOURCES.md``).

Every file is imported through the vault service, searched (by name, and by each number exactly as
``contacts list`` prints it), exported as vCard and as CSV, and each export imported again; all of it is
compared with the ground truth written by reading the files. No number may ever be stored with a
country the file does not give; the other figures are measured, printed, and must not fall below what
the README states.
"""

from __future__ import annotations

import pytest
from corpus_check import CORPUS, Tally, judge_file, load_truth, same_after_round_trip

# The figures the README's vault section states; a change that lowers one fails here.
FLOOR = {"names": 71, "numbers": 145, "organisations": 71, "titles and roles": 71, "e-mail addresses": 71,
         "groups": 8, "search by name": 70, "search by number": 108, "vCard round trip": 56,
         "CSV round trip": 56}


@pytest.fixture
def no_locale_country(monkeypatch):
    """A machine whose locale names no country: only the files and the import region may give one."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def _clear(service) -> None:
    service.contacts.delete([c.uid for c in service.contacts.all()])


def test_corpus_import_search_export_reimport(service, tmp_path, no_locale_country, capsys):
    truth = load_truth()
    tally = Tally()
    for name, expected in truth.items():
        path = CORPUS / name
        _clear(service)
        summary = service.import_contacts(str(path), region=expected["region"])
        got = service.list_contacts()
        judge_file(name, expected, got, tally)
        if any(p.no_country for c in got for p in c.phones):
            tally.add("no-country numbers said in the import summary", bool(summary.no_country), name)

        for c in got:
            if c.name:
                tally.add("search by name", any(x.uid == c.uid for x in service.search_contacts(c.name)),
                          f"{name}: {c.name!r}")
            for p in c.phones:
                printed = p.display() + (" (no country)" if p.no_country else "")
                if sum(ch.isdigit() for ch in printed) >= 3:
                    hits = service.search_contacts(printed)
                    tally.add("search by number", any(x.uid == c.uid for x in hits), f"{name}: {printed!r}")

        for fmt, suffix in (("vcard", ".vcf"), ("csv", ".csv")):
            out = tmp_path / f"export{suffix}"
            service.export_contacts(fmt, out, contacts=got)
            _clear(service)
            service.import_contacts(str(out), region="")
            again = {c.uid: c for c in service.list_contacts()}
            label = "vCard round trip" if fmt == "vcard" else "CSV round trip"
            diffs = [d for c in got for d in (same_after_round_trip(c, again[c.uid]) if c.uid in again
                                               else [f"{c.name!r} lost"])]
            tally.add(label, not diffs, f"{name}: {diffs[:2]}")
            _clear(service)
            service.import_contacts(str(path), region=expected["region"])  # back to the file's own state
            got = service.list_contacts()

    with capsys.disabled():
        print(f"\ncorpus: {len(truth)} real files")
        for kind in sorted(tally.total):
            print(f"  {kind:48} {tally.rate(kind)}")
        for miss in tally.misses:
            print(f"    miss {miss}")
    assert tally.wrong_numbers == [], "a number stored with a country the file does not give"
    low = {k: tally.rate(k) for k, floor in FLOOR.items() if tally.right[k] < floor}
    assert not low, f"below the figures the README states: {low}"
