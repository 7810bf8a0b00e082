import Domain
import NIOConcurrencyHelpers
import Vapor

/// The framework's Bcrypt behind the domain's hashing interface, run on the blocking-work
/// thread pool so a burst of sign-ins never stalls the event loops.
struct BcryptHasher: PasswordHashing {
    let cost: Int
    let pool: NIOThreadPool
    /// Made on first use rather than at start-up: one hash at cost 12 takes ~0.25 s.
    private let decoy = NIOLockedValueBox<String?>(nil)

    init(cost: Int, pool: NIOThreadPool) {
        self.cost = cost
        self.pool = pool
    }

    func verifyDecoy(_ password: String) async {
        let (cost, decoy) = (cost, decoy)
        // Both the one-time hash and the check run on the thread pool, never on an event loop.
        _ = try? await pool.runIfActive {
            let hash = try decoy.withLockedValue { stored in
                if let stored { return stored }
                let made = try Bcrypt.hash(UUID().uuidString, cost: cost)
                stored = made
                return made
            }
            return try Bcrypt.verify(password, created: hash)
        }
    }

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, created hash: String) async throws -> Bool {
        try await pool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }
}
