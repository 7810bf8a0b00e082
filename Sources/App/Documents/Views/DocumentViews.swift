import Domain
import Foundation

/// The document list, the document page and the document form.
enum DocumentViews {
    static func index(_ page: Page<DocumentSummary>, query: SearchQuery, canManage: Bool) -> PageModel {
        let rows = page.items.map { document -> [HTMLNode] in
            [
                txt(document.day), Components.link("《\(document.title)》", .document(document.id)), txt(document.number),
                txt(document.kind.label), txt(document.issuerName ?? ""),
            ]
        }
        let filters = query.filters
        return PageModel(
            title: "文件", crumbs: [Crumb("工作台", .home), Crumb("文件")],
            primary: canManage ? PrimaryAction(label: "登记文件", path: .newDocument) : nil,
            content: [
                tag(
                    "form", ["method": "get", "action": Path.documents.string, "class": "filters"],
                    [
                        FormFields().text("q", label: "标题或文号", value: query.q ?? ""),
                        FormFields().select(
                            "kind", label: "文件类型",
                            options: [("", "全部")] + DocumentKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: query.kind ?? ""),
                        tag("button", ["type": "submit"], text: "筛选"),
                    ]),
                Components.table(
                    caption: "文件",
                    columns: [
                        .init(title: "成文日期"), .init(title: "标题"), .init(title: "文号"),
                        .init(title: "类型"), .init(title: "发文单位"),
                    ],
                    rows: rows, empty: "还没有文件。登记一份文件，或导入会议报道时一并记下它审议的文件。"),
                Components.pagination(page, path: .documents, query: filters),
            ])
    }

    static func show(
        _ document: DocumentSummary, meeting: Choice?, plan: Choice?, files: [AttachmentInfo], canManage: Bool
    ) -> PageModel {
        let issuer = document.issuerName
        var pairs: [(String, HTMLNode)] = [("文件类型", txt(document.kind.label))]
        if !document.number.isEmpty { pairs.append(("文号", txt(document.number))) }
        if let issuer { pairs.append(("发文单位", txt(issuer))) }
        if !document.day.isEmpty { pairs.append(("成文日期", txt(WorkComponents.longDay(document.day)))) }
        if let meeting { pairs.append(("审议会议", Components.link(meeting.label, .meeting(meeting.id)))) }
        if let plan { pairs.append(("对应计划", Components.link(plan.label, .plan(plan.id)))) }
        var content: [HTMLNode] = [Components.details(pairs)]
        if !files.isEmpty {
            content.append(tag("h2", text: "附件"))
            content.append(
                Components.fileList(
                    files, path: { .documentFile($0) }, remove: canManage ? { .deleteDocumentFile($0) } : nil))
        }
        if !document.body.isEmpty {
            content.append(tag("h2", text: "正文"))
            content.append(

                tag(
                    "div", ["class": "document-body"],
                    document.body.split(whereSeparator: \.isNewline).map { tag("p", text: String($0)) }))
        }
        if canManage {
            content.append(
                tag(
                    "p", ["class": "exports"],
                    [
                        Components.link("编辑", .editDocument(document.id)),
                        Layout.postButton(
                            .deleteDocument(document.id), label: "删除这份文件", fields: [:], ariaLabel: nil,
                            style: "button-danger"),
                    ]))
        }
        let title = "《\(document.title)》"
        return PageModel(
            title: title, crumbs: [Crumb("工作台", .home), Crumb("文件", .documents), Crumb(title)], content: content)
    }

    /// `meetings` named by day and name, `plans` by title.
    static func form(
        _ values: DocumentsController.DocumentForm, editing: UUID?, units: [UnitTreeEntry], meetings: [Choice],
        plans: [Choice], files: [AttachmentInfo], errors: [FieldError]
    ) -> PageModel {
        let fields = FormFields(errors: errors)
        let action: Path = editing.map { .document($0) } ?? .documents
        let title = editing == nil ? "登记文件" : "编辑文件"
        return PageModel(
            title: title, crumbs: [Crumb("工作台", .home), Crumb("文件", .documents), Crumb(title)],
            content: [
                fields.summary,
                tag(
                    "form",
                    [
                        "method": "post", "action": action.string, "enctype": "multipart/form-data", "class": "stacked",
                        "novalidate": "",
                    ],
                    [
                        Placeholder.csrfField,
                        fields.text(
                            "title", label: "标题", value: values.title ?? "", required: true,
                            maxLength: MeetingRules.maxNameLength),
                        fields.text(
                            "number", label: "文号", value: values.number ?? "", help: "如：某办发〔2026〕3号",
                            maxLength: MeetingRules.maxShortLength),
                        fields.select(
                            "kind", label: "文件类型",
                            options: [("", "按标题判断")] + DocumentKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: values.kind ?? ""),
                        fields.select(
                            "issuingUnitId", label: "发文单位",
                            options: unitOptions(units, includeNone: "（不指定）", keeping: values.issuingUnitId),
                            selected: values.issuingUnitId?.lowercased() ?? ""),
                        fields.text("day", label: "成文日期", value: values.day ?? "", type: "date"),
                        fields.select(
                            "meetingId", label: "审议会议", options: [("", "（无）")] + meetings.map(\.option),
                            selected: values.meetingId?.lowercased() ?? ""),
                        fields.select(
                            "planId", label: "对应工作计划", options: [("", "（无）")] + plans.map(\.option),
                            selected: values.planId?.lowercased() ?? ""),
                        fields.textarea(
                            "body", label: "正文", value: values.body ?? "", maxLength: MeetingRules.maxBodyLength,
                            rows: 10),
                        files.isEmpty
                            ? .group([])
                            : tag("p", text: "已有附件：" + files.map(\.filename).joined(separator: "、") + "（在文件页面删除）"),
                        Components.fileField(fields, maxFiles: DocumentSummary.maxFiles - files.count),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                                Components.link("取消", editing.map { .document($0) } ?? .documents),
                            ]),
                    ]),
            ])
    }

    /// Asks before a document is deleted.
    static func confirmDelete(_ document: DocumentSummary) -> PageModel {
        Components.confirmDeletion(
            "删除文件",
            crumbs: [
                Crumb("工作台", .home), Crumb("文件", .documents), Crumb("《\(document.title)》", .document(document.id)),
            ],
            question: "确定删除《\(document.title)》？", delete: .deleteDocument(document.id), cancel: .document(document.id))
    }
}
