#ifndef GRAPHCTL_CGRAPHVIZ_SHIM_H
#define GRAPHCTL_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
