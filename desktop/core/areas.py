"""Imports every area once so that their event subscriptions are registered."""
from desktop.core import roster  # noqa: F401
from desktop.core import care  # noqa: F401
from desktop.core import redwhite  # noqa: F401
from desktop.core import funds  # noqa: F401
from desktop.core import notices  # noqa: F401
from desktop.core import sync  # noqa: F401
from desktop.core import security  # noqa: F401
