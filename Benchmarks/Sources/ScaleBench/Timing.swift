import Foundation

/// Wall-clock timing the way `../shared/bench/anchors.py` times its peers, so that ratios compare
/// like with like: an operation whose first run takes less than `cheap` seconds runs three times
/// and reports the median; a slower one runs once.
struct Timing {
    var cheap: Double

    struct Measurement {
        var median: Double
        var runs: [Double]

        var json: [String: Any] { ["median": median, "runs": runs] }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Runs `body` once or three times; `prepare` runs untimed before each run (anchors.py frees
    /// the previous graph before loading the next, and so must we, or peak memory doubles).
    func measure<T>(prepare: () -> Void = {}, _ body: () throws -> T) rethrows -> (Measurement, T) {
        var runs: [Double] = []
        var result: T
        repeat {
            prepare()
            let start = Self.now()
            result = try body()
            runs.append(Self.now() - start)
        } while runs.count < 3 && runs[0] < cheap
        return (Measurement(median: runs.sorted()[runs.count / 2], runs: runs), result)
    }
}

/// The process's peak resident set so far, in MB (as anchors.py reads `ru_maxrss`).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
