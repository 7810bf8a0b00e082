import Domain
import Foundation

extension SuggestionViews {
    /// Everything a suggestion's page shows, and the moves the viewer may make, as plain values.
    struct ShowModel: Sendable {
        struct Facts: Sendable {
            var id: UUID
            var number: String
            var title: String
            var body: String
            var category: SuggestionCategory
            var status: SuggestionStatus
            var isKey: Bool
            var adopted: Bool
            var answerDue: String?
            var isPublished: Bool
            var publishConsent: Bool
            var round: Int
            var declineReason: String
            var reviewComment: String
            var answer: String
            var answerClass: AnswerClass?
        }

        var suggestion: Facts
        /// The sending organisation.
        var unitName: String
        var signers: [SuggestionDetail.Signer]
        var handlers: [SuggestionDetail.Handler]
        var instructions: [SuggestionDetail.Instruction]
        var attachments: [AttachmentInfo]
        /// The meetings it is a topic of, the latest first.
        var meetings: [(id: UUID, day: String, name: String)]
        var similar: [SimilarSuggestion]
        /// Units to route to (the office only).
        var units: [UnitTreeEntry]
        /// Members the author may still invite to co-sign a draft.
        var members: [Choice]
        /// How the viewer stands to it: author, signer, handling unit.
        var access: SuggestionAccess
        /// The viewer's own co-signature, if invited.
        var viewerSignerState: SignerState?
        var canReview: Bool
        var canInstruct: Bool
        var canReadAll: Bool
        var canReadMeetings: Bool
    }
}
