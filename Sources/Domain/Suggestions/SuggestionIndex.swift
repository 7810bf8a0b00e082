import ChineseText
import FluentKit
import Foundation
import SQLKit

/// The duplicate check: each suggestion's search terms (``SearchTerms``, character pairs of its
/// title and the opening of its body) in `suggestion_terms`, and the earlier suggestions an actor
/// may see that cover most of a text being written.
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
    private static let searchTerms = SearchTerms()

    /// An earlier suggestion and how much of the checked text it covers (0…1).
    public struct Match: Sendable {
        public let suggestion: Suggestion
        public let score: Double
        /// Seen only because it is published: link to the public page, not the suggestion's own.
        public let publicOnly: Bool
    }

    /// Replaces the suggestion's terms, inside the transaction that changes its text.
    static func write(_ suggestion: Suggestion, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let id = try suggestion.requireID()
        try await sql.delete(from: schema).where("suggestion_id", .equal, id).run()
        let terms = searchTerms.terms(of: suggestion.title + "\n" + suggestion.body, limit: termsPerSuggestion)
        // A few hundred rows a statement keeps well under every database's limit on parameters.
        for start in stride(from: 0, to: terms.count, by: 300) {
            let rows = terms[start..<min(start + 300, terms.count)].map { [SQLBind(id), SQLBind($0)] as [any SQLExpression] }
            try await sql.insert(into: schema).columns("suggestion_id", "term").rows(rows).run()
        }
    }

    /// Submitted suggestions the actor may see that cover at least ``threshold`` of the text's
    /// weight, best first. A term weighs by how rare it is among all suggestions (inverse
    /// document frequency, ln(1 + N / df)), so 工作 or 加强 found everywhere weigh little and
    /// 电梯 much. A term no suggestion has weighs as one that a single suggestion has: both
    /// are the text's own matter, which a match either covers or does not.
    public static func similar(title: String, body: String, except: UUID?, for actor: Actor, limit: Int = 5,
                               on db: any Database) async throws -> [Match] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let query = searchTerms.terms(of: title + "\n" + body, limit: termsPerQuery)
        guard query.count >= minimumTerms else { return [] }
        let postings = try await sql.select().column("suggestion_id").column("term").from(schema)
            .where("term", .in, query).all()
            .map { (try $0.decode(column: "suggestion_id", as: UUID.self), try $0.decode(column: "term", as: String.self)) }
        let documents = Double(try await Suggestion.query(on: db).count())
        var frequency: [String: Int] = [:]
        var termsOf: [UUID: [String]] = [:]
        for (id, term) in postings where id != except {
            frequency[term, default: 0] += 1
            termsOf[id, default: []].append(term)
        }
        func weight(_ term: String) -> Double {
            log(1 + documents / Double(max(frequency[term] ?? 0, 1)))
        }
        let total = query.reduce(0) { $0 + weight($1) }
        guard total > 0 else { return [] }
        let scores = termsOf.mapValues { $0.reduce(0) { $0 + weight($1) } / total }.filter { $0.value >= threshold }
        guard !scores.isEmpty else { return [] }
        let candidates = try await Suggestion.query(on: db).filter(\.$id ~~ Array(scores.keys)).filter(\.$status != .draft).all()
        let readable = try await SuggestionAccess.readableAmong(candidates, by: actor, on: db)
        return candidates.filter { readable.contains($0.id!) || $0.isPublished }
            .map { Match(suggestion: $0, score: scores[$0.id!] ?? 0, publicOnly: !readable.contains($0.id!)) }
            .sorted { ($0.score, $0.suggestion.number) > ($1.score, $1.suggestion.number) }
            .prefix(limit).map { $0 }
    }
}
