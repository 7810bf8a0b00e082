import Domain
import Foundation

/// One unit's page, and the confirmation page for deactivating it.
enum UnitShowView {
    struct Model: Sendable {
        struct Webhook: Sendable {
            var kind: WebhookKind
            var url: String
        }

        var id: UUID
        var name: String
        var code: String
        var kind: UnitKind
        var parent: (id: UUID, name: String)?
        var isActive: Bool
        var activeUsers: Int
        var updatedAt: Date?
        var webhook: Webhook?
        var canManage: Bool
    }

    static func page(_ unit: Model) -> PageModel {
        var content: [HTMLNode] = [
            Components.details([
                ("单位名称", txt(unit.name)),
                ("代码", txt(unit.code)),
                ("类型", txt(unit.kind.label)),
                ("上级单位", unit.parent.map { Components.link($0.name, .unit($0.id)) } ?? txt("（无）")),
                ("状态", unit.isActive ? Components.pill("在用", tone: "green") : Components.pill("已停用", tone: "grey")),
                ("在用账号", txt(String(unit.activeUsers))),
                ("更新时间", txt(Components.dateTime(unit.updatedAt))),
            ])
        ]
        if unit.canManage {
            var actions: [HTMLNode] = [
                tag(
                    "a",
                    [
                        "class": "button",
                        "href": Path.newUnit.with(query: [("parentId", unit.id.uuidString.lowercased())]),
                    ],
                    text: "新建下级单位")
            ]
            if unit.isActive {
                actions.append(tag("a", ["class": "button", "href": Path.deactivateUnit(unit.id).string], text: "停用"))
            } else {
                actions.append(
                    Layout.postButton(.activateUnit(unit.id), label: "启用", fields: [:], ariaLabel: nil, style: "button")
                )
            }
            content.append(tag("div", ["class": "actions"], actions))
            content.append(webhookForm(unit))
        }
        return PageModel(
            title: unit.name,
            crumbs: [Crumb("工作台", .home), Crumb("单位", .units), Crumb(unit.name)],
            primary: unit.canManage ? PrimaryAction(label: "编辑", path: .editUnit(unit.id)) : nil,
            content: content)
    }

    /// The unit's group robot: reminders and send-backs for the unit are posted there too.
    private static func webhookForm(_ unit: Model) -> HTMLNode {
        let fields = FormFields()
        let kinds = WebhookKind.allCases.map { (value: $0.rawValue, label: $0.label) }
        return tag(
            "form", ["method": "post", "action": Path.unitWebhook(unit.id).string, "class": "stacked"],
            [
                Placeholder.csrfField,
                tag("h2", text: "群机器人"),
                fields.select(
                    "kind", label: "类型", options: kinds,
                    selected: unit.webhook?.kind.rawValue ?? WebhookKind.dingtalk.rawValue),
                fields.text(
                    "url", label: "Webhook 地址", value: unit.webhook?.url ?? "",
                    help: "本单位的提醒、退回和督办消息会同时发到这个群；留空则不发", maxLength: 500),
                tag("button", ["type": "submit"], text: "保存群机器人"),
            ])
    }

    static func confirmDeactivate(_ unit: (id: UUID, name: String)) -> PageModel {
        PageModel(
            title: "停用单位",
            crumbs: [Crumb("工作台", .home), Crumb("单位", .units), Crumb(unit.name, .unit(unit.id)), Crumb("停用")],
            content: [
                tag("p", text: "停用后，“\(unit.name)”不能再被选为新工作的单位；已有记录保持不变，可以随时重新启用。"),
                tag(
                    "form", ["method": "post", "action": Path.deactivateUnit(unit.id).string],
                    [
                        Placeholder.csrfField,
                        tag(
                            "div", ["class": "actions"],
                            [
                                tag("button", ["type": "submit", "class": "button-danger"], text: "确认停用"),
                                Components.link("取消", .unit(unit.id)),
                            ]),
                    ]),
            ])
    }
}
