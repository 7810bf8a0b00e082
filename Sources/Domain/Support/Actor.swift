import Foundation

/// Who is acting: the signed-in user, or the system itself (start-up, the CLI's bootstrap).
public struct Actor: Sendable, Equatable {
    /// The user's id; nil for the system.
    public let userID: UUID?
    /// The user's name as recorded in the audit log.
    public let username: String
    /// The unit the user belongs to; nil for the system.
    public let unitID: UUID?
    /// The user's role; the system acts as an admin.
    public let role: Role

    public init(userID: UUID?, username: String, unitID: UUID?, role: Role) {
        self.userID = userID
        self.username = username
        self.unitID = unitID
        self.role = role
    }

    /// The application acting on its own behalf.
    public static let system = Actor(userID: nil, username: "system", unitID: nil, role: .admin)

    /// True when the actor belongs to `unitID`.
    public func belongs(to unitID: UUID?) -> Bool {
        unitID != nil && self.unitID == unitID
    }
}
