// libcurl, loaded when the first request needs it rather than when the program starts.
//
// FoundationNetworking calls these 23 libcurl functions. Linked statically (the installed
// toggl-tui, -static-stdlib), their definitions here satisfy it, so the executable does not
// need libcurl.so.4 (the link uses --as-needed) and a run that makes no request — `status` from
// a status bar, every few seconds — never loads libcurl and the ~30 libraries behind it (TLS,
// Kerberos, LDAP, …). The first call dlopens libcurl.so.4 and forwards every call from then on.
// In a dynamically linked build libFoundationNetworking.so needs libcurl itself and binds to it
// directly: these are then unused (toggl_curl_lazy_selftest still exercises them).
//
// Without libcurl on the machine, the first request says so on standard error and exits 1
// (the program would not have started at all if it were linked to it).
//
// The variadic setters take one argument after the option (a long, a pointer or a curl_off_t,
// never a double), passed in an integer register on x86-64 and arm64 Linux: it is forwarded as
// a pointer-sized value.

#include "CCurlLazy.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *library;

#define CURL_FUNCTIONS(X) \
    X(curl_easy_cleanup) X(curl_easy_getinfo) X(curl_easy_init) X(curl_easy_pause) X(curl_easy_setopt) \
    X(curl_easy_strerror) X(curl_free) X(curl_global_init) X(curl_multi_add_handle) X(curl_multi_assign) \
    X(curl_multi_cleanup) X(curl_multi_info_read) X(curl_multi_init) X(curl_multi_remove_handle) \
    X(curl_multi_setopt) X(curl_multi_socket_action) X(curl_slist_append) X(curl_slist_free_all) X(curl_url) \
    X(curl_url_get) X(curl_url_set) X(curl_version) X(curl_version_info)

#define DECLARE(name) static void *real_##name;
CURL_FUNCTIONS(DECLARE)

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        fprintf(stderr, "toggl-tui: libcurl (libcurl.so.4) is needed to reach Toggl and was not found: "
                        "install it (Debian/Ubuntu: apt install libcurl4).\n");
        exit(1);
    }
#define RESOLVE(name)                                                                              \
    real_##name = dlsym(library, #name);                                                           \
    if (real_##name == NULL) {                                                                     \
        fprintf(stderr, "toggl-tui: the libcurl found has no %s: install libcurl 7.62 or newer.\n", #name); \
        exit(1);                                                                                   \
    }
    CURL_FUNCTIONS(RESOLVE)
}

static inline void ensure(void) {
    pthread_once(&once, load);
}

int toggl_curl_lazy_loaded(void) {
    return library != NULL;
}

void curl_easy_cleanup(void *handle) {
    ensure();
    ((void (*)(void *))real_curl_easy_cleanup)(handle);
}

int curl_easy_getinfo(void *handle, int info, ...) {
    ensure();
    va_list arguments;
    va_start(arguments, info);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_easy_getinfo)(handle, info, value);
}

void *curl_easy_init(void) {
    ensure();
    return ((void *(*)(void))real_curl_easy_init)();
}

int curl_easy_pause(void *handle, int bitmask) {
    ensure();
    return ((int (*)(void *, int))real_curl_easy_pause)(handle, bitmask);
}

int curl_easy_setopt(void *handle, int option, ...) {
    ensure();
    va_list arguments;
    va_start(arguments, option);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_easy_setopt)(handle, option, value);
}

const char *curl_easy_strerror(int code) {
    ensure();
    return ((const char *(*)(int))real_curl_easy_strerror)(code);
}

void curl_free(void *pointer) {
    ensure();
    ((void (*)(void *))real_curl_free)(pointer);
}

int curl_global_init(long flags) {
    ensure();
    return ((int (*)(long))real_curl_global_init)(flags);
}

int curl_multi_add_handle(void *multi, void *easy) {
    ensure();
    return ((int (*)(void *, void *))real_curl_multi_add_handle)(multi, easy);
}

int curl_multi_assign(void *multi, int socket, void *pointer) {
    ensure();
    return ((int (*)(void *, int, void *))real_curl_multi_assign)(multi, socket, pointer);
}

