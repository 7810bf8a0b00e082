import FluentKit
import Foundation

/// A unit's group robot (群机器人) in DingTalk or WeCom: its messages are posted there too.
public final class UnitWebhook: Model, @unchecked Sendable {
    public static let schema = "unit_webhooks"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "unit_id") public var unit: OrgUnit
    @Field(key: "kind") public var kind: WebhookKind
    @Field(key: "url") public var url: String

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] { [$id, $unit, $kind, $url] }
}

/// Which robot format to post.
public enum WebhookKind: String, Codable, Sendable, CaseIterable {
    case dingtalk
    case wecom

    public var label: String {
        switch self {
        case .dingtalk: "钉钉群机器人"
        case .wecom: "企业微信群机器人"
        }
    }

    /// The JSON body of a Markdown message in this robot's format. Titles and texts carry what
    /// users wrote (a suggestion's title, a comment), so their Markdown marks are made plain first.
    public func payload(title rawTitle: String, text rawText: String) -> Data {
        let (title, text) = (Self.plain(rawTitle), Self.plain(rawText))
        let object: [String: Any] =
            switch self {
            case .dingtalk: ["msgtype": "markdown", "markdown": ["title": title, "text": "### \(title)\n\n\(text)"]]
            case .wecom: ["msgtype": "markdown", "markdown": ["content": "**\(title)**\n\(text)"]]
            }
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    /// `text` with the characters that make Markdown links, emphasis, headings, code and HTML
    /// replaced by their full-width look-alikes, so that a title such as `[点此](http://…)` cannot
    /// post a link in the office's name to a unit's group chat.
    static func plain(_ text: String) -> String {
        String(text.map { Self.lookAlikes[$0] ?? $0 })
    }

    private static let lookAlikes: [Character: Character] = [
        "[": "［", "]": "］", "(": "（", ")": "）", "<": "＜", ">": "＞", "*": "＊", "_": "＿", "#": "＃", "`": "｀", "!": "！",
    ]
}

/// A message waiting to be posted to a robot (an outbox row, written in the transaction that
/// made the message, so a crash between the two cannot lose or invent one).
public final class WebhookDelivery: Model, @unchecked Sendable {
    public static let schema = "webhook_deliveries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "url") public var url: String
    @Field(key: "payload") public var payload: String
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    @OptionalField(key: "delivered_at") public var deliveredAt: Date?
    @Field(key: "last_error") public var lastError: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    /// Every stored property, listed so that FluentKit need not find them by reflection.
    public var properties: [any AnyProperty] {
        [$id, $url, $payload, $attempts, $nextAttemptAt, $deliveredAt, $lastError, $createdAt]
    }
}
