import Domain
import Vapor

/// The task list's filters as they appear in the URL (a filtered view is a link to share).
struct TaskListQuery: Content {
    var planId: String?
    var unitId: String?
    var areaId: String?
    var status: String?
    var light: String?
    var from: String?
    var to: String?
    var q: String?
    var sort: String?
    var dir: String?
    var page: Int?
    var per: Int?
    var format: String?

    /// The domain filter; values that do not parse are ignored, like an unset filter.
    func filter(overdueOnly: Bool = false) -> TaskFilter {
        TaskFilter(
            planID: uuid(planId), unitID: uuid(unitId), areaID: uuid(areaId),
            status: status.flatMap(TaskStatus.init(rawValue:)), light: light.flatMap(Light.init(rawValue:)),
            deadlineFrom: from.flatMap(CalendarDay.init(iso:)), deadlineTo: to.flatMap(CalendarDay.init(iso:)),
            words: q.map { String($0.prefix(100)) }, overdueOnly: overdueOnly,
            sort: sort.flatMap(TaskFilter.Sort.init(rawValue:)) ?? .deadline, descending: dir == "desc")
    }

    /// The filters to keep in links (sorting, paging, exports), without empty ones.
    var items: [(String, String)] {
        [
            ("planId", planId), ("unitId", unitId), ("areaId", areaId), ("status", status), ("light", light),
            ("from", from),
            ("to", to), ("q", q), ("sort", sort), ("dir", dir),
        ]
        .compactMap { name, value in value.flatMap { $0.isEmpty ? nil : (name, $0) } }
    }

    private func uuid(_ text: String?) -> UUID? { text.flatMap(UUID.init(uuidString:)) }
}
