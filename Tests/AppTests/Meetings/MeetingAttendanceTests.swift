import Domain
import Foundation
import TestSupport
import Testing

/// Invited units answer for themselves; the office's edits keep the answers of units still invited.
@Suite struct MeetingAttendanceTests {
    @Test func invitedUnitsConfirmOrSendApologies() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let (a, b, c) = (
                try await app.makeUnit("a", name: "甲局"), try await app.makeUnit("b", name: "乙局"),
                try await app.makeUnit("c", name: "丙局")
            )
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let liaisonA = try await app.makeToken(for: try await app.makeUser("li-a", role: .liaison, unit: a))
            let liaisonC = try await app.makeToken(for: try await app.makeUser("li-c", role: .liaison, unit: c))
            let viewerA = try await app.makeToken(for: try await app.makeUser("vi-a", role: .viewer, unit: a))
            let client = app.client()
            let created = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "第二季度协商座谈会", "day": "2026-06-20", "kind": "consultation",
                    "invitedUnitIds": [a.id!.uuidString, b.id!.uuidString],
                ])
            #expect(created.status == 201, "\(created.body)")
            let id = try #require(try created.object()["id"] as? String)
            let answered = try await client.json(
                .POST, "/api/v1/meetings/\(id)/attendance", token: liaisonA,
                body: ["attending": true, "note": "副局长参加"])
            #expect(answered.status == 200, "\(answered.body)")
            #expect(try Self.attendance(answered, unit: a) == "confirmed")
            #expect(try Self.attendance(answered, unit: b) == "invited")
            #expect(
                try await client.json(
                    .POST, "/api/v1/meetings/\(id)/attendance", token: liaisonC, body: ["attending": true]
                ).status == 403)
            #expect(
                try await client.json(
                    .POST, "/api/v1/meetings/\(id)/attendance", token: viewerA, body: ["attending": true]
                ).status == 403)

            let replaced = try await client.json(
                .PUT, "/api/v1/meetings/\(id)", token: admin,
                body: [
                    "name": "第二季度协商座谈会", "day": "2026-06-20", "kind": "consultation",
                    "invitedUnitIds": [a.id!.uuidString, c.id!.uuidString],
                ])
            #expect(replaced.status == 200)
            #expect(try Self.attendance(replaced, unit: a) == "confirmed", "a unit still invited keeps its answer")
            #expect(try Self.attendance(replaced, unit: b) == nil)
            #expect(try Self.attendance(replaced, unit: c) == "invited")
            let declined = try await client.json(
                .POST, "/api/v1/meetings/\(id)/attendance", token: liaisonC,
                body: ["attending": false, "note": "另有公务"])
            #expect(try Self.attendance(declined, unit: c) == "declined")
            #expect(try await app.auditEntries().filter { $0.action == "meeting.attendance" }.count == 2)
        }
    }

    @Test func theLiaisonAnswersOnTheMeetingPage() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            let path = "/meetings/\(world.meeting.id!.uuidString.lowercased())"
            let page = try await liaison.get(path)
            #expect(page.body.contains("确认参会") && page.body.contains("待确认"))
            let answered = try await liaison.post("\(path)/attendance", form: [("attending", "0"), ("note", "出差")])
            #expect(answered.status == 303)
            let after = try await liaison.get(path)
            #expect(after.body.contains("已回复：请假") && after.body.contains("出差"))
            // A viewer of the same unit sees the answers but no form.
            let viewer = try await world.client(.viewer)
            let seen = try await viewer.get(path)
            #expect(seen.body.contains("请假") && !seen.body.contains("确认参会"))
        }
    }

    static func attendance(_ response: TestResponse, unit: OrgUnit) throws -> String? {
        let invitations = try response.object()["invitations"] as? [[String: Any]] ?? []
        return invitations.first { ($0["unitId"] as? String)?.lowercased() == unit.id!.uuidString.lowercased() }?[
            "attendance"] as? String
    }
}
