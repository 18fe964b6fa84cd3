"""Package list for setuptools (everything else is in pyproject.toml).

The top-level ``resources/`` folder (default settings, icons, translations, policy templates)
must ship inside the package so a wheel or sdist install finds it through
``importlib.resources``. pyproject.toml maps it to ``offline_ready.resources``; packages
mapped from outside ``desktop/`` cannot be discovered by ``packages.find``, so the list is
the packages found under ``desktop/`` plus the resource folders under their mapped names.
"""

from setuptools import find_namespace_packages, setup

RESOURCES = "offline_ready.resources"

setup(packages=[*find_namespace_packages("desktop", include=["offline_ready", "offline_ready.*"]),
                RESOURCES, *(f"{RESOURCES}.{p}" for p in find_namespace_packages("resources"))])
