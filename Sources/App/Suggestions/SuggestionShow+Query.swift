import Domain
import Fluent
import Foundation

extension SuggestionViews.ShowModel {
    static func query(_ id: UUID, for actor: Actor, on db: any Database) async throws -> Self {
        let detail = try await SuggestionDetail.load(id, for: actor, on: db)
        let suggestion = detail.suggestion
        let canReview = SuggestionPermissions.can(.review, actor: actor)
        let units = canReview ? try await OrgUnit.tree(includeInactive: false, on: db) : []
        // Similar ones help the office decide on merging (并案) and the author before submitting;
        // a check costs tens of milliseconds, so others' pages skip it.
        let wantsSimilar =
            SuggestionPermissions.can(.readAll, actor: actor) || (suggestion.status == .draft && detail.access.isAuthor)
        let similar =
            wantsSimilar
            ? try await SuggestionIndex.similar(
                title: suggestion.title, body: suggestion.body, except: id, for: actor, on: db) : []
        var members: [Choice] = []
        if suggestion.status == .draft, detail.access.isAuthor {
            let signers = Set(detail.signers.map(\.userID))
            members = try await User.activeMembers(on: db)
                .filter { !signers.contains($0.id!) }.map { Choice(id: $0.id!, label: $0.displayName) }
        }
        return Self(
            suggestion: Facts(
                id: id, number: suggestion.number, title: suggestion.title, body: suggestion.body,
                category: suggestion.category,
                status: suggestion.status, isKey: suggestion.isKey, adopted: suggestion.adopted,
                answerDue: suggestion.answerDue,
                isPublished: suggestion.isPublished, publishConsent: suggestion.publishConsent, round: suggestion.round,
                declineReason: suggestion.declineReason, reviewComment: suggestion.reviewComment,
                answer: suggestion.answer,
                answerClass: suggestion.answerClass),
            unitName: detail.unitName, signers: detail.signers, handlers: detail.handlers,
            instructions: detail.instructions,
            attachments: detail.attachments, meetings: detail.meetings.map { ($0.id!, $0.day, $0.name) },
            similar: similar.map(SimilarSuggestion.init), units: units, members: members, access: detail.access,
            viewerSignerState: detail.signers.first { $0.userID == actor.userID }?.state, canReview: canReview,
            canInstruct: SuggestionPermissions.can(.instruct, actor: actor),
            canReadAll: SuggestionPermissions.can(.readAll, actor: actor),
            canReadMeetings: MeetingPermissions.can(.read, actor: actor))
    }
}
