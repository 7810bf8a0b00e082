import FluentKit
import Foundation

extension TodoList {
    /// The assessment's lines: self-assessments to review (the office, and a unit named to
    /// score an indicator), appeals to answer (the office), and a unit's own indicators to
    /// assess while the scheme is open. Each opens the unit's scorecard.
    static func assessment(_ actor: Actor, on db: any Database) async throws -> [TodoItem] {
        guard actor.role == .admin || actor.role == .liaison else { return [] }
        var items: [TodoItem] = []
        for item in try await ScoringQueue.load(for: actor, on: db).items.prefix(maxPerKind) {
            items.append(
                TodoItem(
                    kind: item.appealID == nil ? .selfAssessmentToReview : .appealToAnswer,
                    title: "\(item.year)年度考核 \(item.indicatorName)", detail: item.unitName, since: "", due: nil,
                    subject: .scorecard(item.cardID)))
        }
        guard actor.role == .liaison, let unitID = actor.unitID else { return items }
        for scheme in try await AssessmentScheme.query(on: db).filter(\.$status == .issued).all() {
            guard let card = try await scheme.card(of: unitID, on: db) else { continue }
            let waiting = try await AssessmentEntry.query(on: db).filter(\.$card.$id == card.requireID())
                .filter(\.$state ~~ [.pending, .returned]).count()
            if waiting > 0 {
                items.append(
                    TodoItem(
                        kind: .selfAssessmentDue, title: "\(scheme.year)年度\(scheme.title)", detail: "\(waiting)项指标待自评",
                        since: "", due: nil, subject: .scorecard(try card.requireID())))
            }
        }
        return items
    }
}

extension Notification.Subject {
    /// A unit's assessment scorecard.
    public static func scorecard(_ id: UUID) -> Self { Self(type: "assessment_card", id: id) }
}
