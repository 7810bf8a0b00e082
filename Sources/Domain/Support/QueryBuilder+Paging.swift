import FluentKit
import Foundation

extension QueryBuilder where Model: Sendable {
    /// Keeps the rows where any of `fields` contains `words`; blank words keep every row. The
    /// user's own `%` and `_` are dropped (``containsPattern(_:)``), so they cannot widen it.
    @discardableResult
    func containing(_ words: String?, in fields: KeyPath<Model, FieldProperty<Model, String>>...) -> Self {
        guard let words = words?.trimmingCharacters(in: .whitespaces), !words.isEmpty else { return self }
        let pattern = containsPattern(words)
        return group(.or) { group in
            for field in fields { group.filter(field, .custom("LIKE"), pattern) }
        }
    }

    /// One page of the rows in the order `sort` gives, with the total across all pages
    /// (counted before the order is added, so the count carries no ORDER BY).
    func page(_ request: PageRequest, sortedBy sort: (QueryBuilder<Model>) -> QueryBuilder<Model>) async throws
        -> Page<Model>
    {
        let total = try await count()
        let items = try await sort(self).range(request.rows).all()
        return Page(items: items, total: total, request: request)
    }
}
