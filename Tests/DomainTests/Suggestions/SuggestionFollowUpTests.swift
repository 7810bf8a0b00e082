import Domain
import DomainTestSupport
import FluentKit
import Foundation
import Testing

/// Beside the handling: leaders' instructions and adoption, publication with consent, meeting
/// topics linked both ways, and files.
@Suite struct SuggestionFollowUpTests {
    typealias Flow = SuggestionFlowTests

    /// A suggestion by `p.author`, answered and sent to the senders.
    static func answered(_ app: TestDomain, _ p: Flow.People, consent: Bool = true) async throws -> UUID {
        let commands = SuggestionCommands(clock: app.clock.appClock)
        let draft = SuggestionDraft(
            title: Flow.draft.title, body: Flow.draft.body, category: "economy", publishConsent: consent)
        let id = try await commands.create(draft, authorID: nil, by: p.author, on: app.db).requireID()
        _ = try await commands.submit(id, cosigners: [], by: p.author, on: app.db)
        _ = try await commands.accept(id, isKey: false, by: p.office, on: app.db)
        _ = try await commands.route(id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: app.db)
        _ = try await commands.answer(id, text: "已设立转贷资金池。", answerClass: "A", by: p.lead, on: app.db)
        _ = try await commands.review(id, send: true, comment: "", by: p.office, on: app.db)
        return id
    }

