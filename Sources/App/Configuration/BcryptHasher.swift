import Domain
import Vapor

/// The framework's Bcrypt behind the domain's hashing interface.
struct BcryptHasher: PasswordHashing {
    let cost: Int
    let decoyHash: String

    init(cost: Int) throws {
        self.cost = cost
        decoyHash = try Bcrypt.hash(UUID().uuidString, cost: cost)
    }

    func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    func verify(_ password: String, created hash: String) throws -> Bool {
        try Bcrypt.verify(password, created: hash)
    }
}
