import Foundation

/// What a person fills in to create a user.
public struct NewUser: Sendable {
    public var username: String
    public var displayName: String
    public var unitID: UUID
    public var role: Role
    public var password: String

    public init(username: String, displayName: String, unitID: UUID, role: Role, password: String) {
        self.username = username
        self.displayName = displayName
        self.unitID = unitID
        self.role = role
        self.password = password
    }
}

/// A partial change to a user; nil leaves a field as it is.
public struct UserChanges: Sendable {
    public var displayName: String?
    public var unitID: UUID?
    public var role: Role?
    public var isActive: Bool?

    public init(displayName: String? = nil, unitID: UUID? = nil, role: Role? = nil, isActive: Bool? = nil) {
        self.displayName = displayName
        self.unitID = unitID
        self.role = role
        self.isActive = isActive
    }
}

/// Which users a list shows, in which order.
public struct UserFilter: Sendable {
    /// The columns a user list can be sorted by.
    public enum Sort: String, Sendable, CaseIterable {
        case username, displayName, role, createdAt
    }

    public var unitID: UUID?
    public var role: Role?
    /// Matches username or display name.
    public var text: String?
    public var sort: Sort
    public var descending: Bool

    public init(
        unitID: UUID? = nil, role: Role? = nil, text: String? = nil, sort: Sort = .username, descending: Bool = false
    ) {
        self.unitID = unitID
        self.role = role
        self.text = text
        self.sort = sort
        self.descending = descending
    }
}

enum UserRules {
    static let usernameMaxLength = 32
    static let displayNameMaxLength = 50
    static let tokenNameMaxLength = 60

    static func normalizedUsername(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func problems(username: String?, displayName: String?) -> [FieldError] {
        var errors: [FieldError] = []
        if let username {
            let allowed = username.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }
            if username.count < 2 || username.count > usernameMaxLength || !allowed {
                errors.append(FieldError("username", "用户名为 2–\(usernameMaxLength) 个小写字母、数字或 . _ -"))
            }
        }
        if let displayName {
            let trimmed = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                errors.append(FieldError("displayName", "请填写姓名"))
            } else if trimmed.count > displayNameMaxLength {
                errors.append(FieldError("displayName", "姓名不能超过 \(displayNameMaxLength) 个字符"))
            }
        }
        return errors
    }
}
