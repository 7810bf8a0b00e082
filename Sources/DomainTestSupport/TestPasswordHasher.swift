import Crypto
import Domain
import Foundation

/// A salted HMAC-SHA256 in place of Bcrypt, which lives in the web framework the domain does
/// not import. Domain tests check that commands store and verify a hash, not its strength;
/// the app's tests run the real Bcrypt.
struct TestPasswordHasher: PasswordHashing {
    func hash(_ password: String) async throws -> String {
        let salt = SymmetricKey(size: .bits128)
        let saltHex = salt.withUnsafeBytes { Data($0) }.map { String(format: "%02x", $0) }.joined()
        return "test$\(saltHex)$\(digest(password, saltHex: saltHex))"
    }

    func verify(_ password: String, created hash: String) async throws -> Bool {
        let parts = hash.split(separator: "$")
        guard parts.count == 3, parts[0] == "test" else { return false }
        return digest(password, saltHex: String(parts[1])) == parts[2]
    }

    func verifyDecoy(_ password: String) async {}

    private func digest(_ password: String, saltHex: String) -> String {
        let key = SymmetricKey(data: Data(saltHex.utf8))
        return HMAC<SHA256>.authenticationCode(for: Data(password.utf8), using: key).map { String(format: "%02x", $0) }
            .joined()
    }
}
