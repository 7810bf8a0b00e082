import Domain
import Foundation

/// Many reports at once: the upload form, the recent batches, and a batch's progress page,
/// which reloads itself every two seconds while the files are read.
enum ImportBatchViews {
    static func form(_ fields: FormFields) -> HTMLNode {
        tag(
            "form",
            [
                "method": "post", "action": Path.importBatches.string, "enctype": "multipart/form-data",
                "class": "stacked",
                "novalidate": "",
            ],
            [
                Placeholder.csrfField,
                tag("h2", text: "批量导入"),
                tag(
                    "div", ["class": fields.message(for: "files") == nil ? "field" : "field field-invalid"],
                    [
                        tag("label", ["for": "f-batch-files"], text: "选择多篇报道"),
                        voidTag(
                            "input",
                            [
                                "type": "file", "id": "f-batch-files", "name": "files[]", "multiple": "",
                                "accept": ".txt,.htm,.html,.docx",
                                "aria-describedby": "h-batch-files",
                            ]),
                        tag(
                            "p", ["class": "help", "id": "h-batch-files"],
                            text: "一次最多\(ImportRecord.maxBatchFiles)个文件、合计 100 MB；在后台逐篇导入，导入过的报道自动跳过"),
                        fields.message(for: "files").map { tag("p", ["class": "field-error"], text: $0) } ?? .group([]),
                    ]),
                tag(
                    "div", ["class": "field"],
                    [
                        tag(
                            "label", [:],
                            [
                                voidTag("input", ["type": "checkbox", "name": "draftsOnly", "value": "1"]),
                                txt(" 只读成草稿，逐篇核对后再确认"),
                            ])
                    ]),
                tag("div", ["class": "actions"], [tag("button", ["type": "submit"], text: "开始批量导入")]),
            ])
    }

    static func recent(_ batches: [ImportBatchDTO]) -> HTMLNode {
        guard !batches.isEmpty else { return .group([]) }
        let rows = batches.map { batch -> [HTMLNode] in
            [
                Components.link(Components.dateTime(batch.createdAt), .importBatch(batch.id)),
                txt("\(batch.done) / \(batch.total)"),
                statusPill(batch.status), txt(batch.createdBy),
            ]
        }
        return .group([
            tag("h2", text: "最近的批量导入"),
            Components.table(
                caption: "最近的批量导入",
                columns: [
                    .init(title: "时间"), .init(title: "进度"), .init(title: "状态"),
                    .init(title: "导入人"),
                ], rows: rows, empty: ""),
        ])
    }

    static func show(_ batch: ImportBatchDTO) -> PageModel {
        let summary =
            "已处理 \(batch.done) / \(batch.total)：新建 \(batch.created)，草稿 \(batch.drafted)，跳过 \(batch.skipped)，失败 \(batch.failed)"
        var status: [HTMLNode] = [
            tag(
                "progress", ["max": String(batch.total), "value": String(batch.done), "aria-label": "导入进度"],
                text: "\(batch.done) / \(batch.total)"),
            tag("p", [:], [statusPill(batch.status), txt(" " + summary)]),
        ]
        if batch.status == .running {
            status.append(tag("p", ["class": "help"], text: "正在后台导入，本页每 2 秒自动刷新；可以离开本页，稍后在“导入会议报道”中查看。"))
        }
        if batch.status == .interrupted {
            status.append(tag("p", ["class": "help"], text: "服务器在导入途中停止。已导入的报道保留；请重新上传全部文件，导入过的会自动跳过。"))
        }
        let rows =
            batch.items.map { item -> [HTMLNode] in
                [txt(item.file), itemPill(item.outcome), detail(item)]
            } + batch.waiting.map { [txt($0), Components.pill("排队中", tone: "grey"), txt("")] }
        return PageModel(
            title: "批量导入", crumbs: [Crumb("工作台", .home), Crumb("导入会议报道", .imports), Crumb("批量导入")],
            content: [
                tag(
                    "div",
                    ["role": "status", "aria-live": "polite", "data-refresh": batch.status == .running ? "2" : nil],
                    status),
                Components.table(
                    caption: "各文件的导入结果", columns: [.init(title: "文件"), .init(title: "结果"), .init(title: "说明")],
                    rows: rows, empty: "没有文件。"),
            ])
    }

    private static func detail(_ item: ImportBatchItem) -> HTMLNode {
        switch item.outcome {
        case .created:
            .group([
                Components.link("会议", .meeting(item.meetingId)), txt(" · "),
                Components.link("工作计划", .plan(item.planId)),
            ])
        case .drafted: Components.link("核对草稿", .reportImport(item.importId))
        case .skipped: Components.link("已导入过", .reportImport(item.importId))
        case .failed: txt(item.message ?? "")
        }
    }

    private static func statusPill(_ status: ImportBatchStatus) -> HTMLNode {
        Components.pill(status.label, tone: status == .finished ? "green" : status == .running ? "amber" : "red")
    }

    private static func itemPill(_ outcome: ImportBatchItem.Outcome) -> HTMLNode {
        switch outcome {
        case .created: Components.pill("已新建", tone: "green")
        case .drafted: Components.pill("待确认", tone: "amber")
        case .skipped: Components.pill("跳过", tone: "grey")
        case .failed: Components.pill("失败", tone: "red")
        }
    }
}
