"""The core's text in every language: English plurals, the German catalogue, and the pseudo-locale
showing that no advice sentence bypasses translation."""

from __future__ import annotations

import re
import sys

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from builders import healthy
from test_classify import CASES, upstream_down

from offline_ready import i18n
from offline_ready.diagnosis.classify import classify
from offline_ready.paths import resources_dir
from support.pseudo import bypasses

ROOT = resources_dir().parent
LOCALE = resources_dir() / "locale"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _catalogues() -> list:
    return sorted(LOCALE.glob("*/LC_MESSAGES/offline_ready.po"))


def test_no_internet_counts_addresses_with_real_plurals() -> None:
    obs = healthy()
    upstream_down(obs)
    broken = classify(obs).advice.broken
    assert "Nothing on the internet answers: 3 addresses and 2 check pages failed, across several providers." in broken
    obs.tcp = obs.tcp[:1]
    obs.connectivity = obs.connectivity[:1]
    assert "1 address and 1 check page failed" in " ".join(classify(obs).advice.broken)


def test_german_advice_with_german_plurals() -> None:
    assert i18n.set_language("de") == "de"
    obs = healthy()
    upstream_down(obs)
    advice = classify(obs).advice
    assert advice.headline == "Das Internet ist jenseits Ihres Netzwerks ausgefallen"
    assert "Im Internet antwortet nichts: 3 Adressen und 2 Prüfseiten ohne Erfolg, bei mehreren Anbietern." \
        in advice.broken
    obs.tcp = obs.tcp[:1]
    assert "1 Adresse und" in " ".join(classify(obs).advice.broken)


def test_language_follows_the_environment_and_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de_AT:en")
    assert i18n.set_language() == "de"
    assert i18n._("You're online") == "Sie sind online"
    assert i18n.set_language("fr") == "en"
    assert i18n._("You're online") == "You're online"


@pytest.mark.parametrize(("name", "fault"), [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_pseudo_locale_leaves_no_advice_untranslated(name, fault) -> None:
    i18n.set_language(i18n.PSEUDO)
    obs = healthy()
    fault(obs)
    v = classify(obs)
    for line in [v.advice.headline, *v.advice.broken, *v.advice.works, *v.advice.todo]:
        assert not bypasses(line, ("Shop", "Forum")), line


def test_every_catalogue_is_complete_and_keeps_the_placeholders() -> None:
    assert [p.parent.parent.name for p in _catalogues()] == ["de"]
    for path in _catalogues():
        with open(path, "rb") as fp:
            catalog = read_po(fp)
        problems = []
        for m in catalog:
            if not m.id:
                continue
            ids = [m.id] if isinstance(m.id, str) else list(m.id)
            strings = [m.string] if isinstance(m.string, str) else list(m.string)
            if not all(strings) or m.fuzzy:
                problems.append(f"untranslated: {ids[0]!r}")
            elif any(set(PLACEHOLDER.findall(s)) != set(PLACEHOLDER.findall(ids[-1])) for s in strings):
                problems.append(f"placeholders differ: {ids[0]!r}")
        assert not problems, f"{path.name} ({path.parent.parent.name}): {problems[:5]}"


def test_compiled_catalogues_match_their_sources() -> None:
    for path in _catalogues():
        with open(path, "rb") as fp:
            source = {_key(m.id): _key(m.string) for m in read_po(fp) if m.id}
        with open(path.with_suffix(".mo"), "rb") as fp:
            compiled = {_key(m.id): _key(m.string) for m in read_mo(fp) if m.id}
        assert compiled == source, f"run `python resources/translations/update.py` ({path})"


def _key(value: str | list | tuple) -> str | tuple:
    return value if isinstance(value, str) else tuple(value)


def test_template_has_every_message_of_the_core() -> None:
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        import update
    finally:
        sys.path.pop(0)
    fresh = {m.id for m in update.core_template() if m.id}
    with open(LOCALE / "offline_ready.pot", "rb") as fp:
        current = {m.id for m in read_po(fp) if m.id}
    with open(_catalogues()[0], "rb") as fp:
        translated = {m.id for m in read_po(fp) if m.id}
    assert fresh == current == translated, f"run `python resources/translations/update.py`: {sorted(fresh ^ current, key=str)[:5]}"


def test_pseudo_keeps_placeholders_and_markup() -> None:
    text = i18n.pseudo("{name} has %n item(s) at <b>%1</b>, see https://example.test/x")
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "{name}" in text and "%n" in text and "<b>%1</b>" in text and "https://example.test/x" in text
    assert text.format(name="Shop")


def test_the_language_setting_takes_only_a_language_the_app_speaks(tmp_path) -> None:
    """A language without a catalogue would change nothing: the settings file names the problem and the
    languages there are; a regional variant gets its language's catalogue."""
    from offline_ready.config import ConfigError, load_config

    for value in ("", "de", "de_AT", "de-CH", "en", "en_GB"):
        path = tmp_path / "ok.toml"
        path.write_text(f'[ui]\nlanguage = "{value}"\n')
        assert load_config(path).ui.language == value
    path = tmp_path / "fr.toml"
    path.write_text('[ui]\nlanguage = "fr"\n')
    with pytest.raises(ConfigError, match=r"ui.language: no translation for 'fr' \(available: en, de\)"):
        load_config(path)
    assert i18n.available_languages() == ("de",)
    assert i18n.set_language("de-CH") == "de" and i18n._("You're online") == "Sie sind online"


def test_the_login_entry_describes_the_app_in_every_language() -> None:
    """The autostart entry (what the desktop's start-up settings list) carries each catalogue's words."""
    from offline_ready.autostart import COMMENT, desktop_entry

    entry = desktop_entry(["offline-ready"])
    assert f"Comment={COMMENT}\n" in entry
    for lang in i18n.available_languages():
        assert f"Comment[{lang}]={i18n.in_language(lang, COMMENT)}\n" in entry
    assert "Comment[de]=Warnt Sie bei Internetausfällen" in entry


def test_no_message_hides_inside_an_f_string() -> None:
    """The extractor cannot see ``_("…")`` inside an f-string's braces on every Python: such a message
    never reaches the catalogue and stays English (the pseudo-locale marks it all the same)."""
    import ast

    core = ROOT / "desktop" / "offline_ready"
    hidden = []
    for path in sorted(core.rglob("*.py")):
        if "ui" in path.relative_to(core).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FormattedValue):
                hidden += [f"{path.relative_to(core)}:{call.lineno}" for call in ast.walk(node.value)
                           if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                           and call.func.id in ("_", "N_", "ngettext") and call.args
                           and isinstance(call.args[0], ast.Constant)]
    assert not hidden, hidden


def test_group_policy_templates_in_every_language() -> None:
    """Each catalogue gives the Group Policy editor an ADML of its own, with the same strings as en-US."""
    import xml.etree.ElementTree as ET

    from offline_ready.config.templates import ADML_CULTURES

    windows = resources_dir() / "policy" / "windows"
    english = {s.get("id"): s.text for s in ET.parse(windows / "en-US" / "OfflineReady.adml").iter("string")}
    for lang in i18n.available_languages():
        table = {s.get("id"): s.text for s in
                 ET.parse(windows / ADML_CULTURES.get(lang, lang) / "OfflineReady.adml").iter("string")}
        assert table.keys() == english.keys()
        assert table["probes_timeout"] == i18n.in_language(lang, english["probes_timeout"]) != english["probes_timeout"]
    assert "Zeitlimit" in table["probes_timeout"] and table["SUPPORTED_ALL"] == "Offline Ready 0.1 und neuer"
