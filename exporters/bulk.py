"""What imports of many records share, whatever they read (an interchange file, a sheet).

Thread rule: `without_gc` changes a setting of the whole process; use it around work on the
vault's thread, and it restores the setting as it found it."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def without_gc() -> Iterator[None]:
    """No cyclic garbage collection while an import builds and writes its records: it makes millions
    of objects that stay alive until their batch is written (records, their fields, the vault's
    rows), and the collector walked them all again and again (a tenth of an interchange import, a
    sixth of a sheet's dry run). Reference counting frees what is dropped as usual; the collector
    runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
