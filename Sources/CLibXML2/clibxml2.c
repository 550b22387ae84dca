/* clibxml2.c: parses HTML with the system libxml2 into the flat tree of include/clibxml2.h. No policy here.
 *
 * libxml2's own tree (htmlReadMemory) is not built: its HTML parser drives SAX callbacks that append nodes,
 * text and attributes straight to a few growing arrays. The callbacks reproduce what libxml2's tree builder
 * (SAX2.c, 2.9.14) makes of the same events, so the flat tree is the one a walk over htmlReadMemory's document
 * gives: element names without a namespace prefix (xmlSplitQName), adjacent text (or CDATA) pieces merged into
 * one node, text outside any element dropped, an element opened after the root element closed appended to the
 * root (or, when the document's first child is not the root, left out), the parse halted at nesting depth 257
 * (nodePush), and white space that the tree builder would judge ignorable (areBlanks, which reads the tree)
 * left out as HTML_PARSE_NOBLANKS does. */
#include "clibxml2.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

void clibxml2_initialize(void) { xmlInitParser(); }

int32_t clibxml2_version(void) { return (int32_t)LIBXML_VERSION; }

/* The last child of an open element, as the tree builder would see it. */
enum last_kind { LAST_NONE, LAST_TEXT, LAST_CDATA, LAST_ELEMENT, LAST_PI, LAST_COMMENT };

typedef struct {
    int32_t index;            /* the element's node index */
    enum last_kind last;      /* its last child's kind, comments included */
    enum last_kind last_kept; /* its last child's kind that is not a comment */
    const xmlChar *last_name; /* that child's name (element: without prefix; PI: target), or NULL */
    int32_t last_name_length;
} open_element;

typedef struct {
    const xmlChar *key;
    int32_t value;
} pointer_slot;

struct clibxml2_tree {
    clibxml2_node *nodes;
    int32_t node_count, node_capacity;
    clibxml2_attribute *attributes;
    int32_t attribute_count, attribute_capacity;
    uint8_t *bytes;
    int64_t byte_count, byte_capacity;
    int32_t *names; /* pairs: byte offset and length of each element name */
    int32_t name_count, name_capacity;
    int32_t raw_texts_at_once; /* script and style contents read by read_raw_text */
};

typedef struct {
    struct clibxml2_tree *tree;
    open_element *open;
    int32_t open_count, open_capacity;
    int32_t *last_child; /* per node: its last child's index, or -1 */
    int32_t last_child_capacity;
    /* Names (interned by the parser's dictionary, so one pointer per name) to their index: element names to
     * clibxml2_tree names, attribute names to the kept list (-1 when not kept). */
    pointer_slot *element_names, *attribute_names;
    int32_t element_slots, element_used, attribute_slots, attribute_used;
    const char *const *kept;
    int32_t kept_count;
    int root_seen;
    int root_is_first_child; /* the document's first child is the root element */
    int doc_has_children;
    int doctype_seen, strict_doctype;
    int32_t ignored_depth; /* > 0 inside an element left out with its subtree */
    int halted, failed;
    int32_t text_node; /* the text or CDATA node that the next piece of the same kind extends, or -1 */
    int raw_text_at_once; /* CLIBXML2_RAW_TEXT_AT_ONCE was asked for */
} builder;

/* A name with its length, known when compiled. */
typedef struct {
    const char *name;
    int32_t length;
} sized_name;
#define SIZED(literal) {literal, (int32_t)sizeof(literal) - 1}

static const sized_name allow_pcdata[] = {
    SIZED("a"), SIZED("abbr"), SIZED("acronym"), SIZED("address"), SIZED("applet"), SIZED("b"), SIZED("bdo"),
    SIZED("big"), SIZED("blockquote"), SIZED("body"), SIZED("button"), SIZED("caption"), SIZED("center"),
    SIZED("cite"), SIZED("code"), SIZED("dd"), SIZED("del"), SIZED("dfn"), SIZED("div"), SIZED("dt"), SIZED("em"),
    SIZED("font"), SIZED("form"), SIZED("h1"), SIZED("h2"), SIZED("h3"), SIZED("h4"), SIZED("h5"), SIZED("h6"),
    SIZED("i"), SIZED("iframe"), SIZED("ins"), SIZED("kbd"), SIZED("label"), SIZED("legend"), SIZED("li"),
    SIZED("noframes"), SIZED("noscript"), SIZED("object"), SIZED("p"), SIZED("pre"), SIZED("q"), SIZED("s"),
    SIZED("samp"), SIZED("small"), SIZED("span"), SIZED("strike"), SIZED("strong"), SIZED("td"), SIZED("th"),
    SIZED("tt"), SIZED("u"), SIZED("var"),
};

