import Testing

@testable import ChineseText

/// `explain` says which rule produced each field, from which sentence.
@Suite struct ExplanationTests {
    let reader = try! ReportReader()

    @Test func eachFieldNamesItsRuleAndSentence() throws {
        let text = """
            全县春耕生产推进会召开
            发布时间:2024-03-02
            3月1日,某县召开全县春耕生产推进会。县委书记甲某某出席会议并讲话。他强调,要做到三项工作:一是抓早;二是抓实;三是抓细。
            """
        let (report, reasons) = try reader.explain(bytes: Array(text.utf8))
        #expect(report == reader.read(text: text), "explaining does not change the reading")
        let byField = Dictionary(grouping: reasons, by: \.field)
        #expect(byField[.title]?.first?.text == "全县春耕生产推进会召开")
        #expect(byField[.published]?.first?.text == "发布时间：2024-03-02")
        let dated = try #require(byField[.meetingDate]?.first)
        #expect(dated.text.hasPrefix("3月1日，某县召开"))
        #expect(dated.rule.contains("发布日期"))
        #expect(byField[.meetingName]?.first?.rule.contains("召开") == true)
        #expect(byField[.roles]?.map(\.rule) == ["甲某某：句中动词给出“出席”", "甲某某：句中动词给出“讲话”"])
        #expect(byField[.requirements]?.count == 3)
        #expect(byField[.region] == nil, "no place is named, so no reason is given")
    }
}
