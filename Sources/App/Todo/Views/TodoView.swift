import Domain
import Foundation

/// The 待办 page: one table of what waits, oldest first, each line opening where the move is made.
enum TodoView {
    struct Model: Sendable {
        /// A page of the lines of the chosen kind (or all), with their count.
        var lines: Page<Line>
        /// The kind shown, nil for all.
        var kind: String?
        /// Each kind present with its count, as the filter offers them.
        var counts: [(value: String, label: String)]
    }

    struct Line: Sendable {
        var kind: String
        var title: String
        var detail: String
        var since: String
        var due: String?
        var overdue: Bool
        var path: Path

        init(kind: String, title: String, detail: String, since: String, due: String?, overdue: Bool, path: Path) {
            (self.kind, self.title, self.detail, self.since, self.due, self.overdue, self.path) = (
                kind, title, detail, since, due, overdue, path
            )
        }

        init(_ item: TodoItem, today: CalendarDay) {
            self.init(
                kind: item.kind.label, title: item.title, detail: item.detail, since: item.since, due: item.due,
                overdue: item.isOverdue(on: today), path: .record(item.subject))
        }
    }

    static func page(_ model: Model) -> PageModel {
        let fields = FormFields()
        let filter = tag(
            "form", ["method": "get", "action": Path.todo.string, "class": "filters", "role": "search"],
            [
                fields.select(
                    "kind", label: "事项", options: [(value: "", label: "全部事项")] + model.counts,
                    selected: model.kind ?? ""),
                tag("button", ["type": "submit"], text: "筛选"),
            ])
        let query = model.kind.map { [("kind", $0)] } ?? []
        return PageModel(
            title: "待办", crumbs: [Crumb("工作台", .home), Crumb("待办")],
            content: [
                filter,
                tag(
                    "p", ["class": "exports"],
                    [
                        tag(
                            "a", ["class": "button", "href": Path.todo.with(query: query + [("format", "print")])],
                            text: "打印")
                    ]),
                tag("p", ["class": "help"], text: "等待最久的在前。"),
                table(model.lines.items, offset: model.lines.request.offset),
                Components.pagination(model.lines, path: .todo, query: query),
            ])
    }

    /// The lines as a table; also the first section of the home page.
    static func table(_ lines: [Line], offset: Int = 0) -> HTMLNode {
        let rows = lines.enumerated().map { index, line -> [HTMLNode] in
            [
                txt(String(offset + index + 1)),
                Components.pill(line.kind, tone: line.overdue ? "red" : "grey"),
                Components.link(line.title, line.path),
                txt(line.detail),
                tag("span", ["class": "nowrap"], text: line.since),
                line.due.map { due in
                    tag("span", ["class": "nowrap"], text: due + (line.overdue ? "（逾期）" : ""))
                } ?? txt("—"),
            ]
        }
        return Components.table(
            caption: "待办事项",
            columns: [
                .init(title: "序号", numeric: true), .init(title: "事项"), .init(title: "内容"), .init(title: "单位或来源"),
                .init(title: "等待自"), .init(title: "时限"),
            ],
            rows: rows, empty: "没有待办事项。新的报送、答复和交办到来时会出现在这里，并发送消息提醒。")
    }
}
