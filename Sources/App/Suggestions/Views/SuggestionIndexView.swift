import Domain
import Foundation

/// The suggestion list: filters (a plain GET form), sortable headers, Excel/CSV/print of
/// exactly what is filtered, and paging.
enum SuggestionIndexView {
    static let title = "建言直通车"

    /// `waitingLabel` names the "waiting for me" filter for members and units (nil for others).
    static func page(
        _ page: Page<SuggestionLine>, filter: SuggestionFilter, units: [UnitTreeEntry], waitingLabel: String?,
        canWrite: Bool,
        canSeeFigures: Bool
    ) -> PageModel {
        let query = items(filter)
        let sorting = Components.Sorting(
            path: .suggestions, filters: query, key: filter.order.rawValue, descending: filter.descending)
        let columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "编号"), .init(title: "标题"), .init(title: "类别"),
            .init(title: "提出单位"),
            .init(title: "承办单位"), .init(title: "答复期限", sortKey: SuggestionFilter.Order.due.rawValue),
            .init(title: "状态"),
            .init(title: "提交时间", sortKey: SuggestionFilter.Order.submitted.rawValue, descendingFirst: true),
        ]
        let rows = page.items.enumerated().map { index, suggestion -> [HTMLNode] in
            let row = suggestion
            return [
                txt(String(page.request.offset + index + 1)), txt(suggestion.number.isEmpty ? "—" : suggestion.number),
                Components.link(suggestion.title, .suggestion(suggestion.id)), txt(suggestion.category.label),
                txt(row.senderName),
                txt(row.leadUnitName), txt(suggestion.answerDue ?? ""), SuggestionViews.statusPill(suggestion.status),
                txt(suggestion.submittedAt.map(Components.dateTime) ?? ""),
            ]
        }
        let figures = canSeeFigures ? [Components.link("各单位办理情况", .suggestionFigures(nil))] : []
        return PageModel(
            title: title, crumbs: [Crumb("工作台", .home), Crumb(title)],
            primary: canWrite ? PrimaryAction(label: "写建言", path: .newSuggestion) : nil,
            content: [
                filters(filter, units: units, waitingLabel: waitingLabel),
                Components.exports(path: .suggestions, filters: query, extra: figures),
                Components.table(
                    caption: "建言", columns: columns, rows: rows,
                    empty: canWrite ? "还没有建言。点“写建言”提出第一条。" : "没有您可以查看的建言。", sorting: sorting),
                Components.pagination(page, path: .suggestions, query: query),
            ])
    }

    /// The filtered list as a spreadsheet, with the answer's class and whether it was on time.
    static func spreadsheet(_ rows: [SuggestionLine]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "建言清单", sheetName: "建言清单",
            header: ["序号", "编号", "标题", "类别", "提出单位", "承办单位", "答复期限", "状态", "答复类别", "按时答复", "提交时间"],
            rows: rows.enumerated().map { index, row in
                let suggestion = row
                let onTime = suggestion.answeredOnTime.map { $0 ? "是" : "否" } ?? ""
                return [
                    String(index + 1), suggestion.number, suggestion.title, suggestion.category.label, row.senderName,
                    row.leadUnitName,
                    suggestion.answerDue ?? "", suggestion.status.label,
                    suggestion.answerClass.map { "\($0.rawValue.uppercased())类" } ?? "",
                    onTime, suggestion.submittedAt.map(Components.dateTime) ?? "",
                ]
            },
            widths: [6, 18, 40, 10, 18, 18, 12, 12, 8, 8, 18], landscape: true)
    }

    /// The filter as query items, so pages, headers and exports keep it.
    static func items(_ filter: SuggestionFilter) -> [(String, String)] {
        [
            ("status", filter.status?.rawValue), ("category", filter.category?.rawValue),
            ("unitId", filter.handlingUnitID?.uuidString.lowercased()),
            ("overdue", filter.overdueOn == nil ? nil : "1"),
            ("uninstructed", filter.keyWithoutInstruction ? "1" : nil), ("mine", filter.waitingForReader ? "1" : nil),
            ("sort", filter.order == .submitted ? nil : filter.order.rawValue),
            ("dir", filter.descending == filter.order.descendingByDefault ? nil : (filter.descending ? "desc" : "asc")),
        ]
        .compactMap { key, value in value.map { (key, $0) } }
    }

    private static func filters(_ filter: SuggestionFilter, units: [UnitTreeEntry], waitingLabel: String?) -> HTMLNode {
        let fields = FormFields()
        let statuses = [("", "全部")] + SuggestionStatus.allCases.map { ($0.rawValue, $0.label) }
        let categories = [("", "全部")] + SuggestionCategory.allCases.map { ($0.rawValue, $0.label) }
        let unitID = filter.handlingUnitID?.uuidString.lowercased()
        return tag(
            "form", ["method": "get", "action": Path.suggestions.string, "class": "filters", "role": "search"],
            [
                fields.select("status", label: "状态", options: statuses, selected: filter.status?.rawValue ?? ""),
                fields.select("category", label: "类别", options: categories, selected: filter.category?.rawValue ?? ""),
                // Units to filter by: for those who see every suggestion; a unit sees only its own anyway.
                units.isEmpty
                    ? .group([])
                    : fields.select(
                        "unitId", label: "承办单位", options: unitOptions(units, includeNone: "全部"),
                        selected: unitID ?? ""),
                fields.checkbox("overdue", label: "只看答复逾期", checked: filter.overdueOn != nil),
                // Shown while set even to those it is not for, so that it can be cleared.
                units.isEmpty && !filter.keyWithoutInstruction
                    ? .group([])
                    : fields.checkbox("uninstructed", label: "只看未批示的重点建言", checked: filter.keyWithoutInstruction),
                waitingLabel.map { fields.checkbox("mine", label: $0, checked: filter.waitingForReader) } ?? .group([]),
                // The order stays when the filters change.
                .group(
                    items(filter).filter { ["sort", "dir"].contains($0.0) }.map { name, value in
                        voidTag("input", ["type": "hidden", "name": name, "value": value])
                    }),
                tag("button", ["type": "submit"], text: "筛选"),
                Components.link("清除", .suggestions),
            ])
    }
}
