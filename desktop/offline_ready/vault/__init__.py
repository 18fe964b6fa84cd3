"""The offline vault: verified local copies of key documents and contact lists.

Layers, lowest first:

* pure decisions — :mod:`.sniff` (what the bytes are), :mod:`.textdecode` (which encoding), :mod:`.verify` (accept a download or not),
  :mod:`.freshness`, :mod:`.retention`, :mod:`.names`;
* storage — :mod:`.blobs` (immutable content-addressed files), :mod:`.catalogue` (SQLite, WAL),
  :mod:`.quarantine`, :mod:`.crypto` (optional AES-GCM at rest), :mod:`.records` (small records, compressed and sealed);
* I/O — :mod:`.fetch` (HTTP and file sources), :mod:`.credentials` (keyring only),
  :mod:`.textextract`, :mod:`.search` (FTS5), :mod:`.opener`;
* :mod:`.contacts` — parsing, normalising, merging and exporting contact lists;
* :mod:`.service` — the one facade the CLI and the UI use.

Nothing here imports Qt.
"""
