#ifndef CWIDECHAR_H
#define CWIDECHAR_H

/// Columns a Unicode scalar takes in a terminal, as glibc's wcwidth() says under a UTF-8
/// locale (whatever the process locale is): 0, 1, 2, or -1 for non-printable.
int toggl_wcwidth(unsigned int scalar);

#endif
