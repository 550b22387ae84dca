/* cicu.c: forwards the cicu_* functions of include/cicu.h to the system ICU. No policy here. */
#include "cicu.h"

#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/uregex.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

#define ST(s) ((UErrorCode *)(s))

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t length = (int32_t)strlen(text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
    return length;
}

/* ---- normalization ---- */
const void *cicu_normalizer(int32_t kind, int32_t *status) {
    switch (kind) {
    case 0: return unorm2_getNFCInstance(ST(status));
    case 1: return unorm2_getNFDInstance(ST(status));
    case 2: return unorm2_getNFKCInstance(ST(status));
    case 3: return unorm2_getNFKDInstance(ST(status));
    case 4: return unorm2_getNFKCCasefoldInstance(ST(status));
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t cicu_normalize(const void *normalizer, const uint16_t *source, int32_t length, uint16_t *destination,
                       int32_t capacity, int32_t *status) {
    return unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)source, length, (UChar *)destination,
                            capacity, ST(status));
}

int32_t cicu_is_normalized(const void *normalizer, const uint16_t *source, int32_t length, int32_t *status) {
    return unorm2_isNormalized((const UNormalizer2 *)normalizer, (const UChar *)source, length, ST(status)) ? 1 : 0;
}

int32_t cicu_normalized_span(const void *normalizer, const uint16_t *source, int32_t length, int32_t *status) {
    return unorm2_spanQuickCheckYes((const UNormalizer2 *)normalizer, (const UChar *)source, length, ST(status));
}

/* ---- case ---- */
int32_t cicu_utf8_to_utf16(const char *source, int32_t length, uint16_t *destination, int32_t capacity,
                           int32_t *status) {
    int32_t written = 0;
    u_strFromUTF8((UChar *)destination, capacity, &written, source, length, ST(status));
    return written;
}

int32_t cicu_fold_case(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                       int32_t *status) {
    return u_strFoldCase((UChar *)destination, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT,
                         ST(status));
}

int32_t cicu_to_lower(const char *locale, const uint16_t *source, int32_t length, uint16_t *destination,
                      int32_t capacity, int32_t *status) {
    return u_strToLower((UChar *)destination, capacity, (const UChar *)source, length, locale, ST(status));
}

/* ---- transliteration ---- */
void *cicu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    return utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, ST(status));
}

void cicu_transliterator_close(void *transliterator) {
    if (transliterator) utrans_close((UTransliterator *)transliterator);
}

int32_t cicu_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity,
                           int32_t *status) {
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength, capacity, 0, &limit,
                       ST(status));
    return textLength;
}

/* ---- characters ---- */
int32_t cicu_script(uint32_t code_point, int32_t *status) {
    return (int32_t)uscript_getScript((UChar32)code_point, ST(status));
}

const char *cicu_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }

int32_t cicu_char_type(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }

int32_t cicu_is_alphabetic(uint32_t code_point) { return u_isUAlphabetic((UChar32)code_point) ? 1 : 0; }

/* ---- an ICU object that reads UTF-8 text through a UText it keeps (break iterators, regular expressions) ---- */
typedef struct {
    void *object;
    UText *text;
} CicuReader;

/* `object` (just opened, `status` telling whether that worked) in a reader; NULL when it did not open, or when
   no memory is left for the reader (then `object` is closed with `close`). */
static CicuReader *cicu_reader(void *object, void (*close)(void *), int32_t *status) {
    if (U_FAILURE(*ST(status))) return NULL;
    CicuReader *reader = (CicuReader *)calloc(1, sizeof(CicuReader));
    if (!reader) {
        close(object);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    reader->object = object;
    return reader;
}

static void cicu_reader_close(CicuReader *reader, void (*close)(void *)) {
    if (!reader) return;
    close(reader->object);
    if (reader->text) utext_close(reader->text);
    free(reader);
}

/* The reader's UText pointed at `text`; NULL when ICU could not open it. */
static UText *cicu_reader_text(CicuReader *reader, const char *text, int64_t length, int32_t *status) {
    reader->text = utext_openUTF8(reader->text, text, length, ST(status));
    return U_FAILURE(*ST(status)) ? NULL : reader->text;
}

/* ---- break iteration over UTF-8 ---- */
#define BREAK(iterator) ((UBreakIterator *)((CicuReader *)(iterator))->object)

static void cicu_break_iterator_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

void *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, ST(status));
    return cicu_reader(iterator, cicu_break_iterator_close, status);
}

void *cicu_break_clone(const void *iterator, int32_t *status) {
    UBreakIterator *copy = ubrk_clone(BREAK(iterator), ST(status));
    return cicu_reader(copy, cicu_break_iterator_close, status);
}

void cicu_break_close(void *iterator) { cicu_reader_close((CicuReader *)iterator, cicu_break_iterator_close); }

void cicu_break_set_utf8(void *iterator, const char *text, int64_t length, int32_t *status) {
    UText *utext = cicu_reader_text((CicuReader *)iterator, text, length, status);
    if (utext) ubrk_setUText(BREAK(iterator), utext, ST(status));
}

