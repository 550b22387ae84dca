/*
 * cicu.h: a thin, prefixed C shim over the system ICU (libicu-dev).
 *
 * Why it exists: Foundation on Linux carries its own ICU copy, so no ICU header may reach a Swift
 * module that imports Foundation, and ICU's C API is versioned macros Swift cannot call. This header
 * therefore declares the project's own functions in plain C types only; cicu.c includes ICU and
 * forwards. No policy lives here: every decision is made in TolkText, the only Swift module that
 * imports CICU.
 *
 * Conventions: text is UTF-16 (`uint16_t *`) or UTF-8 (`const char *`) with explicit lengths;
 * every fallible call takes `int32_t *status` (ICU's UErrorCode: 0 is success, > 0 is failure,
 * < 0 is a warning) and returns the length ICU reports, which may exceed the capacity given (then
 * status is U_BUFFER_OVERFLOW_ERROR = 15 and the caller retries with a bigger buffer).
 */
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the C allocator (glibc's mallopt; not ICU) ---- */
/* The settings of glibc's malloc that Tolk changes (mallopt's M_MMAP_THRESHOLD, M_TRIM_THRESHOLD, M_ARENA_MAX). */
typedef enum {
    CICU_MALLOC_MAP_THRESHOLD = 0,   /* the size from which malloc maps a block on its own */
    CICU_MALLOC_TRIM_THRESHOLD = 1,  /* how much free memory at the top of the heap it keeps instead of giving back */
    CICU_MALLOC_ARENA_MAX = 2        /* the most arenas (each beyond the first reserves 64 MiB of address space) */
} CicuMallocSetting;
/* Sets one malloc setting to `bytes` (for CICU_MALLOC_ARENA_MAX: a count); returns mallopt's result (1 success,
 * 0 failure; 0 where there is no glibc). */
int cicu_malloc_set(CicuMallocSetting setting, int32_t bytes);

/* ---- errors and versions ---- */
const char *cicu_error_name(int32_t status);
/* ICU's version as "72.1" into buffer; returns length. */
int32_t cicu_version(char *buffer, int32_t capacity);

/* ---- normalization (unorm2) ---- */
/* kind: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD, 4 NFKC_Casefold. Returned pointer is owned by ICU, never closed. */
const void *cicu_normalizer(int32_t kind, int32_t *status);
int32_t cicu_normalize(const void *normalizer, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *status);
/* 1 if normalized, 0 if not. */
int32_t cicu_is_normalized(const void *normalizer, const uint16_t *source, int32_t length, int32_t *status);
/* Length of the prefix that is already normalized (unorm2_spanQuickCheckYes). */
int32_t cicu_normalized_span(const void *normalizer, const uint16_t *source, int32_t length, int32_t *status);

/* UTF-8 to UTF-16 (u_strFromUTF8, strict: ill-formed input is an error); returns the UTF-16 length. */
int32_t cicu_utf8_to_utf16(const char *source, int32_t length, uint16_t *destination, int32_t capacity,
                           int32_t *status);

/* ---- case (ustring) ---- */
int32_t cicu_fold_case(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                       int32_t *status);
int32_t cicu_to_lower(const char *locale, const uint16_t *source, int32_t length, uint16_t *destination,
                      int32_t capacity, int32_t *status);

/* ---- transliteration (utrans) ---- */
void *cicu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status);
void cicu_transliterator_close(void *transliterator);
/* Transliterates text in place: `length` is the text's length, `capacity` the buffer's; returns new length. */
int32_t cicu_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity,
                           int32_t *status);

/* ---- characters (uchar, uscript) ---- */
/* UScriptCode of a code point (e.g. 25 Latin, 8 Cyrillic, 17 Han). */
int32_t cicu_script(uint32_t code_point, int32_t *status);
/* ISO 15924 short name ("Latn") of a UScriptCode, or NULL. */
const char *cicu_script_short_name(int32_t script);
/* General category (UCharCategory) of a code point. */
int32_t cicu_char_type(uint32_t code_point);
int32_t cicu_is_alphabetic(uint32_t code_point);

/* ---- break iteration (ubrk) over UTF-8: boundaries are UTF-8 byte offsets ---- */
/* kind: 0 character, 1 word, 2 line, 3 sentence (UBreakIteratorType). */
void *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
void *cicu_break_clone(const void *iterator, int32_t *status);
void cicu_break_close(void *iterator);
/* Points the iterator at UTF-8 text (not copied: it must outlive the iteration). */
void cicu_break_set_utf8(void *iterator, const char *text, int64_t length, int32_t *status);
/* Returns the next boundary as a byte offset, or -1 at the end. */
int32_t cicu_break_first(void *iterator);
int32_t cicu_break_next(void *iterator);
int32_t cicu_break_following(void *iterator, int32_t offset);
/* Rule status of the boundary just returned (UWordBreak: 0 none, 100 number, 200 letter, 300 kana, 400 ideo). */
int32_t cicu_break_rule_status(void *iterator);

