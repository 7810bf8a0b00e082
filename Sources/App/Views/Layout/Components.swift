import Domain
import Foundation

/// Building blocks shared by every page: tables, pagination, pills, empty states.
enum Components {
    /// A column of a data table; a `sortKey` makes its header a sorting link.
    struct Column {
        let title: String
        var numeric = false
        /// Kept on one line (dates, states, lights): printed cells must not break them.
        var nowrap = false
        var sortKey: String? = nil
        /// Whether the first click sorts this column latest or largest first (dates of events).
        var descendingFirst = false
    }

    /// How a table is sorted now, and how to link to other orders (keeping the filters).
    struct Sorting {
        let path: Path
        let filters: [(String, String)]
        let key: String
        let descending: Bool
    }

    /// A table with a sticky header; each row is a list of cells.
    static func table(
        caption: String, columns: [Column], rows: [[HTMLNode]], empty: String,
        sorting: Sorting? = nil
    ) -> HTMLNode {
        guard !rows.isEmpty else { return emptyState(empty) }
        let head = tag(
            "thead", [:],
            [
                tag(
                    "tr", [:],
                    columns.map { column in
                        header(column, sorting: sorting)
                    })
            ])
        let body = tag(
            "tbody", [:],
            rows.map { cells in
                tag(
                    "tr", [:],
                    zip(columns, cells).map { column, cell in
                        tag(
                            "td",
                            [
                                "class": column.numeric ? "num" : column.nowrap ? "nowrap" : nil,
                                // On a phone each row becomes a card whose cells carry their column's name.
                                "data-label": column.title,
                            ], [cell])
                    })
            })
        // The wrapper scrolls long tables, so it takes focus: keyboard users scroll it too.
        return tag(
            "div", ["class": "table-wrap", "tabindex": "0", "role": "group", "aria-label": caption],
            [
                tag(
                    "table", ["class": "data"],
                    [tag("caption", ["class": "visually-hidden"], text: caption), head, body])
            ])
    }

    private static func header(_ column: Column, sorting: Sorting?) -> HTMLNode {
        let numeric = column.numeric ? "num" : nil
        guard let key = column.sortKey, let sorting else {
            return tag("th", ["scope": "col", "class": numeric], text: column.title)
        }
        let isCurrent = sorting.key == key
        let nextDescending = isCurrent ? !sorting.descending : column.descendingFirst
        let items =
            sorting.filters.filter { $0.0 != "sort" && $0.0 != "dir" } + [
                ("sort", key), ("dir", nextDescending ? "desc" : "asc"),
            ]
        let arrow = isCurrent ? (sorting.descending ? " ↓" : " ↑") : ""
        return tag(
            "th",
            [
                "scope": "col", "class": numeric,
                "aria-sort": isCurrent ? (sorting.descending ? "descending" : "ascending") : nil,
            ],
            [
                tag("a", ["href": sorting.path.with(query: items)], text: column.title + arrow)
            ])
    }

    /// Excel, CSV and print beside the filters; each takes exactly what is filtered
    /// (`format=xlsx|csv|print` added to the list's own query; see ``ListPrint``). `extra` joins
    /// them, such as a link to the list's figures.
    static func exports(path: Path, filters: [(String, String)], extra: [HTMLNode] = []) -> HTMLNode {
        tag(
            "p", ["class": "exports"],
            [
                tag(
                    "a", ["class": "button", "href": path.with(query: filters + [("format", "xlsx")])], text: "导出 Excel"
                ),
                tag("a", ["class": "button", "href": path.with(query: filters + [("format", "csv")])], text: "导出 CSV"),
                tag("a", ["class": "button", "href": path.with(query: filters + [("format", "print")])], text: "打印"),
            ] + extra)
    }

    /// "共 1,234 条" and page links that keep the current filters.
    static func pagination<T>(_ page: Page<T>, path: Path, query: [(String, String)]) -> HTMLNode {
        let total = page.total.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        var children: [HTMLNode] = [tag("span", ["class": "count"], text: "共 \(total) 条")]
        if page.pageCount > 1 {
            let current = page.request.page
            func link(_ number: Int, _ label: String, rel: String?) -> HTMLNode {
                let items = query.filter { $0.0 != "page" } + [("page", String(number))]
                return tag("a", ["href": path.with(query: items), "rel": rel], text: label)
            }
            if current > 1 { children.append(link(current - 1, "上一页", rel: "prev")) }
            children.append(tag("span", ["aria-current": "page"], text: "第 \(current) / \(page.pageCount) 页"))
            if current < page.pageCount { children.append(link(current + 1, "下一页", rel: "next")) }
        }
        return tag("nav", ["class": "pagination", "aria-label": "分页"], children)
    }

