import FluentKit
import Foundation
import SQLKit

/// How far each card of a scheme has come: its manual indicators, how many the unit has
/// assessed and how many wait for review. Counted in one grouped query.
public struct CardProgress: Sendable {
    public let cardID: UUID
    public let unitID: UUID
    public let unitKind: UnitKind
    public let manual: Int
    public let assessed: Int
    public let waiting: Int

    public static func load(_ schemeID: UUID, on db: any Database) async throws -> [CardProgress] {
        try await sqlDatabase(db).raw(
            """
            SELECT c.id AS card, c.unit_id AS unit, c.unit_kind AS kind,
              SUM(CASE WHEN e.state <> 'auto' THEN 1 ELSE 0 END) AS manual,
              SUM(CASE WHEN e.state IN ('submitted', 'accepted', 'adjusted') THEN 1 ELSE 0 END) AS assessed,
              SUM(CASE WHEN e.state = 'submitted' THEN 1 ELSE 0 END) AS waiting
            FROM assessment_cards c LEFT JOIN assessment_entries e ON e.card_id = c.id
            WHERE c.scheme_id = \(bind: schemeID) GROUP BY c.id, c.unit_id, c.unit_kind
            """
        ).all().map { row in
            CardProgress(
                cardID: try row.decode(column: "card", as: UUID.self),
                unitID: try row.decode(column: "unit", as: UUID.self),
                unitKind: UnitKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                manual: try row.decode(column: "manual", as: Int?.self) ?? 0,
                assessed: try row.decode(column: "assessed", as: Int?.self) ?? 0,
                waiting: try row.decode(column: "waiting", as: Int?.self) ?? 0)
        }
    }
}
