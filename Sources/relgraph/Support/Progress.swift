import ArgumentParser
import Foundation

/// `--quiet`, and the progress line long work shows on stderr.
///
/// The line appears only when stderr is a terminal (`isatty(2)`), and only once a phase has taken
/// more than a second, so that quick commands, pipes, files and tests see nothing. It is redrawn in
/// place five times a second by a thread of its own and erased when the phase ends, leaving the
/// terminal as it was. `RELGRAPH_PROGRESS_DELAY` (seconds) overrides the one-second wait.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .long, help: "Show no progress line (one appears on a terminal for work over a second).")
    var quiet = false

    /// Runs `body` as one phase called `title`: a bar when `total` (units `body` reports through the
    /// meter) is known, a spinner otherwise.
    func phase<T>(_ title: String, total: Int? = nil, _ body: (ProgressMeter) throws -> T) rethrows -> T {
        let meter = ProgressMeter(title: title, total: total)
        guard !quiet, isatty(2) != 0 else { return try body(meter) }
        meter.start(after: ProcessInfo.processInfo.environment["RELGRAPH_PROGRESS_DELAY"].flatMap(Double.init) ?? 1)
        defer { meter.stop() }
        return try body(meter)
    }
}

/// Counts the units of work a phase has done, from any thread, and draws them while the phase runs.
final class ProgressMeter: @unchecked Sendable {
    let title: String
    let total: Int?
    // Guards `done`, `finished` and `drawn`; the drawing thread reads them, workers add to `done`.
    private let lock = NSLock()
    private var done = 0
    private var finished = false
    private var drawn = false
    private let wake = DispatchSemaphore(value: 0)
    private let exited = DispatchSemaphore(value: 0)
    private var started = Date()

    init(title: String, total: Int?) {
        self.title = title
        self.total = total
    }

    /// Adds `count` units of work done.
    func advance(by count: Int = 1) {
        lock.lock()
        done += count
        lock.unlock()
    }

    /// `advance(by:)` as a closure for the algorithms' `progress` parameters.
    var reporter: @Sendable (Int) -> Void { { [self] in advance(by: $0) } }

    fileprivate func start(after delay: Double) {
        started = Date()
        // Without a wait the first frame is drawn here, so that even an instant phase shows one.
        if delay <= 0 { draw() }
        Thread.detachNewThread { [self] in
            var waited = wake.wait(timeout: .now() + delay) == .timedOut
            while waited {
                draw()
                waited = wake.wait(timeout: .now() + 0.2) == .timedOut
            }
            exited.signal()
        }
    }

    fileprivate func stop() {
        lock.lock()
        finished = true
        lock.unlock()
        wake.signal()
        exited.wait()
        lock.lock()
        defer { lock.unlock() }
        if drawn { Self.write("\r\u{1B}[K") }
    }

    private func draw() {
        lock.lock()
        let (done, finished) = (self.done, self.finished)
        if !finished { drawn = true }
        lock.unlock()
        guard !finished else { return }
        let line = Self.line(title: title, done: done, total: total, seconds: Date().timeIntervalSince(started),
                             width: Self.terminalWidth())
        Self.write("\r\u{1B}[K" + line)
    }

    /// `title [=======>      ] 45%  4,512 of 10,000  3.2 s` with a total, `title ⠙ 3.2 s` without,
    /// cut to `width` columns.
    static func line(title: String, done: Int, total: Int?, seconds: Double, width: Int) -> String {
        let elapsed = String(format: "%.1f s", seconds)
        var text: String
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let counts = "\(grouped(min(done, total))) of \(grouped(total))"
            let fixed = title.count + counts.count + elapsed.count + 13
            let barWidth = max(10, min(40, width - fixed))
            let filled = Int(fraction * Double(barWidth))
            let bar = String(repeating: "=", count: filled) + (filled < barWidth ? ">" : "")
                + String(repeating: " ", count: max(0, barWidth - filled - 1))
            text = "\(title) [\(bar)] \(Int(fraction * 100))%  \(counts)  \(elapsed)"
        } else {
            let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
            text = "\(title) \(spinner[Int(seconds * 5) % spinner.count]) \(elapsed)"
        }
        return String(text.prefix(max(1, width - 1)))
    }

    /// 12,345
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        return ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Foundation.write(2, $0.baseAddress, $0.count) }
    }
}

extension GlobalOptions {
    var progress: ProgressOptions { source.progress }
}
