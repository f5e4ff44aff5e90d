import RelGraphCore

/// GEXF 1.3 (gexf.net) for Gephi: entities as nodes labelled with their display name, relations as
/// directed edges labelled with their type, every `FlatRecord` field as a typed attribute, and each
/// relation's dates as its `start`/`end`, so that Gephi's timeline shows when a relation held.
public enum GEXFExporter {
    /// - Complexity: O(V + E) in the size of the records.
    public static func export(_ dataset: Dataset) -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>relgraph</creator>

            """
        if let title = dataset.title { out += "    <title>\(XMLText.escape(title))</title>\n" }
        if let description = dataset.description {
            out += "    <description>\(XMLText.escape(description))</description>\n"
        }
        out += "  </meta>\n  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
        // The label is the XML `label` of nodes; the rest are attributes.
        let nodeKeys = (FlatRecord.entityKeys + FlatRecord.nameKeys(dataset.entities)).filter { $0.name != "label" }
        out += attributes("node", nodeKeys)
        out += attributes("edge", FlatRecord.relationKeys)
        out += "    <nodes>\n"
        for entity in dataset.entities {
            out += "      <node id=\"\(XMLText.escape(entity.id))\" label=\"\(XMLText.escape(entity.displayName))\">"
            out += attvalues(FlatRecord.fields(of: entity).filter { $0.key != "label" })
            out += "</node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for relation in dataset.relations {
            out += "      <edge id=\"\(XMLText.escape(relation.id))\" source=\"\(XMLText.escape(relation.from))\" "
                + "target=\"\(XMLText.escape(relation.to))\" label=\"\(XMLText.escape(relation.type.rawValue))\""
            let (start, end) = interval(relation)
            if let start { out += " start=\"\(start)\"" }
            if let end { out += " end=\"\(end)\"" }
            out += ">" + attvalues(FlatRecord.fields(of: relation)) + "</edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Array(out.utf8)
    }

    /// The days a relation may have held, as GEXF dates: a partial date stretches to its whole
    /// period, a momentary relation lasts its one period, and an unknown bound is left open.
    static func interval(_ relation: Relation) -> (start: String?, end: String?) {
        let until = relation.untilDate ?? (relation.type.spec?.isMomentary == true ? relation.fromDate : nil)
        return (relation.fromDate.map { day($0.firstDay) }, until.map { day($0.lastDay) })
    }

    /// `yyyymmdd` → `yyyy-mm-dd`.
    private static func day(_ number: Int) -> String {
        let year = number / 10_000, month = number / 100 % 100, day = number % 100
        return PartialDate(year: year, month: month, day: day).description
    }

    private static func attributes(_ domain: String, _ keys: [FlatRecord.Key]) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for key in keys {
            let name = XMLText.escape(key.name)
            out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(key.type.rawValue)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attvalues(_ fields: [FlatRecord.Field]) -> String {
        guard !fields.isEmpty else { return "" }
        return "<attvalues>" + fields.map {
            "<attvalue for=\"\(XMLText.escape($0.key))\" value=\"\(XMLText.escape($0.value))\"/>"
        }.joined() + "</attvalues>"
    }
}
