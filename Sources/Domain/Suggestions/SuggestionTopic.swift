import FluentKit
import Foundation

/// A suggestion chosen as a topic (议题) of a meeting, usually a quarterly consultation
/// (季谈会): the meeting lists its topics and the suggestion its meetings.
public final class SuggestionTopic: Model, @unchecked Sendable {
    public static let schema = "suggestion_topics"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Parent(key: "suggestion_id") public var suggestion: Suggestion
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $meeting, $suggestion, $createdAt] }

    init(meetingID: UUID, suggestionID: UUID) {
        $meeting.id = meetingID
        $suggestion.id = suggestionID
    }
}
