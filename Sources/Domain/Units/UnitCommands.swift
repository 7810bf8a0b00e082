import FluentKit
import Foundation

/// Every write to units: validate, authorise, change rows and audit in one transaction.
public struct UnitCommands: Sendable {
    private let write: DomainWrite

    public init(clock: AppClock) {
        write = DomainWrite(clock: clock)
    }

    /// Creates a unit under `input.parentID`.
    public func create(_ input: NewUnit, by actor: Actor, on db: any Database) async throws -> OrgUnit {
        try UnitPermissions.require(.manage, actor: actor)
        let code = UnitRules.normalizedCode(input.code)
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let problems = UnitRules.problems(code: code, name: name)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            try await ensureCodeFree(code, except: nil, on: tx)
            if let parentID = input.parentID { try await requireActiveParent(parentID, on: tx) }
            var order = input.sortOrder
            if order == nil { order = try await nextSortOrder(under: input.parentID, on: tx) }
            let unit = OrgUnit(
                code: code, name: name, kind: input.kind, parentID: input.parentID, sortOrder: order ?? 1)
            try await mappingUniqueViolation("单位代码“\(code)”已被使用") { try await unit.create(on: tx) }
            try await audit.record(
                subject(unit), action: "unit.create",
                changes: AuditLog.diff(before: nil, after: unit.auditSnapshot))
            return unit
        }
    }

    /// Applies `changes` to unit `id`; moving under a descendant is refused.
    public func update(_ id: UUID, _ changes: UnitChanges, by actor: Actor, on db: any Database) async throws -> OrgUnit
    {
        try UnitPermissions.require(.manage, actor: actor)
        let code = changes.code.map(UnitRules.normalizedCode)
        let problems = UnitRules.problems(code: code, name: changes.name)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            let unit = try await OrgUnit.require(id, on: tx)
            let before = unit.auditSnapshot
            if let code, code != unit.code {
                try await ensureCodeFree(code, except: id, on: tx)
                unit.code = code
            }
            if let name = changes.name { unit.name = name.trimmingCharacters(in: .whitespacesAndNewlines) }
            if let kind = changes.kind { unit.kind = kind }
            if let parentID = changes.parentID, parentID != unit.$parent.id {
                if let parentID {
                    if try await OrgUnit.subtreeIDs(of: id, on: tx).contains(parentID) {
                        throw DomainError.invalid("parentId", "不能把单位移到它自己或它的下级单位之下")
                    }
                    try await requireActiveParent(parentID, on: tx)
                }
                unit.$parent.id = parentID
                if changes.sortOrder == nil { unit.sortOrder = try await nextSortOrder(under: parentID, on: tx) }
            }
            if let order = changes.sortOrder { unit.sortOrder = order }
            if let active = changes.isActive, active != unit.isActive {
                if active, let parentID = unit.$parent.id {
                    try await requireActiveParent(parentID, on: tx)
                } else if !active {
                    try await ensureNoActiveChildren(id, on: tx)
                }
                unit.isActive = active
            }
            let diff = AuditLog.diff(before: before, after: unit.auditSnapshot)
            guard !diff.isEmpty else { return unit }
            try await mappingUniqueViolation("单位代码“\(unit.code)”已被使用") { try await unit.save(on: tx) }
            try await audit.record(subject(unit), action: action(for: diff), changes: diff)
            return unit
        }
    }

    /// Deactivates or reactivates a unit. Units are never deleted: records keep pointing at them.
    public func setActive(_ id: UUID, _ active: Bool, by actor: Actor, on db: any Database) async throws -> OrgUnit {
        try await update(id, UnitChanges(isActive: active), by: actor, on: db)
    }

    /// Swaps a unit with its previous (`up`) or next sibling, renumbering the siblings 1…n.
    public func reorder(_ id: UUID, up: Bool, by actor: Actor, on db: any Database) async throws -> OrgUnit {
        try UnitPermissions.require(.manage, actor: actor)
        return try await write.perform(by: actor, touching: .work, .access, on: db) { tx, audit in
            let unit = try await OrgUnit.require(id, on: tx)
            var siblings = try await siblingsInOrder(of: unit.$parent.id, on: tx)
            guard let index = siblings.firstIndex(where: { $0.id == id }) else { return unit }
            let target = up ? index - 1 : index + 1
            guard siblings.indices.contains(target) else { return unit }
            let before = siblings.map(\.code).joined(separator: ",")
            siblings.swapAt(index, target)
            for (position, sibling) in siblings.enumerated() where sibling.sortOrder != position + 1 {
                sibling.sortOrder = position + 1
                try await sibling.save(on: tx)
            }
            let after = siblings.map(\.code).joined(separator: ",")
            try await audit.record(
                subject(unit), action: "unit.reorder",
                changes: ["siblingOrder": AuditChange(before: before, after: after)])
            return unit
        }
    }

    // MARK: helpers

    private func subject(_ unit: OrgUnit) -> AuditSubject {
        AuditSubject(type: "unit", id: unit.id, label: unit.name)
    }

    private func action(for diff: [String: AuditChange]) -> String {
        if diff.keys.count == 1, let change = diff["isActive"] {
            return change.after == "true" ? "unit.activate" : "unit.deactivate"
        }
        return diff["parentId"] != nil ? "unit.move" : "unit.update"
    }

    private func ensureCodeFree(_ code: String, except id: UUID?, on db: any Database) async throws {
        if let existing = try await OrgUnit.find(code: code, on: db), existing.id != id {
            throw DomainError.conflict("单位代码“\(code)”已被“\(existing.name)”使用")
        }
    }

    private func requireActiveParent(_ parentID: UUID, on db: any Database) async throws {
        guard let parent = try await OrgUnit.find(parentID, on: db) else {
            throw DomainError.invalid("parentId", "上级单位不存在")
        }
        guard parent.isActive else { throw DomainError.invalid("parentId", "上级单位已停用") }
    }

    private func ensureNoActiveChildren(_ id: UUID, on db: any Database) async throws {
        let active = try await OrgUnit.query(on: db).filter(\.$parent.$id == id).filter(\.$isActive == true).count()
        if active > 0 { throw DomainError.conflict("请先停用该单位的 \(active) 个下级单位") }
    }

    private func siblingsInOrder(of parentID: UUID?, on db: any Database) async throws -> [OrgUnit] {
        let query = OrgUnit.query(on: db).sort(\.$sortOrder).sort(\.$code)
        if let parentID { query.filter(\.$parent.$id == parentID) } else { query.filter(\.$parent.$id == nil) }
        return try await query.all()
    }

    private func nextSortOrder(under parentID: UUID?, on db: any Database) async throws -> Int {
        (try await siblingsInOrder(of: parentID, on: db).map(\.sortOrder).max() ?? 0) + 1
    }
}
