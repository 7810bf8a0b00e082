import Domain
import Foundation
import Testing

/// What users wrote reaches a unit's group robot as plain text, in either vendor's format.
@Suite struct WebhookPayloadTests {
    @Test(arguments: WebhookKind.allCases)
    func markdownInUsersTextIsMadePlain(kind: WebhookKind) throws {
        let data = kind.payload(title: "交办建言：[点此领取补贴](http://evil.example)", text: "**紧急** <a href=x>链接</a> # 标题 `代码`")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let markdown = try #require(json["markdown"] as? [String: String])
        let posted = markdown.values.joined(separator: "\n")
        #expect(!posted.contains("](") && !posted.contains("<a") && !posted.contains("**紧急") && !posted.contains("`"))
        #expect(
            posted.contains("［点此领取补贴］（http://evil.example）") && posted.contains("＊＊紧急＊＊"), "the words themselves stay")
    }
}
