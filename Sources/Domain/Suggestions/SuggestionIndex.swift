import ChineseText
import FluentKit
import Foundation
import SQLKit

/// The duplicate check: each submitted suggestion's search terms (``SearchTerms``, character
/// pairs of its title and the opening of its body) in `suggestion_terms`, and the earlier
/// suggestions an actor may see that cover most of a text being written.
public enum SuggestionIndex {
    static let schema = "suggestion_terms"
    /// Terms kept per suggestion: its title and the opening of its body, where it states its matter.
    static let termsPerSuggestion = 600
    /// Terms of a text being checked: the same opening, shorter, so that a check stays quick.
    static let termsPerQuery = 200
    /// Fewer terms than this (a title of three characters) say too little to compare.
    static let minimumTerms = 4
    /// The share of a text's weight an earlier suggestion must cover to be shown.
    public static let threshold = 0.3
    /// The best matches kept before visibility is checked: enough that a member's own
    /// suggestions are among them however many others are alike.
    static let candidatesKept = 200
    private static let searchTerms = SearchTerms()

    /// An earlier suggestion and how much of the checked text it covers (0…1).
    public struct Match: Sendable {
        public let suggestion: Suggestion
        public let score: Double
        /// Seen only because it is published: link to the public page, not the suggestion's own.
        public let publicOnly: Bool
    }

    /// Writes the suggestion's terms, inside the transaction that submits it.
    static func write(_ suggestion: Suggestion, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let id = try suggestion.requireID()
        try await sql.delete(from: schema).where("suggestion_id", .equal, id).run()
        let terms = searchTerms.terms(of: suggestion.title + "\n" + suggestion.body, limit: termsPerSuggestion)
        // A few hundred rows a statement keeps well under every database's limit on parameters.
        for start in stride(from: 0, to: terms.count, by: 300) {
            let rows = terms[start..<min(start + 300, terms.count)].map {
                [SQLBind(id), SQLBind($0)] as [any SQLExpression]
            }
            try await sql.insert(into: schema).columns("suggestion_id", "term").rows(rows).run()
        }
    }

    /// Submitted suggestions the actor may see that cover at least ``threshold`` of the text's
    /// weight, best first. A term weighs by how rare it is among all suggestions (inverse
    /// document frequency, ln(1 + N / df)), so 工作 or 加强 found everywhere weigh little and
    /// 电梯 much. A term no suggestion has weighs as one that a single suggestion has: both
    /// are the text's own matter, which a match either covers or does not.
    public static func similar(
        title: String, body: String, except: UUID?, for actor: Actor, limit: Int = 5,
        on db: any Database
    ) async throws -> [Match] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let query = searchTerms.terms(of: title + "\n" + body, limit: termsPerQuery)
        guard query.count >= minimumTerms else { return [] }
        // The database counts and sums (an index on term, suggestion_id answers both): common
        // terms match thousands of rows, which must not travel to Swift one by one.
        let other = except ?? UUID()
        let frequency = Dictionary(
            uniqueKeysWithValues: try await sql.raw(
                """
                SELECT term, COUNT(*) AS n FROM suggestion_terms WHERE term IN (\(binds: query)) AND suggestion_id <> \(bind: other) GROUP BY term
                """
            ).all().map { (try $0.decode(column: "term", as: String.self), try $0.decode(column: "n", as: Int.self)) })
        let documents = Double(try await Suggestion.query(on: db).filter(\.$status != .draft).count())
        let weights = query.map { ($0, log(1 + documents / Double(max(frequency[$0] ?? 0, 1)))) }
        let total = weights.reduce(0) { $0 + $1.1 }
        let shared = weights.filter { frequency[$0.0] != nil }
        guard total > 0, !shared.isEmpty else { return [] }
        let values = shared.map { term, weight in "(\(bind: term), \(bind: weight))" as SQLQueryString }.joined(
            separator: ", ")
        let rows = try await sql.raw(
            """
            WITH q(term, w) AS (VALUES \(values))
            SELECT t.suggestion_id AS id, SUM(q.w) AS score FROM suggestion_terms t JOIN q ON q.term = t.term
            WHERE t.suggestion_id <> \(bind: other) GROUP BY t.suggestion_id HAVING SUM(q.w) >= \(bind: threshold * total)
            ORDER BY score DESC LIMIT \(literal: candidatesKept)
            """
        ).all()
        var scores: [UUID: Double] = [:]
        for row in rows {
            scores[try row.decode(column: "id", as: UUID.self)] =
                try row.decode(column: "score", as: Double.self) / total
        }
        guard !scores.isEmpty else { return [] }
        let candidates = try await Suggestion.query(on: db).filter(\.$id ~~ Array(scores.keys)).all()
        let readable = try await SuggestionAccess.readableAmong(candidates, by: actor, on: db)
        return candidates.filter { readable.contains($0.id!) || $0.isPublished }
            .map { Match(suggestion: $0, score: scores[$0.id!] ?? 0, publicOnly: !readable.contains($0.id!)) }
            .sorted { ($0.score, $0.suggestion.number) > ($1.score, $1.suggestion.number) }
            .prefix(limit).map { $0 }
    }
}
