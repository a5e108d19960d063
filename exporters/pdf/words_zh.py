"""Simplified-Chinese words of dossiers, keyed by the English text (exporters.pdf.words); traditional
Chinese is made from them."""

ZH: dict[str, str] = {}
