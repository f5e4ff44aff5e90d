/// Where each record of a dataset and each of its fields stand in the input files, so that the
/// validator can point at `file:line:column`. Loaders that have no positions leave it empty.
public struct DatasetLocations: Sendable {
    public struct Record: Sendable {
        public var start: SourceLocation?
        public var fields: [String: SourceLocation] = [:]
        /// For each citation of the record, its fields (`source`, `quote`, `locator`) and its start under "".
        public var citations: [[String: SourceLocation]] = []
        /// For each statement of an entity, its fields and its start under "", as for citations.
        public var statements: [[String: SourceLocation]] = []

        public init(start: SourceLocation? = nil) { self.start = start }

        /// The field's position, else the record's.
        public func at(_ field: String) -> SourceLocation? { fields[field] ?? start }
        public func citation(_ index: Int, _ field: String) -> SourceLocation? {
            guard citations.indices.contains(index) else { return start }
            return citations[index][field] ?? citations[index][""] ?? start
        }
        public func statement(_ index: Int, _ field: String) -> SourceLocation? {
            guard statements.indices.contains(index) else { return start }
            return statements[index][field] ?? statements[index][""] ?? start
        }
    }

    public var sources: [Record] = []
    public var entities: [Record] = []
    public var relations: [Record] = []

    public init() {}

    static let unknown = Record()
    func source(_ i: Int) -> Record { sources.indices.contains(i) ? sources[i] : Self.unknown }
    func entity(_ i: Int) -> Record { entities.indices.contains(i) ? entities[i] : Self.unknown }
    func relation(_ i: Int) -> Record { relations.indices.contains(i) ? relations[i] : Self.unknown }
}