static int allows_pcdata(const xmlChar *name, int32_t length) {
    if (name == NULL || length <= 0) return 0;
    for (size_t i = 0; i < sizeof(allow_pcdata) / sizeof(allow_pcdata[0]); i++) {
        if (allow_pcdata[i].length == length && allow_pcdata[i].name[0] == (char)name[0]
            && memcmp(allow_pcdata[i].name, name, (size_t)length) == 0) {
            return 1;
        }
    }
    return 0;
}

static void fail(xmlParserCtxtPtr context, builder *b) {
    b->failed = 1;
    b->halted = 1;
    xmlStopParser(context);
}

static int grow(void **array, int32_t *capacity, int32_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    int64_t next = *capacity < 64 ? 64 : (int64_t)*capacity * 2;
    while (next < needed) next *= 2;
    if (next > INT32_MAX) next = INT32_MAX;
    if (next < needed) return 0;
    void *grown = realloc(*array, (size_t)next * size);
    if (grown == NULL) return 0;
    *array = grown;
    *capacity = (int32_t)next;
    return 1;
}

static int append_bytes(struct clibxml2_tree *tree, const xmlChar *bytes, int32_t length) {
    if (tree->byte_count + length > INT32_MAX) return 0;
    if (tree->byte_count + length > tree->byte_capacity) {
        int64_t next = tree->byte_capacity < 4096 ? 4096 : tree->byte_capacity * 2;
        while (next < tree->byte_count + length) next *= 2;
        uint8_t *grown = realloc(tree->bytes, (size_t)next);
        if (grown == NULL) return 0;
        tree->bytes = grown;
        tree->byte_capacity = next;
    }
    if (length > 0) memcpy(tree->bytes + tree->byte_count, bytes, (size_t)length);
    tree->byte_count += length;
    return 1;
}

/* The slot of `key` in an open-addressed table of `slots` (a power of two), or the empty slot where it goes. */
static pointer_slot *slot(pointer_slot *table, int32_t slots, const xmlChar *key) {
    size_t hash = ((size_t)key >> 4) * 0x9E3779B97F4A7C15ull;
    for (size_t i = hash & (size_t)(slots - 1);; i = (i + 1) & (size_t)(slots - 1)) {
        if (table[i].key == key || table[i].key == NULL) return &table[i];
    }
}

/* Makes room for one more key; 0 when out of memory. */
static int reserve(pointer_slot **table, int32_t *slots, int32_t used) {
    if ((int64_t)(used + 1) * 2 <= *slots) return 1;
    int32_t count = *slots == 0 ? 64 : *slots * 2;
    pointer_slot *grown = calloc((size_t)count, sizeof(pointer_slot));
    if (grown == NULL) return 0;
    for (int32_t i = 0; i < *slots; i++) {
        if ((*table)[i].key != NULL) *slot(grown, count, (*table)[i].key) = (*table)[i];
    }
    free(*table);
    *table = grown;
    *slots = count;
    return 1;
}

/* An element's name without its namespace prefix, as xmlSplitQName gives it: what follows the first ':', unless
 * the name starts with ':', has none, or ends right after it. */
static const xmlChar *local_name(const xmlChar *name, int32_t *length) {
    int32_t full = (int32_t)strlen((const char *)name);
    *length = full;
    if (name[0] == ':') return name;
    const xmlChar *colon = (const xmlChar *)strchr((const char *)name, ':');
    if (colon == NULL || colon[1] == 0) return name;
    *length = full - (int32_t)(colon + 1 - name);
    return colon + 1;
}

/* The index of an element name in the tree's names, adding it on first sight; -1 when out of memory. */
static int32_t name_index(builder *b, const xmlChar *name) {
    if (!reserve(&b->element_names, &b->element_slots, b->element_used)) return -1;
    pointer_slot *entry = slot(b->element_names, b->element_slots, name);
    if (entry->key != NULL) return entry->value;
    struct clibxml2_tree *tree = b->tree;
    int32_t length;
    const xmlChar *local = local_name(name, &length);
    if (!grow((void **)&tree->names, &tree->name_capacity, (tree->name_count + 1) * 2, sizeof(int32_t))) return -1;
    int64_t start = tree->byte_count;
    if (!append_bytes(tree, local, length)) return -1;
    tree->names[tree->name_count * 2] = (int32_t)start;
    tree->names[tree->name_count * 2 + 1] = length;
    entry->key = name;
    entry->value = tree->name_count++;
    b->element_used++;
    return entry->value;
}

