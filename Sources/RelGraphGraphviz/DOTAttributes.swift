/// Which DOT attributes carry data, and how their values decode.
enum DOTAttributes {
    /// Graphviz's own attributes (graphviz-doc's attrs.html, 2.42) describe the drawing; they are
    /// dropped on import, except `label` (a name), `id` (an identifier), `comment` and `weight`.
    static let drawing: Set<String> = [
        "Damping", "K", "URL", "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb", "bgcolor",
        "center", "charset", "clusterrank", "color", "colorscheme", "compound", "concentrate", "constraint",
        "decorate", "defaultdist", "dim", "dimen", "dir", "diredgeconstraints", "distortion", "dpi", "edgeURL",
        "edgehref", "edgetarget", "edgetooltip", "epsilon", "esep", "fillcolor", "fixedsize", "fontcolor",
        "fontname", "fontnames", "fontpath", "fontsize", "forcelabels", "gradientangle", "group", "headURL",
        "head_lp", "headclip", "headhref", "headlabel", "headport", "headtarget", "headtooltip", "height", "href",
        "image", "imagepath", "imagepos", "imagescale", "inputscale", "labelURL", "label_scheme", "labelangle",
        "labeldistance", "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref",
        "labeljust", "labelloc", "labeltarget", "labeltooltip", "landscape", "layer", "layerlistsep", "layers",
        "layerselect", "layersep", "layout", "len", "levels", "levelsgap", "lhead", "lheight", "lp", "ltail",
        "lwidth", "margin", "maxiter", "mclimit", "mindist", "minlen", "mode", "model", "mosek", "newrank",
        "nodesep", "nojustify", "normalize", "notranslate", "nslimit", "ordering", "orientation", "outputorder",
        "overlap", "overlap_scaling", "overlap_shrink", "pack", "packmode", "pad", "page", "pagedir", "pencolor",
        "penwidth", "peripheries", "pin", "pos", "quadtree", "quantum", "rank", "rankdir", "ranksep", "ratio",
        "rects", "regular", "remincross", "repulsiveforce", "resolution", "root", "rotate", "rotation", "samehead",
        "sametail", "samplepoints", "scale", "searchsize", "sep", "shape", "shapefile", "showboxes", "sides",
        "size", "skew", "smoothing", "sortv", "splines", "start", "style", "stylesheet", "tailURL", "tail_lp",
        "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip", "target", "tooltip",
        "truecolor", "vertices", "viewport", "voro_margin", "width", "xdotversion", "xlabel", "xlp", "z",
    ]

    static func isData(_ name: String) -> Bool { !drawing.contains(name) }

    /// A value with `\\` read as one backslash (the export writes a backslash as `\\`); any other
    /// backslash stays, as Graphviz keeps it outside labels.
    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var out = ""
        var pendingBackslash = false
        for character in value {
            if pendingBackslash {
                if character != "\\" { out.append("\\") }
                out.append(character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                out.append(character)
            }
        }
        if pendingBackslash { out.append("\\") }
        return out
    }

    /// A label as Graphviz draws it: `\N` is the node's name, `\n`, `\l`, `\r` line breaks, `\\` a
    /// backslash. Nil when the label is only the node's name (`\N`, Graphviz's default).
    static func label(_ value: String, nodeName: String?) -> String? {
        if value == "\\N" { return nil }
        guard value.contains("\\") else { return value }
        var out = ""
        var escaped = false
        for character in value {
            guard escaped else {
                if character == "\\" { escaped = true } else { out.append(character) }
                continue
            }
            escaped = false
            switch character {
            case "N": out += nodeName ?? "\\N"
            case "n", "l", "r": out += "\n"
            default: out.append(character)
            }
        }
        if escaped { out.append("\\") }
        return out
    }
}
