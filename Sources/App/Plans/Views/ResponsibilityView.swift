import Domain
import Foundation

/// A plan's page: its responsibility table (责任分工方案) grouped by area, which prints on
/// A4 landscape; the office also adds areas and tasks, imports, and issues the plan here.
enum ResponsibilityView {
    static let header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "依据"]

    struct Model: Sendable {
        struct Row: Sendable {
            var number: String
            var taskID: UUID
            var title: String
            var leadUnitName: String
            var coUnitNames: [String]
            var deadline: String
            var basis: TaskBasis
            /// 0 for a key task, 1 for a sub-task.
            var depth: Int
        }

        struct Section: Sendable {
            /// The area (方面); nil for the tasks outside any.
            var area: (id: UUID, title: String)?
            /// “一、” for areas.
            var number: String
            var rows: [Row]
        }

        var plan: PlanSummary
        var sections: [Section]
        /// The meeting the plan comes from.
        var source: (id: UUID, name: String, day: String)?
        var canManage: Bool

        var rows: [Row] { sections.flatMap(\.rows) }
    }

    static func page(_ table: Model) -> PageModel {
        let (plan, source, canManage) = (table.plan, table.source, table.canManage)
        var facts: [HTMLNode] = [txt("\(plan.period.label) · \(plan.status.label) · 共 \(table.rows.count) 项任务")]
        if let source {
            facts += [txt(" · 依据："), Components.link(source.name, .meeting(source.id)), txt("（\(source.day)）")]
        }
        var content: [HTMLNode] = [
            tag("p", ["class": "count"], facts),
            tag(
                "p", ["class": "exports"],
                [
                    tag(
                        "a", ["class": "button", "href": Path.responsibility(plan.id, .xlsx).string], text: "导出 Excel"),
                    tag("a", ["class": "button", "href": Path.responsibility(plan.id, .csv).string], text: "导出 CSV"),
                    tag("a", ["class": "button", "href": Path.responsibilityWord(plan.id).string], text: "导出 Word"),
                    tag(
                        "a",
                        [
                            "class": "button",
                            "href": Path.tasks.with(query: [("planId", plan.id.uuidString.lowercased())]),
                        ], text: "任务清单"),
                    tag("button", ["type": "button", "data-print": ""], text: "打印"),
                ]),
            tag("h2", ["class": "print-title"], text: "\(plan.title)责任分工方案"),
            tableNode(table),
        ]
        if canManage { content.append(tag("div", ["class": "no-print"], manageForms(table))) }
        return PageModel(
            title: plan.title, crumbs: [Crumb("工作台", .home), Crumb("工作计划", .plans), Crumb(plan.title)],
            primary: canManage
                ? PrimaryAction(label: "新建任务", path: .newTask, query: [("planId", plan.id.uuidString.lowercased())])
                : nil,
            content: content, landscape: true)
    }

    private static func tableNode(_ table: Model) -> HTMLNode {
        guard !table.rows.isEmpty || table.sections.contains(where: { $0.area != nil }) else {
            return Components.emptyState("还没有任务。新建任务，或导入责任分工表（Excel/CSV）。")
        }
        var body: [HTMLNode] = []
        for section in table.sections {
            if let area = section.area {
                body.append(
                    tag(
                        "tr", ["class": "area-row"],
                        [tag("td", ["colspan": String(header.count)], text: section.number + area.title)]))
            }
            for row in section.rows {
                body.append(
                    tag(
                        "tr", [:],
                        [
                            tag("td", ["class": "num", "data-label": header[0]], text: row.number),
                            tag(
                                "td", ["class": row.depth > 0 ? "sub-task" : nil, "data-label": header[1]],
                                [Components.link(row.title, .task(row.taskID))]),
                            tag("td", ["data-label": header[2]], text: row.leadUnitName),
                            tag("td", ["data-label": header[3]], text: row.coUnitNames.joined(separator: "、")),
                            tag(
                                "td", ["class": "nowrap", "data-label": header[4]],
                                text: WorkComponents.longDay(row.deadline)),
                            tag("td", ["data-label": header[5]], [WorkComponents.basis(row.basis)].compactMap { $0 }),
                        ]))
            }
        }
        return tag(
            "div", ["class": "table-wrap", "tabindex": "0", "role": "group", "aria-label": "责任分工表"],
            [
                tag(
                    "table", ["class": "data"],
                    [
                        tag("caption", ["class": "visually-hidden"], text: "责任分工表"),
                        tag("thead", [:], [tag("tr", [:], header.map { tag("th", ["scope": "col"], text: $0) })]),
                        tag("tbody", [:], body),
                    ])
            ])
    }

    private static func manageForms(_ table: Model) -> [HTMLNode] {
        let plan = table.plan
        var nodes: [HTMLNode] = [tag("h2", text: "管理")]
        var actions: [HTMLNode] = [
            tag("a", ["class": "button", "href": Path.importTasks(plan.id).string], text: "导入责任分工表")
        ]
        if plan.status == .draft {
            actions.append(
                Layout.postButton(.issuePlan(plan.id), label: "印发计划", fields: [:], ariaLabel: nil, style: "button"))
        }
        nodes.append(tag("div", ["class": "actions"], actions))
        let areas = table.sections.compactMap { section in section.area.map { (section.number, $0) } }
        if !areas.isEmpty {
            nodes.append(
                tag(
                    "ul", [:],
                    areas.map { number, area in
                        tag(
                            "li", [:],
                            [
                                txt(number + area.title + " "),
                                Layout.postButton(
                                    .moveArea(area.id), label: "上移", fields: ["direction": "up"],
                                    ariaLabel: "上移 \(area.title)"),
                                txt(" "),
                                Layout.postButton(
                                    .moveArea(area.id), label: "下移", fields: ["direction": "down"],
                                    ariaLabel: "下移 \(area.title)"),
                            ])
                    }))
        }
        nodes.append(
            tag(
                "form", ["method": "post", "action": Path.planAreas(plan.id).string, "class": "filters"],
                [
                    Placeholder.csrfField,
                    FormFields().text(
                        "title", label: "新增方面", value: "", required: true, help: "如“推进经济高质量发展”，序号自动编排",
                        maxLength: PlanCommands.maxTitleLength),
                    tag("button", ["type": "submit"], text: "添加方面"),
                ]))
        return nodes
    }

    /// The same table for Excel and CSV: area rows span the width.
    static func spreadsheet(_ table: Model) -> SpreadsheetTable {
        var rows: [[String]] = []
        var headings: Set<Int> = []
        for section in table.sections {
            if let area = section.area {
                headings.insert(rows.count)
                rows.append([section.number + area.title] + Array(repeating: "", count: header.count - 1))
            }
            for row in section.rows {
                rows.append([
                    row.number, row.title, row.leadUnitName, row.coUnitNames.joined(separator: "、"), row.deadline,
                    row.basis.label,
                ])
            }
        }
        return SpreadsheetTable(
            title: "\(table.plan.title)责任分工方案", sheetName: "责任分工", header: header, rows: rows,
            headingRows: headings, widths: [8, 60, 20, 30, 14, 36], landscape: true)
    }
}
