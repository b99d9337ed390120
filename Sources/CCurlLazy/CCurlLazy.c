// libcurl, loaded when the first request needs it rather than when the program starts.
//
// The program is not linked to libcurl: a run that makes no request (`status` from a status
// bar, every few seconds) never loads it and the ~30 libraries behind it (TLS, Kerberos, LDAP,
// …), and building needs no libcurl development package. The first request dlopens
// libcurl.so.4; without it, the request fails with a message saying what to install.
//
// Where libcurl's header is at hand, the numbers in CCurlLazy.h are checked against it.
// CurlForwarders.c defines libcurl's own functions for FoundationNetworking, which the demo's
// server library links; they load libcurl the same way.

#include "CCurlLazy.h"
#include "CurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#if __has_include(<curl/curl.h>)
#include <curl/curl.h>
#define SAME(ours, theirs) _Static_assert((long)(ours) == (long)(theirs), #theirs);
SAME(TOGGL_CURLOPT_WRITEDATA, CURLOPT_WRITEDATA)
SAME(TOGGL_CURLOPT_URL, CURLOPT_URL)
SAME(TOGGL_CURLOPT_LOW_SPEED_LIMIT, CURLOPT_LOW_SPEED_LIMIT)
SAME(TOGGL_CURLOPT_LOW_SPEED_TIME, CURLOPT_LOW_SPEED_TIME)
SAME(TOGGL_CURLOPT_HTTPHEADER, CURLOPT_HTTPHEADER)
SAME(TOGGL_CURLOPT_HEADERDATA, CURLOPT_HEADERDATA)
SAME(TOGGL_CURLOPT_CUSTOMREQUEST, CURLOPT_CUSTOMREQUEST)
SAME(TOGGL_CURLOPT_NOPROGRESS, CURLOPT_NOPROGRESS)
SAME(TOGGL_CURLOPT_POST, CURLOPT_POST)
SAME(TOGGL_CURLOPT_FOLLOWLOCATION, CURLOPT_FOLLOWLOCATION)
SAME(TOGGL_CURLOPT_FRESH_CONNECT, CURLOPT_FRESH_CONNECT)
SAME(TOGGL_CURLOPT_XFERINFODATA, CURLOPT_XFERINFODATA)
SAME(TOGGL_CURLOPT_CONNECTTIMEOUT, CURLOPT_CONNECTTIMEOUT)
SAME(TOGGL_CURLOPT_HTTPGET, CURLOPT_HTTPGET)
SAME(TOGGL_CURLOPT_NOSIGNAL, CURLOPT_NOSIGNAL)
SAME(TOGGL_CURLOPT_ACCEPT_ENCODING, CURLOPT_ACCEPT_ENCODING)
SAME(TOGGL_CURLOPT_POSTFIELDSIZE_LARGE, CURLOPT_POSTFIELDSIZE_LARGE)
SAME(TOGGL_CURLOPT_COPYPOSTFIELDS, CURLOPT_COPYPOSTFIELDS)
SAME(TOGGL_CURLOPT_WRITEFUNCTION, CURLOPT_WRITEFUNCTION)
#if LIBCURL_VERSION_NUM >= 0x075500
SAME(TOGGL_CURLOPT_PROTOCOLS_STR, CURLOPT_PROTOCOLS_STR)
SAME(TOGGL_CURLOPT_REDIR_PROTOCOLS_STR, CURLOPT_REDIR_PROTOCOLS_STR)
#endif
// TOGGL_CURLOPT_PROTOCOLS and _REDIR_PROTOCOLS (181, 182), the bitmask forms for a libcurl
// older than 7.85, are not checked: the header marks them deprecated.
SAME(TOGGL_CURLOPT_HEADERFUNCTION, CURLOPT_HEADERFUNCTION)
SAME(TOGGL_CURLOPT_XFERINFOFUNCTION, CURLOPT_XFERINFOFUNCTION)
SAME(TOGGL_CURLPROTO_HTTP, CURLPROTO_HTTP)
SAME(TOGGL_CURLPROTO_HTTPS, CURLPROTO_HTTPS)
SAME(TOGGL_CURLINFO_RESPONSE_CODE, CURLINFO_RESPONSE_CODE)
SAME(TOGGL_CURLINFO_OS_ERRNO, CURLINFO_OS_ERRNO)
SAME(TOGGL_CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_PROXY)
SAME(TOGGL_CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_HOST)
SAME(TOGGL_CURLE_COULDNT_CONNECT, CURLE_COULDNT_CONNECT)
SAME(TOGGL_CURLE_WEIRD_SERVER_REPLY, CURLE_WEIRD_SERVER_REPLY)
SAME(TOGGL_CURLE_HTTP2, CURLE_HTTP2)
SAME(TOGGL_CURLE_PARTIAL_FILE, CURLE_PARTIAL_FILE)
SAME(TOGGL_CURLE_WRITE_ERROR, CURLE_WRITE_ERROR)
SAME(TOGGL_CURLE_OPERATION_TIMEDOUT, CURLE_OPERATION_TIMEDOUT)
SAME(TOGGL_CURLE_ABORTED_BY_CALLBACK, CURLE_ABORTED_BY_CALLBACK)
SAME(TOGGL_CURLE_GOT_NOTHING, CURLE_GOT_NOTHING)
SAME(TOGGL_CURLE_SEND_ERROR, CURLE_SEND_ERROR)
SAME(TOGGL_CURLE_RECV_ERROR, CURLE_RECV_ERROR)
SAME(TOGGL_CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CONNECT_ERROR)
SAME(TOGGL_CURLE_PEER_FAILED_VERIFICATION, CURLE_PEER_FAILED_VERIFICATION)
SAME(TOGGL_CURLE_HTTP2_STREAM, CURLE_HTTP2_STREAM)
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *library;
static const char *failure;

