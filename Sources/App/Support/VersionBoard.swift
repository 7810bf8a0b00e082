import Domain
import Fluent
import NIOConcurrencyHelpers
import NIOCore

/// The data versions (``DataVersion``) as last read, reused for a short while so that a cached
/// page and a known session cost no database statement at all.
///
/// Writes made by this process retire the reading at once — ``invalidate()`` runs after every
/// state-changing request, every session write and every reminder run — so a user always sees
/// their own change on the next page. Writes by another process (a second server on the same
/// PostgreSQL, or `tongxin remind` on the same SQLite file) are seen within ``maxAge``.
final class VersionBoard: Sendable {
    private struct State {
        var stamps: DataVersion.Stamps?
        var readAt: NIODeadline
        /// Moves on every invalidation, so a read that raced a write is not kept.
        var generation: Int
    }

    private let state = NIOLockedValueBox(State(stamps: nil, readAt: .distantPast, generation: 0))
    /// How long a reading is trusted when this process wrote nothing.
    let maxAge: TimeAmount

    init(maxAge: TimeAmount) {
        self.maxAge = maxAge
    }

    /// The current stamps: the last reading while it is young enough, else a fresh one.
    func current(on db: any Database) async throws -> DataVersion.Stamps {
        let now = NIODeadline.now()
        let (kept, generation) = state.withLockedValue { state in
            (state.stamps.flatMap { now - state.readAt < maxAge ? $0 : nil }, state.generation)
        }
        if let kept { return kept }
        let stamps = try await DataVersion.read(on: db)
        state.withLockedValue { state in
            // A write that finished while this read ran may be missing from it: keep the
            // reading only if no invalidation came in between.
            if state.generation == generation {
                state.stamps = stamps
                state.readAt = now
            }
        }
        return stamps
    }

    /// Forgets the reading: this process has just written.
    func invalidate() {
        state.withLockedValue { state in
            state.stamps = nil
            state.generation += 1
        }
    }
}
