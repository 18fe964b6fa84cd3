"""``offline-ready config``: the effective settings and where each comes from."""

from __future__ import annotations

import argparse
import json
import sys

from ..i18n import N_, _, ngettext

# How the settings' sources and the app's folders are named in the plain-text output (JSON keeps the codes).
SOURCE_WORDS = {"default": N_("default"), "user": N_("user"), "recommended": N_("recommended"),
                "managed": N_("managed")}
PATH_WORDS = {"config": N_("config"), "policies": N_("policies"), "data": N_("data"), "history": N_("history"),
              "vault": N_("vault"), "logs": N_("logs"), "state": N_("state"), "cache": N_("cache")}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("config", parents=[parent], help=_("show or check the settings"))
    csub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = csub.add_parser("show", parents=[parent], help=_("effective value of every setting and its source"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_cmd)
    val = csub.add_parser("validate", parents=[parent],
                          help=_("check the user file and policy files; exit 3 naming the problem"))
    val.set_defaults(func=validate_cmd)
    paths = csub.add_parser("paths", parents=[parent], help=_("where settings, policies, data and logs live"))
    paths.add_argument("--json", action="store_true")
    paths.set_defaults(func=paths_cmd)
    prof = csub.add_parser("profile", parents=[parent],
                           help=_("make a macOS configuration profile (.mobileconfig) from a managed policy file"))
    prof.add_argument("policy", metavar="POLICY.toml", help=_("the policy file to lock on Macs"))
    prof.add_argument("-o", "--output", metavar="FILE", help=_("write here instead of standard output"))
    prof.add_argument("--organization", default="", help=_("shown to users as the profile's source"))
    prof.add_argument("--identifier", default="", help=_("the profile's reverse-DNS identifier "
                      "(default org.offlineready.OfflineReady.policy); MDM replaces a profile of the same one"))
    prof.set_defaults(func=profile_cmd)
    login = csub.add_parser("proxy-login", parents=[parent],
                            help=_("store (or --forget) the proxy's user name and password in the system keyring"))
    login.add_argument("proxy", metavar="HOST:PORT", help=_("the proxy, as in proxy.url or the PAC file"))
    login.add_argument("--user", default="", help=_("the user name (asked for when missing)"))
    login.add_argument("--password-stdin", action="store_true", help=_("read the password from standard input"))
    login.add_argument("--forget", action="store_true", help=_("remove the stored sign-in"))
    login.set_defaults(func=proxy_login_cmd)


def show_cmd(args: argparse.Namespace) -> int:
    from .common import load, print_json

    config = load(args)
    rows = config.describe()
    if args.json:
        print_json({
            "settings": {r["key"]: {"value": r["value"], "source": r["source"], "locked": r["locked"]}
                         for r in rows},
            "files": [{"layer": layer, "path": str(path)} for layer, path in config.files],
        })
        return 0
    width = max(len(r["key"]) for r in rows)
    for r in rows:
        value = json.dumps(r["value"], ensure_ascii=False)
        if len(value) > 70:
            value = value[:67] + "..."
        source = _(SOURCE_WORDS.get(r["source"], r["source"]))
        source = _("{source} (locked)").format(source=source) if r["locked"] else source
        sys.stdout.write(f"{r['key']:<{width}}  {value}  [{source}]\n")
    sys.stdout.write("\n" + _("Files read, lowest precedence first:") + "\n")
    for layer, path in config.files:
        sys.stdout.write(f"  {_(SOURCE_WORDS.get(layer, layer)):<12} {path}\n")
    if not config.user_file.exists():
        sys.stdout.write(f"  {_(SOURCE_WORDS['user']):<12} {config.user_file} " + _("(not created yet)") + "\n")
    return 0


def validate_cmd(args: argparse.Namespace) -> int:
    from .common import load

    config = load(args)
    n = len(config.files)
    sys.stdout.write(ngettext("OK: {n} file valid", "OK: {n} files valid", n).format(n=n) + "\n")
    return 0


def paths_cmd(args: argparse.Namespace) -> int:
    from ..paths import app_paths
    from .common import print_json

    p = app_paths()
    data = {"config": str(p.user_config_file), "policies": str(p.policy_dir), "data": str(p.data_dir),
            "history": str(p.history_db), "vault": str(p.vault_dir), "logs": str(p.log_dir),
            "state": str(p.state_dir), "cache": str(p.cache_dir)}
    if args.json:
        print_json(data)
    else:
        for k, v in data.items():
            sys.stdout.write(f"{_(PATH_WORDS[k]):<9} {v}\n")
    return 0


def profile_cmd(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..atomic import atomic_write_bytes
    from ..config.profile import PROFILE_ID, profile_from_policy_file

    data = profile_from_policy_file(Path(args.policy), identifier=args.identifier or PROFILE_ID,
                                    organization=args.organization)
    if args.output:
        atomic_write_bytes(Path(args.output), data, 0o644)
        sys.stderr.write(_("wrote {file}").format(file=args.output) + "\n")
    else:
        sys.stdout.buffer.write(data)
    return 0


def proxy_login_cmd(args: argparse.Namespace) -> int:
    """Proxy sign-in into the keyring only: never on the command line, in settings or in logs."""
    from urllib.parse import urlsplit

    from ..proxy import credentials

    target = args.proxy if "://" in args.proxy else f"http://{args.proxy}"
    parts = urlsplit(target)
    if not parts.hostname or parts.username:
        sys.stderr.write(_("give the proxy as HOST:PORT (no user name or password in it)") + "\n")
        return 2
    if args.forget:
        found = credentials.forget(parts.hostname, parts.port)
        where = f"{parts.hostname}:{parts.port or 80}"
        print(_("Removed the sign-in for {proxy}.").format(proxy=where) if found
              else _("No sign-in was stored for {proxy}.").format(proxy=where))
        return 0
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not args.user and not interactive:  # nobody to ask
        sys.stderr.write(_("no user name given: use {option}").format(option="--user") + "\n")
        return 2
    if not args.password_stdin and not interactive:
        sys.stderr.write(_("no terminal to ask for the password: use {option}").format(option="--password-stdin") + "\n")
        return 2
    try:
        user = args.user or input(_("Proxy user name: ")).strip()
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            import getpass

            password = getpass.getpass(_("Proxy password: "))
    except EOFError:  # the user ended the input
        sys.stderr.write("\n")
        return 2
    try:
        credentials.save(parts.hostname, parts.port, user, password)
    except ValueError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    print(_("Stored the sign-in for the proxy {proxy} in the system keyring.").format(
        proxy=f"{parts.hostname}:{parts.port or 80}"))
    return 0
