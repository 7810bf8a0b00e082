import FluentKit
import Foundation

/// A body in the leading group's tree: the Party committee, its office, member units,
/// county units, democratic parties' committees, federations.
public final class OrgUnit: Model, @unchecked Sendable {
    public static let schema = "units"

    // MARK: managed
    @ID(key: .id) public var id: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    // MARK: data
    /// Short unique code used by the CLI, imports and the API (e.g. `office`, `mzj`).
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: UnitKind
    /// Position among siblings, ascending.
    @Field(key: "sort_order") public var sortOrder: Int
    /// Deactivated units keep their records but can't be chosen for new work.
    @Field(key: "is_active") public var isActive: Bool

    // MARK: relations
    @OptionalParent(key: "parent_id") public var parent: OrgUnit?

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $code, $name, $kind, $sortOrder, $isActive, $parent]
    }

    public init(id: UUID? = nil, code: String, name: String, kind: UnitKind, parentID: UUID?, sortOrder: Int) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.$parent.id = parentID
        self.sortOrder = sortOrder
        self.isActive = true
    }

    /// The fields the audit log compares before and after a change.
    var auditSnapshot: [String: String] {
        [
            "code": code,
            "name": name,
            "kind": kind.rawValue,
            "parentId": $parent.id?.uuidString ?? "",
            "sortOrder": String(sortOrder),
            "isActive": String(isActive),
        ]
    }
}
