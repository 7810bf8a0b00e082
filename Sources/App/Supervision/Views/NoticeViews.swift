import Domain
import Foundation

/// The notice list, the issuing form, and the notice page (which prints as the notice itself).
enum NoticeViews {
    static func index(_ page: Page<NoticeSummary>, openOnly: Bool, canIssue: Bool) -> PageModel {
        let rows = page.items.enumerated().map { index, notice -> [HTMLNode] in
            [
                txt(String(page.request.offset + index + 1)), Components.link(notice.number, .notice(notice.id)),
                txt(notice.unitName), txt(notice.reason),
                txt(notice.replyDue + (notice.isOverdue ? "（逾期）" : "")), status(notice.status),
            ]
        }
        let path: Path = .notices
        let filters = openOnly ? [("open", "1")] : []
        return PageModel(
            title: "督办单", crumbs: [Crumb("工作台", .home), Crumb("督办单")],
            primary: canIssue ? PrimaryAction(label: "发督办单", path: .newNotice) : nil,
            content: [
                tag(
                    "p", ["class": "exports"],
                    [
                        openOnly
                            ? Components.link("显示全部", path)
                            : tag("a", ["href": path.with(query: [("open", "1")])], text: "只看未办结")
                    ]),
                Components.exports(path: path, filters: filters),
                Components.table(
                    caption: "督办单",
                    columns: [
                        .init(title: "序号", numeric: true), .init(title: "编号", nowrap: true), .init(title: "被督办单位"),
                        .init(title: "督办事由"), .init(title: "答复时限", nowrap: true), .init(title: "状态", nowrap: true),
                    ],
                    rows: rows, empty: "没有督办单。在任务页面点击“发督办单”，督促责任单位限期答复。"),
                Components.pagination(page, path: path, query: filters),
            ])
    }

    /// The filtered notices as an Excel or CSV table.
    static func spreadsheet(_ notices: [NoticeSummary]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "督办单", sheetName: "督办单", header: ["序号", "编号", "被督办单位", "督办事由", "办理要求", "答复时限", "状态"],
            rows: notices.enumerated().map { index, notice in
                [
                    String(index + 1), notice.number, notice.unitName, notice.reason, notice.requiredAction,
                    notice.replyDue + (notice.isOverdue ? "（逾期）" : ""), notice.status.label,
                ]
            }, widths: [6, 18, 20, 40, 40, 14, 8], landscape: true)
    }

    static func status(_ status: NoticeStatus) -> HTMLNode {
        Components.pill(status.label, tone: status == .closed ? "green" : status == .answered ? "amber" : "red")
    }

    static func form(
        _ values: NoticesController.NoticeForm, task: (id: UUID, title: String)?, units: [UnitTreeEntry],
        errors: [FieldError]
    ) -> PageModel {
        let fields = FormFields(errors: errors)
        var body: [HTMLNode] = [Placeholder.csrfField]
        if let task {
            body.append(tag("p", [:], [txt("督办任务："), Components.link(task.title, .task(task.id))]))
            body.append(
                voidTag("input", ["type": "hidden", "name": "taskId", "value": task.id.uuidString.lowercased()]))
        }
        body += [
            fields.select(
                "unitId", label: "被督办单位", options: unitOptions(units, includeNone: "（请选择）", keeping: values.unitId),
                selected: values.unitId?.lowercased() ?? "", required: true),
            fields.textarea(
                "reason", label: "督办事由", value: values.reason ?? "", required: true,
                maxLength: NoticeCommands.maxTextLength, rows: 3),
            fields.textarea(
                "requiredAction", label: "办理要求", value: values.requiredAction ?? "", required: true,
                maxLength: NoticeCommands.maxTextLength, rows: 3),
            fields.text("replyDue", label: "答复时限", value: values.replyDue ?? "", required: true, type: "date"),
            tag(
                "div", ["class": "actions"],
                [
                    tag("button", ["type": "submit", "class": "primary"], text: "发出督办单"),
                    Components.link("取消", task.map { .task($0.id) } ?? .notices),
                ]),
        ]
        return PageModel(
            title: "发督办单", crumbs: [Crumb("工作台", .home), Crumb("督办单", .notices), Crumb("发督办单")],
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": Path.notices.string, "class": "stacked", "novalidate": ""],
                    body),
            ])
    }

    /// A notice's page; `canAnswer` for a liaison of the unit while it waits for the answer,
    /// `canReview` for the office once answered.
    static func show(_ notice: NoticeSummary, task: (id: UUID, title: String)?, canAnswer: Bool, canReview: Bool)
        -> PageModel
    {
        var pairs: [(String, HTMLNode)] = [("编号", txt(notice.number)), ("被督办单位", txt(notice.unitName))]
        if let task { pairs.append(("督办任务", Components.link(task.title, .task(task.id)))) }
        pairs += [
            ("督办事由", txt(notice.reason)),
            ("办理要求", txt(notice.requiredAction)),
            ("答复时限", txt(WorkComponents.longDay(notice.replyDue) + (notice.isOverdue ? "（已逾期）" : ""))),
            ("状态", status(notice.status)),
            ("发出", txt("\(notice.issuedBy) \(Components.dateTime(notice.createdAt))")),
        ]
        if !notice.answer.isEmpty { pairs.append(("单位答复", txt(notice.answer))) }
        if !notice.reviewComment.isEmpty { pairs.append(("退回意见", txt(notice.reviewComment))) }
        var content: [HTMLNode] = [
            tag("h2", ["class": "print-title"], text: "督 办 单"),
            Components.details(pairs),
            tag(
                "p", ["class": "exports"],
                [
                    tag("a", ["class": "button", "href": Path.noticeWord(notice.id).string], text: "导出 Word"),
                    tag("button", ["type": "button", "data-print": ""], text: "打印"),
                ]),
        ]
        if canAnswer {
            content.append(
                tag(
                    "form", ["method": "post", "action": Path.answerNotice(notice.id).string, "class": "stacked"],
                    [
                        Placeholder.csrfField,
                        FormFields().textarea(
                            "text", label: "答复", value: notice.answer, required: true,
                            maxLength: NoticeCommands.maxTextLength),
                        tag("button", ["type": "submit", "class": "primary"], text: "提交答复"),
                    ]))
        }
        if canReview {
            content.append(
                Components.review(
                    approve: .closeNotice(notice.id), approveLabel: "办结", sendBack: .returnNotice(notice.id),
                    sendBackLabel: "退回重答", maxLength: NoticeCommands.maxTextLength, subject: notice.id))
        }
        return PageModel(
            title: notice.number, crumbs: [Crumb("工作台", .home), Crumb("督办单", .notices), Crumb(notice.number)],
            content: content)
    }
}
