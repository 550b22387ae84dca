/* clibxml2.c: forwards the clibxml2_* functions of include/clibxml2.h to the system libxml2. No policy here. */
#include "clibxml2.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

void clibxml2_initialize(void) { xmlInitParser(); }

int32_t clibxml2_version(void) { return (int32_t)LIBXML_VERSION; }

void *clibxml2_parse_html(const char *bytes, int32_t length, const char *encoding) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;
    return (void *)htmlReadMemory(bytes, length, NULL, encoding, options);
}

void clibxml2_free_document(void *document) { xmlFreeDoc((xmlDocPtr)document); }

const void *clibxml2_root(const void *document) {
    return (const void *)xmlDocGetRootElement((const xmlDoc *)document);
}

int32_t clibxml2_node_kind(const void *node) { return (int32_t)((const xmlNode *)node)->type; }

const void *clibxml2_first_child(const void *node) { return (const void *)((const xmlNode *)node)->children; }

const void *clibxml2_next_sibling(const void *node) { return (const void *)((const xmlNode *)node)->next; }

const void *clibxml2_last_child(const void *node) { return (const void *)((const xmlNode *)node)->last; }

const void *clibxml2_previous_sibling(const void *node) { return (const void *)((const xmlNode *)node)->prev; }

const char *clibxml2_node_name(const void *node) { return (const char *)((const xmlNode *)node)->name; }

const char *clibxml2_node_content(const void *node) { return (const char *)((const xmlNode *)node)->content; }

const void *clibxml2_first_attribute(const void *node) {
    return (const void *)((const xmlNode *)node)->properties;
}

const void *clibxml2_next_attribute(const void *attribute) {
    return (const void *)((const xmlAttr *)attribute)->next;
}

const char *clibxml2_attribute_name(const void *attribute) {
    return (const char *)((const xmlAttr *)attribute)->name;
}

const char *clibxml2_attribute_value(const void *attribute) {
    const xmlNode *child = ((const xmlAttr *)attribute)->children;
    if (child == NULL || child->next != NULL) return NULL;
    return (const char *)child->content;
}
