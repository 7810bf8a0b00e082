import Domain
import Fluent
import Vapor

/// What the UsersController pages post and query: forms and query strings, decoded by the controller.
extension UsersController {
    struct UserForm: Content {
        var username: String?
        var displayName: String?
        var unitId: String?
        var role: String?
        var password: String?
        var isActive: String?
    }

    struct PasswordForm: Content {
        var newPassword: String?
    }

    struct TokenForm: Content {
        var name: String?
    }
}

/// The user list's filters, as GET parameters so a filtered view is a shareable link.
struct UserListQuery: Content {
    var unitId: String?
    var role: String?
    var q: String?
    var sort: String?
    var dir: String?
    var page: Int?
    /// `xlsx` or `csv` exports the filtered list instead of showing a page of it.
    var format: String?

    /// The filter, or 400 for a value no form could have sent.
    func filter() throws -> UserFilter {
        var filter = UserFilter(text: q.map { String($0.prefix(50)) })
        if let unitId, !unitId.isEmpty {
            guard let id = UUID(uuidString: unitId) else { throw PublicError(.badRequest, "单位参数无效") }
            filter.unitID = id
        }
        if let role, !role.isEmpty {
            guard let parsed = Role(rawValue: role) else { throw PublicError(.badRequest, "角色参数无效") }
            filter.role = parsed
        }
        if let sort, !sort.isEmpty {
            guard let parsed = UserFilter.Sort(rawValue: sort) else { throw PublicError(.badRequest, "排序参数无效") }
            filter.sort = parsed
        }
        filter.descending = dir == "desc"
        return filter
    }

    /// The filters (not the page) as query items, for pagination, sorting and export links.
    var queryItems: [(String, String)] {
        [("unitId", unitId), ("role", role), ("q", q), ("sort", sort), ("dir", dir)].compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : (key, $0) }
        }
    }
}
