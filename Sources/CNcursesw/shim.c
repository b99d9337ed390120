// Small wrappers over ncursesw for Swift. See CNcursesw.h for what each one does.
#define _GNU_SOURCE 1
#include "CNcursesw.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <wchar.h>

// MARK: Globals and attribute macros.

WINDOW *toggl_stdscr(void) { return stdscr; }
int toggl_lines(void) { return LINES; }
int toggl_cols(void) { return COLS; }
int toggl_colors(void) { return COLORS; }
int toggl_color_pairs(void) { return COLOR_PAIRS; }

attr_t toggl_a_normal(void) { return A_NORMAL; }
attr_t toggl_a_bold(void) { return A_BOLD; }
attr_t toggl_a_underline(void) { return A_UNDERLINE; }
attr_t toggl_a_reverse(void) { return A_REVERSE; }
attr_t toggl_a_dim(void) { return A_DIM; }
attr_t toggl_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

// MARK: Session.

// Set while a SCREEN made by toggl_start is in curses mode; read by signal handlers.
static volatile sig_atomic_t curses_active = 0;

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int toggl_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    return codeset_is_utf8();
}

// Ctrl-S and Ctrl-Q are keys of the app (Ctrl-S saves), not XON/XOFF: turn off output flow
// control on the input terminal. ncurses saved the shell's modes in newterm, so endwin() puts
// IXON back; def_prog_mode() records the change as the program's mode for later refreshes.
static void disable_flow_control(FILE *input) {
    int descriptor = input != NULL ? fileno(input) : STDIN_FILENO;
    struct termios modes;
    if (tcgetattr(descriptor, &modes) == 0) {
        modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(descriptor, TCSANOW, &modes);
        def_prog_mode();
    }
}

// Set when the last toggl_start refused a terminal type that cannot move the cursor.
static int start_lacked_cursor_addressing = 0;

SCREEN *toggl_start(const char *terminal_type, FILE *output, FILE *input, int escape_delay_ms) {
    start_lacked_cursor_addressing = 0;
    SCREEN *screen = newterm(terminal_type, output, input);
    if (screen == NULL) return NULL;
    // Without cursor addressing (TERM=dumb and the like) nothing can be drawn: refuse the
    // type before any mode is set, rather than show a blank screen.
    const char *cursor_address = tigetstr("cup");
    if (cursor_address == NULL || cursor_address == (char *)-1) {
        endwin();
        delscreen(screen);
        start_lacked_cursor_addressing = 1;
        return NULL;
    }
    set_term(screen);
    curses_active = 1;
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    leaveok(stdscr, TRUE);   // the cursor is hidden: never spend bytes moving it back
    curs_set(0);
    set_escdelay(escape_delay_ms);
    disable_flow_control(input);
    return screen;
}

void toggl_restore_terminal(void) {
    if (curses_active) {
        curses_active = 0;
        endwin();
    }
}

void toggl_stop(SCREEN *screen) {
    toggl_restore_terminal();
    if (screen != NULL) delscreen(screen);
}

int toggl_curses_active(void) { return curses_active; }

int toggl_start_lacked_cursor_addressing(void) { return start_lacked_cursor_addressing; }

int toggl_start_color(void) {
    if (!has_colors()) return 0;
    if (start_color() == ERR) return 0;
    use_default_colors();
    return 1;
}

int toggl_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

// MARK: Drawing.

static int put_one(WINDOW *window, int y, int x, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    int extended_pair = pair;
    short short_pair = pair <= SHRT_MAX ? (short)pair : 0;
    if (setcchar(&cell, text, attributes, short_pair, &extended_pair) == ERR) {
        static const wchar_t space[] = {L' ', 0};
        setcchar(&cell, space, attributes, short_pair, &extended_pair);
    }
    return mvwadd_wchnstr(window, y, x, &cell, 1);
}