int curl_multi_cleanup(void *multi) {
    ensure();
    return ((int (*)(void *))real_curl_multi_cleanup)(multi);
}

void *curl_multi_info_read(void *multi, int *remaining) {
    ensure();
    return ((void *(*)(void *, int *))real_curl_multi_info_read)(multi, remaining);
}

void *curl_multi_init(void) {
    ensure();
    return ((void *(*)(void))real_curl_multi_init)();
}

int curl_multi_remove_handle(void *multi, void *easy) {
    ensure();
    return ((int (*)(void *, void *))real_curl_multi_remove_handle)(multi, easy);
}

int curl_multi_setopt(void *multi, int option, ...) {
    ensure();
    va_list arguments;
    va_start(arguments, option);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_multi_setopt)(multi, option, value);
}

int curl_multi_socket_action(void *multi, int socket, int events, int *running) {
    ensure();
    return ((int (*)(void *, int, int, int *))real_curl_multi_socket_action)(multi, socket, events, running);
}

void *curl_slist_append(void *list, const char *text) {
    ensure();
    return ((void *(*)(void *, const char *))real_curl_slist_append)(list, text);
}

void curl_slist_free_all(void *list) {
    ensure();
    ((void (*)(void *))real_curl_slist_free_all)(list);
}

void *curl_url(void) {
    ensure();
    return ((void *(*)(void))real_curl_url)();
}

int curl_url_get(void *url, int part, char **value, unsigned int flags) {
    ensure();
    return ((int (*)(void *, int, char **, unsigned int))real_curl_url_get)(url, part, value, flags);
}

int curl_url_set(void *url, int part, const char *value, unsigned int flags) {
    ensure();
    return ((int (*)(void *, int, const char *, unsigned int))real_curl_url_set)(url, part, value, flags);
}

char *curl_version(void) {
    ensure();
    return ((char *(*)(void))real_curl_version)();
}

void *curl_version_info(int age) {
    ensure();
    return ((void *(*)(int))real_curl_version_info)(age);
}

int toggl_curl_lazy_selftest(void) {
    const char *version = curl_version();
    if (version == NULL || strncmp(version, "libcurl/", 8) != 0) return 1;
    if (curl_version_info(0) == NULL) return 2;
    void *easy = curl_easy_init();
    if (easy == NULL) return 3;
    static int marker;
    if (curl_easy_setopt(easy, 10103 /* CURLOPT_PRIVATE */, (void *)&marker) != 0) return 4;
    void *back = NULL;
    if (curl_easy_getinfo(easy, 0x100015 /* CURLINFO_PRIVATE */, &back) != 0 || back != &marker) return 5;
    if (curl_easy_setopt(easy, 13 /* CURLOPT_TIMEOUT */, 5L) != 0) return 6;
    if (curl_easy_setopt(easy, 99999 /* no such option */, 0L) == 0) return 7;
    if (curl_easy_pause(easy, 0 /* CURLPAUSE_CONT */) < 0) return 8; /* outside a transfer: any CURLcode */
    if (curl_easy_strerror(0) == NULL) return 9;
    curl_easy_cleanup(easy);
    void *list = curl_slist_append(NULL, "Accept: application/json");
    if (list == NULL) return 10;
    curl_slist_free_all(list);
    void *url = curl_url();
    if (url == NULL) return 11;
    if (curl_url_set(url, 0 /* CURLUPART_URL */, "https://api.track.toggl.com/api/v9/me", 0) != 0) return 12;
    char *host = NULL;
    if (curl_url_get(url, 5 /* CURLUPART_HOST */, &host, 0) != 0 || host == NULL || strcmp(host, "api.track.toggl.com") != 0) return 13;
    curl_free(host);
    void *multi = curl_multi_init();
    if (multi == NULL) return 14;
    if (curl_multi_setopt(multi, 3 /* CURLMOPT_PIPELINING */, 0L) != 0) return 15;
    int messages = -1;
    if (curl_multi_info_read(multi, &messages) != NULL || messages != 0) return 16;
    if (curl_multi_cleanup(multi) != 0) return 17;
    return 0;
}
