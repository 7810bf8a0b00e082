@testable import App
import Domain
import Fluent
import Foundation
import Testing
import TestSupport

/// `tongxin demo`'s content: something in every state a user should be able to look at.
@Suite struct DemoTests {
    @Test func theDemoCityHasEveryStateAndLight() async throws {
        try await withTestApp { (app: TestApp) async throws in
            try await app.db.transaction { tx in
                var builder = try await DemoBuilder(app: app.app, db: tx)
                try await builder.units()
                let passwords = try await builder.users()
                #expect(Set(passwords.map(\.0)).count == DemoContent.users.count)
                try await builder.plan()
                try await builder.meetingsAndDocuments()
                try await builder.supervision()
            }
            _ = try await ReminderJob(clock: app.clock.appClock).run(on: app.db)
            let tasks = try await WorkTask.query(on: app.db).all()
            #expect(Set(tasks.map(\.status)) == Set(TaskStatus.allCases))
            #expect(Set(tasks.map(\.light)) == [.green, .yellow, .red])
            let reports = try await ProgressReport.query(on: app.db).all()
            #expect(Set(reports.map(\.status)) == [.submitted, .accepted, .returned])
            #expect(Set(try await SupervisionNotice.query(on: app.db).all().map(\.status)) == [.issued, .answered, .closed])
            #expect(Set(try await RectificationItem.query(on: app.db).all().map(\.status)) == [.open, .submitted, .signedOff])
            let meetings = try await Meeting.query(on: app.db).all()
            #expect(meetings.filter { $0.kind == .consultation }.count == 4)
            let plan = try #require(try await Plan.query(on: app.db).first())
            #expect(plan.$sourceMeeting.id != nil, "the plan comes from the imported deployment meeting")
            #expect(try await OfficialDocument.query(on: app.db).count() >= 3)
            #expect(try await InboxMessage.query(on: app.db).count() > 0)
        }
    }
}
