/*
 * icu-sentences.c: ICU's sentence break iterator alone, with no Tolk rules, for scripts/eval-segmentation.py.
 *
 * Reads UTF-8 paragraphs from stdin, one per line, and writes each paragraph's sentences (trimmed), one per line,
 * with an empty line after each paragraph.
 *
 * Build: cc -O2 -o icu-sentences icu-sentences.c -licuuc   (Debian: apt-get install libicu-dev)
 * Run:   ./icu-sentences LOCALE < paragraphs.txt           (LOCALE such as "en" or "da")
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

static void put_trimmed(const char *text, int32_t from, int32_t to) {
    while (from < to && (text[from] == ' ' || text[from] == '\t')) from++;
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '\n')) to--;
    if (to > from) printf("%.*s\n", (int)(to - from), text + from);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s LOCALE < paragraphs\n", argv[0]);
        return 64;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *sentences = ubrk_open(UBRK_SENTENCE, argv[1], NULL, 0, &status);
    if (U_FAILURE(status)) {
        fprintf(stderr, "ICU: %s\n", u_errorName(status));
        return 1;
    }
    UText *text = NULL;
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    while ((length = getline(&line, &capacity, stdin)) >= 0) {
        text = utext_openUTF8(text, line, length, &status);
        ubrk_setUText(sentences, text, &status);
        if (U_FAILURE(status)) {
            fprintf(stderr, "ICU: %s\n", u_errorName(status));
            return 1;
        }
        int32_t from = ubrk_first(sentences);
        for (int32_t to = ubrk_next(sentences); to != UBRK_DONE; from = to, to = ubrk_next(sentences)) {
            put_trimmed(line, from, to);
        }
        printf("\n");
    }
    free(line);
    utext_close(text);
    ubrk_close(sentences);
    return 0;
}
