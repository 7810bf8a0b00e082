import FluentKit
import Foundation

/// A scheme's indicators read from a table (the scheme's own Excel export, or one typed the
/// same way): a header row naming 类别, 指标 and 分值 (and optionally 评分细则, 评分方式, 计算口径,
/// 评分单位), then one indicator a row. Methods, figures and scorer units are read by their
/// Chinese names as the export writes them (or by their codes).
public struct IndicatorTable: Sendable {
    public var indicators: [IndicatorInput] = []
    /// “第3行：…”, one per problem found.
    public var problems: [String] = []

    public static func parse(_ rows: [[String]], units: [(id: UUID, name: String)]) -> IndicatorTable {
        var table = IndicatorTable()
        let clean = rows.map { $0.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        guard let headerIndex = clean.firstIndex(where: { $0.contains("指标") && $0.contains("分值") }) else {
            table.problems.append("找不到表头：需要“类别”“指标”“分值”等列（可先导出方案 Excel 作为模板）")
            return table
        }
        let header = clean[headerIndex]
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let byName = Dictionary(units.map { ($0.name, $0.id) }) { first, _ in first }
        for (offset, row) in clean.enumerated().dropFirst(headerIndex + 1) {
            func cell(_ name: String) -> String {
                guard let index = column(name), index < row.count else { return "" }
                return row[index]
            }
            if row.allSatisfy(\.isEmpty) { continue }
            let line = "第\(offset + 1)行"
            let methodText = cell("评分方式")
            let method =
                IndicatorMethod.allCases.first { $0.label == methodText || $0.rawValue == methodText }
                ?? (methodText.contains("自动") ? .auto : methodText.contains("自评") ? .manual : nil)
            if !methodText.isEmpty, method == nil {
                table.problems.append("\(line)：评分方式“\(methodText)”无效，可填：系统自动计算、自评＋审核")
            }
            let metricText = cell("计算口径")
            let metric = AutoMetric.allCases.first { $0.label == metricText || $0.rawValue == metricText }
            if method == .auto, metric == nil {
                table.problems.append(
                    "\(line)：计算口径“\(metricText)”无效，可填：\(AutoMetric.allCases.map(\.label).joined(separator: "、"))")
            }
            let scorerText = cell("评分单位")
            let scorer = byName[scorerText]
            if !scorerText.isEmpty, scorer == nil { table.problems.append("\(line)：评分单位“\(scorerText)”不存在或已停用") }
            let input = IndicatorInput(
                category: cell("类别"), name: cell("指标"), rule: cell("评分细则"), points: cell("分值"),
                method: method?.rawValue ?? "", metric: metric?.rawValue ?? "", scorerUnitID: scorer)
            do {
                _ = try input.checked()
            } catch DomainError.invalid(let errors) {
                table.problems += errors.map { "\(line)：\($0.message)" }
            } catch {
                table.problems.append("\(line)：\(error)")
            }
            table.indicators.append(input)
        }
        if table.indicators.isEmpty, table.problems.isEmpty { table.problems.append("表中没有指标") }
        if table.indicators.count > SchemeCommands.maxIndicators {
            table.problems.append("一个方案最多\(SchemeCommands.maxIndicators)项指标")
        }
        return table
    }
}

extension SchemeCommands {
    /// Replaces a draft's indicators with a table's, all or none: any problem refuses the
    /// whole table, each problem naming its row.
    public func importIndicators(_ table: IndicatorTable, into schemeID: UUID, by actor: Actor, on db: any Database)
        async throws -> Int
    {
        try AssessmentPermissions.require(.manage, actor: actor)
        guard table.problems.isEmpty else { throw DomainError.invalid(table.problems.map { FieldError("file", $0) }) }
        let inputs = try table.indicators.map { try $0.checked() }
        return try await amending(schemeID, reason: "", by: actor, on: db) { scheme, tx in
            guard scheme.status == .draft else { throw DomainError.conflict("只有起草中的方案可以导入指标") }
            try await AssessmentIndicator.query(on: tx).filter(\.$scheme.$id == schemeID).delete()
            for (index, values) in inputs.enumerated() {
                let indicator = AssessmentIndicator()
                indicator.$scheme.id = schemeID
                indicator.position = index + 1
                try await indicator.apply(values, scorer: table.indicators[index].scorerUnitID, on: tx)
                try await indicator.create(on: tx)
            }
            return inputs.count
        }
    }
}
