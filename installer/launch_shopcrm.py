"""Entry point of the frozen ShopCRM window (the ``ShopCRM`` executable).

PyInstaller runs this file as ``__main__``; it does what the ``shopcrm-gui`` gui-script
does in a pip install: ``ui.app.main()`` with the command line (``--db PATH``).
"""

from __future__ import annotations

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
