import Domain
import Foundation
import TestSupport

/// One route tried with one subject, and who may use it.
struct AccessCase: CustomStringConvertible {
    enum Subject: String {
        case none, ownUnit, otherUnit, own
    }

    let method: String
    /// The route as registered, e.g. `/units/:id`.
    let pattern: String
    let subject: Subject
    let path: (World) -> String
    var form: [(String, String)]? = nil
    var json: [String: Any]? = nil
    let allowed: (Role) -> Bool

    var isAPI: Bool { pattern.hasPrefix("/api/") }
    var description: String { "\(method) \(pattern) [\(subject.rawValue)]" }
}

enum AccessCases {
    static let everyone: @Sendable (Role) -> Bool = { _ in true }
    static let adminOnly: @Sendable (Role) -> Bool = { $0 == .admin }
    static let readsOtherUnitUsers: @Sendable (Role) -> Bool = { $0 == .admin || $0 == .leader }
    static let readsOwnUnitUsers: @Sendable (Role) -> Bool = { $0 != .member }

    static func id(_ unit: OrgUnit) -> String { unit.id!.uuidString.lowercased() }
    static func id(_ user: User) -> String { user.id!.uuidString.lowercased() }

    /// Routes anyone may use without signing in.
    static let publicRoutes: Set<String> = ["GET /signin", "POST /signin", "GET /healthz", "GET /static/app.css"]

    /// Every signed-in route with its subjects. Order matters: sign-out comes last.
    static func all(scratch: OrgUnit, peerToken: UUID) -> [AccessCase] {
        [
            AccessCase(method: "GET", pattern: "/", subject: .none, path: { _ in "/" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/account/password", subject: .none, path: { _ in "/account/password" }, allowed: everyone),
            AccessCase(method: "POST", pattern: "/account/password", subject: .none, path: { _ in "/account/password" },
                       form: [("currentPassword", "wrong"), ("newPassword", "x"), ("confirmPassword", "x")], allowed: everyone),
            AccessCase(method: "POST", pattern: "/account/display", subject: .none, path: { _ in "/account/display" },
                       form: [("traditional", "0")], allowed: everyone),
            AccessCase(method: "GET", pattern: "/units", subject: .none, path: { _ in "/units" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/units/:id", subject: .ownUnit, path: { "/units/\(id($0.unitA))" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/units/:id", subject: .otherUnit, path: { "/units/\(id($0.unitB))" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/units/new", subject: .none, path: { _ in "/units/new" }, allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/units", subject: .none, path: { _ in "/units" },
                       form: [("name", "新单位"), ("code", "new-unit"), ("kind", "other"), ("parentId", "")], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/units/:id/edit", subject: .ownUnit, path: { "/units/\(id($0.unitA))/edit" }, allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/units/:id", subject: .ownUnit, path: { "/units/\(id($0.unitA))" },
                       form: [("name", "甲单位"), ("code", "unit-a"), ("kind", "member_unit"), ("parentId", "")], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/units/:id/reorder", subject: .otherUnit, path: { "/units/\(id($0.unitB))/reorder" },
                       form: [("direction", "up")], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/units/:id/deactivate", subject: .none, path: { _ in "/units/\(id(scratch))/deactivate" },
                       allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/units/:id/deactivate", subject: .none, path: { _ in "/units/\(id(scratch))/deactivate" },
                       form: [], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/units/:id/activate", subject: .none, path: { _ in "/units/\(id(scratch))/activate" },
                       form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/users", subject: .none, path: { _ in "/users" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/users/:id", subject: .ownUnit, path: { "/users/\(id($0.peerA))" }, allowed: readsOwnUnitUsers),
            AccessCase(method: "GET", pattern: "/users/:id", subject: .otherUnit, path: { "/users/\(id($0.userB))" }, allowed: readsOtherUnitUsers),
            AccessCase(method: "GET", pattern: "/users/new", subject: .none, path: { _ in "/users/new" }, allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/users", subject: .none, path: { _ in "/users" },
                       form: [("username", "nobody"), ("displayName", ""), ("unitId", ""), ("role", "viewer"), ("password", "")],
                       allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/users/:id/edit", subject: .ownUnit, path: { "/users/\(id($0.peerA))/edit" }, allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/users/:id", subject: .otherUnit, path: { "/users/\(id($0.userB))" },
                       form: [("displayName", "改名"), ("unitId", ""), ("role", "viewer")], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/users/:id/password", subject: .ownUnit, path: { "/users/\(id($0.peerA))/password" },
                       form: [("newPassword", "short")], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/users/:id/tokens", subject: .ownUnit, path: { "/users/\(id($0.peerA))/tokens" },
                       form: [("name", "脚本")], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/users/:id/tokens", subject: .otherUnit, path: { "/users/\(id($0.userB))/tokens" },
                       form: [("name", "脚本")], allowed: adminOnly),
            AccessCase(method: "POST", pattern: "/tokens/:id/revoke", subject: .ownUnit,
                       path: { _ in "/tokens/\(peerToken.uuidString.lowercased())/revoke" }, form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/audit", subject: .none, path: { _ in "/audit" }, allowed: adminOnly),

            AccessCase(method: "GET", pattern: "/api/v1/openapi.json", subject: .none, path: { _ in "/api/v1/openapi.json" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/api/v1/units", subject: .none, path: { _ in "/api/v1/units" }, allowed: everyone),
            AccessCase(method: "POST", pattern: "/api/v1/units", subject: .none, path: { _ in "/api/v1/units" },
                       json: ["code": "api-unit", "name": "接口单位", "kind": "other"], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/api/v1/units/:id", subject: .ownUnit, path: { "/api/v1/units/\(id($0.unitA))" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/api/v1/units/:id", subject: .otherUnit, path: { "/api/v1/units/\(id($0.unitB))" }, allowed: everyone),
            AccessCase(method: "PATCH", pattern: "/api/v1/units/:id", subject: .otherUnit, path: { "/api/v1/units/\(id($0.unitB))" },
                       json: ["name": "乙单位"], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/api/v1/users", subject: .none, path: { _ in "/api/v1/users" }, allowed: everyone),
            AccessCase(method: "POST", pattern: "/api/v1/users", subject: .none, path: { _ in "/api/v1/users" },
                       json: ["username": "api-user", "displayName": "接口用户", "unitId": UUID().uuidString, "role": "viewer",
                              "password": "a-long-password"], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/api/v1/users/:id", subject: .ownUnit, path: { "/api/v1/users/\(id($0.peerA))" },
                       allowed: readsOwnUnitUsers),
            AccessCase(method: "GET", pattern: "/api/v1/users/:id", subject: .otherUnit, path: { "/api/v1/users/\(id($0.userB))" },
                       allowed: readsOtherUnitUsers),
            AccessCase(method: "PATCH", pattern: "/api/v1/users/:id", subject: .ownUnit, path: { "/api/v1/users/\(id($0.peerA))" },
                       json: ["displayName": "同事"], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/api/v1/audit", subject: .none, path: { _ in "/api/v1/audit" }, allowed: adminOnly),

            AccessCase(method: "POST", pattern: "/signout", subject: .none, path: { _ in "/signout" }, form: [], allowed: everyone),
        ]
    }
}
