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
# The wasm32 standard library: a machine's default toolchain may come without it.
ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

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

# axe-core, the accessibility checker the browser suite injects into each page.
AXE_VERSION=4.14.1
AXE_JS=target/tools/axe/node_modules/axe-core/axe.min.js
ensure_axe() {
  if [ ! -f "$AXE_JS" ] || ! grep -q "axe v$AXE_VERSION" "$AXE_JS"; then
    command -v npm >/dev/null || ensure_apt nodejs npm
    say "Installing axe-core $AXE_VERSION (once)"
    mkdir -p target/tools/axe
    npm install --silent --prefix target/tools/axe "axe-core@$AXE_VERSION" >/dev/null
  fi
  export LOGBOOK_AXE_JS="$ROOT/$AXE_JS"
}

# Builds the web app into dist/: the wasm (optimised for size: phones on mobile data load it),
# its JS glue, index.html and the static files. The wasm, the glue and the style sheet get
# content-hashed names, which the server lets browsers keep for good; every text file also
# gets brotli and gzip copies, which the server sends to browsers that accept them.
build_web() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
  ensure_apt brotli
  say "Building the web app"
  local work=target/web-build
  rm -rf dist "$work" && mkdir -p dist/i18n "$work"
  cp -r web/static/. "$work/"
  local css
  css=$(hashed_copy "$work/app.css")
  # The outbox (`web/outbox.js`), shared by the page and the service worker.
  OUTBOX=$(hashed_copy web/outbox.js)
  # Installing the app: its manifest and icons, under names the manifest gives.
  cp web/static/manifest.webmanifest web/static/icon*.png web/static/icon.svg dist/
  # Two bundles of the same app: the field bundle (a youth worker's pages, small for mobile
  # data) opens at index.html, the whole app at office.html; the server picks the page by
  # path (api/src/web_app.rs), and the field bundle reloads into the whole app for the rest.
  # (Not `$(build_bundle …)`: in a command substitution a failing step would not stop us.)
  local field_files whole_files
  build_bundle logbook-field index.html "$css" --features field
  field_files=$BUNDLE_FILES
  build_bundle logbook office.html "$css"
  whole_files=$BUNDLE_FILES
  # The service worker keeps these on the device (the whole app once opened); its version
  # changes with any of them.
  local shell="['/index.html', '/$css', '/$OUTBOX', $field_files]" later="['/office.html', $whole_files]"
  sed -e "s#__SHELL__#$shell#" -e "s#__LATER__#$later#" -e "s#/outbox.js#/$OUTBOX#" \
    -e "s#__VERSION__#$(echo "$shell $later" | sha256sum | cut -c1-16)#" web/sw.js >dist/sw.js
  # English is built into the app; the other languages are fetched when chosen.
  cp web/i18n/*.ftl dist/i18n/ && rm dist/i18n/en.ftl
  find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.ftl' \
    -o -name '*.svg' -o -name '*.webmanifest' \) \
    -exec brotli -q 11 -k -f {} \; -exec gzip -9 -k -n -f {} \;
}

# build_bundle NAME PAGE CSS [CARGO FLAGS…]: builds the web app (with the flags), writes its
# files as NAME-<hash>.js/.wasm and its boot script into dist/, and PAGE as the HTML that starts
# it; leaves the files as a JavaScript list's items for the service worker in BUNDLE_FILES.
build_bundle() {
  local name=$1 page=$2 css=$3 work=target/web-build
  shift 3
  cargo build -q --profile release-web --target wasm32-unknown-unknown -p logbook-web "$@"
  wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name "$name" \
    target/wasm32-unknown-unknown/release-web/logbook-web.wasm
  "$WASM_OPT" -Oz "$work/${name}_bg.wasm" -o "$work/${name}_bg.wasm"
  local wasm js boot
  wasm=$(hashed_copy "$work/${name}_bg.wasm")
  js=$(hashed_copy "$work/$name.js")
  sed -e "s#/logbook_bg.wasm#/$wasm#g" -e "s#/logbook.js#/$js#g" -e "s#/outbox.js#/$OUTBOX#g" \
    web/boot.js >"$work/boot-$name.js"
  boot=$(hashed_copy "$work/boot-$name.js")
  sed -e "s#/logbook_bg.wasm#/$wasm#g" -e "s#/logbook.js#/$js#g" -e "s#/app.css#/$css#g" \
    -e "s#/boot.js#/$boot#g" web/index.html >"dist/$page"
  BUNDLE_FILES="'/$wasm', '/$js', '/$boot'"
}

# hashed_copy FILE: copies FILE into dist/ as NAME-<first 16 hex of its SHA-256>.EXT and prints
# the new name.
hashed_copy() {
  local file=$1 name extension hash
  name=$(basename "$file")
  extension=${name##*.}
  hash=$(sha256sum "$file" | cut -c1-16)
  cp "$file" "dist/${name%.*}-$hash.$extension"
  echo "${name%.*}-$hash.$extension"
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
  PG_BIN=$bin
  PG_OPTIONS="-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=300 ${PG_SETTINGS:-}"
  as_root runuser -u postgres -- "$bin/pg_ctl" -s -w -D "$PG_DIR/data" -l "$PG_DIR/log" -o "$PG_OPTIONS" start
  trap 'as_root runuser -u postgres -- "'"$bin"'/pg_ctl" -s -D "'"$PG_DIR"'/data" -m immediate stop; rm -rf "'"$PG_DIR"'"' EXIT
  PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

# postgres_fsync_on: restarts the throwaway cluster with fsync on, as a production server runs
# (the durability tests need it; the rest run faster without).
postgres_fsync_on() {
  as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -s -w -D "$PG_DIR/data" -l "$PG_DIR/log" \
    -o "$PG_OPTIONS -c fsync=on" restart
}

# The OpenAPI document and a client generated from it (issue 13). Exact versions: a new
# generator may read the same document differently.
OPENAPI_SPEC_VALIDATOR_VERSION=0.9.0
OPENAPI_PYTHON_CLIENT_VERSION=0.29.1
PYCLIENT_HTTPX_VERSION=0.28.1 # what the generated client sends its requests with
PYCLIENT_VENV=target/tools/pyclient

# ensure_pyclient_tools: a venv with the validator and the generator, made once.
ensure_pyclient_tools() {
  local wanted="openapi-spec-validator==$OPENAPI_SPEC_VALIDATOR_VERSION openapi-python-client==$OPENAPI_PYTHON_CLIENT_VERSION httpx==$PYCLIENT_HTTPX_VERSION"
  if [ "$(cat "$ROOT/$PYCLIENT_VENV/pinned" 2>/dev/null)" != "$wanted" ]; then
    say "Installing openapi-spec-validator $OPENAPI_SPEC_VALIDATOR_VERSION and openapi-python-client $OPENAPI_PYTHON_CLIENT_VERSION (once)"
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
      || { echo "The generated client needs Python 3.11 or later (python3 is $(python3 -V))" >&2; return 1; }
    python3 -c 'import ensurepip, venv' 2>/dev/null || ensure_apt python3-venv
    rm -rf "${ROOT:?}/$PYCLIENT_VENV"
    python3 -m venv "$ROOT/$PYCLIENT_VENV" || return 1
    # shellcheck disable=SC2086 # $wanted is a list of requirements
    "$ROOT/$PYCLIENT_VENV/bin/pip" install -q --disable-pip-version-check $wanted || return 1
    echo "$wanted" >"$ROOT/$PYCLIENT_VENV/pinned"
  fi
}

# quietly LOG WHAT COMMAND...: runs COMMAND with its output in LOG; prints LOG and WHAT only
# when it fails.
quietly() {
  local log=$1 what=$2
  shift 2
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    printf '\n\033[1;31mFAILED: %s\033[0m\n' "$what" >&2
    return 1
  fi
}

# check_openapi_and_generated_client: validates openapi/openapi.json as OpenAPI 3.1, generates
# a Python client from it into target/generated-client (anew each time), and runs an
# integrator's scenario (tests/client/scenario.py) through that client against
# target/debug/logbook serving a fresh demo database. The caller builds the server first
# (`cargo build -q -p logbook-api`, or as scripts/test builds it). Silent when all is well;
# on failure prints what failed and the server's log. Runs in a subshell: its own EXIT trap
# always stops the server.
check_openapi_and_generated_client() (
  set -euo pipefail
  ensure_pyclient_tools || exit 1
  local venv="$ROOT/$PYCLIENT_VENV" server="$ROOT/target/debug/logbook"
  local out="$ROOT/target/generated-client" work port pid=""
  work=$(mktemp -d)
  trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
  trap 'exit 130' INT TERM

  quietly "$work/validate.log" "openapi/openapi.json is not valid OpenAPI (openapi-spec-validator $OPENAPI_SPEC_VALIDATOR_VERSION)" \
    "$venv/bin/openapi-spec-validator" "$ROOT/openapi/openapi.json" || exit 1

  rm -rf "$out" && mkdir -p "$out"
  # --fail-on-warning: a warning means an operation or schema left out of the client.
  # The generator's formatting hooks run ruff from the venv.
  quietly "$work/generate.log" "openapi-python-client $OPENAPI_PYTHON_CLIENT_VERSION could not generate a complete client from openapi/openapi.json" \
    env PATH="$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate \
    --path "$ROOT/openapi/openapi.json" --config "$ROOT/tests/client/generator.yaml" \
    --meta none --output-path "$out/logbook_client" --overwrite --fail-on-warning || exit 1

  if [ ! -x "$server" ]; then
    printf '\033[1;31mFAILED: %s is missing; build it first (cargo build -q -p logbook-api)\033[0m\n' "$server" >&2
    exit 1
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # A database of its own: the caller's DATABASE_URL is not this server's.
  local -a settings=(env -u DATABASE_URL LOGBOOK_DATA_DIR="$work/data" LOGBOOK_WEB_DIR="$work/no-web"
    LOGBOOK_BIND="127.0.0.1:$port" LOGBOOK_JWT_SECRET="generated-client-scenario-$(date +%s%N)-secret"
    RUST_LOG=warn)
  mkdir -p "$work/data"
  quietly "$work/seed.log" "logbook seed-demo failed" "${settings[@]}" "$server" seed-demo || exit 1
  "${settings[@]}" "$server" serve >"$work/server.log" 2>&1 &
  pid=$!
  local waited=0
  until python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
    "http://127.0.0.1:$port/healthz" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 300 ]; then
      cat "$work/server.log" >&2
      printf '\n\033[1;31mFAILED: the server did not answer /healthz on port %s\033[0m\n' "$port" >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done

  if ! PYTHONPATH="$out" "$venv/bin/python" "$ROOT/tests/client/scenario.py" "http://127.0.0.1:$port" \
    >"$work/scenario.log" 2>&1; then
    cat "$work/scenario.log" >&2
    printf '\n--- the server'"'"'s log (last 40 lines) ---\n' >&2
    tail -n 40 "$work/server.log" >&2
    printf '\n\033[1;31mFAILED: the integrator'"'"'s scenario through the generated client (tests/client/scenario.py)\033[0m\n' >&2
    exit 1
  fi
)
