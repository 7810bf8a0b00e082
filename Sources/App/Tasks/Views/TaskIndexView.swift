import Domain

/// The task list with its filters (a plain GET form), sortable headers, exports and paging;
/// the overdue list is the same page, filtered.
enum TaskIndexView {
    struct Model: Sendable {
        var tasks: Page<TaskLine>
        var filter: TaskListQuery
        var choices: TaskListChoices
        var overdueOnly: Bool
        var canManage: Bool
    }

    static func page(_ model: Model) -> PageModel {
        let (page, query, choices, overdueOnly, canManage) = (
            model.tasks, model.filter, model.choices, model.overdueOnly, model.canManage
        )
        let path: Path = overdueOnly ? .overdueTasks : .tasks
        let sorting = Components.Sorting(
            path: path, filters: query.items, key: query.sort ?? "deadline", descending: query.dir == "desc")
        // The office reminds a unit from the overdue list in one click (催报).
        let reminds = overdueOnly && canManage
        var columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "工作任务"), .init(title: "牵头单位"), .init(title: "配合单位"),
            .init(title: "完成时限", nowrap: true, sortKey: "deadline"), .init(title: "状态", nowrap: true),
            .init(title: "进度", numeric: true, sortKey: "progress"),
            .init(title: "督办灯", nowrap: true, sortKey: "light"),
        ]
        if reminds { columns.append(.init(title: "操作")) }
        let rows = page.items.enumerated().map { index, row -> [HTMLNode] in
            [
                txt(String(page.request.offset + index + 1)), Components.link(row.title, .task(row.id)),
                txt(row.leadUnitName),
                txt(row.coUnitNames.joined(separator: "、")), txt(row.deadline),
                WorkComponents.status(row.status), WorkComponents.progress(row.progress),
                WorkComponents.light(row.light),
            ]
                + (reminds
                    ? [
                        Layout.postButton(
                            .remindTask(row.id), label: "催报", fields: [:],
                            ariaLabel: "向\(row.leadUnitName)催报：\(row.title)",
                            extra: [Placeholder.backField])
                    ] : [])
        }
        let title = overdueOnly ? "逾期任务" : "任务清单"
        let empty = overdueOnly ? "没有逾期的任务。" : "没有符合条件的任务。调整筛选条件，或在工作计划中新建任务、导入责任分工表。"
        var content: [HTMLNode] = []
        if overdueOnly { content.append(tag("p", text: "已过完成时限仍未完成，或进展报告逾期未报的任务。")) }
        content += [
            filters(query, choices: choices, path: path),
            Components.exports(path: path, filters: query.items),
            Components.table(caption: title, columns: columns, rows: rows, empty: empty, sorting: sorting),
            Components.pagination(page, path: path, query: query.items),
        ]
        return PageModel(
            title: title, crumbs: [Crumb("工作台", .home), Crumb(title)],
            primary: canManage ? PrimaryAction(label: "新建任务", path: .newTask) : nil, content: content,
            landscape: true)
    }

    private static func filters(_ query: TaskListQuery, choices: TaskListChoices, path: Path) -> HTMLNode {
        let fields = FormFields()
        let plans = [(value: "", label: "全部")] + choices.plans.map(\.option)
        let areas =
            [(value: "", label: "全部")]
            + choices.areas.filter {
                query.planId == nil || $0.owner?.uuidString.lowercased() == query.planId?.lowercased()
            }.map(\.option)
        let statuses = [(value: "", label: "全部")] + TaskStatus.allCases.map { (value: $0.rawValue, label: $0.label) }
        let lights = [(value: "", label: "全部")] + Light.allCases.map { (value: $0.rawValue, label: $0.label) }
        return tag(
            "form", ["method": "get", "action": path.string, "class": "filters", "role": "search"],
            [
                fields.select("planId", label: "工作计划", options: plans, selected: query.planId?.lowercased() ?? ""),
                fields.select(
                    "unitId", label: "单位",
                    options: unitOptions(choices.units, includeNone: "全部", keeping: query.unitId),
                    selected: query.unitId?.lowercased() ?? ""),
                fields.select("areaId", label: "方面", options: areas, selected: query.areaId?.lowercased() ?? ""),
                fields.select("status", label: "状态", options: statuses, selected: query.status ?? ""),
                fields.select("light", label: "督办灯", options: lights, selected: query.light ?? ""),
                fields.text("from", label: "时限从", value: query.from ?? "", type: "date"),
                fields.text("to", label: "时限到", value: query.to ?? "", type: "date"),
                fields.text("q", label: "关键词", value: query.q ?? "", maxLength: 100),
                query.sort.map { voidTag("input", ["type": "hidden", "name": "sort", "value": $0]) } ?? .group([]),
                query.dir.map { voidTag("input", ["type": "hidden", "name": "dir", "value": $0]) } ?? .group([]),
                tag("button", ["type": "submit"], text: "筛选"),
                Components.link("清除", path),
            ])
    }

    static func spreadsheet(_ rows: [TaskLine], title: String) -> SpreadsheetTable {
        SpreadsheetTable(
            title: title, sheetName: title,
            header: ["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "状态", "进度", "督办灯"],
            rows: rows.enumerated().map { index, row in
                [
                    String(index + 1), row.title, row.leadUnitName, row.coUnitNames.joined(separator: "、"),
                    row.deadline,
                    row.status.label, "\(row.progress)%", row.light.label,
                ]
            },
            widths: [6, 50, 18, 26, 12, 8, 8, 8], landscape: true)
    }
}
