import Domain
import Foundation
import TestSupport
import Testing

/// The 责任分工方案 and a 督办单 download as Word documents, to those who may read them (the
/// browser tests read them back with python-docx and convert them with LibreOffice).
@Suite struct WordExportTests {
    @Test func theResponsibilityTableAndANoticeDownloadAsDocx() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let plan = try await office.get("/plans/\(AccessCases.id(world.plan))/responsibility.docx")
            #expect(plan.status == 200)
            #expect(plan.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(plan.headers.first(name: .contentDisposition)?.contains(".docx") == true)
            #expect(plan.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip package")
            for part in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/footer1.xml"] {
                #expect(plan.body.contains(part), "the package holds \(part)")
            }
            let notice = try await office.get("/notices/\(AccessCases.id(world.noticeA))/notice.docx")
            #expect(notice.status == 200 && notice.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            // Units read their own notices only, in Word as on the page.
            let liaison = try await world.client(.liaison)
            #expect(try await liaison.get("/notices/\(AccessCases.id(world.noticeB))/notice.docx").status == 403)
        }
    }
}
