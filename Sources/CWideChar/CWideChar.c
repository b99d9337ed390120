#define _GNU_SOURCE 1
#include <locale.h>
#include <wchar.h>
#include "CWideChar.h"

static locale_t utf8_locale(void) {
    static __thread locale_t cached = (locale_t)0;
    if (cached == (locale_t)0) {
        cached = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return cached;
}

int toggl_wcwidth(unsigned int scalar) {
    locale_t utf8 = utf8_locale();
    if (utf8 == (locale_t)0) {
        return wcwidth((wchar_t)scalar);
    }
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}
