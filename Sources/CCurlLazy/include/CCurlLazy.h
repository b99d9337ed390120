#ifndef C_CURL_LAZY_H
#define C_CURL_LAZY_H

/// Whether libcurl was loaded (by the first HTTP request of this process); for tests.
int toggl_curl_lazy_loaded(void);

/// Calls each forwarder that can be called without a request (the variadic setters with a
/// pointer and a long, the getter, URLs, lists, a multi handle) and checks libcurl's answers:
/// 0 when all hold, else the number of the first that did not. For tests.
int toggl_curl_lazy_selftest(void);

#endif