    @Test func leadersInstructAndAdoptAndNobodyElseMay() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let leader = try await app.makeUser(
                "leader-1", role: .leader, unit: try await app.makeUnit("swbgs", name: "市委办公室")
            ).actor
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let db = app.db
            let id = try await commands.create(Flow.draft, authorID: nil, by: p.author, on: db).requireID()
            try await Flow.refused(app, id, Flow.conflict) {
                try await commands.instruct(id, text: "请发改委研究。", by: leader, on: db)
            }
            _ = try await commands.submit(id, cosigners: [], by: p.author, on: db)
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.instruct(id, text: "请研究。", by: p.office, on: db)
            }
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.instruct(id, text: "请研究。", by: p.author, on: db)
            }
            try await Flow.refused(app, id, Flow.invalid) {
                try await commands.instruct(id, text: "  ", by: leader, on: db)
            }
            try await Flow.refused(app, id, Flow.conflict) {
                try await commands.adopt(id, adopted: true, by: leader, on: db)
            }
            _ = try await commands.instruct(id, text: "请发改委牵头研究，尽快答复。", by: leader, on: db)
            _ = try await commands.accept(id, isKey: true, by: p.office, on: db)
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.adopt(id, adopted: true, by: p.office, on: db)
            }
            #expect(try await commands.adopt(id, adopted: true, by: leader, on: db).adopted)
            let detail = try await SuggestionDetail.load(id, for: p.office, on: db)
            #expect(detail.instructions.map(\.text) == ["请发改委牵头研究，尽快答复。"])
            // Instructions are for the office, leaders and the handling units, not the senders.
            #expect(try await SuggestionDetail.load(id, for: p.author, on: db).instructions.isEmpty)
            _ = try await commands.route(id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: db)
            #expect(try await SuggestionDetail.load(id, for: p.lead, on: db).instructions.count == 1)
            #expect(detail.instructions.first?.authorName == "用户leader-1")
            let entry = try #require(try await app.auditEntries().first { $0.action == "suggestion.instruct" })
            #expect(entry.changes["instruction"]?.after == "请发改委牵头研究，尽快答复。")
            #expect(try await commands.adopt(id, adopted: false, by: leader, on: db).adopted == false)
        }
    }

    @Test func onlyAnsweredSuggestionsWithConsentArePublishedAndWithdrawingConsentUnpublishes() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let db = app.db
            let refused = try await Self.answered(app, p, consent: false)
            try await Flow.refused(app, refused, Flow.conflict) {
                try await commands.publish(refused, true, by: p.office, on: db)
            }
            let id = try await Self.answered(app, p)
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.publish(id, true, by: p.author, on: db)
            }
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.consent(id, false, by: p.outsider, on: db)
            }
            // The office may type a suggestion in for a member, but not consent for them.
            let entered = try await commands.create(Flow.draft, authorID: p.author.userID, by: p.office, on: db)
                .requireID()
            try await Flow.refused(app, entered, Flow.forbidden) {
                try await commands.consent(entered, true, by: p.office, on: db)
            }
            #expect(try await commands.publish(id, true, by: p.office, on: db).isPublished)
            #expect(
                try await Suggestion.published(page: PageRequest(page: 1, per: 20), on: db).items.compactMap(\.id) == [
                    id
                ])
            _ = try await commands.consent(id, false, by: p.author, on: db)
            #expect(try await Suggestion.published(page: PageRequest(page: 1, per: 20), on: db).total == 0)
            await #expect(throws: DomainError.self) { try await Suggestion.published(id, on: db) }
            // Consent again does not republish by itself: the office decides.
            _ = try await commands.consent(id, true, by: p.author, on: db)
            #expect(try await Suggestion.published(page: PageRequest(page: 1, per: 20), on: db).total == 0)
        }
    }

    @Test func aMeetingListsItsTopicsAndTheSuggestionItsMeetings() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let db = app.db
            let meeting = try await MeetingCommands(clock: app.clock.appClock).create(
                MeetingInput(
                    kind: MeetingKind.consultation.rawValue, name: "一季度党外人士季谈会", day: "2026-03-20",
                    recurrence: "quarterly"),
                by: .system, on: db)
            let meetingID = try meeting.requireID()
            let id = try await commands.create(Flow.draft, authorID: nil, by: p.author, on: db).requireID()
            _ = try await commands.submit(id, cosigners: [], by: p.author, on: db)
            try await Flow.refused(app, id, Flow.conflict) {
                try await commands.addTopic(id, meetingID: meetingID, by: p.office, on: db)
            }
            _ = try await commands.accept(id, isKey: false, by: p.office, on: db)
            try await Flow.refused(app, id, Flow.forbidden) {
                try await commands.addTopic(id, meetingID: meetingID, by: p.author, on: db)
            }
            _ = try await commands.addTopic(id, meetingID: meetingID, by: p.office, on: db)
            _ = try await commands.addTopic(id, meetingID: meetingID, by: p.office, on: db)  // again: still one topic
            #expect(try await SuggestionTopic.query(on: db).count() == 1)
            #expect(try await SuggestionDetail.load(id, for: p.author, on: db).meetings.compactMap(\.id) == [meetingID])
            #expect(
                try await MeetingDetail.load(meetingID, for: p.office, on: db).topics.compactMap(\.suggestion.id) == [
                    id
                ])
            // A unit it is not routed to sees the meeting but not the suggestion among its topics.
            #expect(try await MeetingDetail.load(meetingID, for: p.otherUnit, on: db).topics.isEmpty)
            #expect(try await SuggestionTopic.candidates(forMeeting: meetingID, on: db).isEmpty)
            _ = try await commands.removeTopic(id, meetingID: meetingID, by: p.office, on: db)
            #expect(try await MeetingDetail.load(meetingID, for: p.office, on: db).topics.isEmpty)
            #expect(try await SuggestionTopic.candidates(forMeeting: meetingID, on: db).compactMap(\.id) == [id])
            // Deleting the meeting unlinks its topics; the suggestion stays.
            _ = try await commands.addTopic(id, meetingID: meetingID, by: p.office, on: db)
            try await MeetingCommands(clock: app.clock.appClock).delete(meetingID, by: .system, on: db)
            #expect(try await SuggestionTopic.query(on: db).count() == 0)
            #expect(try await SuggestionDetail.load(id, for: p.author, on: db).meetings.isEmpty)
        }
    }

    @Test func filesComeWithTheDraftWithinLimitsAndOnlyReadersGetThem() async throws {
        try await withTestDomain { (app: TestDomain) async throws in
            let p = try await Flow.people(app)
            let commands = SuggestionCommands(clock: app.clock.appClock)
            let db = app.db
            let file = { (name: String) in AttachmentUpload(filename: name, bytes: Data("%PDF-1.4 调研报告".utf8)) }
            // Six files are one too many: nothing is created.
            await #expect(throws: DomainError.self) {
                try await commands.create(
                    Flow.draft, authorID: nil, attachments: (1...6).map { file("附件\($0).pdf") }, by: p.author, on: db)
            }
            #expect(try await Suggestion.query(on: db).count() == 0)
            await #expect(throws: DomainError.self) {
                try await commands.create(
                    Flow.draft, authorID: nil, attachments: [file("run.exe")], by: p.author, on: db)
            }
            #expect(try await Suggestion.query(on: db).count() == 0)
            let id = try await commands.create(
                Flow.draft, authorID: nil, attachments: [file("调研报告.pdf")], by: p.author, on: db
            ).requireID()
            _ = try await commands.update(id, Flow.draft, attachments: [file("照片.jpg")], by: p.author, on: db)
            let infos = try await SuggestionAttachment.infos(of: id, on: db)
            #expect(infos.map(\.filename) == ["调研报告.pdf", "照片.jpg"])
            await #expect(throws: DomainError.self) {
                try await SuggestionAttachment.readable(infos[0].id, by: p.outsider, on: db)
            }
            await #expect(throws: DomainError.self) { try await commands.detach(infos[1].id, by: p.outsider, on: db) }
            #expect(
                try await SuggestionAttachment.readable(infos[0].id, by: p.author, on: db).data
                    == Data("%PDF-1.4 调研报告".utf8))
            _ = try await commands.detach(infos[1].id, by: p.author, on: db)
            _ = try await commands.submit(id, cosigners: [], by: p.author, on: db)
            await #expect(throws: DomainError.self) { try await commands.detach(infos[0].id, by: p.author, on: db) }
            await #expect(throws: DomainError.self) {
                try await commands.update(id, Flow.draft, attachments: [file("补充.pdf")], by: p.author, on: db)
            }
            #expect(try await SuggestionAttachment.infos(of: id, on: db).map(\.filename) == ["调研报告.pdf"])
            // Once routed, the handling unit reads the file too.
            _ = try await commands.accept(id, isKey: false, by: p.office, on: db)
            _ = try await commands.route(id, lead: p.leadUnit, coUnits: [], due: "2026-04-30", by: p.office, on: db)
            #expect(try await SuggestionAttachment.readable(infos[0].id, by: p.lead, on: db).filename == "调研报告.pdf")
        }
    }
}
