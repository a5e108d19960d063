"""PDF dossiers of one case (issue 5). See exporters.pdf.dossier for the entry points; no Qt here."""

from exporters.pdf.dossier import (
    Dossier,
    DossierError,
    DossierOptions,
    build_dossier,
    dossier_case_file,
    export_case_dossier,
    render_dossier,
    write_dossier,
)
from exporters.pdf.encrypt import PASSWORD_NOTE, PasswordError
from exporters.pdf.fonts import FontError, MissingFontError

__all__ = ["PASSWORD_NOTE", "Dossier", "DossierError", "DossierOptions", "FontError", "MissingFontError",
           "PasswordError", "build_dossier", "dossier_case_file", "export_case_dossier", "render_dossier",
           "write_dossier"]
