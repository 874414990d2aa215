/*
** startup.c — time how long a command takes to start and exit: runs it N
** times (fork, exec, wait; output to /dev/null) and prints the median wall
** time in milliseconds. Timing in C keeps the shell's own fork and clock
** reads out of the figure, which would otherwise shrink every ratio.
**
**   startup N COMMAND [ARGS...]
*/
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int n, i;
    double *ms;
    if (argc < 3 || (n = atoi(argv[1])) < 1) {
        fprintf(stderr, "usage: startup N COMMAND [ARGS...]\n");
        return 2;
    }
    if (!(ms = malloc((size_t)n * sizeof *ms)))
        return 1;
    for (i = 0; i < n; i++) {
        struct timespec t0, t1;
        int status;
        pid_t pid;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid = fork();
        if (pid == 0) {
            int null = open("/dev/null", O_RDWR);
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
            execvp(argv[2], argv + 2);
            _exit(127);
        }
        if (pid < 0 || waitpid(pid, &status, 0) < 0) {
            perror("startup");
            return 1;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "startup: %s failed\n", argv[2]);
            return 1;
        }
        ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
                (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    }
    qsort(ms, (size_t)n, sizeof *ms, cmp_double);
    printf("%.3f\n", n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2);
    free(ms);
    return 0;
}
