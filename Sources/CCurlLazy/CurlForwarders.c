// libcurl's own functions, as FoundationNetworking calls them. The program itself reaches
// libcurl through CCurlLazy.h's typed calls; FoundationNetworking is linked only because the
// demo's HTTP server library (FlyingFox) imports it, and a statically linked build needs these
// definitions so that it does not bind to libcurl.so.4 at start (scripts/drop-needed.py then
// removes the link's DT_NEEDED entry): a run without a request never loads libcurl. Each
// loads libcurl on first use and forwards.
//
// The variadic setters take one argument after the option (a long, a pointer or a curl_off_t,
// never a double), passed in an integer register on x86-64 and arm64 Linux: it is forwarded as
// a pointer-sized value.

#include "CCurlLazy.h"
#include "CurlLoader.h"

#include <stdarg.h>
#include <string.h>

void curl_easy_cleanup(void *handle) {
    toggl_curl_require();
    ((void (*)(void *))real_curl_easy_cleanup)(handle);
}

int curl_easy_getinfo(void *handle, int info, ...) {
    toggl_curl_require();
    va_list arguments;
    va_start(arguments, info);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_easy_getinfo)(handle, info, value);
}

void *curl_easy_init(void) {
    toggl_curl_require();
    return ((void *(*)(void))real_curl_easy_init)();
}

int curl_easy_pause(void *handle, int bitmask) {
    toggl_curl_require();
    return ((int (*)(void *, int))real_curl_easy_pause)(handle, bitmask);
}

int curl_easy_setopt(void *handle, int option, ...) {
    toggl_curl_require();
    va_list arguments;
    va_start(arguments, option);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_easy_setopt)(handle, option, value);
}

const char *curl_easy_strerror(int code) {
    toggl_curl_require();
    return ((const char *(*)(int))real_curl_easy_strerror)(code);
}

void curl_free(void *pointer) {
    toggl_curl_require();
    ((void (*)(void *))real_curl_free)(pointer);
}

int curl_global_init(long flags) {
    toggl_curl_require();
    return ((int (*)(long))real_curl_global_init)(flags);
}

int curl_multi_add_handle(void *multi, void *easy) {
    toggl_curl_require();
    return ((int (*)(void *, void *))real_curl_multi_add_handle)(multi, easy);
}

int curl_multi_assign(void *multi, int socket, void *pointer) {
    toggl_curl_require();
    return ((int (*)(void *, int, void *))real_curl_multi_assign)(multi, socket, pointer);
}

int curl_multi_cleanup(void *multi) {
    toggl_curl_require();
    return ((int (*)(void *))real_curl_multi_cleanup)(multi);
}

void *curl_multi_info_read(void *multi, int *remaining) {
    toggl_curl_require();
    return ((void *(*)(void *, int *))real_curl_multi_info_read)(multi, remaining);
}

void *curl_multi_init(void) {
    toggl_curl_require();
    return ((void *(*)(void))real_curl_multi_init)();
}

int curl_multi_remove_handle(void *multi, void *easy) {
    toggl_curl_require();
    return ((int (*)(void *, void *))real_curl_multi_remove_handle)(multi, easy);
}

int curl_multi_setopt(void *multi, int option, ...) {
    toggl_curl_require();
    va_list arguments;
    va_start(arguments, option);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    return ((int (*)(void *, int, ...))real_curl_multi_setopt)(multi, option, value);
}

int curl_multi_socket_action(void *multi, int socket, int events, int *running) {
    toggl_curl_require();
    return ((int (*)(void *, int, int, int *))real_curl_multi_socket_action)(multi, socket, events, running);
}

void *curl_slist_append(void *list, const char *text) {
    toggl_curl_require();
    return ((void *(*)(void *, const char *))real_curl_slist_append)(list, text);
}

void curl_slist_free_all(void *list) {
    toggl_curl_require();
    ((void (*)(void *))real_curl_slist_free_all)(list);
}

void *curl_url(void) {
    toggl_curl_require();
    return ((void *(*)(void))real_curl_url)();
}

int curl_url_get(void *url, int part, char **value, unsigned int flags) {
    toggl_curl_require();
    return ((int (*)(void *, int, char **, unsigned int))real_curl_url_get)(url, part, value, flags);
}

int curl_url_set(void *url, int part, const char *value, unsigned int flags) {
    toggl_curl_require();
    return ((int (*)(void *, int, const char *, unsigned int))real_curl_url_set)(url, part, value, flags);
}

char *curl_version(void) {
    toggl_curl_require();
    return ((char *(*)(void))real_curl_version)();
}

void *curl_version_info(int age) {
    toggl_curl_require();
    return ((void *(*)(int))real_curl_version_info)(age);
}

int toggl_curl_forwarders_selftest(void) {
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
