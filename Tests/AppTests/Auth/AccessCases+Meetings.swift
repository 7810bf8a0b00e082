import Domain
import Foundation

extension AccessCases {
    /// Meetings, documents and report imports: read by all but members; written and imported by the office.
    /// Deletes and imports use ids that do not exist, so the world stays whole for later cases
    /// (the office's answer is then 404, which still shows the handler ran).
    static var meetingCases: [AccessCase] {
        let meetingForm: [(String, String)] = [
            ("name", "全市统战工作会议"), ("kind", "working"), ("day", "2026-02-20"),
            ("participants", "张三｜市委副书记｜主持"),
        ]
        let meetingJSON: [String: Any] = ["name": "接口会议", "day": "2026-02-21", "kind": "special"]
        return [
            AccessCase(
                method: "GET", pattern: "/meetings", subject: .none, path: { _ in "/meetings" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/meetings/new", subject: .none, path: { _ in "/meetings/new" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/meetings", subject: .none, path: { _ in "/meetings" }, form: meetingForm,
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/meetings/:id", subject: .none, path: { "/meetings/\(id($0.meeting))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/meetings/:id/edit", subject: .none,
                path: { "/meetings/\(id($0.meeting))/edit" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/meetings/:id", subject: .none, path: { "/meetings/\(id($0.meeting))" },
                form: meetingForm,
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/meetings/:id/delete", subject: .none,
                path: { "/meetings/\(id($0.meeting))/delete" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/meetings/:id/attendance", subject: .ownUnit,
                path: { "/meetings/\(id($0.meeting))/attendance" }, form: [("attending", "1")], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings/:id/attendance", subject: .ownUnit,
                path: { "/api/v1/meetings/\(id($0.meeting))/attendance" }, json: ["attending": false, "note": "另有公务"],
                allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/meetings/:id/relay", subject: .ownUnit,
                path: { "/meetings/\(id($0.meeting))/relay" },
                form: [("relayedOn", "2026-03-01"), ("text", "3月1日召开党组会传达学习")], allowed: liaisonOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings/:id/relay", subject: .ownUnit,
                path: { "/api/v1/meetings/\(id($0.meeting))/relay" },
                json: ["relayedOn": "2026-03-01", "text": "召开专题会传达学习"],
                allowed: liaisonOnly),
            AccessCase(
                method: "GET", pattern: "/relays", subject: .none, path: { _ in "/relays" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/api/v1/relays", subject: .none, path: { _ in "/api/v1/relays?overdue=true" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/documents", subject: .none, path: { _ in "/documents" }, allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/documents/new", subject: .none, path: { _ in "/documents/new" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/documents", subject: .none, path: { _ in "/documents" },
                form: [("title", "关于某事的通知")], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/documents/:id", subject: .none, path: { "/documents/\(id($0.document))" },
                allowed: readsPlans),
            AccessCase(
                method: "GET", pattern: "/documents/:id/edit", subject: .none,
                path: { "/documents/\(id($0.document))/edit" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/documents/:id", subject: .none, path: { "/documents/\(id($0.document))" },
                form: [("title", "关于加强统战工作的实施意见")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/documents/:id/delete", subject: .none,
                path: { "/documents/\(id($0.document))/delete" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/document-files/:id", subject: .none,
                path: { "/document-files/\(id($0.documentFile))" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/document-files/:id/delete", subject: .none,
                path: { _ in "/document-files/\(UUID().uuidString)/delete" }, form: [], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/document-files/:id", subject: .none,
                path: { "/api/v1/document-files/\(id($0.documentFile))" }, allowed: readsPlans),
            AccessCase(
                method: "DELETE", pattern: "/api/v1/document-files/:id", subject: .none,
                path: { _ in "/api/v1/document-files/\(UUID().uuidString)" }, allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/imports", subject: .none, path: { _ in "/imports" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/imports", subject: .none, path: { _ in "/imports" },
                form: [("text", "全市统战工作会议召开。会议强调，一是提高站位。二是狠抓落实。")], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/imports/batches", subject: .none, path: { _ in "/imports/batches" },
                form: [],
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/imports/batches/:id", subject: .none,
                path: { _ in "/imports/batches/\(UUID().uuidString)" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/import-batches", subject: .none,
                path: { _ in "/api/v1/import-batches" },
                json: [:], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/import-batches/:id", subject: .none,
                path: { _ in "/api/v1/import-batches/\(UUID().uuidString)" }, allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/imports/:id", subject: .none, path: { _ in "/imports/\(UUID().uuidString)" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/imports/:id/confirm", subject: .none,
                path: { _ in "/imports/\(UUID().uuidString)/confirm" },
                form: [], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/meetings", subject: .none, path: { _ in "/api/v1/meetings" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings", subject: .none, path: { _ in "/api/v1/meetings" },
                json: meetingJSON,
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/meetings/:id", subject: .none,
                path: { "/api/v1/meetings/\(id($0.meeting))" },
                allowed: readsPlans),
            AccessCase(
                method: "PUT", pattern: "/api/v1/meetings/:id", subject: .none,
                path: { "/api/v1/meetings/\(id($0.meeting))" },
                json: meetingJSON, allowed: adminOnly),
            AccessCase(
                method: "DELETE", pattern: "/api/v1/meetings/:id", subject: .none,
                path: { _ in "/api/v1/meetings/\(UUID().uuidString)" },
                allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/documents", subject: .none, path: { _ in "/api/v1/documents" },
                allowed: readsPlans),
            AccessCase(
                method: "POST", pattern: "/api/v1/documents", subject: .none, path: { _ in "/api/v1/documents" },
                json: ["title": "接口文件"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/documents/:id", subject: .none,
                path: { "/api/v1/documents/\(id($0.document))" },
                allowed: readsPlans),
            AccessCase(
                method: "PUT", pattern: "/api/v1/documents/:id", subject: .none,
                path: { "/api/v1/documents/\(id($0.document))" },
                json: ["title": "关于加强统战工作的实施意见"], allowed: adminOnly),
            AccessCase(
                method: "DELETE", pattern: "/api/v1/documents/:id", subject: .none,
                path: { _ in "/api/v1/documents/\(UUID().uuidString)" }, allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/imports", subject: .none, path: { _ in "/api/v1/imports" },
                json: ["text": "全市统战工作会议召开。会议强调，一是提高站位。二是狠抓落实。"], allowed: adminOnly),
            AccessCase(
                method: "GET", pattern: "/api/v1/imports/:id", subject: .none,
                path: { _ in "/api/v1/imports/\(UUID().uuidString)" },
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/imports/:id/confirm", subject: .none,
                path: { _ in "/api/v1/imports/\(UUID().uuidString)/confirm" }, json: [:], allowed: adminOnly),
        ]
    }
}
