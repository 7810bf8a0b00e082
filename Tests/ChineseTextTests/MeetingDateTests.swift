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
        #expect(date("昨天下午,县人大举行预备会议。会议将于2月16日上午开幕。") == nil)
        // An outlet's dateline names the day of the news.
        #expect(date("某某网1月25日某县讯 2017年1月16日下午,某县迎春座谈会在县城召开。") == "2017-01-16")
    }

    @Test func aBareDayTakesThePublicationMonth() {
        #expect(date("11日下午,县委召开常委会议。", published: "2018-12-12") == "2018-12-11")
        #expect(date("28日,县委召开常委会议。", published: "2019-01-03") == "2018-12-28")
    }

    @Test func theYearTheTextSaysItIs() {
        #expect(date("1月28日,某县召开联席会议。书记指出,2023年是全面落实的开局之年。") == "2023-01-28")
        // With no publication date: the latest year the text names.
        #expect(date("2月20日,县委召开常委会议,总结2012年工作,部署2013年任务。") == "2013-02-20")
    }

    @Test func aPublicationDateFarFromEveryYearOfTheTextIsNotTrusted() {
        // A page re-posted years later: the report speaks of 2013 and 2014.
        #expect(date("3月26日,全县统战工作会议召开,总结了2013年工作,部署了2014年的工作。", published: "2021-05-26") == "2014-03-26")
        // A meeting at the year's end about next year's report: publication decides.
        #expect(date("12月30日,某县召开2026年工作报告征求意见座谈会。", published: "2025-12-31") == "2025-12-30")
    }
}

extension MeetingDateTests {
    @Test func aBareDayTakesTheDatelinesMonth() {
        #expect(date("某某网3月26日讯(通讯员 甲某) 26日上午,某县召开统战工作会议,部署2014年工作。") == "2014-03-26")
    }
}
