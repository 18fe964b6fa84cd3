"""Status pages: parsing real-shaped Statuspage JSON and feeds, hostile input, the verdict line."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import DATA, sample

from offline_ready.statuspage import describe, headline_status
from offline_ready.statuspage.describe import services_to_ask
from offline_ready.statuspage.fetch import StatusCache, summary_url, targets
from offline_ready.statuspage.model import ProviderStatus
from offline_ready.statuspage.parse import StatusPageError, parse_feed, parse_summary

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def test_operational_summary_says_the_problem_is_between_you_and_them() -> None:
    st = parse_summary(sample("summary-operational.json", NOW), service="Shop", url="u", now=NOW)
    assert st.indicator == "none" and st.description == "All Systems Operational" and not st.incidents
    assert headline_status(st) == "fine"
    assert describe(st) == "Shop's status page says all systems operational: the problem is between you and them"
    assert describe(st, service_down=False) == "Shop's status page says all systems operational"


def test_major_outage_names_the_worst_unresolved_incident_and_since_when() -> None:
    st = parse_summary(sample("summary-major.json", NOW), service="Shop", url="u", now=NOW)
    assert st.indicator == "major"
    assert [i.name for i in st.incidents] == ["Elevated errors on checkout", "Slow API responses"]  # resolved left out
    worst = st.incidents[0]
    assert worst.impact == "major" and worst.started_at == NOW - timedelta(hours=2)
    assert worst.latest_update == "The issue has been identified: a database failover is in progress."
    assert ("Checkout", "major_outage") in st.components and ("Website", "operational") not in st.components
    since = (NOW - timedelta(hours=2)).astimezone().strftime("%H:%M")
    assert describe(st) == f"Shop's status page: major outage since {since} — Elevated errors on checkout " \
                           "(and 1 more incident)"
    assert headline_status(st) == "them"


@pytest.mark.parametrize("name, current", [("history.rss", ["Posting fails with an error"]),
                                           ("incidents.atom", ["Degraded performance for file uploads"])])
def test_feeds_list_recent_unresolved_entries_only(name: str, current: list[str]) -> None:
    st = parse_feed(sample(name, NOW), service="Forum", url="u", now=NOW)
    assert [i.name for i in st.incidents] == current  # resolved and day-old entries are history
    assert st.page_name == "Forum Status - Incident History"
    assert describe(st).startswith("Forum's status page: partial outage since ")


def test_feed_with_nothing_current() -> None:
    st = parse_feed(sample("history.rss", NOW + timedelta(days=2)), service="Forum", url="u", now=NOW + timedelta(days=4))
    assert st.indicator == "none"
    assert describe(st) == "Forum's status page lists no current incidents: the problem is between you and them"


@pytest.mark.parametrize("name", ["billion-laughs.xml", "external-entity.xml"])
def test_hostile_xml_is_refused_without_expanding(name: str) -> None:
    with pytest.raises(StatusPageError, match="unsafe XML"):
        parse_feed((DATA / name).read_bytes(), service="Forum", url="u", now=NOW)


@pytest.mark.parametrize("data, why", [
    (b"<html><body>Sign in</body></html>", "not valid JSON"),
    (b'{"status": "ok"}', "not a Statuspage summary"),
    (b'{"status": {"indicator": "apocalypse"}}', "unknown status indicator"),
    (b"\xff\xfe garbage", "not valid JSON"),
    (b'[1, 2, 3]', "not a Statuspage summary"),
])
def test_broken_summaries_say_what_is_wrong(data: bytes, why: str) -> None:
    with pytest.raises(StatusPageError, match=why):
        parse_summary(data, service="Shop", url="u", now=NOW)


@pytest.mark.parametrize("data, why", [(b"{}", "not a readable feed"), (b"<html><p>hi</p></html>", "not an RSS"),
                                       (b"<rss version='2.0'/>", "without a channel")])
def test_broken_feeds(data: bytes, why: str) -> None:
    with pytest.raises(StatusPageError, match=why):
        parse_feed(data, service="Forum", url="u", now=NOW)


def test_summary_fields_are_bounded_and_plain() -> None:
    doc = json.loads(sample("summary-major.json", NOW))
    doc["incidents"][0]["name"] = "<script>x</script>" + "A" * 10_000
    st = parse_summary(json.dumps(doc).encode(), service="Shop", url="u", now=NOW)
    assert "<script>" not in st.incidents[0].name and len(st.incidents[0].name) <= 300


def test_failed_page_says_so_and_keeps_the_last_reading() -> None:
    good = parse_summary(sample("summary-major.json", NOW), service="Shop", url="u", now=NOW)
    failed = ProviderStatus("Shop", "u", "statuspage", NOW, error="timeout: no answer", stale_from=NOW,
                            indicator=good.indicator, incidents=good.incidents)
    text = describe(failed)
    assert text.startswith("Shop's status page could not be read: timeout: no answer. Last reading at ")
    assert "Elevated errors on checkout" in text
    assert describe(ProviderStatus("Shop", "u", "statuspage", NOW, error="dns: no")) == \
        "Shop's status page could not be read: dns: no"
    assert headline_status(ProviderStatus("Shop", "u", "statuspage", NOW, error="x")) == "unknown"


def test_which_pages_to_read() -> None:
    configured = [{"name": "Shop", "url": "http://shop.test/", "status_page": "http://status.shop.test"},
                  {"name": "Forum", "url": "http://forum.test/", "status_feed": "http://status.forum.test/h.rss"},
                  {"name": "Mail", "url": "http://mail.test/"}]
    verdict = [{"name": "Shop", "state": "down"}, {"name": "Forum", "state": "up"}, {"name": "Mail", "state": "down"}]
    assert [s["name"] for s in services_to_ask(verdict, configured, on_demand=False)] == ["Shop"]
    assert [s["name"] for s in services_to_ask(verdict, configured, on_demand=True)] == ["Shop", "Forum"]
    assert targets(configured) == [("Shop", "statuspage", "http://status.shop.test/api/v2/summary.json"),
                                   ("Forum", "feed", "http://status.forum.test/h.rss")]
    assert summary_url("https://x.test/api/v2/summary.json") == "https://x.test/api/v2/summary.json"


def test_cache_keeps_readings_and_finds_the_one_at_an_incident(tmp_path) -> None:
    cache = StatusCache(tmp_path)
    for h in (5, 3, 1):
        cache.add(ProviderStatus("Shop", "u", "statuspage", NOW - timedelta(hours=h), indicator="none"))
    cache.add(ProviderStatus("Shop", "u", "statuspage", NOW - timedelta(hours=2, minutes=50), indicator="major"))
    assert len(cache.readings("u")) == 4
    [at] = cache.at(NOW - timedelta(hours=3), NOW - timedelta(hours=2, minutes=30))
    assert at.fetched_at in (NOW - timedelta(hours=3), NOW - timedelta(hours=2, minutes=50))
    assert cache.at(NOW - timedelta(days=3), NOW - timedelta(days=2)) == []


def test_deeply_nested_json_is_refused() -> None:
    with pytest.raises(StatusPageError, match=r"nested too deeply|not a Statuspage"):
        parse_summary(b"[" * 100_000 + b"]" * 100_000, service="Shop", url="u", now=NOW)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_any_bytes_either_parse_or_say_why(data: bytes) -> None:
    for parse in (parse_summary, parse_feed):
        with contextlib.suppress(StatusPageError):
            parse(data, service="S", url="u", now=NOW)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.sampled_from(
                        ["status", "indicator", "incidents", "components", "name", "impact", "incident_updates",
                         "body", "started_at", "page", "scheduled_maintenances"]), c, max_size=5), max_leaves=30))
def test_any_json_shape_either_parses_or_says_why(doc) -> None:
    try:
        st_ = parse_summary(json.dumps({"status": {"indicator": "minor"}, "incidents": doc}).encode(), service="S",
                            url="u", now=NOW)
        assert st_.indicator == "minor"
        parse_summary(json.dumps(doc).encode(), service="S", url="u", now=NOW)
    except StatusPageError:
        pass


def test_cache_file_carries_its_format_and_reads_older_and_refuses_newer(tmp_path) -> None:
    old = ProviderStatus("Shop", "u", "statuspage", NOW, indicator="minor").to_dict()
    path = tmp_path / "status-pages.json"
    path.write_text(json.dumps({"u": [old]}))  # before the file carried a format
    cache = StatusCache(tmp_path)
    assert cache.latest("u").indicator == "minor"
    cache.add(ProviderStatus("Shop", "u", "statuspage", NOW, indicator="none"))
    data = json.loads(path.read_text())
    assert data["format"] == 1 and len(data["pages"]["u"]) == 2
    path.write_text(json.dumps({"format": 99, "pages": {}}))  # a newer release's file: left alone, not read
    assert StatusCache(tmp_path).latest("u") is None
    StatusCache(tmp_path).add(ProviderStatus("Shop", "u", "statuspage", NOW))
    assert json.loads(path.read_text()) == {"format": 99, "pages": {}}
