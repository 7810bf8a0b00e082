import FluentKit
import Foundation

/// A person who signs in. Tongxin records nothing about a user beyond what the work needs:
/// a name, a unit, a role.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    // MARK: managed
    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    // MARK: data
    /// Lower-case sign-in name, unique.
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "role") public var role: Role
    @Field(key: "password_hash") public var passwordHash: String
    /// Inactive users cannot sign in or use tokens.
    @Field(key: "is_active") public var isActive: Bool
    /// Show pages in Traditional Chinese.
    @Field(key: "prefers_traditional") public var prefersTraditional: Bool

    // MARK: relations
    @Parent(key: "unit_id") public var unit: OrgUnit

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $updatedAt, $username, $displayName, $role, $passwordHash, $isActive, $prefersTraditional,
            $unit,
        ]
    }

    public init(id: UUID? = nil, username: String, displayName: String, unitID: UUID, role: Role, passwordHash: String)
    {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.$unit.id = unitID
        self.role = role
        self.passwordHash = passwordHash
        self.isActive = true
        self.prefersTraditional = false
    }

    /// The actor this user acts as.
    public var actor: Actor {
        Actor(userID: id, username: username, unitID: $unit.id, role: role)
    }

    /// Audited fields. The password hash is deliberately absent: the log says that it
    /// changed, never what it is.
    var auditSnapshot: [String: String] {
        [
            "username": username,
            "displayName": displayName,
            "unitId": $unit.id.uuidString,
            "role": role.rawValue,
            "isActive": String(isActive),
            "prefersTraditional": String(prefersTraditional),
        ]
    }
}
