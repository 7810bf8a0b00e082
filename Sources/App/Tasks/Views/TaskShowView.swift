import Domain
import Foundation

/// A task's page: what it is, who does it, its light, its reports (with the office's
/// review), the forms that apply to the viewer, and its whole history.
enum TaskShowView {
    static func page(_ detail: Model) -> PageModel {
        let task = detail.task
        let canManage = detail.canManage
        var content: [HTMLNode] = [facts(detail, today: detail.today, canManage: canManage)]
        if !detail.subtasks.isEmpty {
            content.append(tag("h2", text: "子任务"))
            content.append(
                tag(
                    "ul", [:],
                    detail.subtasks.map { sub in
                        tag(
                            "li", [:],
                            [
                                Components.link(sub.title, .task(sub.id)), txt(" "), WorkComponents.status(sub.status),
                                txt(" "), WorkComponents.light(sub.light),
                            ])
                    }))
        }
        if canManage { content.append(statusActions(task)) }
        content.append(tag("h2", ["id": "reports"], text: "进展报告"))
        if detail.canReport { content.append(TaskReportViews.submitForm(detail)) }
        content.append(TaskReportViews.list(detail.reports, canReview: detail.canReview))
        if detail.canInstruct { content.append(instructionForm(task)) }
        content.append(tag("h2", ["id": "history"], text: "办理记录"))
        content.append(history(detail.events))
        return PageModel(
            title: task.title,
            crumbs: [Crumb("工作台", .home), Crumb(detail.plan.title, .plan(detail.plan.id)), Crumb(task.title)],
            primary: canManage ? PrimaryAction(label: "编辑", path: .editTask(task.id)) : nil, content: content)
    }

    private static func facts(_ detail: Model, today: CalendarDay, canManage: Bool) -> HTMLNode {
        let task = detail.task
        var pairs: [(String, HTMLNode)] = [
            ("督办灯", WorkComponents.light(task.light)),
            ("状态", WorkComponents.status(task.status)),
            ("进度", WorkComponents.progress(task.progress)),
            ("工作计划", Components.link(detail.plan.title, .plan(detail.plan.id))),
        ]
        if let area = detail.areaTitle { pairs.append(("所属方面", txt(area))) }
        if let parent = detail.parent { pairs.append(("上级任务", Components.link(parent.title, .task(parent.id)))) }
        if !task.description.isEmpty {
            pairs.append(("任务说明", tag("div", ["class": "prose"], text: task.description)))
        }
        pairs.append(("牵头单位", txt(detail.leadUnitName)))
        if !detail.coUnits.isEmpty {
            pairs.append(
                (
                    "配合单位",
                    tag(
                        "ul", [:],
                        detail.coUnits.map { co in
                            var item: [HTMLNode] = [txt(co.part.isEmpty ? co.name : "\(co.name)：\(co.part)"), txt(" ")]
                            if let signed = co.signedOffAt {
                                item.append(Components.pill("已销号 \(Components.dateTime(signed))", tone: "green"))
                            } else if canManage {
                                item.append(
                                    Layout.postButton(
                                        .coUnitSignOff(detail.task.id), label: "销号",
                                        fields: ["unitId": co.unitID.uuidString.lowercased()],
                                        ariaLabel: "销号 \(co.name)的配合事项"))
                            }
                            return tag("li", [:], item)
                        })
                ))
        }
        if !task.leader.isEmpty { pairs.append(("责任领导", txt(task.leader))) }
        if let basis = WorkComponents.basis(detail.basis) { pairs.append(("依据", basis)) }
        pairs.append(("开始日期", txt(WorkComponents.longDay(task.startDay))))
        let remaining = today.days(until: CalendarDay(iso: task.deadline) ?? today)
        let note = task.status.isFinished ? "" : remaining >= 0 ? "（还有 \(remaining) 天）" : "（已超期 \(-remaining) 天）"
        pairs.append(("完成时限", txt(WorkComponents.longDay(task.deadline) + note)))
        if !detail.milestones.isEmpty {
            pairs.append(
                (
                    "进度节点",
                    tag("ul", [:], detail.milestones.map { tag("li", text: "\($0.day) 达到 \($0.expectedProgress)%") })
                ))
        }
        var frequency = task.reportFrequency.label
        if let due = task.nextReportDue, !task.status.isFinished {
            let overdue = task.status != .suspended && (CalendarDay(iso: due).map { $0 < today } ?? false)
            frequency += "，下次报送 \(due)" + (overdue ? "（已逾期）" : "")
        }
        pairs.append(("报送频次", txt(frequency)))
        if !task.tags.isEmpty { pairs.append(("标签", txt(task.tags.joined(separator: "、")))) }
        return Components.details(pairs)
    }

    private static func statusActions(_ task: Model.Task) -> HTMLNode {
        let buttons = task.status.nextStatuses.map { next -> HTMLNode in
            let label =
                next == .closed ? "销号" : next == .inProgress && task.status == .done ? "重新打开" : "改为“\(next.label)”"
            return Layout.postButton(
                .taskStatus(task.id), label: label, fields: ["status": next.rawValue], ariaLabel: nil, style: "button")
        }
        let notice = tag(
            "a",
            ["class": "button", "href": Path.newNotice.with(query: [("taskId", task.id.uuidString.lowercased())])],
            text: "发督办单")
        let remind =
            task.status.isFinished
            ? []
            : [
                Layout.postButton(
                    .remindTask(task.id), label: "催报", fields: [:], ariaLabel: "向牵头单位催报进展", style: "button")
            ]
        return tag("div", ["class": "actions", "aria-label": "任务操作"], buttons + remind + [notice])
    }

    private static func instructionForm(_ task: Model.Task) -> HTMLNode {
        tag(
            "form", ["method": "post", "action": Path.taskInstructions(task.id).string, "class": "stacked"],
            [
                Placeholder.csrfField,
                FormFields().textarea("text", label: "领导批示", value: "", required: true, maxLength: 2_000, rows: 3),
                tag("button", ["type": "submit"], text: "提交批示"),
            ])
    }

    private static func history(_ events: [Model.Event]) -> HTMLNode {
        guard !events.isEmpty else { return Components.emptyState("还没有办理记录。") }
        return tag(
            "ol", ["class": "history"],
            events.map { event in
                tag(
                    "li", [:],
                    [
                        tag("time", text: Components.dateTime(event.at)),
                        tag("strong", text: event.kind.label),
                        txt(" · \(event.actorName) · "),
                        txt(event.summary),
                    ])
            })
    }
}
