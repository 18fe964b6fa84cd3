"""Full-text search over the current version of every document (SQLite FTS5, bm25, snippets).

Where the index lives is a privacy decision:

* encryption **off**: in ``search.sqlite3`` beside the catalogue, updated as versions arrive;
* encryption **on**: **in memory only**, built from the encrypted text records when the vault is
  first searched in a process (about a second for a thousand documents) and gone when it exits.
  An FTS index holds every word of every document in clear, so it is never written to disk then.

The index is derived data: it can always be rebuilt from the catalogue's text records, so it is
kept outside the catalogue's transactions and repaired on open if a kill left it behind.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from ..storeversion import NewerStoreError, open_store
from ..valueclass import FrozenRecord

INDEX_VERSION = 1  # PRAGMA user_version (see storeversion)
HIT_START = "\x02"
HIT_END = "\x03"

_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5("
          "title, body, version_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')")


class RawHit(FrozenRecord):
    """A match as the index returns it, before the catalogue names its document."""

    doc_id: int
    version_id: int
    title: str
    snippet: str  # with HIT_START / HIT_END around the matched words
    score: float


RANK = "bm25(8.0, 1.0, 0.0)"


def _set_rank(conn: sqlite3.Connection) -> None:
    """rank = bm25 with title matches weighing 8x, kept in the index's own config (written only when it
    differs: a search must not write to the index); reading the index proves it is not damaged."""
    row = conn.execute("SELECT v FROM docs_config WHERE k='rank'").fetchone()
    if row is None or row[0] != RANK:
        conn.execute("INSERT INTO docs(docs, rank) VALUES ('rank', ?)", (RANK,))
    conn.execute("SELECT count(*) FROM docs").fetchone()


class SearchIndex:
    def __init__(self, path: Path | None):
        """``path=None`` keeps the index in memory (used when the vault is encrypted)."""
        self.path = path
        self._lock = threading.Lock()
        try:
            self._conn = self._open(path)
        except (sqlite3.DatabaseError, NewerStoreError):
            if path is None:
                raise
            # a damaged index (or one a newer release laid out) is only a cache: start it afresh
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            self._conn = self._open(path)

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        return open_store(path, INDEX_VERSION, {0: lambda c: None}, _TABLE, timeout=30,  # 0: 0.1.0, unversioned
                          finish=_set_rank)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def indexed(self) -> dict[int, int]:
        """``{doc_id: version_id}`` currently in the index."""
        with self._lock:
            return {int(r[0]): int(r[1]) for r in self._conn.execute("SELECT rowid, version_id FROM docs")}

    def upsert_many(self, rows: Iterable[tuple[int, int, str, str]]) -> None:
        """Put ``(doc_id, version_id, title, text)`` rows in, replacing what a document had."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                for doc_id, version_id, title, text in rows:
                    title, text = nfkc(title), nfkc(text)
                    self._conn.execute("DELETE FROM docs WHERE rowid=?", (doc_id,))
                    self._conn.execute("INSERT INTO docs(rowid, title, body, version_id) VALUES (?, ?, ?, ?)",
                                       (doc_id, title, text, version_id))
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def upsert(self, doc_id: int, version_id: int, title: str, text: str) -> None:
        self.upsert_many([(doc_id, version_id, title, text)])

    def rename(self, doc_id: int, title: str) -> None:
        with self._lock:
            row = self._conn.execute("SELECT body, version_id FROM docs WHERE rowid=?", (doc_id,)).fetchone()
        if row:
            self.upsert(doc_id, int(row[1]), title, row[0])

    def remove(self, doc_ids: Iterable[int]) -> None:
        with self._lock:
            self._conn.executemany("DELETE FROM docs WHERE rowid=?", [(i,) for i in doc_ids])

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM docs")

    def search(self, query: str, limit: int = 20, width: int = 160) -> list[RawHit]:
        match = build_match(query)
        if not match:
            return []
        sql = "SELECT rowid, version_id, title, body, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
        with self._lock:
            try:
                rows = self._conn.execute(sql, (match, limit)).fetchall()
            except sqlite3.OperationalError:
                return []
        # Snippets are cut here rather than by FTS5's snippet(): that one scores every fragment of every
        # document, which costs about a millisecond per long document; finding the first hit is enough.
        pattern = snippet_pattern(query)
        return [RawHit(int(r[0]), int(r[1]), r[2], make_snippet(r[3] or "", pattern, width), float(r[4]))
                for r in rows]


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def nfkc(text: str) -> str:
    """Compatibility forms to plain ones (the ligatures "ﬁ", "ﬀ" of PDFs, full-width letters), so that
    what a PDF prints as "ﬁrewall" is found by "firewall"; applied to indexed text and to queries alike."""
    if text.isascii():
        return text
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def parse_terms(query: str) -> list[tuple[str, bool]]:
    """``[(text, is_prefix)]`` of a typed query, ``("OR", False)`` between alternatives."""
    terms: list[tuple[str, bool]] = []
    typed = nfkc(query[:500])
    query = typed.strip()
    for m in _TOKEN.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if word == "OR" and terms and terms[-1][0] != "OR":
            terms.append(("OR", False))
            continue
        text = phrase if phrase is not None else word
        text = "".join(ch for ch in text if ch.isalnum() or ch in " -_.@+/'#&")
        text = " ".join(text.replace('"', "").split())
        if not text or not any(ch.isalnum() for ch in text):
            continue
        terms.append((text, False))
    while terms and terms[-1][0] == "OR":
        terms.pop()
    if terms:
        last, _ = terms[-1]
        ends_with_word = bool(query) and not typed.endswith((" ", '"'))
        if ends_with_word and " " not in last and len(last) > 1:
            terms[-1] = (last, True)
    return terms


