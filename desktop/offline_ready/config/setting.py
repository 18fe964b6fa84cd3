"""One declared setting: key, kind, default, description and whether admin policy may lock it."""

from __future__ import annotations

import sys

from ..i18n import _
from ..valueclass import FrozenRecord
from .kinds import Kind

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Setting(FrozenRecord):
    """One setting of the schema: its key, kind, default and the words shown for it."""

    key: str  # dotted, e.g. "probes.timeout"; a top-level array of tables is just "services"
    kind: Kind
    default: Any
    title: str  # short label for the settings UI and the policy templates
    description: str  # one or two plain sentences: what it does and why you would change it
    lockable: bool = True  # admin "managed" policy may force it
    platforms: tuple[str, ...] = ()  # sys.platform values it does something on; () = everywhere

    @property
    def offered(self) -> bool:
        """Whether this machine's Settings page shows it (a Windows-only output is not offered elsewhere;
        the key stays valid everywhere, so one policy file serves a mixed fleet)."""
        return not self.platforms or sys.platform in self.platforms

    @property
    def label(self) -> str:
        """The title in the user's language (``title`` stays English: the policy templates use it)."""
        return _(self.title)

    @property
    def help_text(self) -> str:
        """The description in the user's language."""
        return _(self.description)

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0] if "." in self.key else ""

    @property
    def name(self) -> str:
        return self.key.rsplit(".", 1)[-1]
