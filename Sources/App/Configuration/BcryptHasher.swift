import Domain
import Vapor

/// The framework's Bcrypt behind the domain's hashing interface, run on the blocking-work
/// thread pool so a burst of sign-ins never stalls the event loops.
struct BcryptHasher: PasswordHashing {
    let cost: Int
    let decoyHash: String
    let pool: NIOThreadPool

    init(cost: Int, pool: NIOThreadPool) throws {
        self.cost = cost
        self.pool = pool
        decoyHash = try Bcrypt.hash(UUID().uuidString, cost: cost)
    }

    func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, created hash: String) async throws -> Bool {
        try await pool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }
}
