#!/usr/bin/env bash
# Drives the real toggl-tui binary (demo mode) under a private tmux server, captures scenes
# with their colours (`tmux capture-pane -e -p`) and renders each as screenshots/<name>.svg.
#
#   scripts/screenshots.sh            # build, capture, render
#   KEEP_ANSI=1 scripts/screenshots.sh   # also keep the raw captures (screenshots/*.ansi)
#
# Everything runs in a throw-away HOME/XDG folder with a fresh demo account, so it never
# touches your own data or tmux sessions. Waiting is by polling the screen for markers.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/screenshots
bin=$repo/.build/debug/toggl-tui
timeout_s=${SCREENSHOT_TIMEOUT:-20}

export LC_ALL=C.UTF-8 LANG=C.UTF-8

tmp=$(mktemp -d "${TMPDIR:-/tmp}/toggl-tui-screens.XXXXXX")
sock=$tmp/tmux.sock   # a private server: never the user's tmux
session=shot

tm() { tmux -S "$sock" -f "$tmp/tmux.conf" "$@"; }

cleanup() {
    tmux -S "$sock" kill-server 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '==> %s\n' "$*" >&2; }

fail() {
    printf 'error: %s\n--- screen ---\n' "$*" >&2
    tm capture-pane -p -S - -t "$session" >&2 2>/dev/null || true
    exit 1
}

# The plain text of the screen.
screen() { tm capture-pane -p -t "$session"; }
# The screen and the lines scrolled off it (the goodbye line can land there).
scrollback() { tm capture-pane -p -S - -t "$session"; }

# wait_for TEXT...: polls until every TEXT is on the screen (or fails after $timeout_s).
wait_for() {
    local deadline=$((SECONDS + timeout_s)) text missing
    while :; do
        local now
        now=$(screen)
        missing=
        for text in "$@"; do
            [[ $now == *"$text"* ]] || { missing=$text; break; }
        done
        [[ -z $missing ]] && return 0
        ((SECONDS < deadline)) || fail "timed out after ${timeout_s}s waiting for: $missing"
        sleep 0.05
    done
}

# wait_gone TEXT: polls until TEXT has left the screen.
wait_gone() {
    local deadline=$((SECONDS + timeout_s))
    while [[ $(screen) == *"$1"* ]]; do
        ((SECONDS < deadline)) || fail "timed out after ${timeout_s}s waiting for '$1' to go"
        sleep 0.05
    done
}

# wait_stable: two captures in a row agree, so no frame is half drawn. (The running timer
# changes once a second, so a few tries always find a quiet moment.)
wait_stable() {
    local deadline=$((SECONDS + timeout_s)) a b
    a=$(tm capture-pane -e -p -t "$session")
    while :; do
        sleep 0.1
        b=$(tm capture-pane -e -p -t "$session")
        [[ $a == "$b" ]] && return 0
        ((SECONDS < deadline)) || fail "the screen never settled"
        a=$b
    done
}

keys() { tm send-keys -t "$session" "$@"; }
type_text() { tm send-keys -t "$session" -l "$1"; }

# shoot NAME TITLE: captures the screen (with escapes) and renders screenshots/NAME.svg.
shoot() {
    local name=$1 title=$2 size cursor
    wait_stable
    tm capture-pane -e -p -t "$session" >"$tmp/$name.ansi"
    size=$(tm display -p -t "$session" '#{pane_width} #{pane_height}')
    cursor=$(tm display -p -t "$session" '#{cursor_flag} #{cursor_x},#{cursor_y}')
    local args=(--cols "${size% *}" --rows "${size#* }" --title "$title")
    [[ ${cursor%% *} == 1 ]] && args+=(--cursor "${cursor#* }")
    python3 "$repo/scripts/ansi2svg.py" "$tmp/$name.ansi" -o "$out/$name.svg" "${args[@]}"
    [[ -n ${KEEP_ANSI:-} ]] && cp "$tmp/$name.ansi" "$out/$name.ansi"
    log "$name: $(wc -c <"$out/$name.svg") bytes"
}

# The program runs under a shell that says how it ended (tmux does not always keep a dead pane's status).
# shellcheck disable=SC2016 # expanded by that shell, not this one
wrapper='"$0" "$@"; echo "[toggl-tui exited with $?]"'

# start_app COLS ROWS [HOME]: a fresh demo account in a new tmux server of that size, in the
# throw-away home $tmp/home-HOME (default COLSxROWS; a config may be put there first). The
# program's PATH is $app_path (default: this script's).
start_app() {
    local cols=$1 rows=$2 home=$tmp/home-${3:-${1}x$2}
    mkdir -p "$home"
    tmux -S "$sock" kill-server 2>/dev/null || true
    tm new-session -d -s "$session" -x "$cols" -y "$rows" \
        env -u NO_COLOR -u COLORTERM -u TMUX TERM=xterm-256color PATH="${app_path:-$PATH}" \
        HOME="$home" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" \
        XDG_CONFIG_HOME="$home/config" TOGGL_API_TOKEN= TOGGL_CONFIG="$home/none" \
        bash -c "$wrapper" "$bin" --demo --reset-demo
    local size
    size=$(tm display -p -t "$session" '#{pane_width}x#{pane_height}')
    [[ $size == "${cols}x$rows" ]] || fail "pane is $size, wanted ${cols}x$rows"
    wait_for "synced"
}

