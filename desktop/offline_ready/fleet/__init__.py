"""Fleet reporting: this desk's state, watched services and incidents pushed to the organisation's own
metrics engine (Prometheus remote write) and log engine (VictoriaLogs, Loki, syslog).

Qt-free. Everything sent goes through one on-disk spool first (:mod:`.spool`), so a desk that is
offline exactly when it matters sends its record once it is back, oldest first. The application
object owns the :class:`~.reporter.FleetReporter`; nothing here starts work from a constructor.
"""
