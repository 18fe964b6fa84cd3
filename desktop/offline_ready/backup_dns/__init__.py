"""Backup DNS: tested alternative resolvers, a safe switch when the resolver is the problem,
and an exact way back.

Pure decisions (:mod:`.decide`, :mod:`.scoring`) are kept apart from I/O (:mod:`.benchmark`,
:mod:`.backends`, :mod:`.transaction`); :mod:`.service` is the thread-safe facade for the UI and CLI.
"""
