import FluentKit
import Foundation

/// A leader's instruction (批示) on a suggestion, shown to the office and the handling units.
public final class SuggestionInstruction: Model, @unchecked Sendable {
    public static let schema = "suggestion_instructions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "suggestion_id") public var suggestion: Suggestion
    @Parent(key: "author_id") public var author: User
    @Field(key: "text") public var text: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $suggestion, $author, $text, $createdAt] }

    init(suggestionID: UUID, authorID: UUID, text: String) {
        $suggestion.id = suggestionID
        $author.id = authorID
        self.text = text
    }
}