/* The index of an attribute name in the kept list, or -1; -2 when out of memory. */
static int32_t kept_index(builder *b, const xmlChar *name) {
    if (!reserve(&b->attribute_names, &b->attribute_slots, b->attribute_used)) return -2;
    pointer_slot *entry = slot(b->attribute_names, b->attribute_slots, name);
    if (entry->key != NULL) return entry->value;
    entry->key = name;
    entry->value = -1;
    for (int32_t i = 0; i < b->kept_count; i++) {
        if (strcmp(b->kept[i], (const char *)name) == 0) {
            entry->value = i;
            break;
        }
    }
    b->attribute_used++;
    return entry->value;
}

/* Appends a node under the innermost open element (or under `parent`); its index, or -1 when out of memory. */
static int32_t append_node(builder *b, int32_t parent, int32_t name, int32_t start, int32_t length) {
    struct clibxml2_tree *tree = b->tree;
    int32_t index = tree->node_count;
    if (!grow((void **)&tree->nodes, &tree->node_capacity, index + 1, sizeof(clibxml2_node))) return -1;
    if (!grow((void **)&b->last_child, &b->last_child_capacity, index + 1, sizeof(int32_t))) return -1;
    tree->nodes[index] = (clibxml2_node){name, parent, index + 1, -1, -1, start, length};
    b->last_child[index] = -1;
    if (parent >= 0) {
        int32_t previous = b->last_child[parent];
        if (previous >= 0) tree->nodes[previous].next_sibling = index;
        else tree->nodes[parent].first_child = index;
        b->last_child[parent] = index;
    }
    tree->node_count++;
    return index;
}

static void read_raw_text(xmlParserCtxtPtr parser, builder *b, const xmlChar *name);

static int name_is(const xmlChar *name, const char *expected) { return strcmp((const char *)name, expected) == 0; }

static void on_start(void *context, const xmlChar *name, const xmlChar **attributes) {
    xmlParserCtxtPtr parser = context;
    builder *b = parser->_private;
    if (b->halted) return;
    /* nodePush: more than 256 open elements halt the parse, the new one left out. */
    if (b->open_count + b->ignored_depth > 256) {
        b->halted = 1;
        xmlStopParser(parser);
        return;
    }
    if (b->ignored_depth > 0) {
        b->ignored_depth++;
        return;
    }
    int32_t parent = -1;
    if (b->open_count > 0) {
        parent = b->open[b->open_count - 1].index;
    } else if (b->root_seen) {
        /* Opened after the root closed: the tree builder hangs it under the document's first child. */
        if (!b->root_is_first_child) {
            b->ignored_depth = 1;
            return;
        }
        parent = 0;
    }
    int32_t name_id = name_index(b, name);
    if (name_id < 0) return fail(parser, b);
    struct clibxml2_tree *tree = b->tree;
    int32_t first_attribute = tree->attribute_count, kept = 0;
    for (int i = 0; attributes != NULL && attributes[i] != NULL; i += 2) {
        int32_t which = kept_index(b, attributes[i]);
        if (which == -2) return fail(parser, b);
        if (which < 0) continue;
        const xmlChar *value = attributes[i + 1];
        int32_t length = value == NULL ? 0 : (int32_t)strlen((const char *)value);
        int64_t start = tree->byte_count;
        if (!grow((void **)&tree->attributes, &tree->attribute_capacity, tree->attribute_count + 1,
                  sizeof(clibxml2_attribute))
            || !append_bytes(tree, value, length)) {
            return fail(parser, b);
        }
        tree->attributes[tree->attribute_count++] = (clibxml2_attribute){which, (int32_t)start, length};
        kept++;
    }
    int32_t index = append_node(b, parent, name_id, first_attribute, kept);
    if (index < 0) return fail(parser, b);
    if (!b->root_seen) {
        b->root_seen = 1;
        b->root_is_first_child = !b->doc_has_children;
    }
    b->doc_has_children = 1;
    if (b->open_count > 0) {
        open_element *up = &b->open[b->open_count - 1];
        up->last = up->last_kept = LAST_ELEMENT;
        int32_t length;
        up->last_name = local_name(name, &length);
        up->last_name_length = length;
    }
    if (!grow((void **)&b->open, &b->open_capacity, b->open_count + 1, sizeof(open_element))) return fail(parser, b);
    b->open[b->open_count++] = (open_element){index, LAST_NONE, LAST_NONE, NULL, 0};
    b->text_node = -1;
    if (b->raw_text_at_once && (name_is(name, "script") || name_is(name, "style"))) read_raw_text(parser, b, name);
}

