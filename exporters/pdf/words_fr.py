"""French words of dossiers, keyed by the English text (exporters.pdf.words)."""

FR: dict[str, str] = {}
