import FluentKit
import Foundation

/// An area of a plan (方面), e.g. “一、推进经济高质量发展”; tasks are grouped under it.
public final class PlanArea: Model, @unchecked Sendable {
    public static let schema = "plan_areas"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") public var plan: Plan
    @Field(key: "title") public var title: String
    /// Position in the plan; the 序号 (一、二、…) is computed from it.
    @Field(key: "sort_order") public var sortOrder: Int

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $plan, $title, $sortOrder] }

    public init(planID: UUID, title: String, sortOrder: Int) {
        self.$plan.id = planID
        self.title = title
        self.sortOrder = sortOrder
    }

    var auditSnapshot: [String: String] {
        ["planId": $plan.id.uuidString, "title": title, "sortOrder": String(sortOrder)]
    }
}
