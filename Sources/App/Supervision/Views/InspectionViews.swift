import Domain
import Foundation

/// The inspection pages (督查) and the rectification ledger (整改台账).
enum InspectionViews {
    static func index(_ inspections: [InspectionSummary], canRecord: Bool) -> PageModel {
        let rows = inspections.enumerated().map { index, inspection -> [HTMLNode] in
            [
                txt(String(index + 1)), Components.link(inspection.title, .inspection(inspection.id)),
                txt(inspection.day), txt(inspection.inspectors),
            ]
        }
        return PageModel(
            title: "督查", crumbs: [Crumb("工作台", .home), Crumb("督查")],
            primary: canRecord ? PrimaryAction(label: "记录督查", path: .newInspection) : nil,
            content: [
                tag("p", [:], [Components.link("整改台账", .ledger)]),
                Components.exports(path: .inspections, filters: []),
                Components.table(
                    caption: "督查",
                    columns: [
                        .init(title: "序号", numeric: true), .init(title: "督查名称"),
                        .init(title: "日期", nowrap: true), .init(title: "督查组"),
                    ],
                    rows: rows, empty: "还没有督查记录。点击“记录督查”，把发现的问题逐条交给责任单位整改。"),
            ])
    }

    /// The inspections as an Excel or CSV table.
    static func spreadsheet(_ inspections: [InspectionSummary]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "督查", sheetName: "督查", header: ["序号", "督查名称", "日期", "督查组", "督查情况"],
            rows: inspections.enumerated().map { index, inspection in
                [String(index + 1), inspection.title, inspection.day, inspection.inspectors, inspection.summary]
            }, widths: [6, 36, 12, 24, 60], landscape: true)
    }

    static func form(_ values: InspectionsController.InspectionForm, units: [UnitTreeEntry], errors: [FieldError])
        -> PageModel
    {
        let fields = FormFields(errors: errors)
        let given = values.problem ?? []
        var problemRows: [HTMLNode] = []
        for index in 0..<(given.count + 3) {
            let unit = index < (values.problemUnitId ?? []).count ? values.problemUnitId![index] : ""
            problemRows.append(
                tag(
                    "div", ["class": "filters"],
                    [
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-pu-\(index)"], text: "问题\(index + 1) 整改单位"),
                                tag(
                                    "select", ["id": "f-pu-\(index)", "name": "problemUnitId[]"],
                                    unitOptions(units, includeNone: "（无）", keeping: unit).map {
                                        tag(
                                            "option",
                                            ["value": $0.value, "selected": $0.value == unit.lowercased() ? "" : nil],
                                            text: $0.label)
                                    }),
                            ]),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-pt-\(index)"], text: "问题描述"),
                                preserved(
                                    voidTag(
                                        "input",
                                        [
                                            "type": "text", "id": "f-pt-\(index)", "name": "problem[]",
                                            "value": index < given.count ? given[index] : "", "maxlength": "2000",
                                        ])),
                            ]),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-pd-\(index)"], text: "整改时限"),
                                voidTag(
                                    "input",
                                    [
                                        "type": "date", "id": "f-pd-\(index)", "name": "problemDeadline[]",
                                        "value": index < (values.problemDeadline ?? []).count
                                            ? values.problemDeadline![index] : "",
                                    ]),
                            ]),
                    ]))
        }
        return PageModel(
            title: "记录督查", crumbs: [Crumb("工作台", .home), Crumb("督查", .inspections), Crumb("记录督查")],
            content: [
                fields.summary,
                tag(
                    "form",
                    ["method": "post", "action": Path.inspections.string, "class": "stacked", "novalidate": ""],
                    [
                        Placeholder.csrfField,
                        fields.text("title", label: "督查名称", value: values.title ?? "", required: true, maxLength: 200),
                        fields.text("day", label: "督查日期", value: values.day ?? "", required: true, type: "date"),
                        fields.text("inspectors", label: "督查组", value: values.inspectors ?? "", maxLength: 200),
                        fields.textarea(
                            "summary", label: "督查情况", value: values.summary ?? "", maxLength: 2_000, rows: 3),
                        tag(
                            "fieldset", [:],
                            [
                                tag("legend", text: "问题清单"),
                                fields.message(for: "problems").map { tag("p", ["class": "field-error"], text: $0) }
                                    ?? .group([]),
                            ]
                                + problemRows),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                                Components.link("取消", .inspections),
                            ]),
                    ]),
            ])
    }

    static func show(_ inspection: InspectionSummary, lines: [RectificationLine]) -> PageModel {
        var content: [HTMLNode] = [
            Components.details([
                ("督查日期", txt(WorkComponents.longDay(inspection.day))), ("督查组", txt(inspection.inspectors)),
                ("督查情况", txt(inspection.summary)),
            ])
        ]
        content.append(tag("h2", text: "问题清单"))
        content.append(table(lines))
        for line in lines { content.append(itemActions(line)) }
        return PageModel(
            title: inspection.title, crumbs: [Crumb("工作台", .home), Crumb("督查", .inspections), Crumb(inspection.title)],
            content: content)
    }

    static func ledger(_ lines: [RectificationLine], status: RectificationStatus?) -> PageModel {
        let statuses =
            [(value: "", label: "全部")] + RectificationStatus.allCases.map { (value: $0.rawValue, label: $0.label) }
        let query = status.map { [("status", $0.rawValue)] } ?? []
        return PageModel(
            title: "整改台账", crumbs: [Crumb("工作台", .home), Crumb("督查", .inspections), Crumb("整改台账")],
            content: [
                tag(
                    "form", ["method": "get", "action": Path.ledger.string, "class": "filters"],
                    [
                        FormFields().select("status", label: "状态", options: statuses, selected: status?.rawValue ?? ""),
                        tag("button", ["type": "submit"], text: "筛选"),
                    ]),
                Components.exports(path: .ledger, filters: query),
                tag("h2", ["class": "print-title"], text: "整改台账"),
                table(lines, withInspection: true),
            ], landscape: true)
    }

    static let header = ["序号", "督查", "问题", "整改单位", "整改时限", "整改措施", "整改成效", "状态"]

    private static func table(_ lines: [RectificationLine], withInspection: Bool = false) -> HTMLNode {
        let rows = lines.enumerated().map { index, row -> [HTMLNode] in
            [
                txt(String(index + 1)),
                withInspection
                    ? Components.link(row.inspection.title, .inspection(row.inspection.id)) : txt(row.inspection.title),
                txt(row.problem), txt(row.unitName),
                txt(row.deadline + (row.isOverdue ? "（逾期）" : "")), txt(row.measures),
                txt(row.evidence), status(row.status),
            ]
        }
        return Components.table(
            caption: "整改台账",
            columns: header.enumerated().map { .init(title: $1, numeric: $0 == 0, nowrap: [3, 4, 7].contains($0)) },
            rows: rows, empty: "没有整改事项。")
    }

    static func status(_ status: RectificationStatus) -> HTMLNode {
        Components.pill(status.label, tone: status == .signedOff ? "green" : status == .returned ? "red" : "amber")
    }

    private static func itemActions(_ item: RectificationLine) -> HTMLNode {
        let label = "问题\(item.position)：\(item.problem)"
        switch item.move {
        case .submit:
            var children: [HTMLNode] = [Placeholder.csrfField, tag("h3", text: label)]
            if !item.reviewComment.isEmpty {
                children.append(tag("p", ["class": "flash flash-error"], text: "退回意见：" + item.reviewComment))
            }
            let fields = FormFields()
            children += [
                fields.textarea(
                    "measures", label: "整改措施", value: item.measures, required: true, maxLength: 2_000, rows: 2),
                fields.textarea(
                    "evidence", label: "整改成效和佐证材料", value: item.evidence, required: true, maxLength: 2_000, rows: 2),
                tag("button", ["type": "submit", "class": "primary"], text: "报送整改情况"),
            ]
            return tag(
                "form",
                ["method": "post", "action": Path.submitRectification(item.id).string, "class": "stacked report"],
                children)
        case .review:
            return tag(
                "div", ["class": "report"],
                [
                    tag("h3", text: label),
                    Components.review(
                        approve: .signOffRectification(item.id), approveLabel: "销号", approveAria: "销号 \(label)",
                        sendBack: .returnRectification(item.id), sendBackLabel: "退回",
                        maxLength: RectificationCommands.maxTextLength, subject: item.id),
                ])
        case .none:
            return .group([])
        }
    }

    static func spreadsheet(_ lines: [RectificationLine]) -> SpreadsheetTable {
        SpreadsheetTable(
            title: "整改台账", sheetName: "整改台账", header: header,
            rows: lines.enumerated().map { index, row in
                [
                    String(index + 1), row.inspection.title, row.problem, row.unitName, row.deadline,
                    row.measures, row.evidence, row.status.label,
                ]
            },
            widths: [6, 24, 40, 18, 12, 40, 40, 8], landscape: true)
    }
}
