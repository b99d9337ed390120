#!/usr/bin/env bash
# Builds toggl-tui as a release with the Swift runtime linked in statically, and installs it with
# its man pages, shell completions and example config under PREFIX (default ~/.local).
# Run it again to update: every file is replaced, pages of commands that are gone are removed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
resources="$repo_root/Resources"
prefix="${HOME:?HOME is not set}/.local"
binary=""
scratch="$repo_root/.build-release"
quiet=0
strip_binary=1

usage() {
  cat <<EOF
Usage: scripts/install.sh [options] [PREFIX]

Builds toggl-tui (swift build -c release --static-swift-stdlib: the installed binaries need no
Swift toolchain or runtime, only libc, libstdc++, libncursesw and libcurl) and installs:

  PREFIX/bin/toggl-tui                  the launcher: answers a status bar's `status` itself,
                                        runs the program for everything else
  PREFIX/libexec/toggl-tui/toggl-tui    the program (the UI and every command)
  PREFIX/share/man/man1/toggl-tui.1, toggl-tui-<command>.1   (man toggl-tui)
  PREFIX/share/bash-completion/completions/toggl-tui
  PREFIX/share/zsh/site-functions/_toggl-tui
  PREFIX/share/fish/vendor_completions.d/toggl-tui.fish
  PREFIX/share/doc/toggl-tui/config.example.ini             (every option, explained)

PREFIX defaults to ~/.local (no root needed); /usr/local needs root. Running it again updates
the installation in place. The build needs Swift 6 and the development files of libcurl and
ncursesw; on Debian or Ubuntu missing ones are installed with apt-get (as root, or with sudo).

Options:
  --binary PATH        install this already built toggl-tui instead of building one (with the
                       toggl-tui-launcher beside it, if there is one)
  --scratch-path DIR   the release build's folder (default: .build-release in the checkout)
  --no-strip           keep the symbol table and debug info (about 30 MB more; names in crash
                       backtraces)
  -q, --quiet          print only errors
  -h, --help           show this help
EOF
}

say() { [ "$quiet" -eq 1 ] || printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --binary) [ $# -ge 2 ] || fail "--binary needs a path"; binary="$2"; shift 2 ;;
    --binary=*) binary="${1#*=}"; shift ;;
    --scratch-path) [ $# -ge 2 ] || fail "--scratch-path needs a folder"; scratch="$2"; shift 2 ;;
    --scratch-path=*) scratch="${1#*=}"; shift ;;
    --no-strip) strip_binary=0; shift ;;
    -q|--quiet) quiet=1; shift ;;
    --) shift; break ;;
    -*) fail "unknown option '$1' (see --help)" ;;
    *) break ;;
  esac
