/*
** rusage.c — run a command and print its peak resident memory (KiB) and
** wall time on stderr as "maxrss_kib SECONDS"; exits with its status.
** The benchmarks use it where GNU time may not be installed.
*/
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct timespec t0, t1;
    struct rusage ru;
    pid_t pid;
    int status = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: rusage COMMAND [ARGS...]\n");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0) {
        perror("rusage");
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    getrusage(RUSAGE_CHILDREN, &ru);
    fprintf(stderr, "%ld %.6f\n", ru.ru_maxrss,
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