int32_t cicu_break_first(void *iterator) { return ubrk_first(BREAK(iterator)); }
int32_t cicu_break_next(void *iterator) { return ubrk_next(BREAK(iterator)); }
int32_t cicu_break_following(void *iterator, int32_t offset) {
    return ubrk_following(BREAK(iterator), offset);
}
int32_t cicu_break_rule_status(void *iterator) { return ubrk_getRuleStatus(BREAK(iterator)); }

/* ---- charset detection and conversion ---- */
void *cicu_charset_detector_open(int32_t *status) { return ucsdet_open(ST(status)); }

void cicu_charset_detector_close(void *detector) {
    if (detector) ucsdet_close((UCharsetDetector *)detector);
}

int32_t cicu_charset_detect(void *detector, const char *bytes, int32_t length, const char *declared, char *name,
                            int32_t name_capacity, int32_t *status) {
    UCharsetDetector *csd = (UCharsetDetector *)detector;
    ucsdet_setText(csd, bytes, length, ST(status));
    if (declared) ucsdet_setDeclaredEncoding(csd, declared, (int32_t)strlen(declared), ST(status));
    if (U_FAILURE(*ST(status))) return -1;
    const UCharsetMatch *match = ucsdet_detect(csd, ST(status));
    if (U_FAILURE(*ST(status)) || !match) return -1;
    const char *found = ucsdet_getName(match, ST(status));
    int32_t confidence = ucsdet_getConfidence(match, ST(status));
    if (U_FAILURE(*ST(status)) || !found) return -1;
    if (name_capacity > 0) {
        strncpy(name, found, (size_t)name_capacity - 1);
        name[name_capacity - 1] = 0;
    }
    return confidence;
}

int32_t cicu_charset_canonical_name(const char *name, char *canonical, int32_t capacity, int32_t *status) {
    const char *found = ucnv_getCanonicalName(name, "IANA", ST(status));
    if (!found || !*found) found = ucnv_getAlias(name, 0, ST(status));
    if (U_FAILURE(*ST(status)) || !found) return 0;
    if (capacity > 0) {
        strncpy(canonical, found, (size_t)capacity - 1);
        canonical[capacity - 1] = 0;
    }
    return 1;
}

int32_t cicu_charset_standard_name(const char *name, const char *standard, char *result, int32_t capacity,
                                   int32_t *status) {
    const char *converter = ucnv_getAlias(name, 0, ST(status));
    if (U_FAILURE(*ST(status)) || !converter) return 0;
    const char *found = ucnv_getStandardName(converter, standard, ST(status));
    if (U_FAILURE(*ST(status)) || !found || capacity <= 0) return 0;
    strncpy(result, found, (size_t)capacity - 1);
    result[capacity - 1] = 0;
    return (int32_t)strlen(result);
}

void *cicu_converter_open(const char *name, int32_t *status) { return ucnv_open(name, ST(status)); }

void cicu_converter_close(void *converter) {
    if (converter) ucnv_close((UConverter *)converter);
}

void cicu_converter_set_strict(void *converter, int32_t *status) {
    ucnv_setToUCallBack((UConverter *)converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, ST(status));
}

void cicu_converter_to_utf16(void *converter, const char *source, int32_t source_length, uint16_t *target,
                             int32_t target_capacity, int32_t flush, int32_t *consumed, int32_t *produced,
                             int32_t *status) {
    const char *sourceCursor = source;
    UChar *targetCursor = (UChar *)target;
    ucnv_toUnicode((UConverter *)converter, &targetCursor, (UChar *)target + target_capacity, &sourceCursor,
                   source + source_length, NULL, flush ? 1 : 0, ST(status));
    *consumed = (int32_t)(sourceCursor - source);
    *produced = (int32_t)(targetCursor - (UChar *)target);
}

int32_t cicu_converter_invalid_length(void *converter, int32_t *status) {
    char bytes[32];
    int8_t length = (int8_t)sizeof(bytes);
    ucnv_getInvalidChars((const UConverter *)converter, bytes, &length, ST(status));
    return length;
}

void cicu_converter_reset(void *converter) { ucnv_reset((UConverter *)converter); }

/* ---- locale data ---- */
int32_t cicu_display_country(const char *region, const char *display_locale, uint16_t *buffer, int32_t capacity,
                             int32_t *status) {
    char locale[16] = "und_";
    strncat(locale, region, sizeof(locale) - strlen(locale) - 1);
    return uloc_getDisplayCountry(locale, display_locale, (UChar *)buffer, capacity, ST(status));
}

int32_t cicu_display_language(const char *language, const char *display_locale, uint16_t *buffer,
                              int32_t capacity, int32_t *status) {
    return uloc_getDisplayLanguage(language, display_locale, (UChar *)buffer, capacity, ST(status));
}

