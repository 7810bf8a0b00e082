import FluentKit
import Foundation

/// Suggestions chosen as topics of a meeting (季谈会议题), by the office.
extension SuggestionCommands {
    /// Adds the suggestion to the meeting's topics; adding it again changes nothing.
    public func addTopic(_ id: UUID, meetingID: UUID, by actor: Actor, on db: any Database) async throws -> Suggestion {
        try SuggestionPermissions.require(.review, actor: actor)
        return try await change(
            id, "suggestion.topic_add", by: actor,
            noting: ["meeting": AuditChange(before: nil, after: meetingID.uuidString)],
            on: db
        ) { suggestion, tx, audit in
            guard SuggestionStatus.acceptedOnward.contains(suggestion.status) else {
                throw DomainError.conflict("这条建言现在「\(suggestion.status.label)」，受理后才能列为会议议题")
            }
            guard try await Meeting.find(meetingID, on: tx) != nil else {
                throw DomainError.invalid("meetingId", "找不到这次会议")
            }
            let suggestionID = try suggestion.requireID()
            let existing = try await SuggestionTopic.query(on: tx).filter(\.$meeting.$id == meetingID)
                .filter(\.$suggestion.$id == suggestionID).count()
            if existing == 0 {
                try await SuggestionTopic(meetingID: meetingID, suggestionID: suggestionID).create(on: tx)
            }
        }
    }

    /// Takes the suggestion off the meeting's topics.
    public func removeTopic(_ id: UUID, meetingID: UUID, by actor: Actor, on db: any Database) async throws
        -> Suggestion
    {
        try SuggestionPermissions.require(.review, actor: actor)
        return try await change(
            id, "suggestion.topic_remove", by: actor,
            noting: ["meeting": AuditChange(before: meetingID.uuidString, after: nil)], on: db
        ) { suggestion, tx, audit in
            guard
                let topic = try await SuggestionTopic.query(on: tx).filter(\.$meeting.$id == meetingID)
                    .filter(\.$suggestion.$id == suggestion.requireID()).first()
            else {
                throw DomainError.notFound("这条建言不是这次会议的议题")
            }
            try await topic.delete(on: tx)
        }
    }
}
