import Domain
import FluentKit
import Foundation
import TestSupport
import Testing

@Suite struct ReportAttachmentTests {
    @Test func aLiaisonAttachesAFileThatThoseWhoSeeTheTaskDownload() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            _ = try await ReportCommands(clock: app.clock.appClock).accept(world.reportA.id!, by: .system, on: app.db)
            let liaison = try await world.client(.liaison)
            let taskPath = "/tasks/\(AccessCases.id(world.taskA))"
            _ = try await liaison.get(taskPath)
            let photo = [UInt8](repeating: 0xFF, count: 300_000)
            let sent = try await liaison.upload(
                taskPath + "/reports", file: photo, filename: "C:\\照片\\现场.jpg", field: "files[]",
                fields: [("text", "现场已完工"), ("progress", "60")])
            #expect(sent.status == 303)
            let stored = try #require(
                try await ReportAttachment.query(on: app.db).filter(\.$filename == "现场.jpg").first())
            #expect(stored.size == 300_000)
            let page = try await liaison.get(taskPath)
            #expect(page.body.contains("现场.jpg") && page.body.contains("/attachments/\(AccessCases.id(stored))"))
            let download = try await (try await world.client(.leader)).get("/attachments/\(AccessCases.id(stored))")
            #expect(download.status == 200 && download.bytes == photo)
            #expect(download.headers.first(name: "Content-Disposition")?.hasPrefix("attachment;") == true)
        }
    }

    @Test func badFilesAreRefusedAndNothingIsWritten() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            _ = try await ReportCommands(clock: app.clock.appClock).accept(world.reportA.id!, by: .system, on: app.db)
            let liaison = try await world.client(.liaison)
            let taskPath = "/tasks/\(AccessCases.id(world.taskA))"
            _ = try await liaison.get(taskPath)
            let reports = try await ProgressReport.query(on: app.db).count()
            let program = try await liaison.upload(
                taskPath + "/reports", file: [0x4D, 0x5A], filename: "setup.exe", field: "files[]",
                fields: [("text", "附件"), ("progress", "20")])
            #expect(program.status == 422)
            #expect(program.body.contains("“setup.exe”不是可接受的附件类型"))
            #expect(try await ProgressReport.query(on: app.db).count() == reports)
            #expect(try await ReportAttachment.query(on: app.db).count() == 2)  // the World's two
        }
    }

    @Test func theAPITakesAttachmentsAsBase64() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            _ = try await ReportCommands(clock: app.clock.appClock).accept(world.reportA.id!, by: .system, on: app.db)
            let token = try await app.makeToken(for: world.user(.liaison))
            let client = app.client()
            let path = "/api/v1/tasks/\(AccessCases.id(world.taskA))/reports"
            let bad = try await client.json(
                .POST, path, token: token,
                body: [
                    "text": "进展", "progress": 30,
                    "attachments": [["filename": "a.pdf", "contentBase64": "不是"]],
                ])
            #expect(bad.status == 422)
            let good = try await client.json(
                .POST, path, token: token,
                body: [
                    "text": "进展", "progress": 30,
                    "attachments": [["filename": "纪要.docx", "contentBase64": Data("纪要".utf8).base64EncodedString()]],
                ])
            #expect(good.status == 201)
            let list = try await client.json(.GET, path, token: token)
            let items = try #require(try list.object()["items"] as? [[String: Any]])
            let files = try #require(items.first?["attachments"] as? [[String: Any]])
            #expect(files.first?["filename"] as? String == "纪要.docx")
            let id = try #require(files.first?["id"] as? String)
            let download = try await client.request(
                .GET, "/api/v1/attachments/\(id)", headers: [("Authorization", "Bearer \(token)")])
            #expect(String(decoding: download.bytes, as: UTF8.self) == "纪要")
        }
    }
}
