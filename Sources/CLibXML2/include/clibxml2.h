/*
 * clibxml2.h: a thin, prefixed C shim over the system libxml2's HTML parser (libxml2-dev).
 *
 * Why it exists: libxml2's headers include ICU's, and Foundation on Linux carries its own ICU copy, so
 * no libxml2 header may reach a Swift module that imports Foundation (as with CICU). This header
 * declares the project's own functions in plain C types only (opaque pointers, byte strings,
 * integers); clibxml2.c includes libxml2 and forwards. No policy lives here: which elements
 * count, what is boilerplate, how text is joined are all decided in TolkExtract, the only Swift
 * module that imports CLibXML2.
 *
 * Ownership: a document from clibxml2_parse_html is freed with clibxml2_free_document; every node,
 * attribute and string pointer returned lives as long as its document and is never freed alone.
 */
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Node kinds, as libxml2's xmlElementType. */
#define CLIBXML2_ELEMENT 1
#define CLIBXML2_TEXT 3
#define CLIBXML2_CDATA 4

/* Initialises the library once, before documents are parsed on several threads. */
void clibxml2_initialize(void);
/* libxml2's version as a number (20914 for 2.9.14). */
int32_t clibxml2_version(void);

/* Parses `length` bytes of HTML with recovery from errors, no error output and no network.
 * encoding: an encoding name ("UTF-8", "windows-1252"), or NULL to let libxml2 read the page's own
 * declaration. Returns the document, or NULL when libxml2 could build none. */
void *clibxml2_parse_html(const char *bytes, int32_t length, const char *encoding);
void clibxml2_free_document(void *document);
/* The root element (html), or NULL. */
const void *clibxml2_root(const void *document);

int32_t clibxml2_node_kind(const void *node);
const void *clibxml2_first_child(const void *node);
const void *clibxml2_next_sibling(const void *node);
const void *clibxml2_last_child(const void *node);
const void *clibxml2_previous_sibling(const void *node);
/* An element's name as the parser wrote it (lower case for HTML), NUL-terminated UTF-8. */
const char *clibxml2_node_name(const void *node);
/* A text or CDATA node's content, NUL-terminated UTF-8; NULL for elements. */
const char *clibxml2_node_content(const void *node);
const void *clibxml2_first_attribute(const void *node);
const void *clibxml2_next_attribute(const void *attribute);
const char *clibxml2_attribute_name(const void *attribute);
/* An attribute's value when it is one text node (always so for HTML), else NULL. */
const char *clibxml2_attribute_value(const void *attribute);

#ifdef __cplusplus
}
#endif

#endif
