import Domain
import Foundation

/// The meeting list, the meeting page and the meeting form.
enum MeetingViews {
    static func index(
        _ page: Page<MeetingSummary>, query: SearchQuery, canManage: Bool, canImport: Bool
    ) -> PageModel {
        let rows = page.items.map { meeting -> [HTMLNode] in
            [
                txt(meeting.day), Components.link(meeting.name, .meeting(meeting.id)), txt(meeting.kind.label),
                txt(meeting.hostUnitName),
                txt(meeting.chair),
            ]
        }
        let filters = query.filters
        return PageModel(
            title: "会议", crumbs: [Crumb("工作台", .home), Crumb("会议")],
            primary: canImport
                ? PrimaryAction(label: "导入会议报道", path: .imports)
                : canManage ? PrimaryAction(label: "记录会议", path: .newMeeting) : nil,
            content: [
                tag(
                    "form", ["method": "get", "action": Path.meetings.string, "class": "filters"],
                    [
                        FormFields().text("q", label: "名称或地点", value: query.q ?? ""),
                        FormFields().select(
                            "kind", label: "会议类型",
                            options: [("", "全部")] + MeetingKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: query.kind ?? ""),
                        tag("button", ["type": "submit"], text: "筛选"),
                    ]),
                canManage && canImport
                    ? tag("p", ["class": "exports"], [Components.link("手工记录会议", .newMeeting)]) : .group([]),
                Components.table(
                    caption: "会议",
                    columns: [
                        .init(title: "日期"), .init(title: "会议名称"), .init(title: "类型"),
                        .init(title: "承办单位"), .init(title: "主持"),
                    ],
                    rows: rows, empty: "还没有会议。导入一篇会议报道，或手工记录一次会议。"),
                Components.pagination(page, path: .meetings, query: filters),
            ])
    }

