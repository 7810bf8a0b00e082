import Domain
import Foundation
import TestSupport
import Testing

/// Documents keep their files: uploaded on the form or in the API, downloaded by readers,
/// removed by the office; bad files are refused and leave nothing.
@Suite struct DocumentAttachmentTests {
    @Test func theOfficeAttachesFilesOnTheFormAndReadersDownloadThem() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let pdf = Array("%PDF-1.7 实施意见正文".utf8)
            _ = try await office.get("/documents/new")
            let created = try await office.upload(
                "/documents", files: [("files[]", "换届工作安排.pdf", pdf), ("files[]", "附件2 名额分配表.xlsx", [0x50, 0x4B])],
                fields: [("title", "关于做好换届工作的通知"), ("kind", "notice")])
            #expect(created.status == 303, "\(created.body)")
            let page = try await office.get(try #require(created.location))
            #expect(page.body.contains("换届工作安排.pdf") && page.body.contains("附件2 名额分配表.xlsx"))
            let link = try #require(page.body.firstMatch(of: /href="(\/document-files\/[0-9a-f-]+)">换届工作安排\.pdf/)).1
            // A liaison reads documents, so downloads the file, byte for byte.
            let download = try await world.client(.liaison).get(String(link))
            #expect(download.status == 200 && Array(download.body.utf8) == pdf)
            #expect(download.headers.first(name: "Content-Disposition")?.hasPrefix("attachment") == true)
            // A member does not read documents.
            let member = try await app.signedInClient(
                try await app.makeUser("member-x", role: .member, unit: world.unitA).username,
                password: TestApp.adminPassword)
            #expect(try await member.get(String(link)).status == 403)

            let removed = try await office.post("\(link)/delete", form: [])
            #expect(removed.status == 303)
            let after = try await office.get(try #require(created.location))
            #expect(!after.body.contains("换届工作安排.pdf") && after.body.contains("附件2 名额分配表.xlsx"))
            let audit = try await app.auditEntries()
            #expect(audit.filter { $0.action == "document.detach" }.count == 1)
            #expect(
                audit.filter {
                    $0.action == "document.attach" && $0.changes["files"]?.after == "换届工作安排.pdf、附件2 名额分配表.xlsx"
                }.count == 1)
        }
    }

    @Test func theAPIAddsFilesAndRefusesBadOnesWithoutWritingAnything() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let admin = try await app.makeToken(for: world.user(.admin))
            let client = app.client()
            let documents = try await OfficialDocument.query(on: app.db).count()
            let program = try await client.json(
                .POST, "/api/v1/documents", token: admin,
                body: [
                    "title": "关于某事的通知",
                    "attachments": [
                        ["filename": "setup.exe", "contentBase64": Data([0x4D, 0x5A]).base64EncodedString()]
                    ],
                ])
            #expect(program.status == 422 && program.body.contains("不是可接受的附件类型"))
            let tooMany = try await client.json(
                .POST, "/api/v1/documents", token: admin,
                body: [
                    "title": "关于某事的通知",
                    "attachments": (1...11).map {
                        ["filename": "附件\($0).pdf", "contentBase64": Data("%PDF".utf8).base64EncodedString()]
                    },
                ])
            #expect(tooMany.status == 422 && tooMany.body.contains("每份文件最多10个附件"))
            #expect(
                try await OfficialDocument.query(on: app.db).count() == documents, "a refused document leaves nothing")

            let id = world.document.id!.uuidString
            let added = try await client.json(
                .PUT, "/api/v1/documents/\(id)", token: admin,
                body: [
                    "title": world.document.title, "number": world.document.number,
                    "attachments": [
                        [
                            "filename": "附件2.docx",
                            "contentBase64": Data([0x50, 0x4B, 0x03, 0x04]).base64EncodedString(),
                        ]
                    ],
                ])
            #expect(added.status == 200, "\(added.body)")
            let files = try #require(try added.object()["attachments"] as? [[String: Any]])
            #expect(files.compactMap { $0["filename"] as? String } == ["附件1.pdf", "附件2.docx"])
            let fileID = try #require(files.last?["id"] as? String)
            let bytes = try await client.request(
                .GET, "/api/v1/document-files/\(fileID)", headers: [("Authorization", "Bearer \(admin)")])
            #expect(bytes.status == 200 && Array(bytes.body.utf8) == [0x50, 0x4B, 0x03, 0x04])
            #expect(try await client.json(.DELETE, "/api/v1/document-files/\(fileID)", token: admin).status == 204)
            #expect(try await client.json(.GET, "/api/v1/document-files/\(fileID)", token: admin).status == 404)
        }
    }
}
