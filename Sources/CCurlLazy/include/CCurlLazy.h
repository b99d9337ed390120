#ifndef C_CURL_LAZY_H
#define C_CURL_LAZY_H

// libcurl, loaded with dlopen by the first request instead of at start, behind typed calls
// (libcurl's setters are variadic, which Swift cannot call). No libcurl header or development
// package is needed to build: the few options and codes used are below, with libcurl's values.

#include <stddef.h>

/// libcurl's option, information and result numbers this program uses (curl/curl.h).
enum {
    TOGGL_CURLOPT_WRITEDATA = 10001,
    TOGGL_CURLOPT_URL = 10002,
    TOGGL_CURLOPT_LOW_SPEED_LIMIT = 19,
    TOGGL_CURLOPT_LOW_SPEED_TIME = 20,
    TOGGL_CURLOPT_HTTPHEADER = 10023,
    TOGGL_CURLOPT_HEADERDATA = 10029,
    TOGGL_CURLOPT_CUSTOMREQUEST = 10036,
    TOGGL_CURLOPT_NOPROGRESS = 43,
    TOGGL_CURLOPT_POST = 47,
    TOGGL_CURLOPT_FOLLOWLOCATION = 52,
    TOGGL_CURLOPT_FRESH_CONNECT = 74,
    TOGGL_CURLOPT_XFERINFODATA = 10057,
    TOGGL_CURLOPT_CONNECTTIMEOUT = 78,
    TOGGL_CURLOPT_HTTPGET = 80,
    TOGGL_CURLOPT_NOSIGNAL = 99,
    TOGGL_CURLOPT_ACCEPT_ENCODING = 10102,
    TOGGL_CURLOPT_POSTFIELDSIZE_LARGE = 30120,
    TOGGL_CURLOPT_COPYPOSTFIELDS = 10165,
    TOGGL_CURLOPT_PROTOCOLS = 181,
    TOGGL_CURLOPT_REDIR_PROTOCOLS = 182,
    TOGGL_CURLOPT_PROTOCOLS_STR = 10318,
    TOGGL_CURLOPT_REDIR_PROTOCOLS_STR = 10319,
    TOGGL_CURLOPT_WRITEFUNCTION = 20011,
    TOGGL_CURLOPT_HEADERFUNCTION = 20079,
    TOGGL_CURLOPT_XFERINFOFUNCTION = 20219,

    TOGGL_CURLPROTO_HTTP = 1,
    TOGGL_CURLPROTO_HTTPS = 2,

    TOGGL_CURLINFO_RESPONSE_CODE = 0x200002,
    TOGGL_CURLINFO_OS_ERRNO = 0x200019,

    TOGGL_CURLE_OK = 0,
    TOGGL_CURLE_COULDNT_RESOLVE_PROXY = 5,
    TOGGL_CURLE_COULDNT_RESOLVE_HOST = 6,
    TOGGL_CURLE_COULDNT_CONNECT = 7,
    TOGGL_CURLE_WEIRD_SERVER_REPLY = 8,
    TOGGL_CURLE_HTTP2 = 16,
    TOGGL_CURLE_PARTIAL_FILE = 18,
    TOGGL_CURLE_WRITE_ERROR = 23,
    TOGGL_CURLE_OPERATION_TIMEDOUT = 28,
    TOGGL_CURLE_SSL_CONNECT_ERROR = 35,
    TOGGL_CURLE_ABORTED_BY_CALLBACK = 42,
    TOGGL_CURLE_GOT_NOTHING = 52,
    TOGGL_CURLE_SEND_ERROR = 55,
    TOGGL_CURLE_RECV_ERROR = 56,
    TOGGL_CURLE_PEER_FAILED_VERIFICATION = 60,
    TOGGL_CURLE_HTTP2_STREAM = 92,
};

/// What libcurl calls with the bytes it received (a body chunk, or one header line).
typedef size_t (*toggl_curl_data_function)(char *bytes, size_t size, size_t count, void *context);
/// What libcurl calls now and then during a transfer; non-zero aborts it.
typedef int (*toggl_curl_progress_function)(void *context, long long downloadTotal, long long downloaded,
                                            long long uploadTotal, long long uploaded);

/// Loads libcurl once (thread-safe): 0 when it is there, else -1 and `toggl_curl_load_failure`
/// says why.
int toggl_curl_load(void);
/// Why libcurl could not be loaded, or NULL.
const char *toggl_curl_load_failure(void);
/// Whether libcurl has been loaded in this process.
int toggl_curl_loaded(void);

/// libcurl's own calls; each needs `toggl_curl_load()` to have returned 0.
void *toggl_curl_easy_init(void);
void toggl_curl_easy_reset(void *handle);
void toggl_curl_easy_cleanup(void *handle);
long toggl_curl_easy_perform(void *handle);
long toggl_curl_setopt_long(void *handle, long option, long value);
long toggl_curl_setopt_pointer(void *handle, long option, const void *value);
long toggl_curl_setopt_offset(void *handle, long option, long long value);
long toggl_curl_setopt_data_function(void *handle, long option, toggl_curl_data_function function);
long toggl_curl_setopt_progress_function(void *handle, long option, toggl_curl_progress_function function);
long toggl_curl_getinfo_long(void *handle, long info, long *value);
void *toggl_curl_slist_append(void *list, const char *string);
void toggl_curl_slist_free_all(void *list);
const char *toggl_curl_easy_strerror(long code);
/// libcurl's version text, e.g. "libcurl/7.88.1 OpenSSL/3.0.15 …".
const char *toggl_curl_version(void);

/// Calls each of libcurl's own functions (CurlForwarders.c) that can be called without a
/// request and checks libcurl's answers: 0 when all hold, else the number of the first that
/// did not. For tests.
int toggl_curl_forwarders_selftest(void);

#endif