/* ---- charset detection (ucsdet) and conversion (ucnv) ---- */
void *cicu_charset_detector_open(int32_t *status);
void cicu_charset_detector_close(void *detector);
/* Detects the best match for the bytes; writes its name (e.g. "windows-1252") into name; returns the
 * confidence 0..100, or -1 when nothing matched. `declared` may be NULL or a charset hint. */
int32_t cicu_charset_detect(void *detector, const char *bytes, int32_t length, const char *declared,
                            char *name, int32_t name_capacity, int32_t *status);
/* Whether a converter of that name exists; writes ICU's canonical name. */
/* The name `standard` ("IANA", "MIME") gives the converter that `name` (any alias) names; returns its length,
 * or 0 when ICU knows no such converter or the standard has no name for it. */
int32_t cicu_charset_standard_name(const char *name, const char *standard, char *result, int32_t capacity,
                                   int32_t *status);
int32_t cicu_charset_canonical_name(const char *name, char *canonical, int32_t capacity, int32_t *status);

void *cicu_converter_open(const char *name, int32_t *status);
void cicu_converter_close(void *converter);
/* Makes the converter stop with an error at illegal or unmappable input instead of substituting. */
void cicu_converter_set_strict(void *converter, int32_t *status);
/* Streams bytes in, UTF-16 out (ucnv_toUnicode). `consumed` receives the number of source bytes read,
 * `produced` the number of UTF-16 units written; `flush` is 1 on the last chunk. On an illegal sequence
 * status > 0 and `consumed` points just past the offending bytes; cicu_converter_invalid_length tells
 * how many bytes were bad. */
void cicu_converter_to_utf16(void *converter, const char *source, int32_t source_length, uint16_t *target,
                             int32_t target_capacity, int32_t flush, int32_t *consumed, int32_t *produced,
                             int32_t *status);
int32_t cicu_converter_invalid_length(void *converter, int32_t *status);
void cicu_converter_reset(void *converter);

/* ---- locale data (uloc, udat, ulocdata) ---- */
/* Display name of a region ("DK") or language ("da") in a display locale; returns length. */
int32_t cicu_display_country(const char *region, const char *display_locale, uint16_t *buffer, int32_t capacity,
                             int32_t *status);
int32_t cicu_display_language(const char *language, const char *display_locale, uint16_t *buffer,
                              int32_t capacity, int32_t *status);
/* ISO 3166 two-letter region codes known to ICU: count, and the code at an index. */
int32_t cicu_iso_country_count(void);
const char *cicu_iso_country(int32_t index);
int32_t cicu_iso_language_count(void);
const char *cicu_iso_language(int32_t index);
/* Calendar symbols: kind 0 wide months, 1 wide weekdays (Sunday first), 2 short months, 3 short weekdays.
 * Writes symbol `index` into buffer; returns its length, or -1 when index is out of range. */
int32_t cicu_date_symbol(const char *locale, int32_t kind, int32_t index, uint16_t *buffer, int32_t capacity,
                         int32_t *status);
/* Exemplar characters of a locale (standard set) as a UnicodeSet pattern, e.g. "[a-zåæø]". */
int32_t cicu_exemplar_pattern(const char *locale, uint16_t *buffer, int32_t capacity, int32_t *status);

/* ---- regular expressions (uregex) over UTF-8: positions are UTF-8 byte offsets ---- */
/* Compiles a UTF-8 pattern; flags are URegexpFlag bits (2 case-insensitive). On a syntax error status > 0
 * and *error_offset receives the pattern offset (UParseError.offset), or -1. */
void *cicu_regex_open(const char *pattern, int64_t length, uint32_t flags, int32_t *error_offset, int32_t *status);
void cicu_regex_close(void *regex);
/* Points the regex at UTF-8 text (not copied: it must outlive the matching). */
void cicu_regex_set_utf8(void *regex, const char *text, int64_t length, int32_t *status);
/* uregex_find64 from `start` (1 when found, 0 otherwise) and uregex_lookingAt64 at `start`. */
int32_t cicu_regex_find(void *regex, int64_t start, int32_t *status);
int32_t cicu_regex_looking_at(void *regex, int64_t start, int32_t *status);
/* Start and end byte offsets of capture group `group` (0 = whole match) of the last match; -1 if unset. */
int64_t cicu_regex_start(void *regex, int32_t group, int32_t *status);
int64_t cicu_regex_end(void *regex, int32_t group, int32_t *status);
int32_t cicu_regex_group_count(void *regex, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