static void on_end(void *context, const xmlChar *name) {
    (void)name;
    builder *b = ((xmlParserCtxtPtr)context)->_private;
    if (b->halted) return;
    if (b->ignored_depth > 0) {
        b->ignored_depth--;
        return;
    }
    if (b->open_count == 0) return;
    open_element *closing = &b->open[--b->open_count];
    b->tree->nodes[closing->index].end = b->tree->node_count;
    b->text_node = -1;
}

/* Whether white space delivered as characters is what the tree builder's areBlanks would have found ignorable
 * (the parser asked areBlanks without a tree, which stops short of the tree's part of the test). */
static int ignorable_blanks(xmlParserCtxtPtr parser, builder *b, const xmlChar *text, int length) {
    for (int i = 0; i < length; i++) {
        if (!IS_BLANK_CH(text[i])) return 0;
    }
    const xmlChar *cur = parser->input->cur;
    /* areBlanks keeps blanks not followed by '<'. Only the parser's character data runs ask it: a character
     * reference (&#32;, &#x20) is delivered directly, and ends in ';' or a hexadecimal digit, which character
     * data of blanks (and skipped invalid characters) never does. */
    if (cur == NULL || *cur != '<' || cur <= parser->input->base) return 0;
    xmlChar before = cur[-1], folded = before | 0x20;
    if (before == ';' || (before >= '0' && before <= '9') || (folded >= 'a' && folded <= 'f') || folded == 'x') {
        return 0;
    }
    const xmlChar *current = parser->name;
    if (current == NULL) return 0;
    if (xmlStrEqual(current, BAD_CAST "body") && b->strict_doctype) return 1;
    if (b->open_count == 0) return 0;
    open_element *open = &b->open[b->open_count - 1];
    switch (open->last_kept) {
    case LAST_NONE: return !allows_pcdata(current, (int32_t)strlen((const char *)current));
    case LAST_TEXT: return 0;
    case LAST_CDATA: return 1; /* a CDATA node has no name */
    default: return !allows_pcdata(open->last_name, open->last_name_length);
    }
}

static void add_text(xmlParserCtxtPtr parser, builder *b, const xmlChar *text, int length, enum last_kind kind) {
    if (b->halted || b->ignored_depth > 0 || b->open_count == 0) return;
    open_element *open = &b->open[b->open_count - 1];
    struct clibxml2_tree *tree = b->tree;
    if (open->last == kind && b->text_node >= 0) {
        if (!append_bytes(tree, text, length)) return fail(parser, b);
        tree->nodes[b->text_node].length += length;
        return;
    }
    int64_t start = tree->byte_count;
    if (!append_bytes(tree, text, length)) return fail(parser, b);
    int32_t index = append_node(b, open->index, -1, (int32_t)start, length);
    if (index < 0) return fail(parser, b);
    open->last = open->last_kept = kind;
    open->last_name = NULL;
    b->text_node = index;
}

/* Whether `bytes` (`length` of them) are characters htmlParseScript would copy one by one unchanged: UTF-8 as
 * htmlCurrentChar decodes it (shortest form, no byte of a broken sequence, which would switch the parser to
 * ISO-8859-1) and every character an XML character (IS_CHAR: no NUL or other control character but tab and line
 * ends, no surrogate, U+FFFE or U+FFFF, nothing above U+10FFFF), which it would drop. */
