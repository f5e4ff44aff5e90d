// What relgraph adds to Graphviz's C API: a reader that parses one text through cgraph with object
// ids in the order names appear (reader.c says why), and the macros Swift cannot call.
#ifndef RELGRAPH_GRAPHVIZ_H
#define RELGRAPH_GRAPHVIZ_H
#include <stddef.h>
#include <graphviz/cgraph.h>

/// A text being read by cgraph, graph after graph; it may hold NUL bytes.
typedef struct {
    const char *bytes;
    size_t length;
    size_t cursor;
} relgraph_text;

/// The next graph of `text`, or NULL at its end or on a syntax error (cgraph reports it through
/// its error function). The caller closes the graph with `agclose`.
/// Forgets the DOT lexer's state (buffered text, start condition such as "inside a string") so that a
/// text that ended in the middle of a token or a graph never leaks into the next text's parse.
void relgraph_lexer_reset(void);
Agraph_t *relgraph_read_graph(relgraph_text *text);

/// agtail / aghead / AGSEQ are macros. AGSEQ is an object's creation order, which keeps edges in
/// the order the DOT states them.
Agnode_t *relgraph_tail(Agedge_t *edge);
Agnode_t *relgraph_head(Agedge_t *edge);
unsigned long relgraph_sequence(void *object);
#endif
