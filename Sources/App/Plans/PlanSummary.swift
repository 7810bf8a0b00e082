import Domain
import Foundation

/// A plan as pages name it: plain values, so plan pages render without a database.
struct PlanSummary: Sendable {
    var id: UUID
    var title: String
    var period: PlanPeriod
    var status: PlanStatus
    var createdAt: Date?
}

extension PlanSummary {
    init(_ plan: Plan) {
        self.init(id: plan.id!, title: plan.title, period: plan.period, status: plan.status, createdAt: plan.createdAt)
    }
}
