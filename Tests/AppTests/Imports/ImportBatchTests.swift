import Domain
import Foundation
import TestSupport
import Testing

/// Many reports uploaded at once are read in the background; the batch shows its progress
/// and each file's result, and uploading the same files again creates nothing.
@Suite struct ImportBatchTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

    @Test func theOfficeUploadsManyReportsAndWatchesThemImported() async throws {
        let reports = try ReportImportAPITests.reports()
        try #require(!reports.isEmpty, "the corpus is missing at \(ReportImportAPITests.corpus.path)")
        try await withTestApp { (app: TestApp) async throws in
            let office = try await app.signedInClient("admin")
            let form = try await office.get("/imports")
            #expect(form.body.contains("批量导入") && form.body.contains("name=\"files[]\""))
            let files =
                reports.map { (field: "files[]", filename: $0.name, bytes: $0.bytes) } + [
                    ("files[]", "photo.png", Self.png)
                ]
            let started = try await office.upload("/imports/batches", files: files)
            #expect(started.status == 303, "\(started.body.prefix(300))")
            let page = try #require(started.location)
            let id = try #require(page.split(separator: "/").last.map(String.init))

            let batch = try await Self.finished(id, app: app)
            #expect(batch["total"] as? Int == reports.count + 1)
            #expect(batch["created"] as? Int == reports.count && batch["failed"] as? Int == 1)
            let items = try #require(batch["items"] as? [[String: Any]])
            #expect(items.map { $0["file"] as? String } == files.map(\.filename), "results in upload order")
            let failed = try #require(items.last)
            #expect((failed["message"] as? String)?.contains("这不是文本文档") == true)
            #expect(try await Meeting.query(on: app.db).count() == reports.count)

            let shown = try await office.get(page)
            #expect(shown.body.contains("已完成") && shown.body.contains("photo.png") && shown.body.contains("这不是文本文档"))
            #expect(!shown.body.contains("data-refresh"), "a finished batch stops reloading")

            // The same files again: every report is skipped, nothing new is created.
            let again = try await office.upload("/imports/batches", files: files)
            let secondID = try #require(again.location?.split(separator: "/").last.map(String.init))
            let second = try await Self.finished(secondID, app: app)
            #expect(second["skipped"] as? Int == reports.count && second["created"] as? Int == 0)
            #expect(try await Meeting.query(on: app.db).count() == reports.count)
        }
    }

    @Test func anEmptyOrOversizedChoiceIsRefused() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let office = try await app.signedInClient("admin")
            _ = try await office.get("/imports")
            let none = try await office.upload("/imports/batches", files: [("files[]", "", [])])
            #expect(none.status == 422 && none.body.contains("请选择要导入的报道文件"))
            let many = (0...ImportBatch.maxFiles).map {
                (field: "files[]", filename: "r\($0).txt", bytes: Array("会议召开".utf8))
            }
            let tooMany = try await office.upload("/imports/batches", files: many)
            #expect(tooMany.status == 422 && tooMany.body.contains("一次最多导入200个文件"))
            #expect(try await ImportBatch.query(on: app.db).count() == 0)
        }
    }

    @Test func aBatchThatStopsProgressingShowsAsInterrupted() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let admin = try await requireUser(app, "admin")
            let batch = try await ImportBatchCommands(clock: app.clock.appClock).begin(
                filenames: ["a.txt", "b.txt"], draftsOnly: false,
                by: admin.actor, on: app.db)
            let token = try await app.makeToken(for: admin)
            let path = "/api/v1/import-batches/\(batch.id!.uuidString)"
            #expect(try await app.client().json(.GET, path, token: token).object()["status"] as? String == "running")
            app.clock.advance(by: ImportBatch.stallSeconds + 60)
            #expect(
                try await app.client().json(.GET, path, token: token).object()["status"] as? String == "interrupted")
        }
    }

    /// Polls the batch through the API until it finishes (at most 30 s).
    static func finished(_ id: String, app: TestApp) async throws -> [String: Any] {
        let token = try await app.makeToken(for: try requireUser(app, "admin"))
        for _ in 0..<300 {
            let batch = try await app.client().json(.GET, "/api/v1/import-batches/\(id)", token: token).object()
            if batch["status"] as? String != "running" { return batch }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw FixtureError("the batch \(id) did not finish in 30 s")
    }
}
