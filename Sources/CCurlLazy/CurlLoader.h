// The loader's side shared by CCurlLazy.c and CurlForwarders.c (not part of the module's API).
#ifndef C_CURL_LOADER_H
#define C_CURL_LOADER_H

// Every libcurl function either file calls, resolved by the first load.
#define CURL_FUNCTIONS(X)                                                                          \
    X(curl_global_init) X(curl_easy_init) X(curl_easy_reset) X(curl_easy_cleanup) X(curl_easy_perform) \
    X(curl_easy_setopt) X(curl_easy_getinfo) X(curl_easy_strerror) X(curl_easy_pause) X(curl_free) \
    X(curl_slist_append) X(curl_slist_free_all) X(curl_version) X(curl_version_info)               \
    X(curl_multi_add_handle) X(curl_multi_assign) X(curl_multi_cleanup) X(curl_multi_info_read)     \
    X(curl_multi_init) X(curl_multi_remove_handle) X(curl_multi_setopt) X(curl_multi_socket_action) \
    X(curl_url) X(curl_url_get) X(curl_url_set)

#define DECLARE(name) extern void *real_##name __attribute__((visibility("hidden")));
CURL_FUNCTIONS(DECLARE)
#undef DECLARE

/// Loads libcurl, or says why it cannot on standard error and exits 1 (for callers that have no
/// way to report a failure: FoundationNetworking's).
void toggl_curl_require(void) __attribute__((visibility("hidden")));

#endif
