import Testing

@testable import ChineseText

/// Each kind of table entry on a short sentence written for the test.
@Suite struct ExtractionTableTests {
    let reader = try! ReportReader()

    @Test func positionsSharedByAListOfNames() {
        let mentions = PeopleFinder.mentions(in: "市委常委甲一乙、丙二丁、戊三己出席会议。")
        #expect(mentions.map(\.name) == ["甲一乙", "丙二丁", "戊三己"])
        #expect(Set(mentions.map(\.position)) == ["市委常委"])
    }

    @Test func compoundPositionsAreKeptWhole() {
        let mentions = PeopleFinder.mentions(in: "会上,市委常委、宣传部长周某某作了部署。")
        #expect(mentions.first?.name == "周某某")
        #expect(mentions.first?.position == "市委常委、宣传部长")
    }

    @Test func reportersAreNotParticipants() {
        #expect(PeopleFinder.mentions(in: "本报记者王某某,通讯员李某某报道。").isEmpty)
    }

    @Test(arguments: [
        ("主持", "会议由副市长郑某某主持。"), ("出席", "市委书记郑某某出席会议。"), ("讲话", "市委书记郑某某出席会议并讲话。"),
        ("宣读", "副市长郑某某宣读了表彰决定。"), ("发言", "县长郑某某作交流发言。"), ("报告", "秘书长郑某某通报了工作情况。"),
    ])
    func roleVerbs(role: String, sentence: String) throws {
        let report = reader.read(text: sentence)
        let person = try #require(report.people.first { $0.name == "郑某某" })
        #expect(person.roles.contains(role), "\(sentence) → \(person.roles)")
    }

    @Test func theConvenerWhoStressesIsTheMainSpeaker() throws {
        let report = reader.read(text: "5月6日,市委书记郑某某主持召开专题会议。他强调,要抓好落实。")
        let person = try #require(report.people.first)
        #expect(person.roles == ["主持", "讲话"])
    }

    @Test(arguments: [
        ("会议要求,一是加强领导;二是压实责任;三是强化督查。", ["加强领导", "压实责任", "强化督查"]),
        ("会议要求:第一,加强领导。第二,压实责任。", ["加强领导", "压实责任"]),
        ("会议要求:\n(一)加强领导。\n(二)压实责任。", ["加强领导", "压实责任"]),
        ("会议要求:\n一、加强领导。\n二、压实责任。", ["加强领导", "压实责任"]),
        ("会议要求:\n1.加强领导。\n2.压实责任。", ["加强领导", "压实责任"]),
        ("会议要求,一要加强领导;二要压实责任。", ["要加强领导", "要压实责任"]),
    ])
    func numberingStyles(text: String, heads: [String]) {
        let found = RequirementFinder.find(in: UTF16Text(text), people: [], mainSpeakers: [])
        #expect(found.map(\.head) == heads)
        #expect(found.map(\.ordinal) == Array(1...heads.count))
    }

    @Test func listsRestartAndStyleChangesStayInOneList() {
        let text = "书记甲强调,一是抓学习;二是抓落实;三是抓督查;四要抓队伍。书记甲要求,一要守底线;二要防风险。"
        let found = RequirementFinder.find(in: UTF16Text(text), people: ["书记甲"], mainSpeakers: [])
        #expect(found.map(\.list) == [1, 1, 1, 1, 2, 2])
        #expect(found.map(\.ordinal) == [1, 2, 3, 4, 1, 2])
        #expect(found[3].head == "要抓队伍")
    }

    @Test func countedListsAfterTheirCount() {
        let found = RequirementFinder.find(in: "今年重点抓好三个方面工作,分别为:组织建设;制度建设;作风建设。", people: [], mainSpeakers: [])
        #expect(found.map(\.head) == ["组织建设", "制度建设", "作风建设"])
        // Items before their count are not a list.
        #expect(RequirementFinder.find(in: "抓好组织、制度、作风三项工作。", people: [], mainSpeakers: []).isEmpty)
    }

    @Test func aListGivenToTheMeetingTakesItsSingleMainSpeaker() {
        let found = RequirementFinder.find(
            in: "书记乙出席。会议要求,一是加强领导;二是压实责任。", people: ["书记乙", "副市长丙"],
            mainSpeakers: ["书记乙"])
        #expect(found.allSatisfy { $0.speaker == "书记乙" })
    }

    @Test func documentTitles() {
        let titles = DocumentTitles.find(in: "审议了《关于加强〈工作条例〉落实的意见(试行)》和《某市重点工作规划(2024—2025年)》,又学习《规划》。《未完的标题")
        #expect(titles == ["关于加强〈工作条例〉落实的意见(试行)", "某市重点工作规划(2024—2025年)"])
    }

    @Test func documentTitlesStopAtTheCap() {
        let text = (1...(DocumentTitles.maxTitles + 100)).map { "《第\($0)号文件》" }.joined(separator: ",")
        let titles = DocumentTitles.find(in: UTF16Text(text))
        #expect(titles.count == DocumentTitles.maxTitles)
        #expect(titles.first == "第1号文件")
    }

    @Test func quantitiesCountWorkItems() {
        let found = QuantityFinder.find(in: "明确48项重点工作和26个重点项目,提出七点要求,实施“三名工程”,每一项工作都要落实。")
        #expect(found == ["48项重点工作", "26个重点项目", "七点要求"])
    }

    @Test(arguments: [
        ("发布时间:2015年12月16日 13:37", "2015-12-16"), ("发布日期:2019-04-01", "2019-04-01"),
        ("发布时间:2023/4/7 9:00", "2023-04-07"),
        ("来源:某报 29.03.2019", "2019-03-29"), ("发布时间:二〇一九年三月二十八日", "2019-03-28"),
    ])
    func publicationDates(line: String, date: String) {
        #expect(ReportDates.published(header: [(line, PageFurniture.isFurniture(line))]) == date)
    }
    @Test func meetingNameAndRegion() {
        let report = reader.read(text: "6月3日,扬州市委召开统战工作领导小组第二次全体会议,市委书记甲某某出席并讲话。")
        #expect(report.meetingName == "扬州市委统战工作领导小组第二次全体会议")
        #expect(report.region == "扬州市")
    }
}
