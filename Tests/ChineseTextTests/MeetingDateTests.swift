import Testing

@testable import ChineseText

/// The meeting-date rules, each on a short text written for the test.
@Suite struct MeetingDateTests {
    let reader = try! ReportReader()

    /// The date as the reader finds it in `body`, with `published` printed in the header.
    private func date(_ body: String, published: String? = nil) -> String? {
        reader.read(text: (published.map { "发布时间:\($0)\n" } ?? "") + body).meetingDate
    }

    @Test func yearFromPublicationOrLeftOpen() {
        #expect(date("12月15日,某市召开会议。", published: "2015-12-16") == "2015-12-15")
        #expect(date("12月30日,某市召开会议。", published: "2016-01-02") == "2015-12-30")
        #expect(date("2019年3月28日,某市召开会议。") == "2019-03-28")
        #expect(date("8月1日,某市召开会议。") == "--08-01")
    }

    /// Days as reports also write them: 号, and digits spaced from 月 and 日.
    @Test func daysWrittenWithHaoOrSpaces() {
        #expect(date("8月2号,某县召开会议。", published: "2024-08-03") == "2024-08-02")
        #expect(date("2 月 5 日,某县召开会议。", published: "2024-02-06") == "2024-02-05")
        #expect(date("2024年8月13号上午,某县召开会议。") == "2024-08-13")
        // A number before 号 that belongs to something else is not a day.
        #expect(date("第3号文件下发后,某县召开会议。") == nil)
    }

    @Test func onlyTheMeetingsOwnSentenceDatesIt() {
        // The opening day of a later session is not this meeting's day.
        #expect(date("昨天下午,县人大举行预备会议。会议将于3月5日上午开幕。") == nil)
        // An outlet's dateline names the day of the news.
        #expect(date("某某网2月10日某县讯 2018年2月1日下午,某县迎春座谈会在县城召开。") == "2018-02-01")
    }

    @Test func aBareDayTakesThePublicationMonth() {
        #expect(date("15日下午,县委召开常委会议。", published: "2019-06-16") == "2019-06-15")
        #expect(date("28日,县委召开常委会议。", published: "2019-01-03") == "2018-12-28")
    }

    @Test func theYearTheTextSaysItIs() {
        #expect(date("2月3日,某县召开联席会议。书记指出,2022年是全面落实的关键之年。") == "2022-02-03")
        // With no publication date: the latest year the text names.
        #expect(date("3月2日,县委召开常委会议,总结2016年工作,部署2017年任务。") == "2017-03-02")
    }

    @Test func aPublicationDateFarFromEveryYearOfTheTextIsNotTrusted() {
        // A page re-posted years later: the report speaks of 2013 and 2014.
        #expect(date("4月7日,全县统战工作会议召开,总结了2012年工作,部署了2013年的工作。", published: "2020-06-01") == "2013-04-07")
        // A meeting at the year's end about next year's report: publication decides.
        #expect(date("12月29日,某县召开2025年工作报告征求意见座谈会。", published: "2024-12-30") == "2024-12-29")
    }
}

extension MeetingDateTests {
    @Test func aBareDayTakesTheDatelinesMonth() {
        #expect(date("某某网4月9日讯(通讯员 甲某) 9日上午,某县召开统战工作会议,部署2016年工作。") == "2016-04-09")
    }
}
