import Domain
import Foundation

/// Importing a meeting report: the paste-or-upload form, and the review page with the
/// cleaned text (every extracted item marked) beside the editable draft.
enum ImportViews {
    static func start(recent: [ImportRecord], batches: [ImportBatchDTO], text: String, errors: [FieldError])
        -> PageModel
    {
        let fields = FormFields(errors: errors)
        let rows = recent.map { record -> [HTMLNode] in
            [
                txt(Components.dateTime(record.createdAt)),
                Components.link(record.sourceName, .reportImport(record.id)),
                record.result != nil ? Components.pill("已确认", tone: "green") : Components.pill("待确认", tone: "amber"),
                txt(record.createdBy),
            ]
        }
        return PageModel(
            title: "导入会议报道", crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb("导入会议报道")],
            content: [
                tag(
                    "p",
                    text: "粘贴一篇会议报道（简体或繁体，网页上复制的杂乱内容也可以），或上传 .txt、.html、.docx 文件。系统读出会议、人员、文件和“一是……二是……”的要求，请核对后确认。"),
                fields.summary,
                tag(
                    "form",
                    [
                        "method": "post", "action": Path.imports.string, "enctype": "multipart/form-data",
                        "class": "stacked", "novalidate": "",
                    ],
                    [
                        Placeholder.csrfField,
                        fields.textarea("text", label: "报道全文", value: text, rows: 12),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-file"], text: "或上传文件"),
                                voidTag(
                                    "input",
                                    [
                                        "type": "file", "id": "f-file", "name": "file",
                                        "accept": ".txt,.htm,.html,.docx",
                                        "aria-describedby": "h-file",
                                    ]),
                                tag(
                                    "p", ["class": "help", "id": "h-file"], text: "不超过 10 MB；任何常见编码（UTF-8、GBK、Big5）均可"),
                            ]),
                        tag(
                            "div", ["class": "actions"],
                            [tag("button", ["type": "submit", "class": "primary"], text: "读取")]),
                    ]),
                ImportBatchViews.form(fields),
                ImportBatchViews.recent(batches),
                tag("h2", text: "最近的导入"),
                Components.table(
                    caption: "最近的导入",
                    columns: [.init(title: "时间"), .init(title: "来源"), .init(title: "状态"), .init(title: "导入人")],
                    rows: rows, empty: "还没有导入过会议报道。"),
            ])
    }

    static func review(
        _ record: ImportRecord, draft: ImportDraft, units: [UnitTreeEntry], today: CalendarDay,
        errors: [FieldError]
    ) -> PageModel {
        let crumbs = [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb("导入会议报道", .imports), Crumb(record.sourceName)]
        let source = tag(
            "section", ["class": "import-text", "aria-label": "清理后的原文"],
            [
                tag("h2", text: "原文（已清理）"),
                tag(
                    "p", ["class": "help"],
                    [
                        tag("mark", ["class": "hl-person"], text: "人员"), txt(" "),
                        tag("mark", ["class": "hl-document"], text: "文件"), txt(" "),
                        tag("mark", ["class": "hl-requirement"], text: "要求"), txt(" "),
                        tag("mark", ["class": "hl-meeting"], text: "会议"),
                    ]),

                tag(
                    "div", [:],
                    record.text.split(whereSeparator: \.isNewline).map {
                        tag("p", [:], Highlighter(draft).nodes(for: String($0)))
                    }),
            ])
        let side: HTMLNode
        if let result = record.result {
            side = tag(
                "section", ["class": "import-draft"],
                [
                    tag("h2", text: "已确认"),
                    tag("p", text: "这篇报道已导入，再次确认不会重复创建。"),
                    tag(
                        "ul", [:],
                        [
                            tag("li", [:], [Components.link("查看会议", .meeting(result.meetingId))]),
                            tag(
                                "li", [:],
                                [Components.link("查看工作计划（\(result.taskIds.count) 项任务）", .plan(result.planId))]),
                        ]),
                ])
        } else {
            side = ImportDraftForm(record: record, draft: draft, units: units, today: today, errors: errors).node
        }
        return PageModel(
            title: "核对导入", crumbs: crumbs,
            content: [
                FormFields(errors: errors).summary,
                tag("div", ["class": "import-review"], [source, side]),
            ])
    }
}

/// Marks what the reader found in a paragraph of the cleaned text.
struct Highlighter {
    private let needles: [(text: String, kind: String)]

    init(_ draft: ImportDraft) {
        var needles: [(String, String)] = []
        if let name = draft.meetingName { needles.append((name, "hl-meeting")) }
        needles += (draft.people ?? []).map { ($0.name, "hl-person") }
        needles += (draft.documents ?? []).map { ("《\($0)》", "hl-document") }
        needles += (draft.requirements ?? []).map { ($0.head, "hl-requirement") }
        // Longest first, so a requirement that names a person is marked as the requirement.
        self.needles = needles.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
    }

    func nodes(for paragraph: String) -> [HTMLNode] {
        var marks: [(range: Range<String.Index>, kind: String)] = []
        for needle in needles {
            var from = paragraph.startIndex
            while let found = paragraph.range(of: needle.text, range: from..<paragraph.endIndex) {
                if !marks.contains(where: { $0.range.overlaps(found) }) { marks.append((found, needle.kind)) }
                from = found.upperBound
            }
        }
        var nodes: [HTMLNode] = []
        var cursor = paragraph.startIndex
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if cursor < mark.range.lowerBound { nodes.append(txt(String(paragraph[cursor..<mark.range.lowerBound]))) }
            nodes.append(tag("mark", ["class": mark.kind], text: String(paragraph[mark.range])))
            cursor = mark.range.upperBound
        }
        if cursor < paragraph.endIndex { nodes.append(txt(String(paragraph[cursor...]))) }
        return nodes
    }
}
