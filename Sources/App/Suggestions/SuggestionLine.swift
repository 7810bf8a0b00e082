import Domain
import Foundation

/// A suggestion as lists name it (the list, the public list, similar ones), in plain values.
struct SuggestionLine: Sendable {
    var id: UUID
    var number: String
    var title: String
    var category: SuggestionCategory
    var status: SuggestionStatus
    /// The sending organisation (the author's party or federation).
    var senderName: String
    /// The lead handling unit; empty until routed.
    var leadUnitName: String
    var answerDue: String?
    var submittedAt: Date?
    var answerClass: AnswerClass?
    var answeredOnTime: Bool?
    var publishedAt: Date?

    /// The most files a suggestion keeps.
    static let maxFiles = SuggestionAttachment.maxFiles
}

extension SuggestionLine {
    init(_ suggestion: Suggestion, senderName: String = "", leadUnitName: String = "") {
        self.init(
            id: suggestion.id!, number: suggestion.number, title: suggestion.title, category: suggestion.category,
            status: suggestion.status, senderName: senderName, leadUnitName: leadUnitName,
            answerDue: suggestion.answerDue,
            submittedAt: suggestion.submittedAt, answerClass: suggestion.answerClass,
            answeredOnTime: suggestion.answeredOnTime,
            publishedAt: suggestion.publishedAt)
    }
}

/// An earlier suggestion like the one being read or written.
struct SimilarSuggestion: Sendable {
    var line: SuggestionLine
    /// The share of the text it covers, 0…1.
    var score: Double
    /// Seen only because it is published: link to the public page.
    var publicOnly: Bool
}

extension SimilarSuggestion {
    init(_ match: SuggestionIndex.Match) {
        self.init(line: SuggestionLine(match.suggestion), score: match.score, publicOnly: match.publicOnly)
    }
}