#define DEFINE(name) void *real_##name;
CURL_FUNCTIONS(DEFINE)

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"};
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) {
        failure = "libcurl (libcurl.so.4) is needed to reach Toggl and was not found: install it "
                  "(Debian/Ubuntu: apt install libcurl4)";
        return;
    }
#define RESOLVE(name)                                                                              \
    real_##name = dlsym(handle, #name);                                                            \
    if (real_##name == NULL) {                                                                     \
        failure = "the libcurl found lacks " #name ": install libcurl 7.62 or newer";              \
        dlclose(handle);                                                                           \
        return;                                                                                    \
    }
    CURL_FUNCTIONS(RESOLVE)
    // CURL_GLOBAL_DEFAULT (SSL and, where needed, the socket layer), once, before any handle.
    if (((int (*)(long))real_curl_global_init)(3) != 0) {
        failure = "libcurl could not start (curl_global_init failed)";
        dlclose(handle);
        return;
    }
    // Published last: `toggl_curl_loaded` may read it from any thread.
    __atomic_store_n(&library, handle, __ATOMIC_RELEASE);
}

int toggl_curl_load(void) {
    pthread_once(&once, load);
    return __atomic_load_n(&library, __ATOMIC_ACQUIRE) != NULL ? 0 : -1;
}

const char *toggl_curl_load_failure(void) {
    return failure;
}

void toggl_curl_require(void) {
    if (toggl_curl_load() != 0) {
        fprintf(stderr, "toggl-tui: %s.\n", failure);
        exit(1);
    }
}

int toggl_curl_loaded(void) {
    return __atomic_load_n(&library, __ATOMIC_ACQUIRE) != NULL;
}

void *toggl_curl_easy_init(void) {
    return ((void *(*)(void))real_curl_easy_init)();
}

void toggl_curl_easy_reset(void *handle) {
    ((void (*)(void *))real_curl_easy_reset)(handle);
}

void toggl_curl_easy_cleanup(void *handle) {
    ((void (*)(void *))real_curl_easy_cleanup)(handle);
}

long toggl_curl_easy_perform(void *handle) {
    return ((int (*)(void *))real_curl_easy_perform)(handle);
}

// curl_easy_setopt is variadic: each setter passes exactly the type libcurl reads for the option.
typedef int (*setopt_function)(void *, int, ...);

long toggl_curl_setopt_long(void *handle, long option, long value) {
    return ((setopt_function)real_curl_easy_setopt)(handle, (int)option, value);
}

long toggl_curl_setopt_pointer(void *handle, long option, const void *value) {
    return ((setopt_function)real_curl_easy_setopt)(handle, (int)option, value);
}

long toggl_curl_setopt_offset(void *handle, long option, long long value) {
    return ((setopt_function)real_curl_easy_setopt)(handle, (int)option, value);
}

long toggl_curl_setopt_data_function(void *handle, long option, toggl_curl_data_function function) {
    return ((setopt_function)real_curl_easy_setopt)(handle, (int)option, function);
}

long toggl_curl_setopt_progress_function(void *handle, long option, toggl_curl_progress_function function) {
    return ((setopt_function)real_curl_easy_setopt)(handle, (int)option, function);
}

long toggl_curl_getinfo_long(void *handle, long info, long *value) {
    return ((int (*)(void *, int, ...))real_curl_easy_getinfo)(handle, (int)info, value);
}

void *toggl_curl_slist_append(void *list, const char *string) {
    return ((void *(*)(void *, const char *))real_curl_slist_append)(list, string);
}

void toggl_curl_slist_free_all(void *list) {
    ((void (*)(void *))real_curl_slist_free_all)(list);
}

const char *toggl_curl_easy_strerror(long code) {
    return ((const char *(*)(int))real_curl_easy_strerror)((int)code);
}

const char *toggl_curl_version(void) {
    return ((const char *(*)(void))real_curl_version)();
}
