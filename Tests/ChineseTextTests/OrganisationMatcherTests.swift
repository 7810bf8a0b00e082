import ChineseText
import Testing

@Suite struct OrganisationMatcherTests {
    let names = [
        "领导小组办公室", "示范市委统战部", "示范市民族宗教事务局", "示范市东城区委统战部", "民建示范市委会", "示范市侨联",
        "示范市发展改革委",
    ]
    var matcher: OrganisationMatcher { OrganisationMatcher(names: names) }

    @Test func unitsAreFoundWithoutTheirCityAndByShortForms() {
        #expect(matcher.match("市委常委、市委统战部部长") == 1)
        #expect(matcher.match("统战部副部长") == 1, "the city's 统战部 before a district's")
        #expect(matcher.match("东城区委统战部部长") == 3)
        #expect(matcher.match("市民宗局局长") == 2)
        #expect(matcher.match("市民族宗教事务局副局长") == 2)
        #expect(matcher.match("民建市委会主委") == 4)
        #expect(matcher.match("市侨联主席") == 5)
        #expect(matcher.match("市发改委主任") == 6)
    }

    @Test func otherTextMatchesNothing() {
        #expect(matcher.match("市委副书记") == nil)
        #expect(matcher.match("社区居委会主任") == nil)
        // A party that is not among the units is not taken for one that is.
        let parties = OrganisationMatcher(names: ["民盟示范市委会", "台盟示范市委会"])
        #expect(parties.match("致公党示范市委会副主委") == nil)
        #expect(parties.match("民盟市委会主委") == 0)
        #expect(matcher.match("") == nil)
    }

    @Test func aDemandBecomesATitleWithoutTheSpeakersModal() {
        #expect(TaskTitles.fromDemand("要深入开展民族团结进步创建,推动各族群众交往交流交融") == "深入开展民族团结进步创建，推动各族群众交往交流交融")
        #expect(TaskTitles.fromDemand("着力加强民营经济人士思想政治引领") == "加强民营经济人士思想政治引领")
        #expect(TaskTitles.fromDemand("要求各单位按时报送") == "要求各单位按时报送", "要求 is not a modal")
        #expect(TaskTitles.fromDemand("要素保障到位") == "要素保障到位")
        #expect(TaskTitles.fromDemand("完成1,000户走访(含回访)") == "完成1,000户走访（含回访）")
    }
}
