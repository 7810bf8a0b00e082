import Domain
import Foundation

extension AccessCases {
    /// The suggestions API. Who may see one suggestion depends on how they stand to it (see
    /// SuggestionAPITests); here the moves use ids that do not exist, so every role gets 404
    /// (counted as allowed), and only writing a draft is refused by role.
    static var suggestionCases: [AccessCase] {
        let draft: [String: Any] = ["title": "关于某事的建议", "body": "建议如下。", "category": "other"]
        return [
            AccessCase(method: "GET", pattern: "/api/v1/suggestions", subject: .none, path: { _ in "/api/v1/suggestions" }, allowed: everyone),
            AccessCase(method: "POST", pattern: "/api/v1/suggestions", subject: .none, path: { _ in "/api/v1/suggestions" }, json: draft,
                       allowed: { $0 == .member || $0 == .admin }),
            AccessCase(method: "GET", pattern: "/api/v1/suggestions/:id", subject: .none,
                       path: { _ in "/api/v1/suggestions/\(UUID().uuidString)" }, allowed: everyone),
            AccessCase(method: "PUT", pattern: "/api/v1/suggestions/:id", subject: .none,
                       path: { _ in "/api/v1/suggestions/\(UUID().uuidString)" }, json: draft, allowed: everyone),
            AccessCase(method: "GET", pattern: "/suggestions", subject: .none, path: { _ in "/suggestions" }, allowed: everyone),
            AccessCase(method: "GET", pattern: "/suggestions/new", subject: .none, path: { _ in "/suggestions/new" },
                       allowed: { $0 == .member || $0 == .admin }),
            AccessCase(method: "POST", pattern: "/suggestions", subject: .none, path: { _ in "/suggestions" },
                       form: [("title", "关于某事的建议"), ("body", "建议如下。"), ("category", "other"), ("action", "save")],
                       allowed: { $0 == .member || $0 == .admin }),
            AccessCase(method: "GET", pattern: "/suggestions/figures", subject: .none, path: { _ in "/suggestions/figures" },
                       allowed: readsAllTasks),
            AccessCase(method: "GET", pattern: "/suggestions/figures.xlsx", subject: .none, path: { _ in "/suggestions/figures.xlsx" },
                       allowed: readsAllTasks),
            AccessCase(method: "GET", pattern: "/api/v1/suggestions/figures", subject: .none, path: { _ in "/api/v1/suggestions/figures" },
                       allowed: readsAllTasks),
            AccessCase(method: "GET", pattern: "/suggestions/:id", subject: .none, path: { _ in "/suggestions/\(UUID().uuidString)" },
                       allowed: everyone),
        ] + SuggestionsAPIMoves.all.map { move in
            AccessCase(method: "POST", pattern: "/suggestions/:id/\(move)", subject: .none,
                       path: { _ in "/suggestions/\(UUID().uuidString)/\(move)" }, form: [], allowed: everyone)
        } + SuggestionsAPIMoves.all.map { move in
            AccessCase(method: "POST", pattern: "/api/v1/suggestions/:id/\(move)", subject: .none,
                       path: { _ in "/api/v1/suggestions/\(UUID().uuidString)/\(move)" }, json: [:], allowed: everyone)
        }
    }
}

/// The move names, as the API registers them.
enum SuggestionsAPIMoves {
    static let all = ["submit", "cosign", "accept", "decline", "merge", "route", "return", "countersign", "answer", "review", "rate"]
}
