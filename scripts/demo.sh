#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), create a demo vault of fictional cases, and start CaseVault
# on it. The demo vault's passphrase is "demo" (never use such a passphrase for real cases).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
VAULT="${1:-demo.cvault}"
if [ ! -e "$VAULT" ]; then
  CASEVAULT_PASSPHRASE=demo .venv/bin/casevault demo "$VAULT"
fi
echo "Demo vault: $VAULT   passphrase: demo" >&2
if .venv/bin/python -c "import desktop.app" 2>/dev/null; then
  exec .venv/bin/casevault-gui "$VAULT"
else
  CASEVAULT_PASSPHRASE=demo .venv/bin/casevault cases "$VAULT"
  echo "(the desktop app is not built yet: use the command line, e.g. .venv/bin/casevault show $VAULT CV-2024-001)" >&2
fi
