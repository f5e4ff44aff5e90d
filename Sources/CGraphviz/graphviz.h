// Graphviz's C API (libgraphviz-dev): the headers only. relgraph's own C lives in CGraphvizReader.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
