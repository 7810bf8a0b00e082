import FluentKit
import Foundation

/// A suggestion (建言) sent through the channel (建言直通车): written by a member of a party or
/// federation (or by the office on their behalf), co-signed, accepted and routed by the office,
/// answered by the handling units, and rated by its signers.
public final class Suggestion: Model, @unchecked Sendable {
    public static let schema = "suggestions"

    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    /// 建言〔2026〕12号, given when submitted; empty for a draft.
    @Field(key: "number") public var number: String
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    @Field(key: "category") public var category: SuggestionCategory
    @Field(key: "status") public var status: SuggestionStatus
    /// The member who wrote it (the office may enter it for them).
    @Parent(key: "author_id") public var author: User
    /// The author's organisation when submitted (their unit: a party committee or federation).
    @Parent(key: "unit_id") public var unit: OrgUnit
    /// Who typed it in: the author, or office staff on their behalf.
    @Field(key: "entered_by") public var enteredBy: String
    @OptionalField(key: "submitted_at") public var submittedAt: Date?
    /// Marked 重点建言 by the office.
    @Field(key: "is_key") public var isKey: Bool
    @Field(key: "decline_reason") public var declineReason: String
    /// The suggestion this one was merged into (并案).
    @OptionalField(key: "merged_into_id") public var mergedIntoID: UUID?
    /// When the handling units must have answered (`YYYY-MM-DD`), set on routing.
    @OptionalField(key: "answer_due") public var answerDue: String?
    /// 1, or 2 once reopened after 不满意 (it is reopened once only).
    @Field(key: "round") public var round: Int
    @Field(key: "answer") public var answer: String
    @OptionalField(key: "answer_class") public var answerClass: AnswerClass?
    /// Why the office sent the answer back to the unit; empty otherwise.
    @Field(key: "review_comment") public var reviewComment: String
    /// When the first answer went to the senders.
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    /// Whether the first answer went out by its due day (for the yearly figures).
    @OptionalField(key: "answered_on_time") public var answeredOnTime: Bool?
    /// Marked adopted (采纳) by a leader.
    @Field(key: "adopted") public var adopted: Bool
    /// The author agrees to publication of the suggestion with its answer.
    @Field(key: "publish_consent") public var publishConsent: Bool
    @OptionalField(key: "published_at") public var publishedAt: Date?
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $createdAt, $updatedAt, $number, $title, $body, $category, $status, $author, $unit, $enteredBy,
            $submittedAt, $isKey,
            $declineReason, $mergedIntoID, $answerDue, $round, $answer, $answerClass, $reviewComment, $answeredAt,
            $answeredOnTime, $adopted,
            $publishConsent, $publishedAt, $closedAt,
        ]
    }

    var auditSnapshot: [String: String] {
        [
            "number": number, "title": title, "category": category.rawValue, "status": status.rawValue,
            "isKey": String(isKey),
            "answerDue": answerDue ?? "", "round": String(round), "answerClass": answerClass?.rawValue ?? "",
            "adopted": String(adopted),
            "publishConsent": String(publishConsent), "published": String(publishedAt != nil),
        ]
    }

    /// On the public page: published by the office with the author's consent, and its answer sent.
    public var isPublished: Bool {
        publishedAt != nil && publishConsent && (status == .answered || status == .closed)
    }

    /// The suggestion, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> Suggestion {
        guard let suggestion = try await Suggestion.find(id, on: db) else { throw DomainError.notFound("找不到这条建言") }
        return suggestion
    }
}
