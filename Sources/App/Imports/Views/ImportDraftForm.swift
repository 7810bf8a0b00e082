import Domain
import Foundation

/// The editable draft on the review page. Field names carry the item's index
/// (`requirement-3-title`), read back by ``ImportsController/edited(_:from:)``.
struct ImportDraftForm {
    let record: ImportRecord
    let draft: ImportDraft
    let units: [UnitTreeEntry]
    let today: CalendarDay
    let errors: [FieldError]

    var node: HTMLNode {
        let fields = FormFields(errors: errors)
        let day = draft.resolvedMeetingDay(today: today)
        let unitChoices = unitOptions(units, includeNone: "（办公室，待分工）")
        var body: [HTMLNode] = [
            Placeholder.csrfField,
            tag("h2", text: "会议"),
            fields.text(
                "meeting_name", label: "会议名称", value: draft.meetingName ?? draft.title ?? "", required: true,
                maxLength: MeetingRules.maxNameLength),
            fields.select(
                "kind", label: "会议类型", options: MeetingKind.allCases.map { ($0.rawValue, $0.label) },
                selected: draft.resolvedKind.rawValue),
            fields.text("meeting_date", label: "会议日期", value: day.description, required: true, type: "date"),
            fields.text("time", label: "开始时间", value: draft.time ?? "", type: "time"),
            fields.text("place", label: "地点", value: draft.place ?? ""),
            fields.select(
                "host_unit_id", label: "承办单位", options: unitOptions(units, includeNone: "（不指定）"),
                selected: draft.hostUnitId?.uuidString.lowercased() ?? "",
                help: draft.hostMatched == true ? "按会议名称中的单位名匹配，请确认" : nil),
            tag("h2", text: "参会人员"),
        ]
        let people = draft.people ?? []
        body.append(
            people.isEmpty
                ? Components.emptyState("没有读到参会人员。")
                : table(
                    "参会人员", ["姓名", "职务", "角色", "所属单位", "删去"],
                    people.enumerated().map { index, person in
                        [
                            input("person-\(index)-name", person.name, label: "姓名"),
                            input("person-\(index)-position", person.position ?? "", label: "职务"),
                            input("person-\(index)-roles", (person.roles ?? []).joined(separator: "、"), label: "角色"),
                            .group([
                                select(
                                    "person-\(index)-unit_id", unitOptions(units, includeNone: "（未匹配）"), person.unitId,
                                    label: "所属单位"),
                                person.unitMatched == true
                                    ? tag("span", ["class": "matched"], text: "按职务匹配，请确认") : .group([]),
                            ]),
                            check("person-\(index)-drop", label: "删去\(person.name)"),
                        ]
                    }))
        body.append(tag("h2", text: "审议的文件"))
        let documents = draft.documents ?? []
        body.append(
            documents.isEmpty
                ? Components.emptyState("没有读到《》中的文件。")
                : table(
                    "审议的文件", ["标题", "删去"],
                    documents.enumerated().map { index, title in
                        [
                            input("document-\(index)-title", title, label: "文件标题"),
                            check("document-\(index)-drop", label: "删去《\(title)》"),
                        ]
                    }))
        body.append(tag("h2", text: "要求 → 任务"))
        body.append(tag("p", ["class": "help"], text: "每条要求成为工作计划中的一项任务。未选牵头单位的，先由办公室牵头，待分工；未填时限的，按年底计。"))
        let requirements = draft.requirements ?? []
        body.append(
            requirements.isEmpty
                ? Components.emptyState("没有读到“一是……二是……”式的要求。")
                : table(
                    "要求", ["序号", "讲话人", "任务", "牵头单位", "完成时限", "不作为任务"],
                    requirements.enumerated().map { index, requirement in
                        [
                            txt("\(requirement.list ?? 1).\(requirement.ordinal ?? index + 1)"),
                            txt(requirement.speaker ?? ""),
                            preserved(
                                tag(
                                    "textarea",
                                    ["name": "requirement-\(index)-title", "aria-label": "任务", "rows": "2"],
                                    text: requirement.title ?? requirement.head)),
                            select(
                                "requirement-\(index)-lead_unit_id", unitChoices, requirement.leadUnitId, label: "牵头单位"),
                            voidTag(
                                "input",
                                [
                                    "type": "date", "name": "requirement-\(index)-deadline",
                                    "value": requirement.deadline ?? "",
                                    "aria-label": "完成时限",
                                ]),
                            check(
                                "requirement-\(index)-drop", label: "第\(index + 1)条不作为任务",
                                checked: requirement.drop == true),
                        ]
                    }))
        body += [
            tag("h2", text: "工作计划"),
            fields.text(
                "plan_title", label: "计划名称",
                value: draft.planTitle ?? "\(draft.meetingName ?? draft.title ?? "会议")部署的重点工作",
                required: true, maxLength: PlanCommands.maxTitleLength),
            fields.text(
                "plan_period", label: "年度", value: draft.planPeriod ?? String(day.components.year), required: true),
            tag(
                "div", ["class": "actions"],
                [
                    tag("button", ["type": "submit", "class": "primary"], text: "确认导入"),
                    Components.link("放弃", .imports),
                ]),
        ]
        return tag(
            "section", ["class": "import-draft", "aria-label": "读取结果"],
            [
                tag(
                    "form",
                    [
                        "method": "post", "action": Path.confirmImport(record.id).string, "class": "stacked",
                        "novalidate": "",
                    ], body)
            ])
    }

    private func table(_ caption: String, _ headers: [String], _ rows: [[HTMLNode]]) -> HTMLNode {
        tag(
            "div", ["class": "table-wrap"],
            [
                tag(
                    "table", ["class": "compact"],
                    [
                        tag("caption", ["class": "visually-hidden"], text: caption),
                        tag("thead", [:], [tag("tr", [:], headers.map { tag("th", ["scope": "col"], text: $0) })]),
                        tag("tbody", [:], rows.map { cells in tag("tr", [:], cells.map { tag("td", [:], [$0]) }) }),
                    ])
            ])
    }

    private func input(_ name: String, _ value: String, label: String) -> HTMLNode {
        preserved(voidTag("input", ["type": "text", "name": name, "value": value, "aria-label": label]))
    }

    private func select(_ name: String, _ options: [(value: String, label: String)], _ selected: UUID?, label: String)
        -> HTMLNode
    {
        let chosen = selected?.uuidString.lowercased() ?? ""
        return tag(
            "select", ["name": name, "aria-label": label],
            options.map {
                tag("option", ["value": $0.value, "selected": $0.value == chosen ? "" : nil], text: $0.label)
            })
    }

    private func check(_ name: String, label: String, checked: Bool = false) -> HTMLNode {
        voidTag(
            "input",
            ["type": "checkbox", "name": name, "value": "1", "aria-label": label, "checked": checked ? "" : nil])
    }
}
