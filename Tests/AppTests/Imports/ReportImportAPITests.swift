import Domain
import Foundation
import TestSupport
import Testing

/// `POST /api/v1/imports` and `…/confirm` over every report of the dev corpus, and the limits.
@Suite struct ReportImportAPITests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/dev")

    static func reports() throws -> [(name: String, bytes: [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: corpus.appendingPathComponent($0)))) }
    }

    @Test func everyCorpusReportBecomesAMeetingAndADraftPlan() async throws {
        let reports = try Self.reports()
        try #require(!reports.isEmpty, "the corpus is missing at \(Self.corpus.path)")
        try await withTestApp { (app: TestApp) async throws in
            let token = try await app.makeToken(for: try requireUser(app, "admin"))
            let client = app.client()
            for (name, bytes) in reports {
                let started = try await client.request(
                    .POST, "/api/v1/imports", headers: [("Authorization", "Bearer \(token)")],
                    body: Self.multipart(bytes, filename: name), contentType: Self.multipartType)
                #expect(started.status == 201, "\(name): \(started.body.prefix(300))")
                let created = try started.object()
                let id = try #require(created["id"] as? String)
                let draft = try #require(created["draft"] as? [String: Any])
                let confirmed = try await client.json(
                    .POST, "/api/v1/imports/\(id)/confirm", token: token, body: ["draft": draft])
                #expect(confirmed.status == 200, "\(name): \(confirmed.body.prefix(300))")
                let result = try confirmed.object()
                let meetingID = try #require(result["meetingId"] as? String)
                let planID = try #require(result["planId"] as? String)

                let meeting = try await client.json(.GET, "/api/v1/meetings/\(meetingID)", token: token).object()
                let people = draft["people"] as? [[String: Any]] ?? []
                #expect(
                    (meeting["participants"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                        == people.compactMap { $0["name"] as? String }, "\(name): participants")
                let chair = people.first { ($0["roles"] as? [String] ?? []).contains("主持") }?["name"] as? String ?? ""
                #expect(meeting["chair"] as? String == chair, "\(name): chair")
                if let date = draft["meeting_date"] as? String {
                    let day = try #require(meeting["day"] as? String)
                    #expect(
                        date.hasPrefix("--") ? day.hasSuffix(String(date.dropFirst(1))) : day == date,
                        "\(name): \(day) for \(date)")
                }
                let requirements = (draft["requirements"] as? [[String: Any]] ?? []).filter {
                    !(($0["head"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                }
                let tasks = try await client.json(.GET, "/api/v1/tasks?planId=\(planID)&per=200", token: token).object()
                #expect(tasks["total"] as? Int == requirements.count, "\(name): one task per requirement")

                // Confirming again answers with the same things and creates nothing.
                let again = try await client.json(
                    .POST, "/api/v1/imports/\(id)/confirm", token: token, body: ["draft": draft])
                #expect(try again.object()["meetingId"] as? String == meetingID)
                // The same report sent again is the same import.
                let resent = try await client.request(
                    .POST, "/api/v1/imports", headers: [("Authorization", "Bearer \(token)")],
                    body: Self.multipart(bytes, filename: name), contentType: Self.multipartType)
                let resentID = try resent.object()["id"] as? String
                #expect(resent.status == 200 && resentID == id)
            }
            #expect(try await Meeting.query(on: app.db).count() == reports.count)
            #expect(try await Plan.query(on: app.db).count() == reports.count)
        }
    }

    @Test func pastedTextWorksAndEditsAreKept() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await app.makeToken(for: try requireUser(app, "admin"))
            let unit = try await app.makeUnit("tzb", name: "统战部")
            let client = app.client()
            let text = """
                全市民族宗教工作会议召开
                3月10日，全市民族宗教工作会议召开。市委副书记张明主持会议，市委常委、统战部部长李华出席并讲话。
                会议审议了《关于加强新时代民族工作的实施意见》。
                李华强调，一是要提高政治站位，切实增强责任感。二是要狠抓工作落实，确保各项任务落地见效。
                """
            let started = try await client.json(.POST, "/api/v1/imports", token: token, body: ["text": text])
            #expect(started.status == 201)
            let id = try #require(try started.object()["id"] as? String)
            var draft = try #require(try started.object()["draft"] as? [String: Any])
            var requirements = try #require(draft["requirements"] as? [[String: Any]])
            try #require(requirements.count == 2, "\(requirements)")
            requirements[0]["lead_unit_id"] = unit.id!.uuidString
            requirements[0]["deadline"] = "2026-06-30"
            requirements[1]["drop"] = true
            draft["requirements"] = requirements
            draft["place"] = "市委第一会议室"
            let confirmed = try await client.json(
                .POST, "/api/v1/imports/\(id)/confirm", token: token, body: ["draft": draft])
            #expect(confirmed.status == 200, "\(confirmed.body)")
            let taskIDs = try #require(try confirmed.object()["taskIds"] as? [String])
            #expect(taskIDs.count == 1)
            let task = try await client.json(.GET, "/api/v1/tasks/\(taskIDs[0])", token: token).object()
            #expect(task["leadUnitId"] as? String == unit.id!.uuidString)
            #expect(task["deadline"] as? String == "2026-06-30")
            let meetingID = try #require(try confirmed.object()["meetingId"] as? String)
            #expect(task["sourceMeetingId"] as? String == meetingID, "an imported task cites its meeting")
            let meeting = try await client.json(.GET, "/api/v1/meetings/\(meetingID)", token: token).object()
            #expect(meeting["place"] as? String == "市委第一会议室")
            #expect(meeting["chair"] as? String == "张明")
            #expect((meeting["documentIds"] as? [String])?.count == 1)
            let audit = try await app.auditEntries().map(\.action)
            #expect(
                audit.contains("import.create") && audit.contains("import.confirm") && audit.contains("meeting.create"))
        }
    }

    @Test func oversizedAndBinaryUploadsAreRefusedAndLeaveNothing() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await app.makeToken(for: try requireUser(app, "admin"))
            let client = app.client()
            // Just over the route's 12 MB limit: enough to be refused, little left to drain after the 413.
            let huge = [UInt8](repeating: 0x41, count: 13 * 1024 * 1024)
            let tooBig = try await client.request(
                .POST, "/api/v1/imports", headers: [("Authorization", "Bearer \(token)")],
                body: Self.multipart(huge, filename: "big.txt"), contentType: Self.multipartType)
            #expect(tooBig.status == 413)
            #expect(try tooBig.object()["error"] != nil)
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 2_000)
            let image = try await client.request(
                .POST, "/api/v1/imports", headers: [("Authorization", "Bearer \(token)")],
                body: Self.multipart(png, filename: "photo.png"), contentType: Self.multipartType)
            #expect(image.status == 422)
            #expect(image.body.contains("不是文本文档"))
            #expect(try await ReportImport.query(on: app.db).count() == 0)
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyTheOfficeImports() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let unit = try await app.makeUnit("a")
            let liaison = try await app.makeUser("li", role: .liaison, unit: unit)
            let token = try await app.makeToken(for: liaison)
            let refused = try await app.client().json(.POST, "/api/v1/imports", token: token, body: ["text": "某某会议召开"])
            #expect(refused.status == 403)
            #expect(try await ReportImport.query(on: app.db).count() == 0)
        }
    }

    static let boundary = "tongxin-import-test"
    static let multipartType = "multipart/form-data; boundary=\(boundary)"

    static func multipart(_ bytes: [UInt8], filename: String) -> Data {
        var body = Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n".utf8)
        body.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(Data(bytes))
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return body
    }
}
