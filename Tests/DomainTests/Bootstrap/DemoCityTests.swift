import ChineseText
import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// `tongxin demo`'s content: something in every state a user should be able to look at,
/// every write of it checked by the write path's inspector.
@Suite struct DemoCityTests {
    @Test func theDemoCityHasEveryStateAndLight() async throws {
        try await withTestDomain { app in
            app.clock.advance(by: 121 * 86_400)  // 2026-07-01: two quarterly meetings held
            let passwords = try await DemoCity.build(
                clock: app.clock.appClock, hasher: app.hasher, reader: try ReportReader(), on: app.db)
            #expect(Set(passwords.map(\.0)).count == DemoContent.users.count)
            await #expect(throws: DomainError.self, "a second run refuses a database that holds data") {
                _ = try await DemoCity.build(
                    clock: app.clock.appClock, hasher: app.hasher, reader: try ReportReader(), on: app.db)
            }
            _ = try await ReminderJob(clock: app.clock.appClock).run(on: app.db)
            let series = try await MeetingScheduler(clock: app.clock.appClock).run(on: app.db)
            #expect(series.meetingsScheduled == 1 && series.relayReminders == 2)
            let tasks = try await WorkTask.query(on: app.db).all()
            #expect(Set(tasks.map(\.status)) == Set(TaskStatus.allCases))
            #expect(Set(tasks.map(\.light)) == [.green, .yellow, .red])
            let reports = try await ProgressReport.query(on: app.db).all()
            #expect(Set(reports.map(\.status)) == [.submitted, .accepted, .returned])
            #expect(
                Set(try await SupervisionNotice.query(on: app.db).all().map(\.status)) == [.issued, .answered, .closed])
            #expect(
                Set(try await RectificationItem.query(on: app.db).all().map(\.status)) == [
                    .open, .submitted, .signedOff,
                ])
            let meetings = try await Meeting.query(on: app.db).all()
            let consultations = meetings.filter { $0.kind == .consultation }.sorted { $0.day < $1.day }
            #expect(
                consultations.map(\.day) == ["2026-03-20", "2026-06-20", "2026-09-20"],
                "held so far, and the next one scheduled")
            #expect(consultations[2].previousMeetingID == consultations[1].id)
            let relays = try await MeetingInvitation.query(on: app.db).filter(\.$meeting.$id == consultations[1].id!)
                .all()
            let today = CalendarDay.today(app.clock.appClock)
            #expect(
                Set(relays.compactMap { $0.relayState(due: consultations[1].relayDue, today: today)?.label }) == [
                    "已报送", "逾期 1 天",
                ])
            let plan = try #require(try await Plan.query(on: app.db).first())
            #expect(plan.$sourceMeeting.id != nil, "the plan comes from the imported deployment meeting")
            #expect(try await OfficialDocument.query(on: app.db).count() >= 3)
            #expect(try await InboxMessage.query(on: app.db).count() > 0)
            let suggestions = try await Suggestion.query(on: app.db).all()
            #expect(
                Set(suggestions.map(\.status)) == [
                    .draft, .submitted, .declined, .accepted, .routed, .answerSubmitted, .answered, .closed,
                ])
            #expect(suggestions.count >= 12, "a dozen suggestions")
            // The year's work: about thirty units, eighty tasks over the plan's areas, reported on.
            #expect(try await OrgUnit.query(on: app.db).count() >= 30)
            #expect(try await WorkTask.query(on: app.db).count() >= 70)
            #expect(try await PlanArea.query(on: app.db).count() >= 8)
            #expect(try await ProgressReport.query(on: app.db).filter(\.$status == .accepted).count() >= 40)
            let published = try #require(suggestions.first { $0.isPublished })
            #expect(published.adopted)
            #expect(try await SuggestionTopic.query(on: app.db).filter(\.$suggestion.$id == published.id!).count() == 1)
            let waiting = try #require(suggestions.first { $0.status == .submitted && $0.title.contains("口袋公园") })
            let similar = try await SuggestionIndex.similar(
                title: waiting.title, body: waiting.body, except: waiting.id, for: .system, on: app.db)
            #expect(
                similar.first?.suggestion.id == published.id,
                "the office sees the earlier suggestion on the same matter")
        }
    }
}
