import Testing

@testable import ChineseText

/// Requirement-list and quantity rules, each on a short text written for the test.
@Suite struct ListAndQuantityTests {
    let reader = try! ReportReader()

    @Test func aListWhoseFirstItemOpensMidClause() {
        let report = reader.read(text: "会议强调,全县各部门一要压实责任,抓好落实;二要加强督查;三要严格问责。")
        #expect(report.requirements.map(\.head) == ["要压实责任，抓好落实", "要加强督查", "要严格问责"])
        // 统一要求 has no second item: no list.
        #expect(reader.read(text: "会议强调,各部门要按统一要求推进工作,确保按期完成。").requirements.isEmpty)
    }

    @Test func oneItemDescribedIsNotACount() {
        #expect(reader.read(text: "会议指出,这是一项长期任务,要部署三项重点工作。").quantities == ["三项重点工作"])
        #expect(reader.read(text: "要把换届工作作为当前一项重要任务,抓好今后一个阶段的重点任务。").quantities.isEmpty)
    }
}
