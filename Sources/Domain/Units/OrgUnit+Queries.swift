import FluentKit
import Foundation

/// A unit placed in the tree: its depth (0 for roots) for indentation.
public struct UnitTreeEntry: Sendable {
    /// The row it was read from; nil for an entry made by hand (a page's sample model).
    let unit: OrgUnit?
    /// Depth in the tree, 0 for a root.
    public let depth: Int
    public let id: UUID
    public let code: String
    public let name: String
    public let kind: UnitKind
    public let parentID: UUID?
    public let sortOrder: Int
    public let isActive: Bool
    public let createdAt: Date?
    public let updatedAt: Date?

    init(unit: OrgUnit, depth: Int) {
        self.unit = unit
        self.depth = depth
        id = unit.id!
        code = unit.code
        name = unit.name
        kind = unit.kind
        parentID = unit.$parent.id
        sortOrder = unit.sortOrder
        isActive = unit.isActive
        createdAt = unit.createdAt
        updatedAt = unit.updatedAt
    }

    /// An entry made from its values alone, as a page's sample model does.
    public init(
        id: UUID, code: String, name: String, kind: UnitKind, parentID: UUID? = nil, sortOrder: Int = 0,
        isActive: Bool = true, depth: Int = 0, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        unit = nil
        self.depth = depth
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.sortOrder = sortOrder
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension OrgUnit {
    /// Every unit in tree order (parents before children, siblings by sort order), from the
    /// shared ``UnitDirectory`` snapshot. Without inactive units, a unit whose parent is
    /// inactive is shown as a root.
    public static func tree(includeInactive: Bool = true, on db: any Database) async throws -> [UnitTreeEntry] {
        let all = try await UnitDirectory.snapshot(on: db).tree
        return includeInactive ? all : order(all.compactMap(\.unit).filter(\.isActive))
    }

    /// Reads the whole table and orders it; the tree is small (hundreds of units at most).
    static func readTree(on db: any Database) async throws -> [UnitTreeEntry] {
        order(try await OrgUnit.query(on: db).sort(\.$sortOrder).sort(\.$code).all())
    }

    private static func order(_ units: [OrgUnit]) -> [UnitTreeEntry] {
        let known = Set(units.compactMap(\.id))
        var children: [UUID?: [OrgUnit]] = [:]
        for unit in units {
            // A unit whose parent is filtered out (inactive) is shown as a root.
            let parent = unit.$parent.id.flatMap { known.contains($0) ? $0 : nil }
            children[parent, default: []].append(unit)
        }
        var ordered: [UnitTreeEntry] = []
        func visit(_ parent: UUID?, depth: Int) {
            for unit in children[parent] ?? [] {
                ordered.append(UnitTreeEntry(unit: unit, depth: depth))
                visit(unit.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return ordered
    }

    /// Every unit's name by id.
    public static func names(on db: any Database) async throws -> [UUID: String] {
        try await UnitDirectory.snapshot(on: db).names
    }

    /// The unit with `id`, or `.notFound`.
    public static func require(_ id: UUID, on db: any Database) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(id, on: db) else {
            throw DomainError.notFound("单位不存在")
        }
        return unit
    }

    /// The unit with `code` (case-insensitive), if any.
    public static func find(code: String, on db: any Database) async throws -> OrgUnit? {
        try await OrgUnit.query(on: db).filter(\.$code == code.lowercased()).first()
    }

    /// The ids of `id` and all its descendants.
    static func subtreeIDs(of id: UUID, on db: any Database) async throws -> Set<UUID> {
        let all = try await OrgUnit.query(on: db).all()
        var result: Set<UUID> = [id]
        var grew = true
        while grew {
            grew = false
            for unit in all where unit.$parent.id.map(result.contains) == true && !result.contains(unit.id!) {
                result.insert(unit.id!)
                grew = true
            }
        }
        return result
    }

    /// Throws `.invalid("unitId")` unless every id given names a unit.
    static func requireExisting(_ ids: [UUID?], on db: any Database) async throws {
        let wanted = Set(ids.compactMap { $0 })
        guard !wanted.isEmpty else { return }
        let found = try await OrgUnit.query(on: db).filter(\.$id ~~ Array(wanted)).count()
        if found != wanted.count { throw DomainError.invalid("unitId", "所选单位不存在") }
    }
}