# quit_app: q, then the app must have restored the terminal and printed its goodbye.
quit_app() {
    keys q
    local deadline=$((SECONDS + timeout_s))
    until [[ $(scrollback) == *"Demo data kept in"* ]]; do
        ((SECONDS < deadline)) || fail "no 'Demo data kept in' line after q"
        sleep 0.05
    done
    # The wrapper shell says how the program ended (tmux does not always report a dead pane's
    # status): exit status 0, and the alternate screen left — curses gave the terminal back.
    until [[ $(scrollback) == *"[toggl-tui exited with "* ]]; do
        ((SECONDS < deadline)) || fail "toggl-tui did not exit"
        sleep 0.05
    done
    [[ $(scrollback) == *"[toggl-tui exited with 0]"* ]] || fail "toggl-tui did not exit with status 0"
    local alternate
    alternate=$(tm display -p -t "$session" '#{alternate_on}')
    [[ $alternate == 0 ]] || fail "toggl-tui left the terminal on the alternate screen"
}

command -v tmux >/dev/null || { echo "error: tmux is not installed" >&2; exit 1; }
printf 'set -g status off\nset -g remain-on-exit on\n' >"$tmp/tmux.conf"

log "building toggl-tui"
swift build --product toggl-tui
mkdir -p "$out"

log "120x40"
start_app 120 40
shoot main "toggl-tui: the main screen with a running timer"

keys s
wait_for "Start a timer"
type_text "Fix"
wait_for "Description  Fix" "Fix login redirect bug  Mobile App v2"
shoot start-editor "toggl-tui: starting a timer, with suggestions from earlier entries"

keys Tab
wait_for "enter picks"
keys Enter
wait_for "Pick a project"
type_text "mob"
wait_for "› mob" "Mobile App v2  Globex"
shoot picker "toggl-tui: the fuzzy project picker"

keys Enter
wait_gone "Pick a project"
wait_for "Mobile App v2 · Globex  enter picks"
keys BTab                       # back to Description: Enter there starts the timer
wait_for "enter start"
type_text " push badge count"
wait_for "Description  Fix push badge count"
keys Enter
wait_for "Started “Fix push badge count”"
wait_for "0:00:02  Fix push badge count"   # a stopped entry of 0:00:00 would look odd
keys x
wait_for "Stopped “Fix push badge count”" "No timer running"
shoot stopped "toggl-tui: the timer stopped, with the status message"

keys '?'
wait_for "Keys" "esc close"
shoot help "toggl-tui: the help overlay"
keys Escape
wait_gone "esc close"

keys w
wait_for "week of"
shoot week "toggl-tui: the week summary"
keys w
wait_for "Duration Description"

keys v
wait_for "Timeline ·" "move"
keys h
shoot timeline "toggl-tui: the day as a timeline, gaps and overlaps marked"
keys v
wait_for "Duration Description"

keys 5 j e
wait_for "Edit entry"
shoot edit "toggl-tui: editing a time entry"
keys Escape
wait_gone "Edit entry"
quit_app

log "80x24"
start_app 80 24
shoot compact "toggl-tui: the main screen in an 80x24 terminal"
keys v
wait_for "Timeline ·" "move"
shoot timeline-compact "toggl-tui: the timeline in an 80x24 terminal"
quit_app

log "time awareness: goals and idle time (120x40)"
# A config with goals, in this run's own throw-away home.
mkdir -p "$tmp/home-time/config/toggl-tui"
cat >"$tmp/home-time/config/toggl-tui/config" <<'INI'
[goals]
day = 8h
week = 40h
client "Acme Corp" = 12h/week
project "API Migration" = 2h/day
INI
# logind, as the app sees it: a stand-in loginctl first on PATH. The first question finds the
# session idle since 25 minutes ago (the screen locked over lunch), later ones in use again
# since now — what `loginctl show-session -p IdleHint -p IdleSinceHint` says on a desktop.
mkdir -p "$tmp/bin"
cat >"$tmp/bin/loginctl" <<SH
#!/bin/sh
printf '%s\n' "\$*" >>"$tmp/loginctl-args"
now=\$(date +%s)
if [ ! -e "$tmp/loginctl-asked" ]; then
    : >"$tmp/loginctl-asked"
    printf 'IdleHint=yes\nIdleSinceHint=%s000000\n' "\$((now - 25 * 60))"
else
    printf 'IdleHint=no\nIdleSinceHint=%s000000\n' "\$now"
fi
SH
chmod +x "$tmp/bin/loginctl"
app_path="$tmp/bin:$PATH" start_app 120 40 time
# The app asks once a timer runs and again 30 s later: idle, then back → the away dialog.
deadline=$((SECONDS + timeout_s))
until [[ -e $tmp/loginctl-asked ]]; do
    ((SECONDS < deadline)) || fail "toggl-tui never asked loginctl"
    sleep 0.1
done
timeout_s=$((timeout_s + 40)) wait_for "You were away" "while"
[[ $(head -n1 "$tmp/loginctl-args") == "show-session -p IdleHint -p IdleSinceHint -- "* ]] \
    || fail "loginctl was asked: $(head -n1 "$tmp/loginctl-args")"
shoot away "toggl-tui: back after the session was idle, what to do with the away time"
keys k
wait_gone "You were away"
shoot goals "toggl-tui: today's goal in the timer pane"
keys w
wait_for "week of"
shoot week-goals "toggl-tui: the week against its goals"
quit_app

log "done: $(ls "$out"/*.svg | wc -l) SVGs in $out"