static int plain_characters(const xmlChar *bytes, int64_t length) {
    int64_t i = 0;
    while (i < length) {
        /* Eight printable ASCII bytes at a time: no high bit set, none below 0x20. */
        if (length - i >= 8) {
            uint64_t word;
            memcpy(&word, bytes + i, 8);
            if (((word | (word - 0x2020202020202020ull)) & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        xmlChar c = bytes[i];
        if (c < 0x80) {
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) return 0;
            i++;
            continue;
        }
        uint32_t value;
        int size;
        if ((c & 0xE0) == 0xC0) size = 2, value = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) size = 3, value = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) size = 4, value = c & 0x07;
        else return 0;
        if (length - i < size) return 0;
        for (int k = 1; k < size; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) return 0;
            value = (value << 6) | (bytes[i + k] & 0x3F);
        }
        if ((size == 2 && value < 0x80) || (size == 3 && value < 0x800) || (size == 4 && value < 0x10000)) return 0;
        if ((value >= 0xD800 && value <= 0xDFFF) || value == 0xFFFE || value == 0xFFFF || value > 0x10FFFF) return 0;
        i += size;
    }
    return 1;
}

/* The content of a script or style element, read at once instead of character by character.
 *
 * libxml2 2.9.14 reads such content in htmlParseScript, in recovery mode up to the first "</" followed by the
 * element's name in any case, decoding, checking and copying each character on its own (over half of a typical
 * news page's bytes are script and style). Called from the element's start callback, where the parser stands at
 * the start tag's closing '>', this finds the same end, hands the content over as htmlParseScript would (CDATA,
 * one piece instead of pieces of 1,000 bytes, which the tree merges anyway) and moves the parser to the
 * content's last byte, which it overwrites with '>' (the buffer is libxml2's own copy of the input; the content
 * before it is consumed): the parser then closes the start tag there and meets the end tag next, as after
 * htmlParseScript. Only where that gives the same events: the content already decoded in the buffer, UTF-8
 * throughout, no character htmlParseScript would drop or that would switch the encoding, and a first byte other
 * than '<' (which the parser would look at as markup first). Otherwise libxml2 reads it as before. */
static void read_raw_text(xmlParserCtxtPtr parser, builder *b, const xmlChar *name) {
    if (b->halted || parser->disableSAX || parser->instate == XML_PARSER_EOF || parser->token != 0) return;
    if (parser->charset != XML_CHAR_ENCODING_UTF8 || parser->input == NULL || parser->name == NULL) return;
    if (!xmlStrEqual(parser->name, name)) return;
    const xmlChar *cur = parser->input->cur, *end = parser->input->end;
    if (cur == NULL || end == NULL || cur >= end || *cur != '>') return;
    const xmlChar *content = cur + 1;
    if (content >= end || *content == '<') return;
    size_t name_length = strlen((const char *)name);
    const xmlChar *close = NULL;
    for (const xmlChar *at = content; end - at >= 2;) {
        at = memchr(at, '<', (size_t)(end - at));
        if (at == NULL) break;
        if (at + 1 < end && at[1] == '/' && (size_t)(end - at - 2) >= name_length
            && xmlStrncasecmp(name, at + 2, (int)name_length) == 0) {
            close = at;
            break;
        }
        at++;
    }
    if (close == NULL || close - content > INT32_MAX || !plain_characters(content, close - content)) return;
    add_text(parser, b, content, (int)(close - content), LAST_CDATA);
    if (b->halted) return;
    xmlChar *last = (xmlChar *)(close - 1);
    *last = '>';
    parser->input->cur = last;
    b->tree->raw_texts_at_once++;
}

static void on_characters(void *context, const xmlChar *text, int length) {
    xmlParserCtxtPtr parser = context;
    builder *b = parser->_private;
    if (b->halted || b->ignored_depth > 0 || b->open_count == 0) return;
    if (ignorable_blanks(parser, b, text, length)) return;
    add_text(parser, b, text, length, LAST_TEXT);
}

static void on_cdata(void *context, const xmlChar *text, int length) {
    xmlParserCtxtPtr parser = context;
    add_text(parser, parser->_private, text, length, LAST_CDATA);
}

/* A comment or processing instruction ends the text node being built; the open element it stands in, or NULL
   when it is ignored (halted, inside an ignored element) or stands at the top level (the document then has
   children). */
static open_element *markup_parent(void *context) {
    builder *b = ((xmlParserCtxtPtr)context)->_private;
    if (b->halted || b->ignored_depth > 0) return NULL;
    b->text_node = -1;
    if (b->open_count == 0) {
        b->doc_has_children = 1;
        return NULL;
    }
    return &b->open[b->open_count - 1];
}