/* The length of a NULL-terminated list of codes. */
static int32_t cicu_code_count(const char *const *list) {
    int32_t count = 0;
    while (list[count]) count++;
    return count;
}

int32_t cicu_iso_country_count(void) { return cicu_code_count(uloc_getISOCountries()); }

const char *cicu_iso_country(int32_t index) { return uloc_getISOCountries()[index]; }

int32_t cicu_iso_language_count(void) { return cicu_code_count(uloc_getISOLanguages()); }

const char *cicu_iso_language(int32_t index) { return uloc_getISOLanguages()[index]; }

int32_t cicu_date_symbol(const char *locale, int32_t kind, int32_t index, uint16_t *buffer, int32_t capacity,
                         int32_t *status) {
    UDateFormatSymbolType type;
    switch (kind) {
    case 0: type = UDAT_MONTHS; break;
    case 1: type = UDAT_WEEKDAYS; break;
    case 2: type = UDAT_SHORT_MONTHS; break;
    case 3: type = UDAT_SHORT_WEEKDAYS; break;
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return -1;
    }
    UDateFormat *format = udat_open(UDAT_NONE, UDAT_FULL, locale, NULL, 0, NULL, 0, ST(status));
    if (U_FAILURE(*ST(status))) return -1;
    int32_t count = udat_countSymbols(format, type);
    /* ICU's weekday arrays start with an empty slot at index 0. */
    int32_t offset = (type == UDAT_WEEKDAYS || type == UDAT_SHORT_WEEKDAYS) ? 1 : 0;
    int32_t length = -1;
    if (index >= 0 && index + offset < count) {
        length = udat_getSymbols(format, type, index + offset, (UChar *)buffer, capacity, ST(status));
    }
    udat_close(format);
    return length;
}

int32_t cicu_exemplar_pattern(const char *locale, uint16_t *buffer, int32_t capacity, int32_t *status) {
    ULocaleData *data = ulocdata_open(locale, ST(status));
    if (U_FAILURE(*ST(status))) return 0;
    USet *set = ulocdata_getExemplarSet(data, NULL, 0, ULOCDATA_ES_STANDARD, ST(status));
    int32_t length = 0;
    if (U_SUCCESS(*ST(status)) && set) {
        length = uset_toPattern(set, (UChar *)buffer, capacity, 1, ST(status));
        uset_close(set);
    }
    ulocdata_close(data);
    return length;
}

/* ---- regular expressions over UTF-8 ---- */
#define REGEX(regex) ((URegularExpression *)((CicuReader *)(regex))->object)

static void cicu_regex_object_close(void *regex) { uregex_close((URegularExpression *)regex); }

void *cicu_regex_open(const char *pattern, int64_t length, uint32_t flags, int32_t *error_offset, int32_t *status) {
    UParseError parse;
    memset(&parse, 0, sizeof(parse));
    *error_offset = -1;
    UText *patternText = utext_openUTF8(NULL, pattern, length, ST(status));
    if (U_FAILURE(*ST(status))) return NULL;
    URegularExpression *regex = uregex_openUText(patternText, flags, &parse, ST(status));
    utext_close(patternText);
    if (U_FAILURE(*ST(status))) *error_offset = parse.offset;
    return cicu_reader(regex, cicu_regex_object_close, status);
}

void cicu_regex_close(void *regex) { cicu_reader_close((CicuReader *)regex, cicu_regex_object_close); }

void cicu_regex_set_utf8(void *regex, const char *text, int64_t length, int32_t *status) {
    UText *utext = cicu_reader_text((CicuReader *)regex, text, length, status);
    if (utext) uregex_setUText(REGEX(regex), utext, ST(status));
}

int32_t cicu_regex_find(void *regex, int64_t start, int32_t *status) {
    return uregex_find64(REGEX(regex), start, ST(status)) ? 1 : 0;
}

int32_t cicu_regex_looking_at(void *regex, int64_t start, int32_t *status) {
    return uregex_lookingAt64(REGEX(regex), start, ST(status)) ? 1 : 0;
}

int64_t cicu_regex_start(void *regex, int32_t group, int32_t *status) {
    return uregex_start64(REGEX(regex), group, ST(status));
}

int64_t cicu_regex_end(void *regex, int32_t group, int32_t *status) {
    return uregex_end64(REGEX(regex), group, ST(status));
}

int32_t cicu_regex_group_count(void *regex, int32_t *status) {
    return uregex_groupCount(REGEX(regex), ST(status));
}

int cicu_malloc_set(CicuMallocSetting setting, int32_t bytes) {
#if defined(__GLIBC__)
    switch (setting) {
    case CICU_MALLOC_TRIM_THRESHOLD: return mallopt(M_TRIM_THRESHOLD, bytes);
    case CICU_MALLOC_ARENA_MAX: return mallopt(M_ARENA_MAX, bytes);
    case CICU_MALLOC_MAP_THRESHOLD: break;
    }
    return mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)setting;
    (void)bytes;
    return 0;
#endif
}
