"""A command runner that answers from recorded outputs of the real tools and records every argv.

The backends build argv lists and parse text; this replays what nmcli, resolvectl, networksetup,
scutil and PowerShell print, so both halves are checked without the daemons or the OS.
"""

from __future__ import annotations

from pathlib import Path

from offline_ready.backup_dns.backends.base import CommandResult

RECORDED = Path(__file__).parent / "recorded"


def rec(name: str) -> str:
    return (RECORDED / name).read_text()


class Replay:
    def __init__(self, answers: dict[tuple[str, ...], str | tuple[int, str]] | None = None,
                 *, default_ok: bool = False) -> None:
        self.answers = dict(answers or {})
        self.calls: list[list[str]] = []
        self.default_ok = default_ok

    def add(self, argv: list[str] | tuple[str, ...], answer: str | tuple[int, str]) -> None:
        self.answers[tuple(argv)] = answer

    def __call__(self, argv, *, timeout=15.0, input=None) -> CommandResult:
        assert isinstance(argv, list) and all(isinstance(a, str) for a in argv), argv
        self.calls.append(list(argv))
        ans = self.answers.get(tuple(argv))
        if ans is None:
            if self.default_ok:
                return CommandResult(0, "", "")
            raise AssertionError(f"unexpected command: {argv}")
        if isinstance(ans, tuple):
            return CommandResult(ans[0], ans[1] if ans[0] == 0 else "", ans[1] if ans[0] else "")
        return CommandResult(0, ans, "")

    def mutating(self, *verbs: str) -> list[list[str]]:
        return [c for c in self.calls if any(v in c for v in verbs)]
