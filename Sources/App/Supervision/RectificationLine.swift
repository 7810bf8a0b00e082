import Domain
import Foundation

/// An inspection as its list shows it.
struct InspectionSummary: Sendable {
    var id: UUID
    var title: String
    var day: String
    var inspectors: String
    var summary: String
}

/// A rectification item (整改事项) as the ledger and the inspection page show it, with the
/// move the viewer may make on it.
struct RectificationLine: Sendable {
    enum Move: Sendable {
        case none
        /// The unit's liaison reports its measures and evidence.
        case submit
        /// The office signs it off or returns it.
        case review
    }

    var id: UUID
    var position: Int
    var inspection: (id: UUID, title: String)
    var problem: String
    var unitName: String
    var deadline: String
    var isOverdue: Bool
    var measures: String
    var evidence: String
    var reviewComment: String
    var status: RectificationStatus
    var move: Move
}

extension InspectionSummary {
    init(_ inspection: Inspection) {
        self.init(
            id: inspection.id!, title: inspection.title, day: inspection.day, inspectors: inspection.inspectors,
            summary: inspection.summary)
    }
}

extension RectificationLine {
    /// The ledger's rows as `actor` sees them on `today`.
    static func lines(_ ledger: RectificationLedger, for actor: Actor, today: CalendarDay) -> [RectificationLine] {
        ledger.rows.map { row in
            let item = row.item
            var move = Move.none
            if actor.role == .liaison, actor.belongs(to: item.$unit.id),
                item.status == .open || item.status == .returned
            {
                move = .submit
            } else if item.status == .submitted, SupervisionPermissions.can(.supervise, actor: actor) {
                move = .review
            }
            return RectificationLine(
                id: item.id!, position: item.position, inspection: (row.inspection.id!, row.inspection.title),
                problem: item.problem, unitName: row.unitName, deadline: item.deadline,
                isOverdue: item.isOverdue(on: today), measures: item.measures, evidence: item.evidence,
                reviewComment: item.reviewComment, status: item.status, move: move)
        }
    }
}
