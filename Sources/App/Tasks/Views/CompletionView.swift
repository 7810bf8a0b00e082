import Domain
import Foundation

/// 各单位完成情况: a bar chart of completion rates with the same numbers in a table under it.
enum CompletionView {
    static func page(_ rows: [UnitCompletion], plans: [Choice], planID: UUID?) -> PageModel {
        let plansOptions = [(value: "", label: "全部计划")] + plans.map(\.option)
        let columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "牵头单位"), .init(title: "牵头任务", numeric: true),
            .init(title: "已完成", numeric: true), .init(title: "完成率", numeric: true), .init(title: "逾期", numeric: true),
            .init(title: "红灯", numeric: true), .init(title: "黄灯", numeric: true),
        ]
        let cells = rows.enumerated().map { index, row -> [HTMLNode] in
            [
                txt(String(index + 1)), txt(row.unitName), txt(String(row.total)), txt(String(row.finished)),
                txt(percent(row.rate)),
                txt(String(row.overdue)), txt(String(row.red)), txt(String(row.yellow)),
            ]
        }
        return PageModel(
            title: "各单位完成情况", crumbs: [Crumb("工作台", .home), Crumb("各单位完成情况")],
            content: [
                tag(
                    "form", ["method": "get", "action": Path.completion.string, "class": "filters"],
                    [
                        FormFields().select(
                            "planId", label: "工作计划", options: plansOptions,
                            selected: planID?.uuidString.lowercased() ?? ""),
                        tag("button", ["type": "submit"], text: "筛选"),
                    ]),
                Components.exports(
                    path: .completion, filters: planID.map { [("planId", $0.uuidString.lowercased())] } ?? []),
                rows.isEmpty ? .group([]) : chart(rows),
                Components.table(caption: "各单位完成情况", columns: columns, rows: cells, empty: "还没有任务。"),
            ])
    }

    /// The table as an Excel or CSV sheet.
    static func spreadsheet(_ rows: [UnitCompletion]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "各单位完成情况", sheetName: "完成情况",
            header: ["序号", "牵头单位", "牵头任务", "已完成", "完成率", "逾期", "红灯", "黄灯"],
            rows: rows.enumerated().map { index, row in
                [
                    String(index + 1), row.unitName, String(row.total), String(row.finished), percent(row.rate),
                    String(row.overdue), String(row.red), String(row.yellow),
                ]
            }, widths: [6, 30, 10, 10, 10, 8, 8, 8])
    }

    /// `66.7%`: one decimal, without Foundation's format parser (200 rows a page).
    static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Horizontal bars, one per unit, at most 40 (the worst first); the table holds them all.
    private static func chart(_ rows: [UnitCompletion]) -> HTMLNode {
        let shown = Array(rows.prefix(40))
        let barHeight = 18
        let gap = 6
        let labelWidth = 180
        let barWidth = 400
        let height = shown.count * (barHeight + gap) + 30
        var nodes: [HTMLNode] = [tag("title", text: "各单位任务完成率")]
        for (index, row) in shown.enumerated() {
            let y = index * (barHeight + gap)
            let width = Int(row.rate * Double(barWidth))
            nodes.append(
                tag(
                    "text", ["x": String(labelWidth - 6), "y": String(y + 13), "text-anchor": "end"], text: row.unitName
                ))
            nodes.append(
                voidTag(
                    "rect",
                    [
                        "x": String(labelWidth), "y": String(y), "width": String(max(width, 1)),
                        "height": String(barHeight), "fill": "#2e7d32",
                    ]))
            nodes.append(
                tag("text", ["x": String(labelWidth + width + 6), "y": String(y + 13)], text: percent(row.rate)))
        }
        nodes.append(tag("text", ["x": String(labelWidth), "y": String(height - 8)], text: "完成率（0–100%）"))
        return tag(
            "figure", [:],
            [
                tag(
                    "svg",
                    [
                        "class": "chart", "role": "img", "aria-label": "各单位任务完成率柱状图，数据见下表",
                        "viewBox": "0 0 \(labelWidth + barWidth + 70) \(height)", "width": "100%",
                    ], nodes),
                tag("figcaption", ["class": "visually-hidden"], text: "各单位任务完成率，数据见下表"),
            ])
    }
}
