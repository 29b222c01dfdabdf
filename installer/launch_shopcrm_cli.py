"""Entry point of the frozen command line (``shopcrm`` on Linux, ``shopcrm-cli.exe`` on Windows).

The same as the ``shopcrm`` console script of a pip install: ``--self-test``, ``demo``,
and with no command it opens the window.
"""

from __future__ import annotations

import sys

from shopcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
