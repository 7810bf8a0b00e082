import Domain
import Foundation
import TestSupport
import Testing

/// A recurring meeting schedules its next meeting once it has been held, once, on the fixed clock.
@Suite struct MeetingSeriesTests {
    static let day: TimeInterval = 86_400

    @Test func aQuarterlySeriesSchedulesItsNextMeetingOnceItIsHeld() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let (a, b) = (try await app.makeUnit("a", name: "甲局"), try await app.makeUnit("b", name: "乙局"))
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let client = app.client()
            let created = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "季度协商座谈会", "day": "2026-03-10", "time": "15:00", "place": "市政协三楼会议室",
                    "kind": "consultation",
                    "recurrence": "quarterly", "relayDue": "2026-03-20",
                    "invitedUnitIds": [a.id!.uuidString, b.id!.uuidString],
                ])
            #expect(created.status == 201, "\(created.body)")
            let firstID = try #require(try created.object()["id"] as? String)
            let scheduler = MeetingScheduler(clock: app.clock.appClock)
            // 2026-03-02: not held yet.
            #expect(try await scheduler.scheduleNextMeetings(on: app.db).isEmpty)

            app.clock.advance(by: 8 * Self.day)  // 2026-03-10, the meeting's day
            let scheduled = try await scheduler.scheduleNextMeetings(on: app.db)
            #expect(scheduled.count == 1)
            #expect(try await scheduler.scheduleNextMeetings(on: app.db).isEmpty, "a second run schedules nothing more")
            let first = try await client.json(.GET, "/api/v1/meetings/\(firstID)", token: admin).object()
            let secondID = try #require(first["nextMeetingId"] as? String)
            let second = try await client.json(.GET, "/api/v1/meetings/\(secondID)", token: admin).object()
            #expect(second["day"] as? String == "2026-06-10")
            #expect(second["name"] as? String == "季度协商座谈会" && second["time"] as? String == "15:00")
            #expect(second["recurrence"] as? String == "quarterly")
            #expect(second["previousMeetingId"] as? String == firstID)
            #expect(
                second["relayDue"] as? String == "2026-06-20", "the relay due day keeps its distance from the meeting")
            let invited = (second["invitations"] as? [[String: Any]] ?? []).compactMap { $0["attendance"] as? String }
            #expect(invited == ["invited", "invited"])
            #expect(try await app.auditEntries().filter { $0.action == "meeting.schedule" }.count == 1)

            // The page links the series both ways.
            let office = try await app.signedInClient("admin", password: TestApp.adminPassword)
            let page = try await office.get("/meetings/\(firstID.lowercased())")
            #expect(page.body.contains("每季度") && page.body.contains("下一次") && page.body.contains("2026-06-10 季度协商座谈会"))

            // Left idle past a meeting day, the series resumes at its next day still ahead.
            app.clock.advance(by: 190 * Self.day)  // 2026-09-16
            let resumed = try await scheduler.scheduleNextMeetings(on: app.db)
            #expect(resumed.map(\.day) == ["2026-12-10"])

            // A meeting that does not recur schedules nothing.
            _ = try await client.json(
                .POST, "/api/v1/meetings", token: admin, body: ["name": "专题会议", "day": "2026-09-01"])
            #expect(try await scheduler.scheduleNextMeetings(on: app.db).isEmpty)
        }
    }

    @Test func aMonthlySeriesOnThe31stKeepsToMonthEnds() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let created = try await app.client().json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "月度调度会", "day": "2026-01-31", "recurrence": "monthly",
                ])
            #expect(created.status == 201)
            let scheduler = MeetingScheduler(clock: app.clock.appClock)
            var days: [String] = []
            for _ in 0..<3 {  // 2026-03-02, then each scheduled day in turn
                let next = try #require(try await scheduler.scheduleNextMeetings(on: app.db).first)
                days.append(next.day)
                let today = CalendarDay.today(app.clock.appClock)
                app.clock.advance(by: TimeInterval(today.days(until: CalendarDay(iso: next.day)!)) * Self.day)
            }
            #expect(days == ["2026-03-31", "2026-04-30", "2026-05-31"])
        }
    }

    @Test func deletingTheScheduledMeetingEndsTheSeries() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let client = app.client()
            let first = try await client.json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "季度协商座谈会", "day": "2026-03-01", "recurrence": "quarterly",
                ]
            ).object()
            let scheduler = MeetingScheduler(clock: app.clock.appClock)
            let next = try #require(try await scheduler.scheduleNextMeetings(on: app.db).first)
            #expect(
                try await client.json(.DELETE, "/api/v1/meetings/\(next.id!.uuidString)", token: admin).status == 204)
            let held = try await client.json(
                .GET, "/api/v1/meetings/\(try #require(first["id"] as? String))", token: admin
            ).object()
            #expect(held["recurrence"] as? String == "none")
            #expect(
                try await scheduler.scheduleNextMeetings(on: app.db).isEmpty,
                "the deleted meeting is not scheduled again")
        }
    }

    @Test func badRecurrenceAndRelayDaysAreRefused() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let admin = try await app.makeToken(for: try requireUser(app, "admin"))
            let before = try await Meeting.query(on: app.db).count()
            let early = try await app.client().json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "工作会议", "day": "2026-03-10", "relayDue": "2026-03-01",
                ])
            #expect(early.status == 422 && early.body.contains("传达落实报送时限不能早于会议日期"))
            let unknown = try await app.client().json(
                .POST, "/api/v1/meetings", token: admin,
                body: [
                    "name": "工作会议", "day": "2026-03-10", "recurrence": "weekly",
                ])
            #expect(unknown.status == 400 || unknown.status == 422)
            #expect(try await Meeting.query(on: app.db).count() == before)
        }
    }
}
