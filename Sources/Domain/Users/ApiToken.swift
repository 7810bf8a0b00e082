import Crypto
import FluentKit
import Foundation

/// A personal API token. Only its SHA-256 is stored; the token itself is shown once.
public final class ApiToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    // MARK: managed
    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    // MARK: data
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    // MARK: relations
    @Parent(key: "user_id") public var user: User

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $createdAt, $name, $tokenHash, $lastUsedAt, $revokedAt, $user] }

    init(userID: UUID, name: String, tokenHash: String) {
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
    }

    /// The prefix every token starts with, so leaked tokens are easy to grep for.
    public static let prefix = "tx_"

    /// A new random token: 32 bytes from the system's CSPRNG, base64url.
    static func generate() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let encoded = bytes.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + encoded
    }

    /// The stored form of `token`.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexString
    }
}
