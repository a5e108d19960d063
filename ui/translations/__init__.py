"""CaseVault's compiled UI catalogues, casevault_<lang>.qm, shipped with the package.

They are compiled from translations/casevault_<lang>.ts by translations/update_ts.py (pyside6-lrelease,
whose output is byte-for-byte reproducible) and kept in git, so that any install of the package, not
only a checkout set up by scripts/setup.sh, has them. tests/ui/test_i18n.py checks that they match
their .ts sources. desktop.i18n loads them from this folder."""
