# Shared helpers for scripts/run and scripts/test. Each ensure_* installs only what is missing,
# so a fresh machine gets everything and a warm one loses no time.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_apt PACKAGE... : installs the Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_build_tools() {
  ensure_apt build-essential pkg-config libpq-dev
  rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
}

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local wanted
  wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "Installing wasm-bindgen-cli $wanted (once, about 2 minutes)"
    cargo install -q wasm-bindgen-cli --version "$wanted"
  fi
}

# Binaryen's wasm-opt, from npm (Debian's is too old for what Rust emits), kept under target/.
BINARYEN_VERSION=132.0.0
WASM_OPT=target/tools/binaryen/node_modules/binaryen/bin/wasm-opt
ensure_wasm_opt() {
  if [ ! -x "$WASM_OPT" ]; then
    command -v npm >/dev/null || ensure_apt nodejs npm
    say "Installing binaryen $BINARYEN_VERSION (wasm-opt, once)"
    mkdir -p target/tools/binaryen
    npm install --silent --prefix target/tools/binaryen "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
}

# Builds the web app into dist/: the wasm (optimised for size: phones on mobile data load it),
# its JS glue, index.html and the static files.
build_web() {
  ensure_wasm_bindgen
  ensure_wasm_opt
  say "Building the web app"
  cargo build -q --profile release-web --target wasm32-unknown-unknown -p logbook-web
  rm -rf dist && mkdir -p dist
  wasm-bindgen --target web --no-typescript --out-dir dist --out-name logbook \
    target/wasm32-unknown-unknown/release-web/logbook-web.wasm
  "$WASM_OPT" -Oz dist/logbook_bg.wasm -o dist/logbook_bg.wasm
  cp web/index.html dist/
  cp -r web/static/. dist/
}

# start_postgres: a throwaway PostgreSQL cluster on a free port; sets PG_URL and stops it on exit.
# PG_SETTINGS adds server settings ("-c name=value …").
start_postgres() {
  ensure_apt postgresql
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  PG_DIR=$(mktemp -d)
  as_root chown postgres "$PG_DIR"
  as_root runuser -u postgres -- "$bin/initdb" -A trust -U postgres -D "$PG_DIR/data" >/dev/null
  as_root runuser -u postgres -- "$bin/pg_ctl" -s -w -D "$PG_DIR/data" -l "$PG_DIR/log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=300 ${PG_SETTINGS:-}" start
  trap 'as_root runuser -u postgres -- "'"$bin"'/pg_ctl" -s -D "'"$PG_DIR"'/data" -m immediate stop; rm -rf "'"$PG_DIR"'"' EXIT
  PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
}