    static func show(_ meeting: ShowModel) -> PageModel {
        let (detail, canManage) = (meeting, meeting.canManage)
        var pairs: [(String, HTMLNode)] = [
            ("会议类型", txt(meeting.kind.label)),
            ("时间", txt(WorkComponents.longDay(meeting.day) + (meeting.time.isEmpty ? "" : " \(meeting.time)"))),
        ]
        if !meeting.place.isEmpty { pairs.append(("地点", txt(meeting.place))) }
        if let host = detail.hostUnitName { pairs.append(("承办单位", txt(host))) }
        if !meeting.chair.isEmpty { pairs.append(("主持", txt(meeting.chair))) }
        if let series = seriesNode(detail) { pairs.append(("周期", series)) }
        if let due = meeting.relayDue { pairs.append(("传达落实", txt("参会单位于 \(WorkComponents.longDay(due)) 前报送传达落实情况"))) }
        for (label, text) in [("议程", meeting.agenda), ("纪要", meeting.minutes), ("议定事项", meeting.decisions)]
        where !text.isEmpty {
            pairs.append((label, txt(text)))
        }
        let people = detail.participants.map { row -> [HTMLNode] in
            [txt(row.name), txt(row.position), txt(row.roles.joined(separator: "、")), txt(row.unitName ?? "")]
        }
        var content: [HTMLNode] = [
            Components.details(pairs),
            tag("h2", text: "参会人员"),
            Components.table(
                caption: "参会人员",
                columns: [
                    .init(title: "姓名"), .init(title: "职务"), .init(title: "角色"),
                    .init(title: "所属单位"),
                ],
                rows: people, empty: "没有记录参会人员。"),
            tag("h2", text: "参会单位"),
            Components.table(
                caption: "参会单位", columns: [.init(title: "单位"), .init(title: "回复"), .init(title: "说明")],
                rows: detail.invitations.map { row in
                    [txt(row.unitName), attendancePill(row.attendance), txt(row.note)]
                }, empty: "没有邀请参会单位。"),
            respondForm(detail),
            RelayViews.section(detail),
            tag("h2", text: "审议的文件"),
            detail.documents.isEmpty
                ? Components.emptyState("没有关联的文件。")
                : tag(
                    "ul", [:],
                    detail.documents.map { tag("li", [:], [Components.link("《\($0.label)》", .document($0.id))]) }),
            tag("h2", text: "部署的工作计划"),
            detail.plans.isEmpty
                ? Components.emptyState("这次会议还没有对应的工作计划。")
                : tag("ul", [:], detail.plans.map { tag("li", [:], [Components.link($0.label, .plan($0.id))]) }),
            MeetingTopicViews.section(detail),
        ]
        if canManage {
            content.append(
                tag(
                    "p", ["class": "exports"],
                    [
                        Components.link("编辑", .editMeeting(meeting.id)),
                        Layout.postButton(
                            .deleteMeeting(meeting.id), label: "删除这次会议", fields: [:], ariaLabel: nil,
                            style: "button-danger"),
                    ]))
        }
        return PageModel(
            title: meeting.name, crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb(meeting.name)],
            content: content)
    }

    /// “每季度 · 上一次 … · 下一次 …” for a meeting of a series.
    private static func seriesNode(_ detail: ShowModel) -> HTMLNode? {
        guard detail.recurrence != .none || detail.previous != nil || detail.next != nil else { return nil }
        var nodes: [HTMLNode] = [txt(detail.recurrence.label)]
        if let previous = detail.previous {
            nodes += [txt(" · 上一次："), Components.link("\(previous.day) \(previous.name)", .meeting(previous.id))]
        }
        if let next = detail.next {
            nodes += [txt(" · 下一次："), Components.link("\(next.day) \(next.name)", .meeting(next.id))]
        }
        if detail.next == nil, detail.recurrence != .none { nodes.append(txt(" · 会议召开后自动安排下一次")) }
        return .group(nodes)
    }

    static func attendancePill(_ attendance: Attendance) -> HTMLNode {
        Components.pill(
            attendance.label, tone: attendance == .confirmed ? "green" : attendance == .declined ? "grey" : "amber")
    }

    /// For a liaison whose unit is invited: confirm attendance or send apologies.
    private static func respondForm(_ detail: ShowModel) -> HTMLNode {
        guard let invitation = detail.ownInvitation else { return .group([]) }
        return tag(
            "form", ["method": "post", "action": Path.meetingAttendance(detail.id).string, "class": "stacked"],
            [
                Placeholder.csrfField,
                FormFields().textarea(
                    "note", label: "说明（参会人员或请假原因）", value: invitation.note, maxLength: MeetingRules.maxNoteLength,
                    rows: 2),
                tag(
                    "div", ["class": "actions"],
                    [
                        tag(
                            "button", ["type": "submit", "name": "attending", "value": "1", "class": "primary"],
                            text: "确认参会"),
                        tag("button", ["type": "submit", "name": "attending", "value": "0"], text: "请假"),
                    ]),
            ])
    }

    static func form(
        _ values: MeetingsController.MeetingForm, editing: UUID?, units: [UnitTreeEntry], errors: [FieldError]
    ) -> PageModel {
        let fields = FormFields(errors: errors)
        let action: Path = editing.map { .meeting($0) } ?? .meetings
        let title = editing == nil ? "记录会议" : "编辑会议"
        return PageModel(
            title: title, crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb(title)],
            content: [
                fields.summary,
                tag(
                    "form", ["method": "post", "action": action.string, "class": "stacked", "novalidate": ""],
                    [
                        Placeholder.csrfField,
                        fields.text(
                            "name", label: "会议名称", value: values.name ?? "", required: true,
                            maxLength: MeetingRules.maxNameLength),
                        fields.select(
                            "kind", label: "会议类型", options: MeetingKind.allCases.map { ($0.rawValue, $0.label) },
                            selected: values.kind ?? MeetingKind.working.rawValue, required: true),
                        fields.text("day", label: "会议日期", value: values.day ?? "", required: true, type: "date"),
                        fields.text("time", label: "开始时间", value: values.time ?? "", type: "time"),
                        fields.text(
                            "place", label: "地点", value: values.place ?? "", maxLength: MeetingRules.maxShortLength * 2),
                        fields.select(
                            "hostUnitId", label: "承办单位",
                            options: unitOptions(units, includeNone: "（不指定）", keeping: values.hostUnitId),
                            selected: values.hostUnitId?.lowercased() ?? ""),
                        fields.text(
                            "chair", label: "主持人", value: values.chair ?? "", maxLength: MeetingRules.maxShortLength),
                        invitedUnitsField(units, selected: Set(values.invitedUnitIds ?? [])),
                        fields.select(
                            "recurrence", label: "重复周期",
                            options: MeetingRecurrence.allCases.map { ($0.rawValue, $0.label) },
                            selected: values.recurrence ?? MeetingRecurrence.none.rawValue,
                            help: "如季度协商座谈会选“每季度”：会议日期一过，系统自动安排下一次会议并邀请同样的单位"),
                        fields.text(
                            "relayDue", label: "传达落实报送时限", value: values.relayDue ?? "",
                            help: "填写后，参会单位须在此日期前报送传达落实情况，逾期未报的单位标红并收到提醒", type: "date"),
                        fields.textarea(
                            "participants", label: "参会人员", value: values.participants ?? "",
                            help: "每行一人：姓名｜职务｜角色（主持、讲话、出席、宣读、发言、报告，多个用“、”分开）", rows: 6),
                        fields.textarea(
                            "agenda", label: "议程", value: values.agenda ?? "", maxLength: MeetingRules.maxTextLength,
                            rows: 3),
                        fields.textarea(
                            "minutes", label: "纪要", value: values.minutes ?? "", maxLength: MeetingRules.maxTextLength,
                            rows: 5),
                        fields.textarea(
                            "decisions", label: "议定事项", value: values.decisions ?? "",
                            maxLength: MeetingRules.maxTextLength, rows: 3),
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "primary"], text: "保存"),
                                Components.link("取消", editing.map { .meeting($0) } ?? .meetings),
                            ]),
                    ]),
            ])
    }

    /// The invited units: a multiple choice over the unit tree, indented by depth.
    private static func invitedUnitsField(_ units: [UnitTreeEntry], selected: Set<String>) -> HTMLNode {
        let options = unitOptions(units).map { option in
            tag(
                "option", ["value": option.value, "selected": selected.contains(option.value) ? "" : nil],
                text: option.label)
        }
        return tag(
            "div", ["class": "field"],
            [
                tag("label", ["for": "f-invitedUnitIds"], text: "参会单位"),
                tag(
                    "select",
                    [
                        "id": "f-invitedUnitIds", "name": "invitedUnitIds[]", "multiple": "", "size": "8",
                        "aria-describedby": "h-invitedUnitIds",
                    ], options),
                tag(
                    "p", ["class": "help", "id": "h-invitedUnitIds"], text: "按住 Ctrl（Mac 上按住 ⌘）可多选；各单位联络员在会议页面确认参会或请假"),
            ])
    }

    /// Asks before a meeting is deleted.
    static func confirmDelete(_ meeting: MeetingSummary) -> PageModel {
        Components.confirmDeletion(
            "删除会议", crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb(meeting.name, .meeting(meeting.id))],
            question: "确定删除“\(meeting.name)”？参会人员记录将一并删除，关联的文件保留。"
                + (!meeting.isInSeries ? "" : "这是系列会议中的一次：若是最近安排的一次，删除后这一系列不再自动安排。"),
            delete: .deleteMeeting(meeting.id), cancel: .meeting(meeting.id))
    }
}
