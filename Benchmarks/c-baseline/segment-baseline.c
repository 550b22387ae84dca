/*
 * segment-baseline.c: the physical limit of an ICU-based normalize + segment pipeline, with no Swift layer.
 *
 * It does what `tolk segment --format json` asks of ICU, with the same ICU functions and nothing else:
 * reads the file in 1 MiB blocks cut at line ends, converts each block UTF-8 -> UTF-16 (u_strFromUTF8, strict),
 * checks NFC (unorm2_spanQuickCheckYes; normalizes the rest if needed, then back to UTF-8), finds sentence
 * boundaries with a "da" sentence break iterator over the UTF-8 text (UText), and word boundaries with their
 * rule status with a "da" word break iterator over each sentence. It prints the counts and the throughput, per
 * second of wall-clock time and per second of this process's user CPU time (what the Swift benchmark reports as
 * "Time (user CPU)"; on a shared machine the CPU figure is the one to compare).
 *
 * With --sentences-only it skips the word break (what `tolk segment` in text format asks of ICU).
 *
 * Build: cc -O2 -o segment-baseline segment-baseline.c -licuuc -licudata   (Debian: apt-get install libicu-dev)
 * Run:   ./segment-baseline [--sentences-only] FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#define BLOCK (1 << 20)

static double cpu(void) { /* user CPU time of this process, as the Swift benchmark's "Time (user CPU)" */
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    int sentencesOnly = argc == 3 && strcmp(argv[1], "--sentences-only") == 0;
    if (argc != 2 && !sentencesOnly) {
        fprintf(stderr, "usage: %s [--sentences-only] FILE\n", argv[0]);
        return 64;
    }
    const char *path = argv[argc - 1];
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    UBreakIterator *sentences = ubrk_open(UBRK_SENTENCE, "da", NULL, 0, &status);
    UBreakIterator *words = ubrk_open(UBRK_WORD, "da", NULL, 0, &status);
    if (U_FAILURE(status)) {
        fprintf(stderr, "ICU: %s\n", u_errorName(status));
        return 1;
    }
    char *buffer = malloc(2 * BLOCK + 1);
    UChar *utf16 = malloc(sizeof(UChar) * (2 * BLOCK + 1));
    UChar *normalized = malloc(sizeof(UChar) * (4 * BLOCK + 1));
    char *utf8 = malloc(8 * BLOCK + 1);
    UText *sentenceText = NULL, *wordText = NULL;
    size_t pending = 0, total = 0;
    long sentenceCount = 0, tokenCount = 0, normalizedBlocks = 0;
    double start = now(), cpuStart = cpu();
    for (;;) {
        size_t got = fread(buffer + pending, 1, BLOCK, file);
        size_t filled = pending + got;
        if (filled == 0) break;
        size_t cut = filled;
        if (got > 0) { /* cut after the last line end; keep the rest for the next block */
            while (cut > 0 && buffer[cut - 1] != '\n') cut--;
            if (cut == 0) cut = filled;
        }
        total += cut;
        int32_t length16 = 0;
        status = U_ZERO_ERROR;
        u_strFromUTF8(utf16, 2 * BLOCK + 1, &length16, buffer, (int32_t)cut, &status);
        if (U_FAILURE(status)) {
            fprintf(stderr, "%s: invalid UTF-8 near byte %zu\n", path, total - cut);
            return 1;
        }
        const char *text = buffer;
        int32_t textLength = (int32_t)cut;
        int32_t span = unorm2_spanQuickCheckYes(nfc, utf16, length16, &status);
        if (span < length16) { /* not NFC: normalize and go back to UTF-8 */
            normalizedBlocks++;
            int32_t n = unorm2_normalize(nfc, utf16, length16, normalized, 4 * BLOCK + 1, &status);
            u_strToUTF8(utf8, 8 * BLOCK + 1, &textLength, normalized, n, &status);
            text = utf8;
        }
        sentenceText = utext_openUTF8(sentenceText, text, textLength, &status);
        ubrk_setUText(sentences, sentenceText, &status);
        int32_t from = ubrk_first(sentences);
        for (int32_t to = ubrk_next(sentences); to != UBRK_DONE; from = to, to = ubrk_next(sentences)) {
            sentenceCount++;
            if (sentencesOnly) continue;
            wordText = utext_openUTF8(wordText, text + from, to - from, &status);
            ubrk_setUText(words, wordText, &status);
            ubrk_first(words);
            while (ubrk_next(words) != UBRK_DONE) {
                if (ubrk_getRuleStatus(words) >= UBRK_WORD_NONE) tokenCount++;
            }
        }
        if (U_FAILURE(status)) {
            fprintf(stderr, "ICU: %s\n", u_errorName(status));
            return 1;
        }
        memmove(buffer, buffer + cut, filled - cut);
        pending = filled - cut;
        if (got == 0 && pending == 0) break;
    }
    double seconds = now() - start, cpuSeconds = cpu() - cpuStart;
    printf("bytes %zu sentences %ld word-break segments %ld blocks normalized %ld seconds %.3f MB/s %.1f "
           "user-cpu-seconds %.3f MB/cpu-s %.1f\n", total, sentenceCount, tokenCount, normalizedBlocks, seconds,
           (double)total / 1e6 / seconds, cpuSeconds, (double)total / 1e6 / cpuSeconds);
    utext_close(sentenceText);
    utext_close(wordText);
    ubrk_close(sentences);
    ubrk_close(words);
    fclose(file);
    return 0;
}