static void on_comment(void *context, const xmlChar *text) {
    (void)text;
    open_element *open = markup_parent(context);
    if (open) open->last = LAST_COMMENT;
}

static void on_processing_instruction(void *context, const xmlChar *target, const xmlChar *data) {
    (void)data;
    open_element *open = markup_parent(context);
    if (!open) return;
    open->last = open->last_kept = LAST_PI;
    open->last_name = target;
    open->last_name_length = target == NULL ? 0 : (int32_t)strlen((const char *)target);
}

static void on_doctype(void *context, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name;
    (void)system_id;
    builder *b = ((xmlParserCtxtPtr)context)->_private;
    if (b->halted || b->doctype_seen) return;
    /* The document type becomes the document's first child, wherever it stands. */
    b->doctype_seen = 1;
    b->doc_has_children = 1;
    b->root_is_first_child = 0;
    b->strict_doctype = external_id != NULL
        && (!xmlStrcasecmp(external_id, BAD_CAST "-//W3C//DTD HTML 4.01//EN")
            || !xmlStrcasecmp(external_id, BAD_CAST "-//W3C//DTD HTML 4//EN"));
}

/* The read callback of an input that is all in memory: no more bytes (as libxml2's own for memory input). */
static int no_more_input(void *context, char *buffer, int length) {
    (void)context;
    (void)buffer;
    (void)length;
    return 0;
}

/* A parser context over `bytes` as xmlCreateMemoryParserCtxt makes it, but over the caller's bytes in place
 * instead of a copy of them (the copy was a sixth of the parse's memory traffic): for a page whose encoding is
 * given, where switching to that encoding converts the whole input into a buffer of the parser's own at once (as
 * it does for HTML; start_parser checks it), so that the parser never reads, and read_raw_text never writes, the
 * caller's bytes after that. NULL when memory ran out. */
static xmlParserCtxtPtr converting_parser(const char *bytes, int32_t length) {
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == NULL) return NULL;
    xmlParserInputBufferPtr source = xmlParserInputBufferCreateStatic(bytes, length, XML_CHAR_ENCODING_NONE);
    if (source == NULL) {
        xmlFreeParserCtxt(parser);
        return NULL;
    }
    source->readcallback = no_more_input;
    xmlParserInputPtr input = xmlNewIOInputStream(parser, source, XML_CHAR_ENCODING_NONE);
    if (input == NULL) {
        xmlFreeParserInputBuffer(source);
        xmlFreeParserCtxt(parser);
        return NULL;
    }
    if (inputPush(parser, input) < 0) { /* which frees the input */
        xmlFreeParserCtxt(parser);
        return NULL;
    }
    return parser;
}

/* Sets a new parser context up as htmlReadMemory would, with the callbacks in place of the tree builder's, and
 * switches it to `converter` (when not NULL). For a context from converting_parser (`in_place`), also checks
 * that the switch converted the whole input into the parser's own buffer, and gives the raw buffer (the
 * caller's bytes, read in place) a growable buffer of the parser's own holding what was left unconverted, as
 * after xmlCreateMemoryParserCtxt: libxml2 appends to it at the end of input. 0 when that did not happen (the
 * context must not be used then). */
static int start_parser(xmlParserCtxtPtr parser, builder *b, xmlCharEncodingHandlerPtr converter,
                        const char *encoding, int in_place) {
    if (parser->sax != NULL) {
        xmlSAXHandlerV1 handler;
        memset(&handler, 0, sizeof handler);
        handler.internalSubset = on_doctype;
        handler.startElement = on_start;
        handler.endElement = on_end;
        handler.characters = on_characters;
        handler.cdataBlock = on_cdata;
        handler.comment = on_comment;
        handler.processingInstruction = on_processing_instruction;
        memcpy(parser->sax, &handler, sizeof(xmlSAXHandlerV1));
    }
    parser->_private = b;
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                   | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS);
    parser->html = 1;
    if (converter == NULL) return 1;
    xmlParserInputBufferPtr input = parser->input == NULL ? NULL : parser->input->buf;
    xmlBufPtr caller_bytes = input == NULL ? NULL : input->buffer;
    xmlSwitchToEncoding(parser, converter);
    if (parser->input->encoding != NULL) xmlFree((xmlChar *)parser->input->encoding);
    parser->input->encoding = xmlStrdup((const xmlChar *)encoding);
    if (!in_place) return 1;
    if (input == NULL || parser->input->buf != input || input->raw != caller_bytes || input->buffer == caller_bytes) {
        return 0;
    }
    xmlParserInputBufferPtr holder = xmlAllocParserInputBuffer(XML_CHAR_ENCODING_NONE);
    if (holder == NULL) return 0;
    size_t left = xmlBufUse(caller_bytes);
    if (left > INT32_MAX
        || (left > 0 && xmlParserInputBufferPush(holder, (int)left, (const char *)xmlBufContent(caller_bytes)) < 0)) {
        xmlFreeParserInputBuffer(holder);
        return 0;
    }
    input->raw = holder->buffer;
    holder->buffer = caller_bytes; /* freed with the holder; the bytes themselves stay the caller's */
    xmlFreeParserInputBuffer(holder);
    return 1;
}

