import Domain

/// The unit tree as an indented table.
enum UnitIndexView {
    struct Model: Sendable {
        var tree: [UnitTreeEntry]
        var canManage: Bool
    }

    static func page(_ model: Model) -> PageModel {
        var columns: [Components.Column] = [
            .init(title: "序号", numeric: true), .init(title: "单位名称"),
            .init(title: "代码"), .init(title: "类型"), .init(title: "状态"),
        ]
        if model.canManage { columns.append(.init(title: "操作")) }
        let rows = model.tree.enumerated().map { index, unit -> [HTMLNode] in
            let indent = String(repeating: "\u{3000}", count: unit.depth)
            var cells: [HTMLNode] = [
                txt(String(index + 1)),
                .group([txt(indent), Components.link(unit.name, .unit(unit.id))]),
                txt(unit.code),
                txt(unit.kind.label),
                unit.isActive ? Components.pill("在用", tone: "green") : Components.pill("已停用", tone: "grey"),
            ]
            if model.canManage {
                cells.append(
                    .group([
                        Layout.postButton(
                            .reorderUnit(unit.id), label: "上移", fields: ["direction": "up"],
                            ariaLabel: "上移 \(unit.name)"),
                        txt(" "),
                        Layout.postButton(
                            .reorderUnit(unit.id), label: "下移", fields: ["direction": "down"],
                            ariaLabel: "下移 \(unit.name)"),
                        txt(" "),
                        tag("a", ["href": Path.editUnit(unit.id).string, "aria-label": "编辑 \(unit.name)"], text: "编辑"),
                    ]))
            }
            return cells
        }
        return PageModel(
            title: "单位",
            crumbs: [Crumb("工作台", .home), Crumb("单位")],
            primary: model.canManage ? PrimaryAction(label: "新建单位", path: .newUnit) : nil,
            content: [
                tag("p", ["class": "count"], text: "共 \(model.tree.count) 个单位"),
                Components.table(
                    caption: "单位列表", columns: columns, rows: rows,
                    empty: "还没有单位。点击“新建单位”添加领导小组的成员单位。"),
            ])
    }
}
