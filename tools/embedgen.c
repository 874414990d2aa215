/*
** embedgen.c — build-time tool: turn a data file into a C source defining
**   const char SYMBOL[];  const size_t SYMBOL_len;
** so the lexicons and models in src/analysis/lexicon/ are compiled into the library.
** usage: embedgen SYMBOL INPUT OUTPUT
*/
#include <stdio.h>

int main(int argc, char **argv)
{
    FILE *in, *out;
    int c;
    unsigned long n = 0;
    if (argc != 4) {
        fprintf(stderr, "usage: embedgen SYMBOL INPUT OUTPUT\n");
        return 2;
    }
    in = fopen(argv[2], "rb");
    if (!in) {
        perror(argv[2]);
        return 1;
    }
    out = fopen(argv[3], "w");
    if (!out) {
        perror(argv[3]);
        fclose(in);
        return 1;
    }
    fprintf(out, "/* generated from %s by tools/embedgen */\n"
                 "#include <stddef.h>\nconst char %s[] = {\n", argv[2], argv[1]);
    while ((c = getc(in)) != EOF) {
        fprintf(out, "%d,", c > 127 ? c - 256 : c);
        if (++n % 24 == 0)
            fputc('\n', out);
    }
    fprintf(out, "0 };\nconst size_t %s_len = %lu;\n", argv[1], n);
    fclose(in);
    if (fclose(out) != 0) {
        perror(argv[3]);
        return 1;
    }
    return 0;
}
