import Testing

@testable import ChineseText

/// The region rules, each on a short sentence written for the test.
@Suite struct RegionTests {
    let reader = try! ReportReader()

    private func region(_ text: String) -> String? { reader.read(text: text).region }

    @Test func everydayWordsThatAreAlsoCountyNamesAreNotPlaces() {
        #expect(region("会议要求,画好最大同心圆,打响森林公安品牌,推动和平发展,整合社会资源。") == nil)
        // The same names as host bodies, or in full with their suffix, are places.
        #expect(region("3月2日,同心县委召开统战工作会议。") == "同心县")
        #expect(region("会议通报了公安县2023年的工作。") == "公安县")
    }

    @Test func aShortFormAsTheHostBodyIsAPlace() {
        #expect(region("阜宁召开全县安全生产工作会议。县长甲某某出席。") == "阜宁县")
    }

    @Test func aShortFormAloneIsWeakEvidenceUsedWhenNothingElseIsNamed() {
        #expect(region("会议强调,要立足阜宁实际,推动阜宁高质量发展。") == "阜宁县")
        #expect(region("会议强调,要立足阜宁实际。会上通报了盐城市的做法,盐城市委对此肯定。") == "盐城市")
    }

    @Test func placesInsideOutletOrSiteNamesDoNotCount() {
        #expect(region("欢迎访问阜宁县人民政府网\n来源:今日阜宁\n6月1日,全县统战工作会议召开。") == nil)
        #expect(region("6月1日,全县统战工作会议召开。(阜宁日报 记者 甲某某)") == nil)
    }

    @Test func aTwoCharacterCountyCountsOnlyWhereItOpensAClause() {
        #expect(region("会议传达了省委、市委和县委的部署,要求各乡镇和县直单位抓好落实。") == nil)
        #expect(region("4月18日,沛县召开县政府常务会议。") == "沛县")
    }

    @Test func theCountyHostsWhenTheCitysLeadersAttendIt() {
        #expect(region("5月6日,盐城市副市长甲某某、阜宁县委书记乙某某出席全县推进会。") == "阜宁县")
    }

    @Test func anAutonomousCountyIsNamedAsReportsWriteIt() {
        #expect(region("长阳县召开迎春座谈会。") == "长阳县")
    }
}