done
if [ $# -gt 1 ]; then fail "one PREFIX at most, got: $* (see --help)"; fi
if [ $# -eq 1 ]; then prefix="$1"; fi
[ -n "$prefix" ] || fail "PREFIX is empty"
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

# The Swift toolchain: `swift` on PATH, else the usual install locations.
find_swift() {
  local candidate
  for candidate in "$(command -v swift 2>/dev/null || true)" /opt/swift/usr/bin/swift /usr/share/swift/usr/bin/swift; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then printf '%s\n' "$candidate"; return 0; fi
  done
  fail "no Swift toolchain found (swift on PATH, /opt/swift). Install Swift 6 from https://swift.org/install, or install a release tarball instead (see README, Install)."
}

# Whether the linker can find lib$1.so (the development symlink, not just the runtime library).
has_dev_library() {
  local dir
  for dir in /usr/lib/*-linux-gnu /usr/lib /usr/lib64 /usr/local/lib; do
    if [ -e "$dir/lib$1.so" ]; then return 0; fi
  done
  return 1
}

# libcurl's and ncursesw's development files: a static Foundation links libcurl itself
# (URLSession), the terminal UI links ncursesw.
ensure_build_dependencies() {
  local missing=()
  has_dev_library curl || missing+=(libcurl4-openssl-dev)
  if ! has_dev_library ncursesw || [ ! -e /usr/include/ncursesw/curses.h ]; then missing+=(libncurses-dev); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local run=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then run=(sudo); else
      fail "missing build dependencies: ${missing[*]}. Install them as root: apt-get install ${missing[*]}"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 \
    || fail "missing the development files of: ${missing[*]} (Debian/Ubuntu package names). Install your system's equivalents (libcurl and ncursesw with headers), then run this again."
  say "Installing build dependencies: ${missing[*]}"
  "${run[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq "${missing[@]}" \
    || fail "could not install ${missing[*]}; install them yourself and run this again."
}

build() {
  local swift bin_path
  swift="$(find_swift)"
  ensure_build_dependencies
  say "Building toggl-tui (release, Swift runtime linked statically) in $scratch; the first build takes a while…"
  local flags=(-c release --static-swift-stdlib --scratch-path "$scratch") product
  for product in toggl-tui toggl-tui-launcher; do
    if [ "$quiet" -eq 1 ]; then
      "$swift" build "${flags[@]}" --product "$product" >/dev/null
    else
      "$swift" build "${flags[@]}" --product "$product"
    fi
  done
  bin_path="$("$swift" build "${flags[@]}" --show-bin-path)"
  binary="$bin_path/toggl-tui"
}

if [ -z "$binary" ]; then build; fi
[ -x "$binary" ] || fail "no executable toggl-tui at $binary"
launcher="$(dirname "$binary")/toggl-tui-launcher"
# An installed tree's bin/toggl-tui (a tarball's) is the launcher; its program is in libexec.
if [ ! -x "$launcher" ] && [ -x "$(dirname "$binary")/../libexec/toggl-tui/toggl-tui" ]; then
  launcher="$binary"
  binary="$(dirname "$binary")/../libexec/toggl-tui/toggl-tui"
fi
[ -d "$resources/man/man1" ] || fail "no man pages in $resources/man/man1 (is this a toggl-tui checkout?)"

bin_dir="$prefix/bin"
libexec_dir="$prefix/libexec/toggl-tui"
man_dir="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
doc_dir="$prefix/share/doc/toggl-tui"
systemd_dir="$prefix/share/systemd/user"

install -d -m 0755 "$bin_dir" "$man_dir" "$bash_dir" "$zsh_dir" "$fish_dir" "$doc_dir" "$systemd_dir"

# place SOURCE DEST: installs beside, then renames — a running toggl-tui keeps its binary, a
# failed copy leaves the old one.
place() {
  install -m 0755 "$1" "$2.new"
  if [ "$strip_binary" -eq 1 ]; then
    if command -v strip >/dev/null 2>&1; then strip "$2.new"; else say "(strip not found: $(basename "$2") keeps its symbols)"; fi
  fi
  mv -f "$2.new" "$2"
}

# The program. libcurl is loaded by its first request (CCurlLazy), so a run without one need
# not load it and the ~30 libraries behind it: drop the NEEDED entry the toolchain always adds.
# A binary this does not fit (a dynamic build, no python3) keeps it and works as before.
program="$bin_dir/toggl-tui"
[ -x "$launcher" ] && { install -d -m 0755 "$libexec_dir"; program="$libexec_dir/toggl-tui"; }
place "$binary" "$program"
if [ -x "$repo_root/scripts/drop-needed.py" ] && command -v python3 >/dev/null 2>&1; then
  if ! python3 "$repo_root/scripts/drop-needed.py" "$program" libcurl.so.4 >/dev/null 2>&1; then
    say "(libcurl stays linked at start: this binary does not load it lazily)"
  fi
fi
# The launcher, first on the PATH: `status` from the status card in a few milliseconds.
if [ -x "$launcher" ]; then
  place "$launcher" "$bin_dir/toggl-tui"
else
  say "(no toggl-tui-launcher beside $binary: the program itself is bin/toggl-tui)"
  rm -f "$libexec_dir/toggl-tui"
fi
rm -f "$man_dir/toggl-tui.1" "$man_dir"/toggl-tui-*.1
install -m 0644 "$resources"/man/man1/*.1 "$man_dir/"
install -m 0644 "$resources/completions/toggl-tui.bash" "$bash_dir/toggl-tui"
install -m 0644 "$resources/completions/_toggl-tui" "$zsh_dir/_toggl-tui"
install -m 0644 "$resources/completions/toggl-tui.fish" "$fish_dir/toggl-tui.fish"
install -m 0644 "$resources/config.example.ini" "$doc_dir/config.example.ini"
# The reminder's user units, with this install's binary in place of @BINDIR@.
sed "s|@BINDIR@|$bin_dir|g" "$resources/systemd/toggl-tui-remind.service" > "$systemd_dir/.toggl-tui-remind.service.new"
chmod 0644 "$systemd_dir/.toggl-tui-remind.service.new"
mv -f "$systemd_dir/.toggl-tui-remind.service.new" "$systemd_dir/toggl-tui-remind.service"
install -m 0644 "$resources/systemd/toggl-tui-remind.timer" "$systemd_dir/toggl-tui-remind.timer"

installed_version="$("$bin_dir/toggl-tui" --version 2>&1)" || fail "the installed toggl-tui does not run: $installed_version"
say "Installed toggl-tui $installed_version under $prefix:"
say "  $bin_dir/toggl-tui"
[ "$program" = "$bin_dir/toggl-tui" ] || say "  $program"
say "  $man_dir/toggl-tui.1 and $(find "$resources/man/man1" -name 'toggl-tui-*.1' | wc -l | tr -d ' ') command pages"
say "  $bash_dir/toggl-tui"
say "  $zsh_dir/_toggl-tui"
say "  $fish_dir/toggl-tui.fish"
say "  $doc_dir/config.example.ini"
say "  $systemd_dir/toggl-tui-remind.service and .timer (reminders: systemctl --user enable --now toggl-tui-remind.timer)"
case ":${PATH:-}:" in
  *":$bin_dir:"*) ;;
  *) say "Add $bin_dir to your PATH to run it (and for man to find its pages): export PATH=\"$bin_dir:\$PATH\"" ;;
esac
say "zsh: add  fpath=($zsh_dir \$fpath)  before compinit in ~/.zshrc if completions do not load."
say "Try it without an account: toggl-tui --demo"
