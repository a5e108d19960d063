"""The wizard bringing back an exported Cases sheet after the vault changed: the check page says
which records keep the vault's values and which become conflicts before anything is written, and
the import leaves the vault's version in place with the conflict to resolve."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QWizard

from db.vault import Vault
from exporters.tables_export import export_tables
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock
from tests.ui.test_import_table_wizard import LEFT, choose_sheet, next_page, open_wizard, shot


def test_a_sheet_and_the_vault_that_both_changed_a_case_give_a_conflict(qtbot, window, demo_path, tmp_path,
                                                                         dialogs):
    with Vault.open(demo_path, PASSPHRASE) as v:
        export_tables(v, tmp_path / "out")
        cases = sorted(v.repos.cases.all(), key=lambda c: c.reference)
        both, vault_only = cases[0], cases[1]
        for case, title in ((both, "Renamed in the vault"), (vault_only, "Also renamed in the vault")):
            case.title = title
            v.repos.cases.update(case)
    path = tmp_path / "out" / "cases.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[[r[0] for r in rows].index(both.id)][rows[0].index("title")] = "Renamed in the sheet"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)

    unlock(qtbot, window, demo_path)
    wizard = open_wizard(qtbot, window)
    choose_sheet(qtbot, wizard, dialogs, path)
    combo = wizard.file_page.mapping
    combo.setCurrentIndex(combo.findData("casevault_cases"))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None, timeout=TIMEOUT)
    text = check.summary.text()
    assert "1 record(s) changed in the vault since" in text and "1 record(s) changed both" in text, text
    shot(wizard, "wizard-reimport-check")
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as signal:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert signal.args[0].conflicts == 1
    assert "1 conflict(s) wait for your choice" in dialogs.shown[-1][2]
