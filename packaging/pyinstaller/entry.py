"""Entry point of the self-contained bundle (PyInstaller): the ``offline-ready`` command.

The app starts some of its own modules as separate processes the way a Python install does,
``sys.executable [-I] -m offline_ready.MODULE`` (the isolated document extractor, the DNS
helper). In the bundle ``sys.executable`` is this program, so it accepts that form too, for
the app's own modules only.
"""

import runpy
import sys


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["-I"]:
        args = args[1:]  # isolation is the bundle's normal state: no site-packages, no PYTHONPATH
    if len(args) >= 2 and args[0] == "-m":
        module = args[1]
        if module != "offline_ready" and not module.startswith("offline_ready."):
            print(f"offline-ready: -m {module}: only the app's own modules run this way", file=sys.stderr)
            return 2
        sys.argv = [sys.executable, *args[2:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from offline_ready.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
