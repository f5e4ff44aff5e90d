#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with bytes on its standard input, collects its standard output and error, and
/// kills it when it runs past a deadline. The child is always reaped before `run` returns — after a
/// normal exit, a crash or the kill — so it never lingers as a zombie.
///
/// One thread does everything with `poll`: input is written while output is read, so neither side
/// can block on a full pipe, and the poll timeout is the time left before the deadline. The input
/// goes through a socket pair rather than a pipe so that writing to a child that has died returns
/// EPIPE (`MSG_NOSIGNAL`) instead of killing this process with SIGPIPE.
enum BoundedProcess {
    enum Outcome: Equatable {
        case exited(status: Int32, stdout: [UInt8], stderr: [UInt8])
        case signaled(signal: Int32, stderr: [UInt8])
        case timedOut
    }

    struct SpawnError: Error {
        let message: String
    }

    /// Seconds from which a timeout means no limit: a century.
    static let noLimitBeyond = 100 * 365.25 * 86_400.0

    /// Runs `executable` with `arguments` (not including argv[0]) and kills it with SIGKILL after
    /// `timeout` seconds (nil: no limit). `started` receives the child's process id.
    static func run(executable: String, arguments: [String], input: [UInt8], timeout: Double?,
                    started: (pid_t) -> Void = { _ in }) throws(SpawnError) -> Outcome {
        // A limit past a century is no limit (and `--timeout 1e16` in milliseconds overflows Int64).
        let deadline = timeout.flatMap { $0 < Self.noLimitBeyond ? ContinuousClock.now + .milliseconds(Int64(($0 * 1000).rounded(.up))) : nil }
        var inputPair: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &inputPair) == 0,
              pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw SpawnError(message: "cannot create pipes: \(String(cString: strerror(errno)))")
        }
        // The parent's ends must not leak into the child, nor into any other child spawned meanwhile.
        for fd in [inputPair[0], inputPair[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]] {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        let pid: pid_t
        do {
            pid = try spawn(executable, arguments, stdin: inputPair[1], stdout: outPipe[1], stderr: errPipe[1])
        } catch {
            for fd in [inputPair[0], inputPair[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]] { close(fd) }
            throw error
        }
        for fd in [inputPair[1], outPipe[1], errPipe[1]] { close(fd) }
        started(pid)
        var streams = Streams(input: input, stdin: inputPair[0], stdout: outPipe[0], stderr: errPipe[0])
        defer { streams.closeAll() }
        guard streams.pump(until: deadline) else { return killAndReap(pid) }
        // Both outputs are closed; the child is exiting. Wait for it, still within the deadline.
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                if status & 0x7f == 0 {
                    return .exited(status: (status >> 8) & 0xff, stdout: streams.output, stderr: streams.errors)
                }
                return .signaled(signal: status & 0x7f, stderr: streams.errors)
            }
            if reaped == -1 && errno != EINTR {
                throw SpawnError(message: "cannot wait for the layout process: \(String(cString: strerror(errno)))")
            }
            if let deadline, ContinuousClock.now >= deadline { return killAndReap(pid) }
            usleep(2_000)
        }
    }

    private static func killAndReap(_ pid: pid_t) -> Outcome {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return .timedOut
    }

    /// posix_spawn with the three standard streams replaced, every signal back to its default and
    /// none blocked: the child must die of SIGKILL, SIGPIPE and SIGALRM whatever this process ignores.
    private static func spawn(_ executable: String, _ arguments: [String],
                              stdin: Int32, stdout: Int32, stderr: Int32) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        for signal in [SIGPIPE, SIGALRM, SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = (argv + [nil]).withUnsafeBufferPointer { args in
            posix_spawn(&pid, executable, &actions, &attributes, args.baseAddress!, environ)
        }
        guard result == 0 else {
            throw SpawnError(message: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}

/// The parent's ends of the three streams while the child runs.
private struct Streams {
    var input: [UInt8]
    var written = 0
    var stdin: Int32
    var stdout: Int32
    var stderr: Int32
    var output: [UInt8] = []
    var errors: [UInt8] = []

    init(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32) {
        self.input = input
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        for fd in [stdin, stdout, stderr] { _ = fcntl(fd, F_SETFL, O_NONBLOCK) }
        if input.isEmpty { closeInput() }
    }

    /// Writes the input and reads both outputs until the child closes them (true) or the
    /// deadline passes (false).
    mutating func pump(until deadline: ContinuousClock.Instant?) -> Bool {
        while stdout >= 0 || stderr >= 0 {
            var fds: [pollfd] = []
            if stdin >= 0 { fds.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if stdout >= 0 { fds.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if stderr >= 0 { fds.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { return false }
                let (seconds, attoseconds) = left.components
                wait = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 && errno != EINTR { return false }
            for entry in fds where entry.revents != 0 {
                if entry.fd == stdin { writeInput() } else { drain(entry.fd) }
            }
        }
        return true
    }

    private mutating func writeInput() {
        let count = input.withUnsafeBytes { bytes in
            send(stdin, bytes.baseAddress! + written, min(bytes.count - written, 1 << 16), Int32(MSG_NOSIGNAL))
        }
        if count > 0 { written += count }
        // EPIPE: the child stopped reading (it failed early); its exit status will say why.
        if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
    }

    private mutating func drain(_ fd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            if fd == stdout { output += buffer[..<count] } else { errors += buffer[..<count] }
        } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
            close(fd)
            if fd == stdout { stdout = -1 } else { stderr = -1 }
        }
    }

    private mutating func closeInput() {
        close(stdin)
        stdin = -1
    }

    mutating func closeAll() {
        for fd in [stdin, stdout, stderr] where fd >= 0 { close(fd) }
        stdin = -1
        stdout = -1
        stderr = -1
    }
}
