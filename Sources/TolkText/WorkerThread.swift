#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system thread running one piece of work, started with `pthread_create` (never through libdispatch, whose
/// pool waits without end for a thread it cannot start, as under a low `ulimit -v`).
///
/// ``start(_:)`` gives nil when the system cannot start a thread (no memory for its stack, too many threads):
/// the caller then does the work itself, so that work never waits for a thread that will not come.
///
/// ```swift
/// if let thread = WorkerThread.start({ work() }) { thread.join() } else { work() }
/// ```
public final class WorkerThread: @unchecked Sendable {
    private var thread: pthread_t
    private var joined = false

    private init(thread: pthread_t) {
        self.thread = thread
    }

    /// Starts `body` on a new thread.
    /// - Returns: the thread, or nil when none could be started (then `body` was not run).
    public static func start(_ body: @escaping @Sendable () -> Void) -> WorkerThread? {
        let box = Unmanaged.passRetained(WorkBox(body))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            let work = Unmanaged<WorkBox>.fromOpaque(context).takeRetainedValue()
            work.body()
            return nil
        }, box.toOpaque())
        guard status == 0 else {
            box.release()
            return nil
        }
        #if canImport(Glibc)
        return WorkerThread(thread: thread)
        #else
        guard let thread else { return nil }
        return WorkerThread(thread: thread)
        #endif
    }

    /// Waits until the thread's work has finished (once; later calls return at once).
    public func join() {
        guard !joined else { return }
        joined = true
        pthread_join(thread, nil)
    }

    deinit {
        if !joined { pthread_join(thread, nil) }
    }

    /// The work handed to the new thread.
    private final class WorkBox {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
