import Domain
import Foundation

/// The create and edit form of a task.
enum TaskFormView {
    struct Model: Sendable {
        var values: TaskForm
        /// The task edited; nil for a new one.
        var editing: (id: UUID, title: String)?
        var choices: TaskFormChoices
        var errors: [FieldError]
    }

    static func page(_ model: Model) -> PageModel {
        let (values, editing, choices) = (model.values, model.editing, model.choices)
        let fields = FormFields(errors: model.errors)
        let action = editing.map { Path.task($0.id) } ?? .tasks
        let title = editing == nil ? "新建任务" : "编辑任务"
        var crumbs = [Crumb("工作台", .home), Crumb("任务清单", .tasks)]
        if let editing { crumbs.append(Crumb(editing.title, .task(editing.id))) }
        crumbs.append(Crumb(title))
        let plans = [(value: "", label: "（请选择）")] + choices.plans.map(\.option)
        let areas = [(value: "", label: "（不分方面）")] + choices.areas.map(\.option)
        let keys = [(value: "", label: "（无，作为重点任务）")] + choices.keyTasks.filter { $0.id != editing?.id }.map(\.option)
        let frequencies = ReportFrequency.allCases.map { (value: $0.rawValue, label: $0.label) }
        var body: [HTMLNode] = [
            Placeholder.csrfField,
            fields.select(
                "planId", label: "工作计划", options: plans, selected: values.planId?.lowercased(), required: true,
                help: editing == nil ? "换了计划后先保存一次，方面和上级任务的选项会随计划更新" : nil),
            fields.select("areaId", label: "所属方面", options: areas, selected: values.areaId?.lowercased() ?? ""),
            fields.select(
                "parentId", label: "上级任务", options: keys, selected: values.parentId?.lowercased() ?? "",
                help: "选择后本任务作为该重点任务的子任务"),
            fields.text(
                "title", label: "工作任务", value: values.title ?? "", required: true, maxLength: TaskRules.maxTitleLength),
            fields.textarea(
                "description", label: "任务说明", value: values.description ?? "", maxLength: TaskRules.maxDescriptionLength
            ),
            fields.select(
                "leadUnitId", label: "牵头单位",
                options: unitOptions(choices.units, includeNone: "（请选择）", keeping: values.leadUnitId),
                selected: values.leadUnitId?.lowercased() ?? "", required: true),
        ]
        body.append(coUnitRows(values, units: choices.units, fields: fields))
        body += [
            fields.text(
                "leader", label: "责任领导", value: values.leader ?? "", help: "姓名和职务，如“王某某 副市长”",
                maxLength: TaskRules.maxLeaderLength),
            fields.text("startDay", label: "开始日期", value: values.startDay ?? "", help: "不填则为今天", type: "date"),
            fields.text("deadline", label: "完成时限", value: values.deadline ?? "", required: true, type: "date"),
            milestoneRows(values, fields: fields),
            fields.select(
                "reportFrequency", label: "报送频次", options: frequencies, selected: values.reportFrequency, required: true
            ),
            fields.text("tags", label: "标签", value: values.tags ?? "", help: "用逗号分隔，如“民生，营商环境”", maxLength: 240),
            fields.select(
                "sourceMeetingId", label: "依据会议", options: meetingOptions(choices.meetings),
                selected: values.sourceMeetingId?.lowercased() ?? "", help: "部署这项任务的会议，显示在责任分工表的“依据”栏"),
            fields.select(
                "sourceDocumentId", label: "依据文件", options: documentOptions(choices.documents),
                selected: values.sourceDocumentId?.lowercased() ?? "", help: "任务出自的文件，如实施意见或责任分工方案"),
            tag(
                "div", ["class": "actions"],
                [
                    tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                    Components.link("取消", editing.map { .task($0.id) } ?? .tasks),
                ]),
        ]
        return PageModel(
            title: title, crumbs: crumbs,
            content: [
                fields.summary,
                tag("form", ["method": "post", "action": action.string, "class": "stacked", "novalidate": ""], body),
            ])
    }

    private static func meetingOptions(_ meetings: [Choice]) -> [(value: String, label: String)] {
        [(value: "", label: "（无）")] + meetings.map(\.option)
    }

    private static func documentOptions(_ documents: [Choice]) -> [(value: String, label: String)] {
        [(value: "", label: "（无）")] + documents.map(\.option)
    }

    private static func coUnitRows(_ values: TaskForm, units: [UnitTreeEntry], fields: FormFields) -> HTMLNode {
        let chosen = values.coUnitId ?? []
        let parts = values.coPart ?? []
        let count = chosen.count + TaskForm.spareRows
        var rows: [HTMLNode] = []
        for index in 0..<count {
            let unit = index < chosen.count ? chosen[index] : ""
            let part = index < parts.count ? parts[index] : ""
            rows.append(
                tag(
                    "div", ["class": "filters"],
                    [
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-co-\(index)"], text: "配合单位 \(index + 1)"),
                                tag(
                                    "select", ["id": "f-co-\(index)", "name": "coUnitId[]"],
                                    unitOptions(units, includeNone: "（无）", keeping: unit).map { option in
                                        tag(
                                            "option",
                                            [
                                                "value": option.value,
                                                "selected": option.value == unit.lowercased() ? "" : nil,
                                            ], text: option.label)
                                    }),
                            ]),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-part-\(index)"], text: "配合事项"),
                                preserved(
                                    voidTag(
                                        "input",
                                        [
                                            "type": "text", "id": "f-part-\(index)", "name": "coPart[]", "value": part,
                                            "maxlength": "500",
                                        ])),
                            ]),
                    ]))
        }
        return tag(
            "fieldset", ["class": fields.message(for: "coUnitIds") == nil ? nil : "field-invalid"],
            [
                tag("legend", text: "配合单位"),
                fields.message(for: "coUnitIds").map { tag("p", ["class": "field-error"], text: $0) } ?? .group([]),
            ] + rows)
    }

    private static func milestoneRows(_ values: TaskForm, fields: FormFields) -> HTMLNode {
        let days = values.milestoneDay ?? []
        let percents = values.milestoneProgress ?? []
        var rows: [HTMLNode] = []
        for index in 0..<(days.count + TaskForm.spareRows) {
            rows.append(
                tag(
                    "div", ["class": "filters"],
                    [
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-md-\(index)"], text: "节点日期"),
                                voidTag(
                                    "input",
                                    [
                                        "type": "date", "id": "f-md-\(index)", "name": "milestoneDay[]",
                                        "value": index < days.count ? days[index] : "",
                                    ]),
                            ]),
                        tag(
                            "div", ["class": "field"],
                            [
                                tag("label", ["for": "f-mp-\(index)"], text: "预期进度（%）"),
                                voidTag(
                                    "input",
                                    [
                                        "type": "number", "min": "0", "max": "100", "id": "f-mp-\(index)",
                                        "name": "milestoneProgress[]",
                                        "value": index < percents.count ? percents[index] : "",
                                    ]),
                            ]),
                    ]))
        }
        return tag(
            "fieldset", [:],
            [
                tag("legend", text: "进度节点"),
                tag("p", ["class": "help"], text: "督办灯按节点连成的进度线判断是否滞后"),
                fields.message(for: "milestones").map { tag("p", ["class": "field-error"], text: $0) } ?? .group([]),
            ] + rows)
    }
}
