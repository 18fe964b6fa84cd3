"""``offline-ready docs …`` and ``offline-ready contacts …``: output, JSON and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import vault_samples as S
from vault_env import cli_env

from offline_ready.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_docs_lifecycle(capsys, vault_config, site, tmp_path):
    url = site.put("plan.pdf", S.pdf("CLI plan with a capybara"))
    code, out, _ = run(capsys, "docs", "add", url, "--name", "Plan", "--json")
    assert code == 0
    added = json.loads(out)
    assert added["document"]["name"] == "Plan" and added["sync"]["outcome"] == "new-version"
    code, out, _ = run(capsys, "docs", "list")
    assert code == 0 and "Plan" in out and "fresh" in out
    code, out, _ = run(capsys, "docs", "sync", "--json")
    report = json.loads(out)
    assert code == 0 and report["unchanged"] == 1 and report["exit_code"] == 0
    code, out, _ = run(capsys, "docs", "search", "capybara")
    assert code == 0 and "[capybara]" in out
    code, out, _ = run(capsys, "docs", "search", "capybara", "--json")
    assert json.loads(out)[0]["snippet_marked"].endswith("[capybara] page 1")
    assert run(capsys, "docs", "search", "nothing-like-this")[0] == 1
    code, out, _ = run(capsys, "docs", "open", "Plan", "--print-path")
    assert code == 0 and Path(out.strip()).name == "plan.pdf"
    code, out, _ = run(capsys, "docs", "open", "1", "--save", str(tmp_path))
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")
    site.put("plan.pdf", S.LOGIN_PAGE)
    code, out, _ = run(capsys, "docs", "sync")
    assert code == 1 and "refresh returned a login page; showing the" in out
    code, out, _ = run(capsys, "docs", "refused", "--json")
    assert json.loads(out)[0]["reason"] == "login-page"
    code, out, _ = run(capsys, "docs", "versions", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, _ = run(capsys, "docs", "check", "--json")  # intact, but the refresh was just refused: say so
    assert code == 1 and json.loads(out)["problems"] == [] and json.loads(out)["refused"] == [1]
    code, out, _ = run(capsys, "docs", "check")
    assert code == 1 and "REFUSED  Plan: refresh returned a login page" in out and "intact and fresh" not in out
    code, out, _err = run(capsys, "docs", "remove", "Plan", "--yes")
    assert code == 0
    assert run(capsys, "docs", "list", "--json")[1].strip() == "[]"


def test_exit_codes(capsys, vault_config, tmp_path):
    code, _, err = run(capsys, "docs", "open", "42")
    assert code == 3 and "no document '42'" in err
    code, _, err = run(capsys, "docs", "add", "gopher://x/y")
    assert code == 3 and "only http(s)" in err
    code, out, _ = run(capsys, "docs", "add", str(tmp_path / "missing.pdf"), "--json")
    assert code == 2 and json.loads(out)["sync"]["reason"] == "not-found"  # no usable copy: critical
    code, out, _ = run(capsys, "docs", "check")
    assert code == 2 and "MISSING" in out
    code, _, err = run(capsys, "docs", "login", "1", "--auth", "bearer", "--secret-stdin")
    assert code == 3 and ("keyring" in err or "secret is empty" in err)
    code, _, err = run(capsys, "contacts", "export", "--format", "pdf")
    assert code == 3 and "--output" in err
    bad = tmp_path / "bad.toml"
    bad.write_text("[vault]\nmax_size_mb = 'big'\n")
    code, _, err = run(capsys, "--config", str(bad), "docs", "list")
    assert code == 3 and "max_size_mb" in err


def test_contacts_commands(capsys, vault_config, tmp_path):
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_30_APPLE + S.VCARD_40 + S.VCARD_21)
    code, out, _ = run(capsys, "contacts", "import", str(f), "--region", "DE", "--group", "Escalation", "--json")
    assert code == 0 and json.loads(out)["added"] == 3
    code, out, _ = run(capsys, "contacts", "import", str(f), "--region", "DE")
    assert "0 added, 0 updated, 3 unchanged" in out
    code, out, _ = run(capsys, "contacts", "set", "Ann Lee", "--escalation", "1", "--verified", "today",
                       "--alternate", "Bob Ng")
    assert code == 0
    code, out, _ = run(capsys, "contacts", "search", "ann", "--json")
    ann = json.loads(out)[0]
    assert ann["escalation"] == 1 and ann["alternates"] == ["Bob Ng"] and ann["last_verified"]
    assert run(capsys, "contacts", "search", "zzzz")[0] == 1
    code, out, _ = run(capsys, "contacts", "list", "--group", "Vendors")
    assert code == 0 and "Ann Lee" in out and "Bob Ng" in out and "Jürgen" not in out
    code, out, _ = run(capsys, "contacts", "export", "--format", "vcard")
    assert out.count("BEGIN:VCARD") == 3
    code, out, _ = run(capsys, "contacts", "export", "--format", "csv", "--group", "Vendors")
    assert out.count("\r\n") == 3
    sheet = tmp_path / "sheet.pdf"
    code, _, err = run(capsys, "contacts", "export", "--format", "pdf", "-o", str(sheet))
    assert code == 0 and sheet.read_bytes().startswith(b"%PDF-")
    code, out, _ = run(capsys, "contacts", "export", "--format", "html", "--wallet")
    assert 'class="card"' in out
    code, out, _ = run(capsys, "contacts", "remove", "Bob Ng")
    assert code == 0 and "Removed 1 contact" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("date,amount\n2025-01-01,5\n")
    code, _, err = run(capsys, "contacts", "import", str(bad))
    assert code == 3 and "bad.csv" in err and "contacts export" in err


def test_progress_bar_on_a_terminal(app_home, vault_config, tmp_path):
    """A real pseudo-terminal: the bar is drawn on stderr and cleared at the end."""
    import pty

    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"doc {i}")
    env = cli_env(app_home)
    for i in range(3):
        subprocess.run([sys.executable, "-m", "offline_ready", "docs", "add", str(tmp_path / f"d{i}.txt"),
                        "--no-sync"], env=env, check=True, capture_output=True)
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "offline_ready", "docs", "sync"], env=env, stdin=slave,
                         stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    p.wait(30)
    os.close(master)
    text = b"".join(chunks).decode(errors="replace")
    assert p.returncode == 0
    assert "3/3" in text and "█" in text
    assert "3 new, 0 unchanged, 0 refused, 0 failed" in text


@pytest.mark.parametrize("argv", [["docs", "--help"], ["contacts", "--help"], ["docs", "add", "--help"]])
def test_help(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    assert "usage: offline-ready" in capsys.readouterr().out
