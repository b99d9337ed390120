#!/usr/bin/env bash
# Makes dist/toggl-tui-<version>-linux-<arch>.tar.gz: a statically linked release of toggl-tui in
# the layout scripts/install.sh installs (bin/, libexec/toggl-tui/, share/man/man1/, share/…/completions,
# share/doc/toggl-tui/), under one top folder, and checks that neither binary needs a Swift library.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$repo_root/dist"
install_args=()

usage() {
  cat <<EOF
Usage: scripts/package.sh [options]

Builds toggl-tui as scripts/install.sh does (release, Swift runtime linked statically) and makes
  dist/toggl-tui-<version>-linux-<arch>.tar.gz
holding toggl-tui-<version>-linux-<arch>/{bin,libexec,share}. Install it with
  tar xzf toggl-tui-<version>-linux-<arch>.tar.gz -C ~/.local --strip-components=1
Fails when ldd shows either binary needing a Swift library (libswift*, libFoundation*,
lib_Foundation*, libdispatch, libBlocksRuntime): it must run where no Swift is installed.
The version is TogglTUIVersion.current (Sources/TogglAPI/TogglTUIVersion.swift).

Options:
  --binary PATH        package this already built toggl-tui instead of building one
  --scratch-path DIR   the release build's folder (default: .build-release in the checkout)
  --no-strip           keep the binary's symbol table and debug info
  --output DIR         where the tarball goes (default: dist in the checkout)
  -h, --help           show this help
EOF
}

fail() { printf 'package.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --binary|--scratch-path)
      [ $# -ge 2 ] || fail "$1 needs a value"; install_args+=("$1" "$2"); shift 2 ;;
    --binary=*|--scratch-path=*|--no-strip) install_args+=("$1"); shift ;;
    --output) [ $# -ge 2 ] || fail "--output needs a folder"; output="$2"; shift 2 ;;
    --output=*) output="${1#*=}"; shift ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

version_file="$repo_root/Sources/TogglAPI/TogglTUIVersion.swift"
version="$(sed -n 's/^ *public static let current = "\([^"]*\)".*/\1/p' "$version_file")"
[ -n "$version" ] || fail "no version found in $version_file"
arch="$(uname -m)"
case "$arch" in amd64) arch=x86_64 ;; arm64) arch=aarch64 ;; esac
name="toggl-tui-$version-linux-$arch"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"

"$repo_root/scripts/install.sh" --quiet "${install_args[@]}" "$stage"
binary="$stage/bin/toggl-tui"
# The tarball is unpacked anywhere (usually ~/.local): its reminder unit names the usual place.
sed -i "s|^ExecStart=.*|ExecStart=%h/.local/bin/toggl-tui remind|" "$stage/share/systemd/user/toggl-tui-remind.service"

shown="$("$binary" --version)"
[ "$shown" = "$version" ] || fail "the binary says it is version '$shown', TogglTUIVersion.swift says '$version'"

# check BINARY NAME: the binary needs no Swift library, nothing missing, no built-in search path.
check() {
  local binary="$1" shown_name="$2" libraries swift_libraries missing runpath
  libraries="$(ldd "$binary")" || fail "ldd could not read $binary"
  if command -v readelf >/dev/null 2>&1; then
    echo "$shown_name links (ELF NEEDED; ldd lists $(printf '%s\n' "$libraries" | grep -c '=>') with their own dependencies):"
    readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/  \1/p'
  else
    echo "ldd $shown_name:"
    printf '%s\n' "$libraries" | sed 's/^/  /'
  fi
  swift_libraries="$(printf '%s\n' "$libraries" | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' || true)"
  [ -z "$swift_libraries" ] || fail "$shown_name needs Swift libraries, which users do not have (build it with --static-swift-stdlib):
$swift_libraries"
  missing="$(printf '%s\n' "$libraries" | grep 'not found' || true)"
  [ -z "$missing" ] || fail "libraries not found on this machine:
$missing"
  if command -v readelf >/dev/null 2>&1; then
    # SwiftPM sets RUNPATH $ORIGIN (the binary's folder); any other built-in path (the toolchain's) is not for users.
    runpath="$(readelf -d "$binary" | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]/\1/p' | tr ':' '\n' | grep -vx '[$]ORIGIN' || true)"
    [ -z "$runpath" ] || fail "$shown_name has a library search path built in: $runpath"
  fi
}
check "$binary" "$name/bin/toggl-tui"
program="$stage/libexec/toggl-tui/toggl-tui"
[ -x "$program" ] || fail "no program at libexec/toggl-tui/toggl-tui (the launcher was not built?)"
check "$program" "$name/libexec/toggl-tui/toggl-tui"

# Reproducible: sorted names, no owners, every file dated at the last commit.
stamp="$(git -C "$repo_root" log -1 --format=%ct 2>/dev/null || echo 0)"
mkdir -p "$output"
tarball="$output/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -C "$work" -cf - "$name" | gzip -9n > "$tarball.tmp"
mv -f "$tarball.tmp" "$tarball"

echo "Made $tarball ($(du -h "$tarball" | cut -f1); the launcher $(du -h "$binary" | cut -f1), the program $(du -h "$program" | cut -f1)):"
tar tzf "$tarball" | sed 's/^/  /'
echo "Install: tar xzf $(basename "$tarball") -C ~/.local --strip-components=1"