int toggl_put_cell(WINDOW *window, int y, int x, const uint32_t *scalars, int count, int width, attr_t attributes, int pair) {
    wchar_t text[CCHARW_MAX + 1];
    int length = 0;
    for (int index = 0; index < count && length < CCHARW_MAX; index++) {
        wchar_t scalar = (wchar_t)scalars[index];
        if (length > 0 && wcwidth(scalar) != 0) break;  // a second spacing character
        text[length++] = scalar;
    }
    // A trailing zero-width joiner would join with whatever the terminal draws next.
    while (length > 1 && text[length - 1] == 0x200D) length--;
    int drawn = length > 0 ? wcwidth(text[0]) : -1;
    if (drawn <= 0) {
        // Nothing printable (control character, lone combining mark): draw a blank.
        text[0] = L' ';
        length = 1;
        drawn = 1;
    } else if (drawn > width) {
        text[0] = 0xFFFD;
        length = 1;
        drawn = 1;
    }
    if (drawn == 1 && width == 2) {
        // Wide only by a variation selector: drop it, draw narrow, blank the second column.
        length = 1;
    }
    text[length] = 0;
    int result = put_one(window, y, x, text, attributes, pair);
    if (drawn == 1 && width == 2) {
        static const wchar_t space[] = {L' ', 0};
        put_one(window, y, x + 1, space, attributes, pair);
    }
    return result;
}

// MARK: Input.

int toggl_key_code(const char *capability) {
    char *sequence = tigetstr(capability);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}

int toggl_get_key(WINDOW *window, int timeout_ms, uint32_t *value) {
    wint_t key = 0;
    wtimeout(window, timeout_ms < 0 ? -1 : timeout_ms);
    int result = wget_wch(window, &key);
    *value = (uint32_t)key;
    if (result == KEY_CODE_YES) return TOGGL_INPUT_FUNCTION;
    if (result == OK) return TOGGL_INPUT_CHARACTER;
    return TOGGL_INPUT_NONE;
}

// MARK: Signals.

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT};
enum { FATAL_SIGNAL_COUNT = sizeof(fatal_signals) / sizeof(fatal_signals[0]) };
static struct sigaction previous_actions[FATAL_SIGNAL_COUNT];
static volatile sig_atomic_t fatal_handlers_installed = 0;

// Async-signal-safe except endwin (it writes the reset sequences through stdio and frees
// nothing); a crashing process accepts that risk to leave the terminal usable.
static void fatal_signal_handler(int signal_number) {
    toggl_restore_terminal();
    for (int index = 0; index < FATAL_SIGNAL_COUNT; index++) {
        if (fatal_signals[index] == signal_number) {
            sigaction(signal_number, &previous_actions[index], NULL);  // async-signal-safe
        }
    }
    raise(signal_number);  // async-signal-safe; delivered at once thanks to SA_NODEFER
}

void toggl_install_fatal_signal_handlers(void) {
    if (fatal_handlers_installed) return;
    fatal_handlers_installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fatal_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_RESETHAND;
    for (int index = 0; index < FATAL_SIGNAL_COUNT; index++) {
        sigaction(fatal_signals[index], &action, &previous_actions[index]);
    }
}

// MARK: Pseudo-terminals.

int toggl_get_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

int toggl_set_window_size(int fd, int rows, int columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = (unsigned short)rows;
    size.ws_col = (unsigned short)columns;
    return ioctl(fd, TIOCSWINSZ, &size);
}

int toggl_open_pty(int rows, int columns, int *master, int *slave) {
    int master_fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master_fd < 0) return -1;
    char name[128];
    if (grantpt(master_fd) != 0 || unlockpt(master_fd) != 0 || ptsname_r(master_fd, name, sizeof name) != 0) {
        int saved = errno;
        close(master_fd);
        errno = saved;
        return -1;
    }
    int slave_fd = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave_fd < 0 || toggl_set_window_size(master_fd, rows, columns) != 0) {
        int saved = errno;
        if (slave_fd >= 0) close(slave_fd);
        close(master_fd);
        errno = saved;
        return -1;
    }
    *master = master_fd;
    *slave = slave_fd;
    return 0;
}
