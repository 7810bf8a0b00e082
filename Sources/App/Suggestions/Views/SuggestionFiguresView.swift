import Domain
import Foundation

/// Each lead unit's suggestion figures for a year: routed, answered, on time, A/B/C, satisfaction.
enum SuggestionFiguresView {
    static let header = ["承办单位", "交办件数", "已答复", "按时答复", "按时答复率", "A类", "B类", "C类", "满意", "基本满意", "不满意", "满意率"]

    static func cells(_ row: SuggestionFigures.Row) -> [String] {
        [
            row.unitName, String(row.routed), String(row.answered), String(row.onTime), percent(row.onTimeRate),
            String(row.classA),
            String(row.classB), String(row.classC), String(row.satisfied), String(row.basicallySatisfied),
            String(row.dissatisfied),
            percent(row.satisfactionRate),
        ]
    }

    static func page(_ figures: SuggestionFigures) -> PageModel {
        let year = figures.year
        return PageModel(
            title: "\(year)年建言办理情况", crumbs: [Crumb("工作台", .home), Crumb("建言直通车", .suggestions), Crumb("办理情况")],
            content: [
                tag(
                    "form", ["method": "get", "action": Path.suggestionFigures(nil).string, "class": "filters"],
                    [
                        FormFields().text("year", label: "年度", value: String(year), type: "number"),
                        tag("button", ["type": "submit"], text: "查看"),
                    ]),
                tag(
                    "p", ["class": "exports"],
                    [
                        tag(
                            "a",
                            [
                                "class": "button",
                                "href": Path.suggestionFigures(.xlsx).with(query: [("year", String(year))]),
                            ], text: "导出 Excel"),
                        tag("button", ["type": "button", "data-print": ""], text: "打印"),
                    ]),
                tag("p", ["class": "help"], text: "按主办单位统计当年提交的建言；按时答复以首次答复送达建言人的日期计，满意率为满意和基本满意占全部评价的比例。"),
                SuggestionClassChart.chart(figures.rows) ?? .group([]),
                Components.table(
                    caption: "\(year)年建言办理情况", columns: header.map { .init(title: $0) },
                    rows: figures.rows.map { row in cells(row).map(txt) }, empty: "这一年还没有交办的建言。"),
            ])
    }

    static func spreadsheet(_ figures: SuggestionFigures) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "\(figures.year)年建言办理情况", sheetName: "办理情况", header: header, rows: figures.rows.map(cells),
            widths: [24] + Array(repeating: 10, count: header.count - 1), landscape: true)
    }

    private static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return String(format: "%.1f%%", rate * 100)
    }
}
