import Domain
import Foundation

/// The inbox page.
enum InboxView {
    struct Model: Sendable {
        var messages: Page<Message>
        var unreadOnly: Bool
    }

    struct Message: Sendable {
        var id: UUID
        var kind: NotificationKind
        var title: String
        var body: String
        var createdAt: Date?
        var readAt: Date?
    }

    static func page(_ model: Model) -> PageModel {
        let (page, unreadOnly) = (model.messages, model.unreadOnly)
        let items = page.items.map { message -> HTMLNode in
            tag(
                "li", ["class": message.readAt == nil ? "message unread" : "message"],
                [
                    tag(
                        "form",
                        ["method": "post", "action": Path.openMessage(message.id).string, "class": "inline-form"],
                        [
                            Placeholder.csrfField,
                            tag("button", ["type": "submit", "class": "link-button"], text: message.title),
                        ]),
                    txt(" "),
                    Components.pill(message.readAt == nil ? "未读" : "已读", tone: message.readAt == nil ? "red" : "grey"),
                    tag(
                        "p", [:],
                        [
                            tag("time", text: Components.dateTime(message.createdAt)),
                            txt(" · \(message.kind.label) · "),
                            txt(message.body),
                        ]),
                ])
        }
        var content: [HTMLNode] = [
            tag(
                "div", ["class": "actions"],
                [
                    unreadOnly
                        ? Components.link("显示全部", .inbox)
                        : tag("a", ["href": Path.inbox.with(query: [("unread", "1")])], text: "只看未读"),
                    Layout.postButton(.readAll, label: "全部标为已读", fields: [:], ariaLabel: nil, style: "button"),
                ])
        ]
        content.append(
            items.isEmpty
                ? Components.emptyState("没有消息。进展报送提醒、退回和督办都会出现在这里。")
                : tag("ul", ["class": "messages"], items))
        content.append(Components.pagination(page, path: .inbox, query: unreadOnly ? [("unread", "1")] : []))
        return PageModel(title: "消息", crumbs: [Crumb("工作台", .home), Crumb("消息")], content: content)
    }
}
