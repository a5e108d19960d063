"""Entry point of the bundled desktop app (PyInstaller runs this file as __main__)."""

import sys

from desktop.app import main

sys.exit(main())
