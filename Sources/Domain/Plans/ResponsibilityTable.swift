import FluentKit
import Foundation

/// The responsibility plan (责任分工方案) of a plan: 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限,
/// grouped by area. The 序号 are computed from positions, so they stay right when items move:
/// areas 一、二、…; key tasks 1, 2, … through the whole plan; sub-tasks 3.1, 3.2, ….
public struct ResponsibilityTable: Sendable {
    public struct Row: Sendable {
        public let number: String
        public let task: WorkTask
        public let leadUnitName: String
        public let coUnitNames: [String]
        /// The meeting or document the task cites (依据).
        public let basis: TaskBasis
        /// 0 for a key task, 1 for a sub-task.
        public let depth: Int
    }

    public struct Section: Sendable {
        /// nil for the tasks not in an area.
        public let area: PlanArea?
        /// 一、二、… for areas; empty otherwise.
        public let number: String
        public let rows: [Row]
    }

    public let plan: Plan
    public let sections: [Section]

    public var rows: [Row] { sections.flatMap(\.rows) }

    /// The table of the tasks the actor may see.
    public static func load(_ planID: UUID, for actor: Actor, on db: any Database) async throws -> ResponsibilityTable {
        try PlanPermissions.require(.read, actor: actor)
        let scope = TaskPermissions.unitScope(of: actor)
        return try await WorkCache.value("responsibility|\(planID)|\(scope?.uuidString ?? "all")", on: db) {
            try await read(planID, scope: scope, on: db)
        }
    }

    private static func read(_ planID: UUID, scope: UUID?, on db: any Database) async throws -> ResponsibilityTable {
        let plan = try await Plan.require(planID, on: db)
        let areas = try await PlanArea.query(on: db).filter(\.$plan.$id == planID).sort(\.$sortOrder).all()
        var tasks = try await WorkTask.query(on: db).filter(\.$plan.$id == planID).sort(\.$sortOrder).all()
        if let unitID = scope {
            let coTasks = Set(try await TaskCoUnit.query(on: db).filter(\.$unit.$id == unitID).all(\.$task.$id))
            tasks = tasks.filter { $0.$leadUnit.id == unitID || coTasks.contains($0.id!) }
        }
        let rows = Dictionary(
            uniqueKeysWithValues: try await WorkTask.rows(for: tasks, on: db).map { ($0.task.id!, $0) })
        let bases = try await TaskBasis.load(for: tasks, on: db)
        func row(_ task: WorkTask, number: String, depth: Int) -> Row {
            let names = rows[task.id!]!
            return Row(
                number: number, task: task, leadUnitName: names.leadUnitName, coUnitNames: names.coUnitNames,
                basis: bases[task.id!] ?? .none, depth: depth)
        }
        let children = Dictionary(grouping: tasks.filter { $0.$parent.id != nil }, by: { $0.$parent.id! })
        var keyNumber = 0
        func section(_ area: PlanArea?, number: String) -> Section {
            var result: [Row] = []
            let keys = tasks.filter { $0.$parent.id == nil && $0.$area.id == area?.id }
            for key in keys {
                keyNumber += 1
                result.append(row(key, number: String(keyNumber), depth: 0))
                for (index, child) in (children[key.id!] ?? []).enumerated() {
                    result.append(row(child, number: "\(keyNumber).\(index + 1)", depth: 1))
                }
            }
            // A sub-task the actor may see under a key task they may not see still shows.
            let shownKeys = Set(keys.compactMap(\.id))
            for orphan in tasks
            where orphan.$parent.id != nil && !shownKeys.contains(orphan.$parent.id!) && orphan.$area.id == area?.id {
                keyNumber += 1
                result.append(row(orphan, number: String(keyNumber), depth: 0))
            }
            return Section(area: area, number: number, rows: result)
        }
        var sections = [section(nil, number: "")]
        for (index, area) in areas.enumerated() {
            sections.append(section(area, number: ChineseNumerals.ordinal(index + 1) + "、"))
        }
        return ResponsibilityTable(plan: plan, sections: sections.filter { $0.area != nil || !$0.rows.isEmpty })
    }
}

/// Chinese numerals for 序号: 一 … 九十九.
public enum ChineseNumerals {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    public static func ordinal(_ number: Int) -> String {
        guard number > 0, number < 100 else { return String(number) }
        if number < 10 { return digits[number] }
        let tens = number / 10
        let ones = number % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }

    /// The number of 一 … 九十九, or nil.
    public static func value(_ text: String) -> Int? {
        (1..<100).first { ordinal($0) == text }
    }
}
