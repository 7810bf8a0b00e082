import Domain
import FluentKit
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
    static func id<M: Model>(_ model: M) -> String where M.IDValue == UUID { model.id!.uuidString.lowercased() }
    static let readsPlans: @Sendable (Role) -> Bool = { $0 != .member }
    static let readsAllTasks: @Sendable (Role) -> Bool = { $0 == .admin || $0 == .leader }
    static let liaisonOnly: @Sendable (Role) -> Bool = { $0 == .liaison }
    static let nobody: @Sendable (Role) -> Bool = { _ in false }

    /// Routes anyone may use without signing in.
    static let publicRoutes: Set<String> = [
        "GET /signin", "POST /signin", "GET /healthz", "GET /static/app.css", "GET /static/app.js", "GET /favicon.ico",
        "GET /calendar/:secret",
        "GET /public/suggestions", "GET /public/suggestions/:id", "GET /api/v1/public/suggestions",
        "GET /api/v1/public/suggestions/:id",
    ]

    /// Every signed-in route with its subjects. Order matters: sign-out comes last.
    static func all(scratch: OrgUnit, peerToken: UUID) -> [AccessCase] {
        [
            AccessCase(method: "GET", pattern: "/", subject: .none, path: { _ in "/" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/account/password", subject: .none, path: { _ in "/account/password" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/account/password", subject: .none, path: { _ in "/account/password" },
                form: [("currentPassword", "wrong"), ("newPassword", "x"), ("confirmPassword", "x")], allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/account/display", subject: .none, path: { _ in "/account/display" },
                form: [("traditional", "0")], allowed: everyone),
            AccessCase(method: "GET", pattern: "/units", subject: .none, path: { _ in "/units" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/units/:id", subject: .ownUnit, path: { "/units/\(id($0.unitA))" },
                allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/units/:id", subject: .otherUnit, path: { "/units/\(id($0.unitB))" },
                allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/units/new", subject: .none, path: { _ in "/units/new" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/units", subject: .none, path: { _ in "/units" },
                form: [("name", "新单位"), ("code", "new-unit"), ("kind", "other"), ("parentId", "")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/units/:id/edit", subject: .ownUnit, path: { "/units/\(id($0.unitA))/edit" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/units/:id", subject: .ownUnit, path: { "/units/\(id($0.unitA))" },
                form: [("name", "甲单位"), ("code", "unit-a"), ("kind", "member_unit"), ("parentId", "")],
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/units/:id/reorder", subject: .otherUnit,
                path: { "/units/\(id($0.unitB))/reorder" },
                form: [("direction", "up")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/units/:id/deactivate", subject: .none,
                path: { _ in "/units/\(id(scratch))/deactivate" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/units/:id/deactivate", subject: .none,
                path: { _ in "/units/\(id(scratch))/deactivate" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/units/:id/activate", subject: .none,
                path: { _ in "/units/\(id(scratch))/activate" },
                form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/users", subject: .none, path: { _ in "/users" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/users/:id", subject: .ownUnit, path: { "/users/\(id($0.peerA))" },
                allowed: readsOwnUnitUsers),
            AccessCase(
                method: "GET", pattern: "/users/:id", subject: .otherUnit, path: { "/users/\(id($0.userB))" },
                allowed: readsOtherUnitUsers),
            AccessCase(
                method: "GET", pattern: "/users/new", subject: .none, path: { _ in "/users/new" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/users", subject: .none, path: { _ in "/users" },
                form: [
                    ("username", "nobody"), ("displayName", ""), ("unitId", ""), ("role", "viewer"), ("password", ""),
                ],
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/users/:id/edit", subject: .ownUnit, path: { "/users/\(id($0.peerA))/edit" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/users/:id", subject: .otherUnit, path: { "/users/\(id($0.userB))" },
                form: [("displayName", "改名"), ("unitId", ""), ("role", "viewer")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/users/:id/password", subject: .ownUnit,
                path: { "/users/\(id($0.peerA))/password" },
                form: [("newPassword", "short")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/users/:id/tokens", subject: .ownUnit,
                path: { "/users/\(id($0.peerA))/tokens" },
                form: [("name", "脚本")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/users/:id/tokens", subject: .otherUnit,
                path: { "/users/\(id($0.userB))/tokens" },
                form: [("name", "脚本")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tokens/:id/revoke", subject: .ownUnit,
                path: { _ in "/tokens/\(peerToken.uuidString.lowercased())/revoke" }, form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/audit", subject: .none, path: { _ in "/audit" }, allowed: adminOnly),

            AccessCase(method: "GET", pattern: "/plans", subject: .none, path: { _ in "/plans" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/plans/new", subject: .none, path: { _ in "/plans/new" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/plans", subject: .none, path: { _ in "/plans" },
                form: [("title", "新计划"), ("period", "2027")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/plans/:id", subject: .none, path: { "/plans/\(id($0.plan))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/plans/:id/responsibility.xlsx", subject: .none,
                path: { "/plans/\(id($0.plan))/responsibility.xlsx" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/plans/:id/responsibility.docx", subject: .none,
                path: { "/plans/\(id($0.plan))/responsibility.docx" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/plans/:id/responsibility.docx", subject: .none,
                path: { "/api/v1/plans/\(id($0.plan))/responsibility.docx" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/notices/:id/notice.docx", subject: .ownUnit,
                path: { "/notices/\(id($0.noticeA))/notice.docx" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/notices/:id/notice.docx", subject: .otherUnit,
                path: { "/notices/\(id($0.noticeB))/notice.docx" }, allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/api/v1/notices/:id/notice.docx", subject: .otherUnit,
                path: { "/api/v1/notices/\(id($0.noticeB))/notice.docx" }, allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/plans/:id/responsibility.csv", subject: .none,
                path: { "/plans/\(id($0.plan))/responsibility.csv" }, allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/plans/:id/areas", subject: .none, path: { "/plans/\(id($0.plan))/areas" },
                form: [("title", "新方面")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/areas/:id/move", subject: .none, path: { "/areas/\(id($0.area))/move" },
                form: [("direction", "up")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/plans/:id/import", subject: .none, path: { "/plans/\(id($0.plan))/import" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/plans/:id/import", subject: .none, path: { "/plans/\(id($0.plan))/import" },
                form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/tasks", subject: .none, path: { _ in "/tasks" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/tasks/overdue", subject: .none, path: { _ in "/tasks/overdue" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/tasks/completion", subject: .none, path: { _ in "/tasks/completion" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/tasks/new", subject: .none, path: { _ in "/tasks/new" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tasks", subject: .none, path: { _ in "/tasks" },
                form: [("planId", ""), ("title", ""), ("reportFrequency", "monthly")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/tasks/:id", subject: .ownUnit, path: { "/tasks/\(id($0.taskA))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/tasks/:id", subject: .otherUnit, path: { "/tasks/\(id($0.taskB))" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/tasks/:id/edit", subject: .ownUnit, path: { "/tasks/\(id($0.taskA))/edit" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tasks/:id", subject: .ownUnit, path: { "/tasks/\(id($0.taskA))" },
                form: [("planId", ""), ("title", "改名"), ("reportFrequency", "monthly")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/status", subject: .otherUnit,
                path: { "/tasks/\(id($0.taskB))/status" },
                form: [("status", "suspended")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/move", subject: .ownUnit, path: { "/tasks/\(id($0.taskA))/move" },
                form: [("direction", "up")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/attachments/:id", subject: .ownUnit,
                path: { "/attachments/\(id($0.attachmentA))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/attachments/:id", subject: .otherUnit,
                path: { "/attachments/\(id($0.attachmentB))" },
                allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/cosignoff", subject: .ownUnit,
                path: { "/tasks/\(id($0.taskA))/cosignoff" },
                form: [("unitId", UUID().uuidString)], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/instructions", subject: .otherUnit,
                path: { "/tasks/\(id($0.taskB))/instructions" }, form: [("text", "请抓紧")], allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/remind", subject: .otherUnit,
                path: { "/tasks/\(id($0.taskB))/remind" }, form: [], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks/:id/remind", subject: .otherUnit,
                path: { "/api/v1/tasks/\(id($0.taskB))/remind" }, json: [:], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks/:id/instructions", subject: .otherUnit,
                path: { "/api/v1/tasks/\(id($0.taskB))/instructions" }, json: ["text": "请抓紧"], allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/reports", subject: .ownUnit,
                path: { "/tasks/\(id($0.taskA))/reports" },
                form: [("text", "进展"), ("progress", "20")], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/tasks/:id/reports", subject: .otherUnit,
                path: { "/tasks/\(id($0.taskB))/reports" },
                form: [("text", "越权"), ("progress", "20")], allowed: nobody),
            AccessCase(
                method: "POST", pattern: "/reports/:id/return", subject: .ownUnit,
                path: { "/reports/\(id($0.reportA))/return" },
                form: [("comment", "请补充")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/reports/:id/accept", subject: .ownUnit,
                path: { "/reports/\(id($0.reportA))/accept" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/notices", subject: .none, path: { _ in "/notices" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/notices/new", subject: .none, path: { _ in "/notices/new" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/notices", subject: .none, path: { _ in "/notices" },
                form: [("reason", "")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/notices/:id", subject: .ownUnit, path: { "/notices/\(id($0.noticeA))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/notices/:id", subject: .otherUnit, path: { "/notices/\(id($0.noticeB))" },
                allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/notices/:id/answer", subject: .ownUnit,
                path: { "/notices/\(id($0.noticeA))/answer" },
                form: [("text", "已整改")], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/notices/:id/answer", subject: .otherUnit,
                path: { "/notices/\(id($0.noticeB))/answer" },
                form: [("text", "越权")], allowed: nobody),
            AccessCase(
                method: "POST", pattern: "/notices/:id/return", subject: .ownUnit,
                path: { "/notices/\(id($0.noticeA))/return" },
                form: [("comment", "请补充")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/notices/:id/close", subject: .ownUnit,
                path: { "/notices/\(id($0.noticeA))/close" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/inspections", subject: .none, path: { _ in "/inspections" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/inspections/new", subject: .none, path: { _ in "/inspections/new" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/inspections", subject: .none, path: { _ in "/inspections" },
                form: [("title", "")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/inspections/:id", subject: .none,
                path: { "/inspections/\(id($0.inspection))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/rectification", subject: .none, path: { _ in "/rectification" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/rectification/:id/submit", subject: .ownUnit,
                path: { "/rectification/\(id($0.itemA))/submit" },
                form: [("measures", "已整改"), ("evidence", "台账")], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/rectification/:id/submit", subject: .otherUnit,
                path: { "/rectification/\(id($0.itemB))/submit" }, form: [("measures", "越权"), ("evidence", "越权")],
                allowed: nobody),
            AccessCase(
                method: "POST", pattern: "/rectification/:id/return", subject: .ownUnit,
                path: { "/rectification/\(id($0.itemA))/return" },
                form: [("comment", "请补充")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/rectification/:id/signoff", subject: .ownUnit,
                path: { "/rectification/\(id($0.itemA))/signoff" }, form: [], allowed: adminOnly),
            AccessCase(method: "GET", pattern: "/inbox", subject: .none, path: { _ in "/inbox" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/todo", subject: .none, path: { _ in "/todo" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/meetings/calendar", subject: .none, path: { _ in "/meetings/calendar" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/meetings/calendar/feed", subject: .own,
                path: { _ in "/meetings/calendar/feed" },
                form: [], allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/meetings/calendar/feed/revoke", subject: .own,
                path: { _ in "/meetings/calendar/feed/revoke" }, form: [], allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings/calendar/feed", subject: .own,
                path: { _ in "/api/v1/meetings/calendar/feed" }, json: [:], allowed: readsPlans),
            AccessCase(
                method: "DELETE", pattern: "/api/v1/meetings/calendar/feed", subject: .own,
                path: { _ in "/api/v1/meetings/calendar/feed" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/api/v1/todo", subject: .none, path: { _ in "/api/v1/todo" }, allowed: everyone
            ),
            // Someone else's (here: no one's) message is not found, for every role.
            AccessCase(
                method: "POST", pattern: "/inbox/:id/open", subject: .none,
                path: { _ in "/inbox/\(UUID().uuidString)/open" },
                form: [], allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/inbox/read-all", subject: .none, path: { _ in "/inbox/read-all" }, form: [],
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/units/:id/webhook", subject: .ownUnit,
                path: { "/units/\(id($0.unitA))/webhook" },
                form: [("kind", "dingtalk"), ("url", "")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/plans/:id/issue", subject: .none, path: { "/plans/\(id($0.plan))/issue" },
                form: [], allowed: adminOnly),

            AccessCase(
                method: "GET", pattern: "/api/v1/openapi.json", subject: .none, path: { _ in "/api/v1/openapi.json" },
                allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/api/v1/units", subject: .none, path: { _ in "/api/v1/units" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/units", subject: .none, path: { _ in "/api/v1/units" },
                json: ["code": "api-unit", "name": "接口单位", "kind": "other"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/units/:id", subject: .ownUnit,
                path: { "/api/v1/units/\(id($0.unitA))" }, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/api/v1/units/:id", subject: .otherUnit,
                path: { "/api/v1/units/\(id($0.unitB))" }, allowed: everyone),
            AccessCase(
                method: "PATCH", pattern: "/api/v1/units/:id", subject: .otherUnit,
                path: { "/api/v1/units/\(id($0.unitB))" },
                json: ["name": "乙单位"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/users", subject: .none, path: { _ in "/api/v1/users" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/users", subject: .none, path: { _ in "/api/v1/users" },
                json: [
                    "username": "api-user", "displayName": "接口用户", "unitId": UUID().uuidString, "role": "viewer",
                    "password": "a-long-password",
                ], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/users/:id", subject: .ownUnit,
                path: { "/api/v1/users/\(id($0.peerA))" },
                allowed: readsOwnUnitUsers),
            AccessCase(
                method: "GET", pattern: "/api/v1/users/:id", subject: .otherUnit,
                path: { "/api/v1/users/\(id($0.userB))" },
                allowed: readsOtherUnitUsers),
            AccessCase(
                method: "PATCH", pattern: "/api/v1/users/:id", subject: .ownUnit,
                path: { "/api/v1/users/\(id($0.peerA))" },
                json: ["displayName": "同事"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/audit", subject: .none, path: { _ in "/api/v1/audit" },
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/plans", subject: .none, path: { _ in "/api/v1/plans" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/plans", subject: .none, path: { _ in "/api/v1/plans" },
                json: ["title": "接口计划", "period": "2027"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/plans/:id", subject: .none, path: { "/api/v1/plans/\(id($0.plan))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/plans/:id/responsibility.xlsx", subject: .none,
                path: { "/api/v1/plans/\(id($0.plan))/responsibility.xlsx" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/tasks", subject: .none, path: { _ in "/api/v1/tasks" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks", subject: .none, path: { _ in "/api/v1/tasks" },
                json: [
                    "planId": UUID().uuidString, "title": "接口任务", "leadUnitId": UUID().uuidString,
                    "deadline": "2026-12-31",
                ],
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/tasks/:id", subject: .ownUnit,
                path: { "/api/v1/tasks/\(id($0.taskA))" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/tasks/:id", subject: .otherUnit,
                path: { "/api/v1/tasks/\(id($0.taskB))" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/api/v1/tasks/:id/reports", subject: .ownUnit,
                path: { "/api/v1/tasks/\(id($0.taskA))/reports" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/tasks/:id/reports", subject: .otherUnit,
                path: { "/api/v1/tasks/\(id($0.taskB))/reports" }, allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks/:id/reports", subject: .ownUnit,
                path: { "/api/v1/tasks/\(id($0.taskA))/reports" }, json: ["text": "接口进展", "progress": 30],
                allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks/:id/reports", subject: .otherUnit,
                path: { "/api/v1/tasks/\(id($0.taskB))/reports" }, json: ["text": "越权", "progress": 30], allowed: nobody
            ),
            AccessCase(
                method: "GET", pattern: "/api/v1/attachments/:id", subject: .ownUnit,
                path: { "/api/v1/attachments/\(id($0.attachmentA))" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/attachments/:id", subject: .otherUnit,
                path: { "/api/v1/attachments/\(id($0.attachmentB))" }, allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/api/v1/tasks/:id/cosignoff", subject: .ownUnit,
                path: { "/api/v1/tasks/\(id($0.taskA))/cosignoff" }, json: ["unitId": UUID().uuidString],
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/reports/:id/return", subject: .ownUnit,
                path: { "/api/v1/reports/\(id($0.reportA))/return" }, json: ["comment": "请补充"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/notices", subject: .none, path: { _ in "/api/v1/notices" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/notices", subject: .none, path: { _ in "/api/v1/notices" },
                json: ["unitId": UUID().uuidString, "reason": "x", "requiredAction": "y", "replyDue": "2026-04-30"],
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/notices/:id", subject: .ownUnit,
                path: { "/api/v1/notices/\(id($0.noticeA))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/notices/:id", subject: .otherUnit,
                path: { "/api/v1/notices/\(id($0.noticeB))" },
                allowed: readsAllTasks),
            AccessCase(
                method: "POST", pattern: "/api/v1/notices/:id/answer", subject: .ownUnit,
                path: { "/api/v1/notices/\(id($0.noticeA))/answer" }, json: ["text": "已整改"], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/notices/:id/answer", subject: .otherUnit,
                path: { "/api/v1/notices/\(id($0.noticeB))/answer" }, json: ["text": "越权"], allowed: nobody),
            AccessCase(
                method: "POST", pattern: "/api/v1/notices/:id/return", subject: .ownUnit,
                path: { "/api/v1/notices/\(id($0.noticeA))/return" }, json: ["comment": "请补充"], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/notices/:id/close", subject: .ownUnit,
                path: { "/api/v1/notices/\(id($0.noticeA))/close" }, json: [:], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/inspections", subject: .none, path: { _ in "/api/v1/inspections" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/inspections", subject: .none, path: { _ in "/api/v1/inspections" },
                json: ["title": "", "day": "", "problems": []], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/rectification", subject: .none, path: { _ in "/api/v1/rectification" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/rectification/:id/submit", subject: .ownUnit,
                path: { "/api/v1/rectification/\(id($0.itemA))/submit" }, json: ["measures": "已整改", "evidence": "台账"],
                allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/rectification/:id/submit", subject: .otherUnit,
                path: { "/api/v1/rectification/\(id($0.itemB))/submit" }, json: ["measures": "越权", "evidence": "越权"],
                allowed: nobody),
            AccessCase(
                method: "POST", pattern: "/api/v1/rectification/:id/return", subject: .ownUnit,
                path: { "/api/v1/rectification/\(id($0.itemA))/return" }, json: ["comment": "请补充"], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/rectification/:id/signoff", subject: .ownUnit,
                path: { "/api/v1/rectification/\(id($0.itemA))/signoff" }, json: [:], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/inbox", subject: .none, path: { _ in "/api/v1/inbox" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/inbox/:id/read", subject: .none,
                path: { _ in "/api/v1/inbox/\(UUID().uuidString)/read" }, json: [:], allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/reports/:id/accept", subject: .ownUnit,
                path: { "/api/v1/reports/\(id($0.reportA))/accept" }, json: [:], allowed: adminOnly),
        ] + meetingCases + suggestionCases + assessmentCases + [
            AccessCase(
                method: "POST", pattern: "/signout", subject: .none, path: { _ in "/signout" }, form: [],
                allowed: everyone)
        ]
    }
}
