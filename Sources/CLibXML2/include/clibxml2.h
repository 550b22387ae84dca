/*
 * clibxml2.h: a thin, prefixed C shim over the system libxml2's HTML parser (libxml2-dev).
 *
 * Why it exists: libxml2's headers include ICU's, and Foundation on Linux carries its own ICU copy, so
 * no libxml2 header may reach a Swift module that imports Foundation (as with CICU). This header
 * declares the project's own functions in plain C types only (opaque pointers, byte strings,
 * integers, plain structs); clibxml2.c includes libxml2 and builds the tree. No policy lives here: which elements
 * count, what is boilerplate, how text is joined are all decided in TolkExtract, the only Swift
 * module that imports CLibXML2.
 *
 * Ownership: a tree from clibxml2_parse is freed with clibxml2_free_tree; every array returned lives as long as
 * its tree.
 */
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Initialises the library once, before documents are parsed on several threads. */
void clibxml2_initialize(void);
/* libxml2's version as a number (20914 for 2.9.14). */
int32_t clibxml2_version(void);

/* A parsed page as flat arrays: its nodes in document order (a pre-order walk from the root element, comments,
 * processing instructions and the document type left out), their text and attribute values in one byte array. */
typedef struct clibxml2_tree clibxml2_tree;

/* One element or text node. The subtree of node i is i..<end. */
typedef struct {
    int32_t name;         /* an element's name index (clibxml2_names), -1 for a text node */
    int32_t parent;       /* the parent's index, -1 for the root */
    int32_t end;          /* one past the last node of the subtree */
    int32_t first_child;  /* or -1 */
    int32_t next_sibling; /* or -1 */
    int32_t start;        /* text: the byte offset of its UTF-8 text; element: its first kept attribute's index */
    int32_t length;       /* text: its byte length; element: how many kept attributes it has */
} clibxml2_node;

/* One kept attribute of an element. */
typedef struct {
    int32_t name;         /* its index in the kept_attributes given to clibxml2_parse */
    int32_t value_start;  /* byte offset of its value (entities resolved; empty when it has none) */
    int32_t value_length;
} clibxml2_attribute;

/* Parses `length` bytes of HTML with libxml2's HTML parser (recovery from errors, no error output, no network,
 * ignorable white space dropped), with the tree libxml2's own tree builder would make. encoding: an encoding
 * name ("UTF-8", "windows-1252"), or NULL to let libxml2 read the page's own declaration. kept_attributes: the
 * attribute names (lower case) to keep; others are left out. Returns the tree (free it with
 * clibxml2_free_tree), or NULL when libxml2 could make none or memory ran out. */
clibxml2_tree *clibxml2_parse(const char *bytes, int32_t length, const char *encoding,
                              const char *const *kept_attributes, int32_t kept_count);
/* clibxml2_parse with options: CLIBXML2_RAW_TEXT_AT_ONCE (which clibxml2_parse sets) reads the content of a
 * script or style element at once where that gives the events libxml2's own reading gives (see clibxml2.c);
 * without it libxml2 reads every character. The tree is the same either way. */
#define CLIBXML2_RAW_TEXT_AT_ONCE 1
clibxml2_tree *clibxml2_parse_with(const char *bytes, int32_t length, const char *encoding,
                                   const char *const *kept_attributes, int32_t kept_count, int32_t options);
/* How many script or style elements' content the parse read at once. */
int32_t clibxml2_raw_texts_at_once(const clibxml2_tree *tree);
void clibxml2_free_tree(clibxml2_tree *tree);

int32_t clibxml2_node_count(const clibxml2_tree *tree);
const clibxml2_node *clibxml2_nodes(const clibxml2_tree *tree);
const clibxml2_attribute *clibxml2_attributes(const clibxml2_tree *tree);
const uint8_t *clibxml2_bytes(const clibxml2_tree *tree);
int32_t clibxml2_byte_count(const clibxml2_tree *tree);
/* Element names (without namespace prefix, lower case as the parser wrote them): clibxml2_names holds a byte
 * offset and a length for each of the clibxml2_name_count names. */
int32_t clibxml2_name_count(const clibxml2_tree *tree);
const int32_t *clibxml2_names(const clibxml2_tree *tree);

#ifdef __cplusplus
}
#endif

#endif