    /// A state shown as a word in a pill; `tone` picks the colour, the word carries the meaning.
    static func pill(_ text: String, tone: String) -> HTMLNode {
        tag("span", ["class": "pill pill-\(tone)"], text: text)
    }

    /// The attachments input of a form (`files[]`, several at once), with its limits and error.
    static func fileField(_ fields: FormFields, maxFiles: Int) -> HTMLNode {
        tag(
            "div", ["class": fields.message(for: "files") == nil ? "field" : "field field-invalid"],
            [
                tag("label", ["for": "f-files\(fields.idSuffix)"], text: "附件"),
                voidTag(
                    "input",
                    [
                        "type": "file", "id": "f-files\(fields.idSuffix)", "name": "files[]", "multiple": "",
                        "accept": AttachmentRules.allowedExtensions.sorted().map { "." + $0 }.joined(separator: ","),
                        "aria-describedby": "h-files\(fields.idSuffix)",
                    ]),
                tag(
                    "p", ["class": "help", "id": "h-files\(fields.idSuffix)"],
                    text: "最多\(maxFiles)个，每个不超过 5 MB；PDF、Word、Excel、WPS、图片或压缩包"
                ),
                fields.message(for: "files").map { tag("p", ["class": "field-error"], text: $0) } ?? .group([]),
            ])
    }

    /// Attachments as download links with their sizes; `remove` adds a delete button to each.
    static func fileList(_ files: [AttachmentInfo], path: (UUID) -> Path, remove: ((UUID) -> Path)? = nil) -> HTMLNode {
        tag(
            "ul", ["class": "attachments", "aria-label": "附件"],
            files.map { file in
                var item: [HTMLNode] = [link(file.filename, path(file.id)), txt("（\(max(1, file.size / 1024)) KB）")]
                if let remove {
                    item += [
                        txt(" "),
                        Layout.postButton(
                            remove(file.id), label: "删除", fields: [:], ariaLabel: "删除附件 \(file.filename)"),
                    ]
                }
                return tag("li", [:], item)
            })
    }

    /// What an empty list says, telling the user what to do next.
    static func emptyState(_ text: String) -> HTMLNode {
        tag("p", ["class": "empty"], text: text)
    }

    /// A definition list of label → value pairs for a record's page.
    static func details(_ pairs: [(String, HTMLNode)]) -> HTMLNode {
        tag(
            "dl", ["class": "details"],
            pairs.flatMap { label, value in
                [tag("dt", text: label), tag("dd", [:], [value])]
            })
    }

    /// The office's two answers to something a unit submitted: approve it with one button, or
    /// send it back with a required comment. `subject` keeps the comment field's id unique when
    /// a page lists several.
    static func review(
        approve: Path, approveLabel: String, approveAria: String? = nil, sendBack: Path, sendBackLabel: String,
        maxLength: Int, subject: UUID?
    ) -> HTMLNode {
        let field = "f-comment-\(subject?.uuidString.lowercased() ?? "")"
        return tag(
            "div", ["class": "actions"],
            [
                Layout.postButton(
                    approve, label: approveLabel, fields: [:], ariaLabel: approveAria, style: "button button-primary"),
                tag(
                    "form", ["method": "post", "action": sendBack.string, "class": "filters"],
                    [
                        Placeholder.csrfField,
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": field], text: "退回意见"),
                                voidTag(
                                    "input",
                                    [
                                        "type": "text", "id": field, "name": "comment", "maxlength": String(maxLength),
                                        "required": "",
                                    ]),
                            ]),
                        tag("button", ["type": "submit"], text: sendBackLabel),
                    ]),
            ])
    }

    /// The page that asks before something is deleted (UI.md: confirmation on a page, not in
    /// script): posting it again with `confirm=1` deletes.
    static func confirmDeletion(_ title: String, crumbs: [Crumb], question: String, delete: Path, cancel: Path)
        -> PageModel
    {
        PageModel(
            title: title, crumbs: crumbs + [Crumb("删除")],
            content: [
                tag("p", text: question),
                tag(
                    "form", ["method": "post", "action": delete.string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        voidTag("input", ["type": "hidden", "name": "confirm", "value": "1"]),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "button-danger"], text: "确定删除"),
                                link("取消", cancel),
                            ]),
                    ]),
            ])
    }

    static func link(_ label: String, _ path: Path) -> HTMLNode {
        tag("a", ["href": path.string], text: label)
    }

    /// `2026-11-21 14:05` for timestamps.
    static func dateTime(_ date: Date?) -> String {
        date.map { Formats.minute.string(from: $0) } ?? "—"
    }
}

/// Date formats in the office's time zone.
enum Formats {
    static let timeZone = TimeZone(identifier: "Asia/Shanghai")!

    static let day: DateFormatter = formatter("yyyy-MM-dd")
    static let minute: DateFormatter = formatter("yyyy-MM-dd HH:mm")

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter
    }
}