clibxml2_tree *clibxml2_parse(const char *bytes, int32_t length, const char *encoding,
                              const char *const *kept_attributes, int32_t kept_count) {
    return clibxml2_parse_with(bytes, length, encoding, kept_attributes, kept_count, CLIBXML2_RAW_TEXT_AT_ONCE);
}

clibxml2_tree *clibxml2_parse_with(const char *bytes, int32_t length, const char *encoding,
                                   const char *const *kept_attributes, int32_t kept_count, int32_t options) {
    if (bytes == NULL || length <= 0) return NULL;
    struct clibxml2_tree *tree = calloc(1, sizeof(struct clibxml2_tree));
    if (tree == NULL) return NULL;
    builder b = {0};
    b.tree = tree;
    b.kept = kept_attributes;
    b.kept_count = kept_count;
    b.text_node = -1;
    b.raw_text_at_once = (options & CLIBXML2_RAW_TEXT_AT_ONCE) != 0;
    /* As htmlReadMemory does, with these callbacks in place of the tree builder's. */
    xmlCharEncodingHandlerPtr converter = encoding == NULL ? NULL : xmlFindCharEncodingHandler(encoding);
    xmlParserCtxtPtr parser = NULL;
    if (converter != NULL) {
        parser = converting_parser(bytes, length);
        if (parser != NULL && !start_parser(parser, &b, converter, encoding, 1)) {
            /* Not converted at once: read a copy as below (the handler was closed with the context). */
            xmlFreeParserCtxt(parser);
            parser = NULL;
            converter = xmlFindCharEncodingHandler(encoding);
        }
    }
    if (parser == NULL) {
        parser = xmlCreateMemoryParserCtxt(bytes, length);
        if (parser != NULL) start_parser(parser, &b, converter, encoding, 0);
        else if (converter != NULL) xmlCharEncCloseFunc(converter);
    }
    if (parser == NULL) {
        clibxml2_free_tree(tree);
        return NULL;
    }
    htmlParseDocument(parser);
    if (parser->myDoc != NULL) xmlFreeDoc(parser->myDoc);
    parser->myDoc = NULL;
    xmlFreeParserCtxt(parser);
    for (int32_t i = 0; i < b.open_count; i++) tree->nodes[b.open[i].index].end = tree->node_count;
    if (tree->node_count > 0) tree->nodes[0].end = tree->node_count;
    free(b.open);
    free(b.last_child);
    free(b.element_names);
    free(b.attribute_names);
    if (b.failed) {
        clibxml2_free_tree(tree);
        return NULL;
    }
    return tree;
}

void clibxml2_free_tree(clibxml2_tree *tree) {
    if (tree == NULL) return;
    free(tree->nodes);
    free(tree->attributes);
    free(tree->bytes);
    free(tree->names);
    free(tree);
}

int32_t clibxml2_node_count(const clibxml2_tree *tree) { return tree->node_count; }

int32_t clibxml2_raw_texts_at_once(const clibxml2_tree *tree) { return tree->raw_texts_at_once; }

const clibxml2_node *clibxml2_nodes(const clibxml2_tree *tree) { return tree->nodes; }

const clibxml2_attribute *clibxml2_attributes(const clibxml2_tree *tree) { return tree->attributes; }

const uint8_t *clibxml2_bytes(const clibxml2_tree *tree) { return tree->bytes; }

int32_t clibxml2_byte_count(const clibxml2_tree *tree) { return (int32_t)tree->byte_count; }

int32_t clibxml2_name_count(const clibxml2_tree *tree) { return tree->name_count; }

const int32_t *clibxml2_names(const clibxml2_tree *tree) { return tree->names; }
