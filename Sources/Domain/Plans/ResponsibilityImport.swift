import Foundation

/// A responsibility table read from a spreadsheet: rows of text in the layout of
/// ``ResponsibilityTable`` (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限, area rows between).
/// Parsing writes nothing; every problem names its row.
public struct ResponsibilityImport: Sendable {
    /// A row that will become a task.
    public struct TaskRow: Sendable {
        /// The row number in the file, from 1.
        public let line: Int
        /// Index into ``areas`` of the area above the row, if any.
        public let areaIndex: Int?
        /// Index into ``tasks`` of the key task a sub-task (序号 3.1) belongs to.
        public let parentIndex: Int?
        public let title: String
        public let leadUnitID: UUID
        public let coUnitIDs: [UUID]
        public let leader: String
        public let deadline: CalendarDay
    }

    /// A row that cannot be imported, and why.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "第\(line)行：\(message)" }
    }

    public var areas: [String] = []
    public var tasks: [TaskRow] = []
    public var problems: [Problem] = []

    /// Most rows one import reads.
    public static let maxRows = 5_000

    /// Reads `rows` (the first row holding 工作任务 and 牵头单位 is the header). Units are
    /// matched by name or code among `units`.
    public static func parse(_ rows: [[String]], units: [OrgUnit]) -> ResponsibilityImport {
        var result = ResponsibilityImport()
        let clean = rows.map { $0.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        guard
            let headerIndex = clean.firstIndex(where: {
                $0.contains { $0.contains("工作任务") || $0 == "任务" } && $0.contains { $0.contains("牵头单位") }
            })
        else {
            result.problems.append(Problem(line: 1, message: "找不到表头：需要“工作任务”和“牵头单位”两列"))
            return result
        }
        guard clean.count - headerIndex - 1 <= maxRows else {
            result.problems.append(Problem(line: headerIndex + 1, message: "一次最多导入\(maxRows)行，请分批导入"))
            return result
        }
        let columns = Columns(header: clean[headerIndex])
        let lookup = UnitLookup(units)
        var lastKeyIndex: Int?
        for index in (headerIndex + 1)..<clean.count {
            let row = clean[index]
            let line = index + 1
            func cell(_ column: Int?) -> String { column.flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            let number = cell(columns.number)
            let title = cell(columns.title)
            let lead = cell(columns.lead)
            if row.allSatisfy(\.isEmpty) { continue }
            if let area = areaTitle(number: number, title: title, lead: lead, row: row) {
                result.areas.append(area)
                lastKeyIndex = nil
                continue
            }
            var messages: [String] = []
            if title.isEmpty { messages.append("工作任务为空") }
            if title.count > TaskRules.maxTitleLength { messages.append("工作任务超过\(TaskRules.maxTitleLength)个字") }
            let leadID = lookup.find(lead)
            if lead.isEmpty { messages.append("没有牵头单位") } else if leadID == nil { messages.append("牵头单位“\(lead)”不存在") }
            var coIDs: [UUID] = []
            for name in cell(columns.co).split(whereSeparator: { "、，,；;/ \n".contains($0) }).map(String.init) {
                if let id = lookup.find(name) {
                    if id != leadID && !coIDs.contains(id) { coIDs.append(id) }
                } else {
                    messages.append("配合单位“\(name)”不存在")
                }
            }
            let deadlineText = cell(columns.deadline)
            let deadline = deadlineDay(deadlineText)
            if deadline == nil { messages.append(deadlineText.isEmpty ? "没有完成时限" : "完成时限“\(deadlineText)”不是日期") }
            let isSubTask = isSubTaskNumber(number)
            if isSubTask && lastKeyIndex == nil { messages.append("子任务“\(number)”前面没有重点任务") }
            guard messages.isEmpty, let leadID, let deadline else {
                result.problems.append(Problem(line: line, message: messages.joined(separator: "；")))
                if !isSubTask { lastKeyIndex = nil }
                continue
            }
            result.tasks.append(
                TaskRow(
                    line: line, areaIndex: result.areas.isEmpty ? nil : result.areas.count - 1,
                    parentIndex: isSubTask ? lastKeyIndex : nil, title: title, leadUnitID: leadID,
                    coUnitIDs: coIDs, leader: cell(columns.leader), deadline: deadline))
            if !isSubTask { lastKeyIndex = result.tasks.count - 1 }
        }
        if result.tasks.isEmpty && result.problems.isEmpty {
            result.problems.append(Problem(line: headerIndex + 1, message: "表头下面没有任务"))
        }
        return result
    }

    /// Deadlines as plans write them: a day in any common spelling, “2026年6月底”, “2026年6月”,
    /// “2026年底”, or an Excel date serial number.
    public static func deadlineDay(_ text: String) -> CalendarDay? {
        if let day = TaskRules.day(text) { return day }
        let trimmed = text.replacingOccurrences(of: " ", with: "")
        if let serial = Int(trimmed), (36_526...73_415).contains(serial) {
            // Excel counts days from 1899-12-30.
            return CalendarDay(ordinal: serial - 25_569)
        }
        let numbers = trimmed.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        guard let year = numbers.first, (2000...2100).contains(year), trimmed.hasPrefix(String(year)) else {
            return nil
        }
        if numbers.count == 1, trimmed == "\(year)年底" || trimmed == "\(year)年" {
            return CalendarDay(year: year, month: 12, day: 31)
        }
        if numbers.count == 2, (1...12).contains(numbers[1]),
            ["\(year)年\(numbers[1])月", "\(year)年\(numbers[1])月底", "\(year)年\(numbers[1])月前", "\(year)-\(numbers[1])"]
                .contains(trimmed)
        {
            return CalendarDay(year: year, month: numbers[1], day: 1)?.endOfMonth()
        }
        return nil
    }

    /// 3.1, 3-1, 3.1. or （1）/(1): a sub-task's 序号. “3” and “3.” are key tasks.
    public static func isSubTaskNumber(_ number: String) -> Bool {
        if number.hasPrefix("（") || number.hasPrefix("(") { return true }
        let parts = number.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "．" })
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    private static func areaTitle(number: String, title: String, lead: String, row: [String]) -> String? {
        let candidate = number.isEmpty ? title : number
        guard let mark = candidate.firstIndex(of: "、"), ChineseNumerals.value(String(candidate[..<mark])) != nil else {
            // A row with one filled cell and no unit is an area too (a merged heading row).
            let filled = row.filter { !$0.isEmpty }
            return filled.count == 1 && lead.isEmpty && Int(filled[0]) == nil ? filled[0] : nil
        }
        let rest = String(candidate[candidate.index(after: mark)...]).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? title : rest
    }

    private struct Columns {
        let number: Int?, title: Int?, lead: Int?, co: Int?, deadline: Int?, leader: Int?

        init(header: [String]) {
            func find(_ names: [String]) -> Int? { header.firstIndex { cell in names.contains { cell.contains($0) } } }
            number = find(["序号"])
            title = find(["工作任务"]) ?? header.firstIndex(of: "任务")
            lead = find(["牵头单位"])
            co = find(["配合单位"])
            deadline = find(["完成时限", "时限", "完成时间"])
            leader = find(["责任领导"])
        }
    }

    private struct UnitLookup {
        private var ids: [String: UUID] = [:]

        init(_ units: [OrgUnit]) {
            // Active units win over deactivated ones of the same name.
            for unit in units.sorted(by: { !$0.isActive && $1.isActive }) {
                ids[unit.name] = unit.id
                ids[unit.code] = unit.id
            }
        }

        func find(_ name: String) -> UUID? { ids[name] ?? ids[name.lowercased()] }
    }
}