def build_match(query: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words must all match (AND); ``"quoted words"`` match as a phrase; ``OR`` between words is kept;
    the last word also matches as a prefix while it is being typed. Every term is quoted, so FTS5
    syntax characters in the input (``*``, ``:``, ``^``, ``-``, parentheses) can never break the query.
    """
    out = []
    for text, prefix in parse_terms(query):
        out.append("OR" if text == "OR" else f'"{text}"' + (" *" if prefix else ""))
    return " ".join(out)


def _fold_table() -> dict[int, int]:
    """Latin letters with diacritics -> base letter, one character for one (positions stay valid)."""
    import unicodedata

    table = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(cp))[:1]
        if base and base != chr(cp) and base.isascii():
            table[cp] = ord(base)
    return table


_FOLD = _fold_table()


def snippet_pattern(query: str) -> re.Pattern[str] | None:
    parts = []
    for text, prefix in parse_terms(query):
        if text == "OR":
            continue
        words = [re.escape(w.translate(_FOLD)) for w in re.split(r"[^\w]+", text) if w]
        if not words:
            continue
        body = r"[^\w]+".join(words)
        parts.append(r"(?<!\w)" + body + (r"\w*" if prefix else r"(?!\w)"))
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def make_snippet(text: str, pattern: re.Pattern[str] | None, width: int = 160) -> str:
    """About ``width`` characters around the first hit, hits wrapped in HIT_START / HIT_END."""
    folded = text.translate(_FOLD)
    first = pattern.search(folded) if pattern is not None else None
    if first is None:
        cut = text[:width]
        return " ".join(cut.split()) + ("…" if len(text) > width else "")
    start = max(0, first.start() - width // 3)
    if start:
        sp = text.rfind(" ", max(0, start - 20), start)
        start = sp + 1 if sp >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        sp = text.find(" ", end, end + 20)
        end = sp if sp >= 0 else end
    out = []
    pos = start
    for m in pattern.finditer(folded, start, end):  # type: ignore[union-attr]
        out.append(text[pos:m.start()])
        out.append(HIT_START + text[m.start():m.end()] + HIT_END)
        pos = m.end()
    out.append(text[pos:end])
    snippet = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
