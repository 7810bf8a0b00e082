import Domain
import Foundation
import TestSupport
import Testing

/// 完成情况, the 督办单 list and the 督查 list export and print exactly what they list.
@Suite struct SupervisionExportTests {
    @Test func theSupervisionListsAndTheCompletionTableExportAndPrint() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let notices = try await office.get("/notices?format=csv")
            #expect(notices.status == 200)
            #expect(notices.body.contains("编号") && notices.body.contains(world.noticeA.number))
            #expect(notices.body.contains(world.noticeB.number))
            // A liaison's export holds its own unit's notices only, as its list does.
            let liaisonNotices = try await (try await world.client(.liaison)).get("/notices?format=csv").body
            #expect(liaisonNotices.contains(world.noticeA.number) && !liaisonNotices.contains(world.noticeB.number))

            let inspections = try await office.get("/inspections?format=xlsx")
            #expect(inspections.status == 200 && inspections.bytes.starts(with: [0x50, 0x4B]))
            #expect(try await office.get("/inspections?format=csv").body.contains("一季度督查"))

            let completion = try await office.get("/tasks/completion?format=csv").body
            #expect(completion.contains("完成率") && completion.contains("甲单位") && completion.contains("乙单位"))
            for path in ["/tasks/completion?format=print", "/notices?format=print", "/inspections?format=print"] {
                let page = try await office.get(path)
                #expect(page.status == 200 && page.body.contains("data-print-now"), "\(path) prints as it opens")
            }
        }
    }
}
