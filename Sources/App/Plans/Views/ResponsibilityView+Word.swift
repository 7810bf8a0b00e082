import Domain
import Foundation

extension ResponsibilityView {
    /// The 责任分工方案 as a Word document after GB/T 9704: the title, then the table on
    /// landscape pages with its header repeated, areas as full-width rows.
    static func word(_ table: Model) -> WordDocument {
        var rows: [WordTable.Row] = []
        for section in table.sections {
            if let area = section.area { rows.append(.heading(section.number + area.title)) }
            for row in section.rows {
                rows.append(
                    .cells([
                        row.number, row.title, row.leadUnitName, row.coUnitNames.joined(separator: "、"),
                        WorkComponents.longDay(row.deadline),
                    ]))
            }
        }
        return WordDocument(
            landscape: true,
            blocks: [
                .title("\(table.plan.title)责任分工方案"),
                .table(
                    WordTable(
                        header: ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], weights: [6, 40, 16, 17, 21], rows: rows)),
            ])
    }
}
