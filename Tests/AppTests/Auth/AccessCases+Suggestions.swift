import Domain
import Foundation

@testable import App

extension AccessCases {
    /// The suggestions API. Who may see one suggestion depends on how they stand to it (see
    /// SuggestionAPITests); here the moves use ids that do not exist, so every role gets 404
    /// (counted as allowed), and only writing a draft is refused by role.
    static var suggestionCases: [AccessCase] {
        let draft: [String: Any] = ["title": "关于某事的建议", "body": "建议如下。", "category": "other"]
        return [
            AccessCase(
                method: "GET", pattern: "/api/v1/suggestions", subject: .none, path: { _ in "/api/v1/suggestions" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/suggestions", subject: .none, path: { _ in "/api/v1/suggestions" },
                json: draft,
                allowed: { $0 == .member || $0 == .admin }),
            AccessCase(
                method: "GET", pattern: "/api/v1/suggestions/:id", subject: .none,
                path: { _ in "/api/v1/suggestions/\(UUID().uuidString)" }, allowed: everyone),
            AccessCase(
                method: "PUT", pattern: "/api/v1/suggestions/:id", subject: .none,
                path: { _ in "/api/v1/suggestions/\(UUID().uuidString)" }, json: draft, allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/suggestions", subject: .none, path: { _ in "/suggestions" }, allowed: everyone
            ),
            AccessCase(
                method: "GET", pattern: "/suggestions/new", subject: .none, path: { _ in "/suggestions/new" },
                allowed: { $0 == .member || $0 == .admin }),
            AccessCase(
                method: "POST", pattern: "/suggestions", subject: .none, path: { _ in "/suggestions" },
                form: [("title", "关于某事的建议"), ("body", "建议如下。"), ("category", "other"), ("action", "save")],
                allowed: { $0 == .member || $0 == .admin }),
            AccessCase(
                method: "GET", pattern: "/suggestions/figures", subject: .none, path: { _ in "/suggestions/figures" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/suggestions/figures.xlsx", subject: .none,
                path: { _ in "/suggestions/figures.xlsx" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/api/v1/suggestions/figures", subject: .none,
                path: { _ in "/api/v1/suggestions/figures" },
                allowed: readsAllTasks),
            AccessCase(
                method: "GET", pattern: "/suggestions/:id", subject: .none,
                path: { _ in "/suggestions/\(UUID().uuidString)" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/api/v1/suggestions/similar", subject: .none,
                path: { _ in "/api/v1/suggestions/similar" },
                json: ["title": "关于老旧小区改造的建议"], allowed: everyone),
            // Files of suggestions that do not exist: 404 for everyone.
            AccessCase(
                method: "GET", pattern: "/suggestion-files/:id", subject: .none,
                path: { _ in "/suggestion-files/\(UUID().uuidString)" },
                allowed: everyone),
            AccessCase(
                method: "POST", pattern: "/suggestion-files/:id/delete", subject: .none,
                path: { _ in "/suggestion-files/\(UUID().uuidString)/delete" }, form: [], allowed: everyone),
            AccessCase(
                method: "GET", pattern: "/api/v1/suggestion-files/:id", subject: .none,
                path: { _ in "/api/v1/suggestion-files/\(UUID().uuidString)" }, allowed: everyone),
            AccessCase(
                method: "DELETE", pattern: "/api/v1/suggestion-files/:id", subject: .none,
                path: { _ in "/api/v1/suggestion-files/\(UUID().uuidString)" }, allowed: everyone),
            // Topics (the office's): the meeting does not exist, so the office gets 404.
            AccessCase(
                method: "POST", pattern: "/meetings/:id/topics", subject: .none,
                path: { _ in "/meetings/\(UUID().uuidString)/topics" },
                form: [("suggestionId", UUID().uuidString)], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/meetings/:id/topics/remove", subject: .none,
                path: { _ in "/meetings/\(UUID().uuidString)/topics/remove" },
                form: [("suggestionId", UUID().uuidString)],
                allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings/:id/topics", subject: .none,
                path: { _ in "/api/v1/meetings/\(UUID().uuidString)/topics" },
                json: ["suggestionId": UUID().uuidString], allowed: adminOnly),
            AccessCase(
                method: "POST", pattern: "/api/v1/meetings/:id/topics/remove", subject: .none,
                path: { _ in "/api/v1/meetings/\(UUID().uuidString)/topics/remove" },
                json: ["suggestionId": UUID().uuidString],
                allowed: adminOnly),
        ]
            + SuggestionMoves.all.map { move in
                AccessCase(
                    method: "POST", pattern: "/suggestions/:id/\(move)", subject: .none,
                    path: { _ in "/suggestions/\(UUID().uuidString)/\(move)" }, form: [], allowed: everyone)
            }
            + SuggestionMoves.all.map { move in
                AccessCase(
                    method: "POST", pattern: "/api/v1/suggestions/:id/\(move)", subject: .none,
                    path: { _ in "/api/v1/suggestions/\(UUID().uuidString)/\(move)" }, json: [:], allowed: everyone)
            }
    }
}
