import FluentKit
import Foundation

/// Where a co-signer (联名人) stands.
public enum SignerState: String, Codable, Sendable {
    /// Asked, not yet answered.
    case invited
    case confirmed
    /// Declined, or let the days pass: no longer a signer.
    case dropped
}

/// A signer of a suggestion: its author, or a member invited to co-sign. Every signer who
/// stands rates the answer.
public final class SuggestionSigner: Model, @unchecked Sendable {
    public static let schema = "suggestion_signers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "suggestion_id") public var suggestion: Suggestion
    @Parent(key: "user_id") public var user: User
    @Field(key: "is_author") public var isAuthor: Bool
    @Field(key: "state") public var state: SignerState
    /// The last day a co-signer may confirm (`YYYY-MM-DD`).
    @OptionalField(key: "respond_by") public var respondBy: String?
    @OptionalField(key: "rating") public var rating: Satisfaction?
    @Field(key: "rating_comment") public var ratingComment: String
    /// The answer round the rating is for.
    @Field(key: "rated_round") public var ratedRound: Int
    /// The rating of the first answer, kept when 不满意 reopened the suggestion for a second.
    @OptionalField(key: "first_rating") public var firstRating: Satisfaction?
    @OptionalField(key: "first_rating_comment") public var firstRatingComment: String?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [
            $id, $suggestion, $user, $isAuthor, $state, $respondBy, $rating, $ratingComment, $ratedRound, $firstRating,
            $firstRatingComment,
        ]
    }

    init(suggestionID: UUID, userID: UUID, isAuthor: Bool, respondBy: String?) {
        $suggestion.id = suggestionID
        $user.id = userID
        self.isAuthor = isAuthor
        state = isAuthor ? .confirmed : .invited
        self.respondBy = respondBy
        ratingComment = ""
        ratedRound = 0
    }
}

/// A unit a suggestion is routed to (交办): the one lead unit drafts the answer, co-handling
/// units countersign it (会签) or add their part.
public final class SuggestionHandler: Model, @unchecked Sendable {
    public static let schema = "suggestion_handlers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "suggestion_id") public var suggestion: Suggestion
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "is_lead") public var isLead: Bool
    /// A co-handling unit's part of the answer; empty until it countersigns.
    @Field(key: "part") public var part: String
    @OptionalField(key: "countersigned_at") public var countersignedAt: Date?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $suggestion, $unit, $isLead, $part, $countersignedAt] }

    init(suggestionID: UUID, unitID: UUID, isLead: Bool) {
        $suggestion.id = suggestionID
        $unit.id = unitID
        self.isLead = isLead
        part = ""
    }
}
