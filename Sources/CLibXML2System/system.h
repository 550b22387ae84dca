/* The libxml2 headers the CLibXML2 shim uses. */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
