import ChineseText
import Testing

/// The reader hands out Chinese punctuation whatever the input used (issue 17): the demands,
/// documents, positions and paragraphs of a report typed with ASCII marks read with
/// full-width ones; numbers, times and Latin text keep theirs.
@Suite struct ChinesePunctuationTests {
    @Test func asciiMarksBesideChineseBecomeFullWidth() {
        #expect(ChinesePunctuation.fullWidth("深入开展创建,推动交往交流交融;形成合力") == "深入开展创建，推动交往交流交融；形成合力")
        #expect(ChinesePunctuation.fullWidth("会议指出:要抓好落实!") == "会议指出：要抓好落实！")
        #expect(ChinesePunctuation.fullWidth("《工作规则(试行)》") == "《工作规则（试行）》")
        // A bracket opened beside Chinese closes full-width, whatever stands before the close.
        #expect(ChinesePunctuation.fullWidth("走访(含2026)") == "走访（含2026）")
        #expect(ChinesePunctuation.fullWidth("完成1,000户,10:30开会") == "完成1,000户，10:30开会")
        #expect(ChinesePunctuation.fullWidth("Tongxin (v1.0), ready") == "Tongxin (v1.0), ready")
    }

    @Test func theReaderReturnsFullWidthPunctuation() throws {
        let report = try ReportReader().read(
            text: """
                示范县召开统战工作推进会
                2026年3月5日,示范县统战工作推进会召开。县委副书记(县长)张明远出席会议并讲话。
                会议审议了《示范县统战工作要点(2026年)》。
                张明远强调,一是要深入开展民族团结进步创建,推动各族群众交往交流交融。二是要加强民营经济人士思想政治引领,促进两个健康。
                """)
        let heads = report.requirements.map(\.head)
        #expect(!heads.isEmpty && heads.allSatisfy { !$0.contains(",") })
        #expect(heads.contains { $0.contains("创建，推动") }, "\(heads)")
        #expect(report.documents.contains("示范县统战工作要点（2026年）"), "\(report.documents)")
        #expect(report.paragraphs.allSatisfy { !$0.contains(",") && !$0.contains("(") }, "\(report.paragraphs)")
        #expect(report.people.allSatisfy { !$0.position.contains("(") }, "\(report.people)")
    }
}
