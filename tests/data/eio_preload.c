/* LD_PRELOAD shim for tests/db/test_passphrase_forms.py: reads of 1 KiB or more from the file named
   by EIO_PATH fail with EIO, as on a failing disk; everything else reads normally. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static int target(int fd) {
    char link[64], path[4096];
    const char *want = getenv("EIO_PATH");
    if (!want) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n < 0) return 0;
    path[n] = 0;
    return strcmp(path, want) == 0;
}
ssize_t pread64(int fd, void *buf, size_t count, off_t offset) {
    static ssize_t (*real)(int, void *, size_t, off_t);
    if (!real) real = dlsym(RTLD_NEXT, "pread64");
    if (count >= 1024 && target(fd)) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}
ssize_t pread(int fd, void *buf, size_t count, off_t offset) {
    static ssize_t (*real)(int, void *, size_t, off_t);
    if (!real) real = dlsym(RTLD_NEXT, "pread");
    if (count >= 1024 && target(fd)) { errno = EIO; return -1; }
    return real(fd, buf, count, offset);
}
