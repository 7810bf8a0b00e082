import Foundation
import Testing

/// `tongxin extract`, read from standard input as a user pipes a report in.
extension CLITests {
    private static let report = """
        全县春耕生产推进会召开
        发布时间:2024-03-02
        3月1日,某县召开全县春耕生产推进会。县委书记甲某某出席会议并讲话。
        """

    @Test func extractExplainsEachFieldInJSON() throws {
        let run = try self.run(["extract", "--explain", "-"], environment: [:], input: Self.report)
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["meeting_name"] as? String == "全县春耕生产推进会")
        let explanation = try #require(json["explanation"] as? [[String: String]])
        let dated = try #require(explanation.first { $0["field"] == "meeting_date" })
        #expect(dated["text"]?.hasPrefix("3月1日，某县召开") == true, "the sentence, with Chinese punctuation")
        #expect(dated["rule"]?.contains("发布日期") == true)
    }

    @Test func extractExplainsInTextAndSaysWhatWasNotFound() throws {
        let run = try self.run(["extract", "--format", "text", "--explain", "-"], environment: [:], input: Self.report)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("依据："))
        #expect(run.output.contains("地区：未找到"))
        #expect(run.output.contains("角色：甲某某：句中动词给出“讲话”"))
        // Without --explain the JSON has no explanation.
        let plain = try self.run(["extract", "-"], environment: [:], input: Self.report)
        #expect(!plain.output.contains("\"explanation\""))
    }
}
