import FluentKit
import Foundation

/// The rectification ledger (整改台账): every item with its inspection and unit, for the
/// office's view, the unit's view and the export.
public struct RectificationLedger: Sendable {
    public struct Row: Sendable {
        public let item: RectificationItem
        public let inspection: Inspection
        public let unitName: String

        public init(item: RectificationItem, inspection: Inspection, unitName: String) {
            self.item = item
            self.inspection = inspection
            self.unitName = unitName
        }
    }

    public let rows: [Row]

    /// Most rows one ledger shows or exports.
    public static let maxRows = 20_000

    /// Items the actor may see (all for the office and leaders; their unit's for others),
    /// optionally of one inspection or status, by inspection date then position.
    public static func load(
        for actor: Actor, inspectionID: UUID? = nil, status: RectificationStatus? = nil,
        on db: any Database
    ) async throws -> RectificationLedger {
        try PlanPermissions.require(.read, actor: actor)
        let query = RectificationItem.query(on: db).with(\.$inspection)
        if let unit = TaskPermissions.unitScope(of: actor) { query.filter(\.$unit.$id == unit) }
        if let inspectionID { query.filter(\.$inspection.$id == inspectionID) }
        if let status { query.filter(\.$status == status) }
        let items = try await query.range(..<maxRows).all()
        let names = try await OrgUnit.names(on: db)
        let rows = items.map { Row(item: $0, inspection: $0.inspection, unitName: names[$0.$unit.id] ?? "") }
            .sorted { left, right in
                // Newest inspection first; its problems in their listed order.
                if left.inspection.day != right.inspection.day { return left.inspection.day > right.inspection.day }
                if left.inspection.id != right.inspection.id { return left.inspection.title < right.inspection.title }
                return left.item.position < right.item.position
            }
        return RectificationLedger(rows: rows)
    }
}
