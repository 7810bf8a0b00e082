import Testing

@testable import ChineseText

@Suite struct NormalisationTests {
    @Test func gluedPinyinIsRemovedButParenthesesWithChineseStay() {
        #expect(Normaliser.removingPinyin("統一戰(zhàn)線工作(試行)和(擴大)會議") == "統一戰線工作(試行)和(擴大)會議")
        #expect(Normaliser.removingPinyin("認真?zhèn)傳達") == "認真傳達")
        #expect(Normaliser.removingPinyin("(2016—2017年)规划") == "(2016—2017年)规划")
    }

    @Test func romanisationRulesHoldAtTheirEdges() {
        // Every character annotated, full-width brackets, a character outside the BMP.
        #expect(Normaliser.removingPinyin("統(tǒng)一（yī）戰(zhàn)𠀋(ding)線") == "統一戰𠀋線")
        // Seven letters are a syllable; eight are not; nothing follows a non-Han character.
        #expect(Normaliser.removingPinyin("字(zhuangg)") == "字")
        #expect(Normaliser.removingPinyin("字(zhuanggg)") == "字(zhuanggg)")
        #expect(Normaliser.removingPinyin("A(bc) 1(de)") == "A(bc) 1(de)")
        // An orphan needs exactly one tone-marked vowel and its closing bracket.
        #expect(Normaliser.removingPinyin("?zhen)") == "?zhen)")
        #expect(Normaliser.removingPinyin("?zhèn") == "?zhèn")
        #expect(Normaliser.removingPinyin("甲?shuāng)乙") == "甲乙")
    }

    @Test func doubledAndStrayPunctuationCollapses() {
        #expect(Normaliser.punctuation("市委常委,、组织部长,,会议,。随后,;结束") == "市委常委、组织部长,会议。随后;结束")
        #expect(Normaliser.punctuation("会议指出：一是加强（试行）；") == "会议指出:一是加强(试行);")
        #expect(Normaliser.punctuation("建设 。加强 “品牌”") == "建设。加强“品牌”")
    }

    @Test func oddSpacesAndLineEndsAreUnified() {
        #expect(Normaliser.cleaned("甲\u{00A0}乙\u{3000}丙\r\n丁\u{200B}戊\r\r己") == "甲 乙 丙\n丁戊\n\n己")
    }

    @Test func sentencesBrokenAcrossLinesAreJoined() {
        let long = String(repeating: "推进", count: 20) + "关于做好党外代表人士换届"
        let lines = Normaliser.joiningBrokenLines([long, "", "工作的意见》。", "短标题", "下一段"])
        #expect(lines == [long + "工作的意见》。", "短标题", "下一段"])
    }

    @Test func scriptDetectionCountsCharactersOfOneScript() throws {
        let detector = ScriptDetector(traditionalizer: try ScriptConverter(.simplifiedToTraditional))
        #expect(detector.isTraditional("市委召開統戰工作會議,書記講話"))
        #expect(!detector.isTraditional("市委召开统战工作会议,书记讲话"))
        #expect(!detector.isTraditional("admin 2024"))
    }
}

@Suite struct FurnitureTests {
    @Test(arguments: [
        "首页>新闻中心>本地要闻", "当前位置:首页 > 工作动态", "分享到:", "字号:【大 中 小】", "浏览次数: 120",
        "发布日期:2024-05-06 来源:市委办", "2024年5月6日 08:30 | 作者:张某某 | 来源:某某日报", "责任编辑:王某",
        "关键词:统战 会议", "更多", "记者 李某 通讯员 赵某",
    ])
    func pageFurnitureIsRecognised(line: String) {
        #expect(PageFurniture.isFurniture(line))
    }

    @Test(arguments: ["市委召开全体会议", "5月6日,市委书记主持召开会议。", "会议要求:一是加强领导"])
    func reportTextIsNotFurniture(line: String) {
        #expect(!PageFurniture.isFurniture(line))
    }

    @Test func metadataIsKept() throws {
        let report = try ReportReader().read(
            text: """
                首页>要闻>本地
                某县召开推进会
                2024年5月6日 08:30 | 作者:张一二 | 来源:某县融媒体中心
                5月5日,某县召开推进会。
                编辑:李三四
                关键词:推进会 重点工作
                """)
        #expect(report.title == "某县召开推进会")
        #expect(report.published == "2024-05-06")
        #expect(report.source == "某县融媒体中心")
        #expect(report.author == "张一二")
        #expect(report.editor == "李三四")
        #expect(report.keywords == ["推进会", "重点工作"])
        #expect(report.paragraphs == ["5月5日，某县召开推进会。"])
    }

    @Test func aTextWithoutHeadlineHasANullTitle() throws {
        let report = try ReportReader().read(text: "3月2日,某市召开工作会议,部署全年工作。")
        #expect(report.title == nil)
        #expect(report.meetingDate == "--03-02")
    }
}
