import Domain
import Foundation
import TestSupport
import Testing

@testable import App

/// 会议日历: the month view, and a subscription file that phone calendars fetch without a
/// session, revocable, holding only the meetings the user's unit takes part in.
@Suite struct CalendarTests {
    @Test func theMonthViewListsTheMonthsMeetings() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let office = try await world.client(.admin)
            let february = try await office.get("/meetings/calendar?month=2026-02")
            #expect(february.status == 200)
            #expect(february.body.contains("2026年2月") && february.body.contains(world.meeting.name))
            #expect(february.body.contains("href=\"/meetings/\(AccessCases.id(world.meeting))\""))
            #expect(!(try await office.get("/meetings/calendar?month=2026-03").body.contains(world.meeting.name)))
            let bad = try await office.get("/meetings/calendar?month=March")
            #expect(bad.status == 422 && bad.body.contains("2026-03"))
            // Unit B is not invited: its month is empty.
            let other = try await app.signedInClient(world.userB.username)
            #expect(!(try await other.get("/meetings/calendar?month=2026-02").body.contains(world.meeting.name)))
        }
    }

    @Test func aSubscriptionServesTheUnitsMeetingsUntilRevoked() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let liaison = try await world.client(.liaison)
            let issued = try await liaison.json(.POST, "/api/v1/meetings/calendar/feed", token: nil)
            #expect(issued.status == 201, "\(issued.body)")
            let url = try #require(try issued.object()["url"] as? String)
            let path = try #require(URL(string: url)?.path)
            #expect(path.hasPrefix("/calendar/txcal_") && path.hasSuffix(".ics"))

            let feed = try await app.client().get(path)
            #expect(feed.status == 200)
            #expect(feed.headers.contentType?.subType == "calendar")
            #expect(feed.body.hasPrefix("BEGIN:VCALENDAR\r\n") && feed.body.hasSuffix("END:VCALENDAR\r\n"))
            #expect(feed.body.contains("SUMMARY:\(world.meeting.name)"))
            #expect(feed.body.contains("DTSTART;VALUE=DATE:20260220"))
            #expect(
                feed.body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines fold at 75 octets")

            // Another unit's subscription does not hold the meeting.
            let other = try await app.signedInClient(world.userB.username)
            let otherURL = try #require(
                try await other.json(.POST, "/api/v1/meetings/calendar/feed", token: nil).object()["url"] as? String)
            let otherFeed = try await app.client().get(URL(string: otherURL)!.path)
            #expect(otherFeed.status == 200 && !otherFeed.body.contains("BEGIN:VEVENT"))

            // A new address retires the old one; revoking retires the new one.
            let again = try #require(
                try await liaison.json(.POST, "/api/v1/meetings/calendar/feed", token: nil).object()["url"] as? String)
            #expect(try await app.client().get(path).status == 404)
            let newPath = URL(string: again)!.path
            #expect(try await app.client().get(newPath).status == 200)
            #expect(try await liaison.json(.DELETE, "/api/v1/meetings/calendar/feed", token: nil).status == 204)
            #expect(try await app.client().get(newPath).status == 404)
            #expect(try await app.client().get("/calendar/txcal_guess.ics").status == 404)
        }
    }
}

/// The subscription file's text escaping: no text can end a line of the file.
@Suite struct ICalendarEscapingTests {
    @Test func lineBreaksAndControlCharactersCannotEndALine() {
        #expect(ICalendar.escape("第一\r\nEND:VEVENT\r第二\n第三") == "第一\\nEND:VEVENT\\n第二\\n第三")
        #expect(ICalendar.escape("a;b,c\\d\u{0B}e\u{7F}") == "a\\;b\\,c\\\\de")
    }
}
