extension UnsafeMutableBufferPointer where Element == Int32 {
    /// Sorts ascending, by insertion for short runs (a row of neighbours or their labels: ten on
    /// average at a million nodes) and by the standard library's sort otherwise: its general
    /// machinery was a tenth of building the undirected view and of label propagation's counting.
    mutating func sortShortRow() {
        guard count > 1 else { return }
        guard count <= 32 else { return sort() }
        let item = baseAddress!
        for i in 1..<count {
            let value = item[i]
            var j = i
            while j > 0 && item[j - 1] > value {
                item[j] = item[j - 1]
                j -= 1
            }
            item[j] = value
        }
    }
}
