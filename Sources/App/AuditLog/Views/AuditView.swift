import Domain
import Foundation

/// The audit log page.
enum AuditView {
    struct Model: Sendable {
        var entries: Page<Entry>
        var filter: AuditQuery
        /// The actions recorded so far with their names, for the filter.
        var actions: [(code: String, label: String)]
    }

    /// One changed field, in words.
    struct Change: Sendable {
        var field: String
        var before: String
        var after: String
    }

    /// One recorded write as the log shows it.
    struct Entry: Sendable {
        var at: Date
        var actorName: String
        var action: String
        var subjectType: String
        var subjectLabel: String
        var changes: [Change]
    }

    static func page(_ model: Model) -> PageModel {
        let (page, query, actions) = (model.entries, model.filter, model.actions)
        let fields = FormFields()
        let actionOptions = [(value: "", label: "全部操作")] + actions.map { (value: $0.code, label: $0.label) }
        let subjectTypes =
            [(value: "", label: "全部对象")] + AuditWords.allSubjects.map { (value: $0.code, label: $0.label) }
        let filters = tag(
            "form", ["method": "get", "action": Path.audit.string, "class": "filters", "role": "search"],
            [
                fields.text("actor", label: "操作人", value: query.actor ?? "", maxLength: 32),
                fields.select("action", label: "操作", options: actionOptions, selected: query.action ?? ""),
                fields.select("subjectType", label: "对象类型", options: subjectTypes, selected: query.subjectType ?? ""),
                fields.text("from", label: "起始日期", value: query.from ?? "", type: "date"),
                fields.text("to", label: "截止日期", value: query.to ?? "", type: "date"),
                tag("button", ["type": "submit"], text: "筛选"),
            ])
        return PageModel(
            title: "操作日志", crumbs: [Crumb("工作台", .home), Crumb("操作日志")],
            content: [
                filters,
                Components.exports(path: .audit, filters: query.queryItems),
                table(page.items, offset: page.request.offset),
                Components.pagination(page, path: .audit, query: query.queryItems),
            ])
    }

    /// The entries as a table; also used on the admin's home page.
    static func table(_ entries: [Entry], offset: Int = 0) -> HTMLNode {
        let rows = entries.enumerated().map { index, entry -> [HTMLNode] in
            [
                txt(String(offset + index + 1)),
                txt(Components.dateTime(entry.at)),
                txt(entry.actorName),
                txt(entry.action),
                txt("\(entry.subjectType)：\(entry.subjectLabel)"),
                tag("pre", ["class": "changes"], text: describe(entry.changes)),
            ]
        }
        return Components.table(
            caption: "操作日志",
            columns: [
                .init(title: "序号", numeric: true), .init(title: "时间"), .init(title: "操作人"), .init(title: "操作"),
                .init(title: "对象"), .init(title: "变更"),
            ],
            rows: rows, empty: "没有符合条件的操作记录。")
    }

    static func spreadsheet(_ entries: [Entry]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "操作日志", sheetName: "操作日志", header: ["序号", "时间", "操作人", "操作", "对象类型", "对象", "变更"],
            rows: entries.enumerated().map { index, entry in
                [
                    String(index + 1), Components.dateTime(entry.at), entry.actorName, entry.action, entry.subjectType,
                    entry.subjectLabel, describe(entry.changes),
                ]
            }, widths: [6, 18, 12, 20, 12, 24, 48], landscape: true)
    }

    private static func describe(_ changes: [Change]) -> String {
        changes.map { "\($0.field)：\($0.before) → \($0.after)" }.joined(separator: "\n")
    }
}
