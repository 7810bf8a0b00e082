import Domain

/// One unit's page, and the confirmation page for deactivating it.
enum UnitShowView {
    static func page(unit: OrgUnit, parent: OrgUnit?, activeUsers: Int, canManage: Bool) -> PageModel {
        var content: [HTMLNode] = [Components.details([
            ("单位名称", txt(unit.name)),
            ("代码", txt(unit.code)),
            ("类型", txt(unit.kind.label)),
            ("上级单位", parent.map { Components.link($0.name, .unit($0.id)) } ?? txt("（无）")),
            ("状态", unit.isActive ? Components.pill("在用", tone: "green") : Components.pill("已停用", tone: "grey")),
            ("在用账号", txt(String(activeUsers))),
            ("更新时间", txt(Components.dateTime(unit.updatedAt))),
        ])]
        if canManage {
            var actions: [HTMLNode] = [
                tag("a", ["class": "button", "href": Path.newUnit.with(query: [("parentId", unit.id?.uuidString.lowercased() ?? "")])],
                    text: "新建下级单位"),
            ]
            if unit.isActive {
                actions.append(tag("a", ["class": "button", "href": Path.deactivateUnit(unit.id).string], text: "停用"))
            } else {
                actions.append(Layout.postButton(.activateUnit(unit.id), label: "启用", fields: [:], ariaLabel: nil, style: "button"))
            }
            content.append(tag("div", ["class": "actions"], actions))
        }
        return PageModel(
            title: unit.name,
            crumbs: [Crumb("工作台", .home), Crumb("单位", .units), Crumb(unit.name)],
            primary: canManage ? PrimaryAction(label: "编辑", path: .editUnit(unit.id)) : nil,
            content: content)
    }

    static func confirmDeactivate(_ unit: OrgUnit) -> PageModel {
        PageModel(
            title: "停用单位",
            crumbs: [Crumb("工作台", .home), Crumb("单位", .units), Crumb(unit.name, .unit(unit.id)), Crumb("停用")],
            content: [
                tag("p", text: "停用后，“\(unit.name)”不能再被选为新工作的单位；已有记录保持不变，可以随时重新启用。"),
                tag("form", ["method": "post", "action": Path.deactivateUnit(unit.id).string], [
                    CSRFPlaceholder.field,
                    tag("div", ["class": "actions"], [
                        tag("button", ["type": "submit", "class": "button-danger"], text: "确认停用"),
                        Components.link("取消", .unit(unit.id)),
                    ]),
                ]),
            ])
    }
}
