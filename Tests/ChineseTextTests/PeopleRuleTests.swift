import Testing

@testable import ChineseText

/// The people rules, each on a short sentence written for the test.
@Suite struct PeopleRuleTests {
    let reader = try! ReportReader()

    private func people(_ text: String) -> [String: String] {
        Dictionary(
            reader.read(text: text).people.map { ($0.name, $0.position) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aLongListAfterOnePositionYieldsEveryName() {
        let found = people("县领导甲一、乙二、丙三、丁四四、戊五、己六、庚七七、辛八、壬九、癸十、子一一、丑二二、寅三出席会议。")
        #expect(found.count == 13)
        #expect(Set(found.values) == ["县领导"])
    }

    @Test func aPositionStartsAfterThePreviousName() {
        let found = people("县委书记甲某某主持会议,县长乙某某、县委副书记丙某某、县政协主席丁某某等领导出席会议。")
        #expect(found["丙某某"] == "县委副书记")
        #expect(found["丁某某"] == "县政协主席")
    }

    @Test func compoundSurnamesAndTranscribedNames() {
        let found = people("县领导欧阳某某、某某某·某某某、诸葛某出席会议。")
        #expect(Set(found.keys) == ["欧阳某某", "某某某·某某某", "诸葛某"])
    }

    @Test func nameBoundaries() {
        // 于 ends the given name when a verb follows it; 在 begins the next phrase.
        #expect(people("县委统战部部长甲某于做工作报告。").keys.first == "甲某于")
        #expect(people("副县长甲某在会上作部署。").keys.first == "甲某")
        #expect(people("县委书记甲某某应邀出席会议。").keys.first == "甲某某")
        // The word after a position is not a name: 常委会会议, 部长的讲话, 主席团成员.
        #expect(people("县委常委会会议由县委书记甲某某主持,乙部长的讲话很重要。").keys.sorted() == ["甲某某"])
    }

    @Test func attendanceVerbs() {
        let report = reader.read(text: "县委常委、统战部长甲某某,县侨联主席乙某某参与本次座谈会。副主任丙某某在主席台就座。")
        #expect(report.people.map(\.name) == ["甲某某", "乙某某", "丙某某"])
        #expect(report.people.map(\.roles) == [["出席"], ["出席"], ["出席"]])
    }

    @Test func theCountyCharacterLostToMojibakeIsRepaired() {
        // 縣 (GBK BF 68) with its lead byte dropped reads ?h.
        let report = reader.read(text: "?h委書記甲某某主持會議,?h長乙某某出席會議。")
        #expect(report.people.map(\.position) == ["县委书记", "县长"])
    }

    @Test func aChairWhoseRemarksTheTextGivesToTheMeetingGivesNoSpeech() {
        let report = reader.read(text: "5月6日,县委书记甲某某主持召开县委常委会议。会议指出,要抓好落实。")
        #expect(report.people.first?.roles == ["主持"])
    }

    @Test func namesListedBeforeTheirSharedTitle() {
        let found = people("县长甲某某主持会议。乙某、丙某某、欧阳某某等县领导参加会议。")
        #expect(found["乙某"] == "县领导")
        #expect(found["欧阳某某"] == "县领导")
        #expect(found.count == 4)
    }

    @Test func aListSeparatedByCommas() {
        let found = people("副县长甲某某,乙某,丙某某出席会议,县委副书记丁某某主持。")
        #expect(found["乙某"] == "副县长")
        #expect(found["丙某某"] == "副县长")
        #expect(found["丁某某"] == "县委副书记", "a comma before a title starts the next person's position")
    }

    @Test func aPositionDoesNotCrossAVerb() {
        // The comma between the two was lost to mojibake.
        let found = people("县委书记甲某某主持并讲话县委副书记乙某某传达会议精神。")
        #expect(found["乙某某"] == "县委副书记")
    }

    @Test func theLeaderWhoStressesAtTheMeetingGivesTheSpeech() {
        let report = reader.read(text: "7月6日,县委领导小组会议召开。县委书记、领导小组组长甲某某在会上强调,要抓好落实。")
        #expect(report.people.first?.roles == ["讲话"])
    }

    @Test func aNameInsideALongerNameIsNotAMention() {
        let report = reader.read(text: "副县长甲某某主持会议,县长甲某出席会议并作重要讲话。")
        #expect(report.people.map(\.name) == ["甲某某", "甲某"])
        #expect(report.people.map(\.roles) == [["主持"], ["出席", "讲话"]])
    }

    @Test func aListBeforeALongerLeadersPhrase() {
        let found = people("县长甲某某主持会议,乙某、丙某某、丁某某等县四套班子有关领导出席会议。")
        #expect(found["丙某某"] == "县四套班子有关领导")
        #expect(found.count == 4)
    }

    @Test func anInstitutionIsNoName() {
        let found = people("县政协副主席甲某某、县法院、县检察院负责人参加会议。")
        #expect(found.keys.sorted() == ["甲某某"])
    }

    @Test func riverChiefs() {
        #expect(people("市委副书记、市长、市总河长甲某某出席会议。")["甲某某"] == "市委副书记、市长、市总河长")
    }
}
