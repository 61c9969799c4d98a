# Shared by scripts/*: idempotent, version-pinned installs of every tool the project needs.
# Everything comes from the package registries (crates.io, npm, Debian); no tool downloads anything itself.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root (or sudo)" >&2; return 1; fi
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "error: Rust is not installed (https://rustup.rs), stable 1.85 or newer" >&2; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # scripts/test checks formatting and lints.
  local c
  for c in rustfmt clippy; do
    if [ -z "$(rustup component list --installed 2>/dev/null | grep "^$c")" ]; then
      say "adding the $c component"
      rustup component add "$c"
    fi
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matching Cargo.lock)"
    # Not --locked: its lockfile wants a crate version the registry may lack; the CLI version itself is exact.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_npm() {
  command -v npm >/dev/null || { echo "error: Node.js 18+ with npm is required" >&2; exit 1; }
  # wasm-opt (binaryen 132), the three browser drivers and axe-core, pinned in package-lock.json. npm runs no
  # install script (--ignore-scripts; none is needed), so no driver or browser is ever downloaded.
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (binaryen, playwright-core, puppeteer-core, webdriverio, axe-core)"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  fi
}

# Debian's browsers, never a tool's own download: Chromium (the full suite), Firefox ESR and WebKitGTK's
# MiniBrowser with its WebDriver (the reader journeys), Xvfb for WebKit's window, and CJK fonts for all three.
ensure_browsers() {
  local need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  command -v firefox-esr >/dev/null || need+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || need+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || need+=(xvfb)
  has_cjk_font || need+=(fonts-noto-cjk)
  if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# Whether Noto Sans CJK is installed (not `fc-list | grep -q`: grep's early exit fails the pipeline under
# pipefail, and the install then ran on every call).
has_cjk_font() {
  [ -n "$(fc-list 'Noto Sans CJK JP' family 2>/dev/null)" ]
}

# The font the link-preview images are drawn with (src/prerender/preview.rs): Noto Sans CJK, from Debian or
# Ubuntu (fonts-noto-cjk).
ensure_fonts() {
  if ! has_cjk_font; then
    say "installing fonts-noto-cjk (for the link-preview images)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
  fi
}

# Tools to build the site.
ensure_build_tools() {
  ensure_rust
  ensure_npm
  ensure_trunk
  ensure_wasm_bindgen
  ensure_fonts
}
