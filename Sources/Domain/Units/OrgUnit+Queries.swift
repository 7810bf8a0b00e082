import FluentKit
import Foundation

/// A unit placed in the tree: its depth (0 for roots) for indentation.
public struct UnitTreeEntry: Sendable {
    public let unit: OrgUnit
    public let depth: Int
}

extension OrgUnit {
    /// Every unit in tree order (parents before children, siblings by sort order).
    ///
    /// The tree is small (hundreds of units at most), so it is read whole and ordered in memory.
    public static func tree(includeInactive: Bool = true, on db: any Database) async throws -> [UnitTreeEntry] {
        var query = OrgUnit.query(on: db).sort(\.$sortOrder).sort(\.$code)
        if !includeInactive { query = query.filter(\.$isActive == true) }
        let units = try await query.all()
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
}
