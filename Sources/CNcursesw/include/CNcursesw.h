#ifndef CNCURSESW_H
#define CNCURSESW_H

// The only C that touches curses. Swift 6 cannot safely import curses' macros (A_BOLD,
// COLOR_PAIR, KEY_F) or its mutable globals (stdscr, LINES, COLS, COLORS), so this header
// exposes them as small functions and enum constants. The wide-character API needs
// NCURSES_WIDECHAR before <ncursesw/curses.h>; SwiftPM's .systemLibrary would drop the -D.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

// MARK: Key codes, as constants Swift can import.

enum {
    TOGGL_KEY_CODE_YES = KEY_CODE_YES,
    TOGGL_KEY_RESIZE = KEY_RESIZE,
    TOGGL_KEY_UP = KEY_UP,
    TOGGL_KEY_DOWN = KEY_DOWN,
    TOGGL_KEY_LEFT = KEY_LEFT,
    TOGGL_KEY_RIGHT = KEY_RIGHT,
    TOGGL_KEY_SLEFT = KEY_SLEFT,
    TOGGL_KEY_SRIGHT = KEY_SRIGHT,
    TOGGL_KEY_SR = KEY_SR,          // Shift-Up on xterm
    TOGGL_KEY_SF = KEY_SF,          // Shift-Down on xterm
    TOGGL_KEY_HOME = KEY_HOME,
    TOGGL_KEY_END = KEY_END,
    TOGGL_KEY_SHOME = KEY_SHOME,
    TOGGL_KEY_SEND = KEY_SEND,
    TOGGL_KEY_PPAGE = KEY_PPAGE,
    TOGGL_KEY_NPAGE = KEY_NPAGE,
    TOGGL_KEY_BTAB = KEY_BTAB,
    TOGGL_KEY_ENTER = KEY_ENTER,
    TOGGL_KEY_BACKSPACE = KEY_BACKSPACE,
    TOGGL_KEY_DC = KEY_DC,
    TOGGL_KEY_IC = KEY_IC,
    TOGGL_KEY_F0 = KEY_F0,          // F(n) is TOGGL_KEY_F0 + n
};

// MARK: Globals and attribute macros.

/// The standard screen of the current SCREEN (NULL before newterm).
WINDOW *toggl_stdscr(void);
/// The current screen's rows and columns (LINES, COLS).
int toggl_lines(void);
int toggl_cols(void);
/// Colours and colour pairs the terminal offers (COLORS, COLOR_PAIRS); 0 before start_color.
int toggl_colors(void);
int toggl_color_pairs(void);

attr_t toggl_a_normal(void);
attr_t toggl_a_bold(void);
attr_t toggl_a_underline(void);
attr_t toggl_a_reverse(void);
attr_t toggl_a_dim(void);
/// COLOR_PAIR(n) as attribute bits (only meaningful for n < 256; cells use the pair argument).
attr_t toggl_color_pair(int pair);

// MARK: Session.

/// setlocale(LC_ALL, ""), then, when that is not a UTF-8 locale, LC_CTYPE = C.UTF-8 so the
/// wide API emits UTF-8 and wcwidth agrees with TerminalUI. Returns 1 when the codeset is UTF-8.
int toggl_setup_locale(void);

/// newterm on a terminal type (NULL: $TERM) and FILE streams, then the modes the app needs:
/// cbreak, noecho, nonl, keypad, intrflush off, cursor hidden, the given ESC delay, no mouse.
/// Returns the SCREEN (NULL when the terminal type is unknown, or cannot move the cursor —
/// see toggl_start_lacked_cursor_addressing). Marks curses active.
SCREEN *toggl_start(const char *terminal_type, FILE *output, FILE *input, int escape_delay_ms);

/// 1 when the last toggl_start returned NULL because the type has no cursor addressing (`cup`).
int toggl_start_lacked_cursor_addressing(void);

/// endwin() when curses is active (once), for normal exits, atexit and signal handlers.
void toggl_restore_terminal(void);

/// Restores the terminal and frees the SCREEN made by toggl_start.
void toggl_stop(SCREEN *screen);

/// Whether toggl_start has run and toggl_restore_terminal/toggl_stop have not.
int toggl_curses_active(void);

/// start_color + use_default_colors. Returns 1 when colours are available.
int toggl_start_color(void);

/// init_extended_pair(pair, fg, bg); -1 is the terminal's default colour. Returns OK/ERR.
int toggl_init_pair(int pair, int foreground, int background);

// MARK: Drawing.

/// Draws one cell at (y, x) on `window` without moving the cursor or wrapping: a grapheme as
/// its UTF-32 scalars (the first spacing scalar plus up to CCHARW_MAX-1 zero-width ones that
/// follow; anything after a second spacing scalar is dropped, as setcchar does). A wide
/// character draws once and takes two columns. `width` is what the caller laid out (1 or 2):
/// when wcwidth disagrees (an emoji made wide only by U+FE0F), the base character is drawn
/// narrow with a blank after it, so curses and the terminal keep the same columns; a character
/// wider than its slot becomes U+FFFD. Non-printable input draws a blank. Returns OK/ERR.
int toggl_put_cell(WINDOW *window, int y, int x, const uint32_t *scalars, int count, int width, attr_t attributes, int pair);

// MARK: Input.

/// What toggl_get_key read.
enum {
    TOGGL_INPUT_NONE = 0,       // timeout or error (EINTR)
    TOGGL_INPUT_CHARACTER = 1,  // *value is a Unicode scalar (including control characters)
    TOGGL_INPUT_FUNCTION = 2,   // *value is a KEY_* code
};

/// The key code curses returns for a terminfo key capability of the current terminal, such as
/// the extended "kRIT5" (Ctrl+Right); 0 when the terminal has none.
int toggl_key_code(const char *capability);

/// wtimeout(window, timeout_ms) (negative: block) then wget_wch. Returns a TOGGL_INPUT_* kind.
int toggl_get_key(WINDOW *window, int timeout_ms, uint32_t *value);

// MARK: Signals and pseudo-terminals.

/// sigaction handlers for SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGQUIT that call
/// toggl_restore_terminal (endwin: NOT async-signal-safe, but customary and the process is
/// dying anyway), then put back the previous action (the Swift runtime's backtracer or SIG_DFL)
/// and re-raise. Idempotent.
void toggl_install_fatal_signal_handlers(void);

/// Opens a pseudo-terminal of the given size (posix_openpt, grantpt, unlockpt, TIOCSWINSZ).
/// Returns 0 and the master and slave descriptors (both close-on-exec), or -1 with errno set.
int toggl_open_pty(int rows, int columns, int *master, int *slave);

/// Reads a terminal's window size (TIOCGWINSZ). Returns 0 or -1 with errno set.
int toggl_get_window_size(int fd, int *rows, int *columns);

/// Sets a terminal's window size (TIOCSWINSZ). Returns 0 or -1 with errno set.
int toggl_set_window_size(int fd, int rows, int columns);

#endif
