import Testing

@testable import ChineseText

/// Headline and meeting-name rules, each on a short text written for the test.
@Suite struct HeadlineAndNameTests {
    let reader = try! ReportReader()

    @Test func crumbsBannersAndClocksAreNotHeadlines() {
        let text = """
            欢迎访问某某县人民政府网!
            您当前的位置:首页>新闻中心>乡镇动态
            2019/05/06 上午10:12:01 星期一
            政务要闻
            全县春耕生产工作推进会召开
            发布时间:2019-05-06
            5月6日,全县春耕生产工作推进会召开。副县长甲某某出席会议并讲话。
            """
        let report = reader.read(text: text)
        #expect(report.title == "全县春耕生产工作推进会召开")
        #expect(report.published == "2019-05-06")
    }

    @Test func aTextOpeningWithItsBodyHasNoHeadline() {
        #expect(reader.read(text: "5月6日,县委召开常委会议。县委书记甲某某主持会议。").title == nil)
        // A lone date line above the body is the publication date, not a headline.
        let report = reader.read(text: "- 2023.03.20\n3月20日,某县座谈会在县城召开。")
        #expect(report.title == nil)
        #expect(report.published == "2023-03-20")
    }

    @Test(arguments: [
        ("5月8日上午,市委常委会召开第五次扩大会议,研究有关工作。", "市委常委会第五次扩大会议"),
        ("1月8日,县十届人大二次会议召开秘书长会议。", "县十届人大二次会议秘书长会议"),
        ("7月21日,某县委统战部召开民营企业家座谈会。", "某县委统战部民营企业家座谈会"),
        ("10月17日下午,我县2020年农村饮水安全座谈会在县宾馆三楼会议室召开。", "2020年农村饮水安全座谈会"),
        ("1月28日下午,全县春耕动员会在县会议中心召开,县委书记甲某某出席会议。", "全县春耕动员会"),
        ("9月1日,我县第三帮扶组推进会在综合楼召开?副县长乙某某出席会议。", "第三帮扶组推进会"),
    ])
    func meetingNameFromTheConveningClause(sentence: String, name: String) {
        #expect(reader.read(text: sentence).meetingName == name)
    }

    @Test func aHeadlineThatIsNoMeetingNameGivesNone() {
        #expect(reader.read(text: "党政要闻\n深化改革 稳步推进\n县长甲某某到企业调研。").meetingName == nil)
    }
}

extension HeadlineAndNameTests {
    /// A furniture word inside a paragraph of sentences (老字号, not the 字号 switch) keeps it report text.
    @Test func aParagraphWithAFurnitureWordIsNotFurniture() {
        let paragraph = "会议要求,一要擦亮老字号招牌,推动传统产业提质增效,把各项工作抓紧抓实抓细,确保取得实效。二要强化服务保障,优化营商环境,进一步激发市场主体活力。"
        let report = reader.read(text: "5月6日,县委召开经济工作会议。\n" + paragraph)
        #expect(report.requirements.count == 2)
    }
}
