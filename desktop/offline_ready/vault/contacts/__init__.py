"""Contact lists for an outage: who to call, in which order, on which number.

* :mod:`.model` — the contact record (phones in E.164, groups, escalation order, alternates);
* :mod:`.phones` — number normalisation (``phonenumbers``) and phone-type vocabulary;
* :mod:`.vcard` — vCard 2.1 / 3.0 / 4.0 reading and 4.0 writing;
* :mod:`.csvio` — Google and Outlook CSV exports (their many column names and encodings);
* :mod:`.importer` — bytes of unknown format in, contacts out;
* :mod:`.merge` — recognising the same person on re-import and merging instead of doubling;
* :mod:`.book` — the stored address book (in the vault catalogue, encrypted when the vault is);
* :mod:`.callsheet` — a printable call sheet (HTML with print CSS, and PDF).
"""
