import ChineseText
import Domain
import DomainTestSupport
import FluentKit
import Foundation

extension WriterWalk {
    func meetings(_ admin: Actor, unit: OrgUnit, liaison: Actor) async throws {
        let meetings = MeetingCommands(clock: clock)
        let input = MeetingInput(
            name: "领导小组全体会议", day: "2026-03-02", participants: [ParticipantFields(name: "张某某")],
            invitedUnitIDs: [unit.id!], recurrence: MeetingRecurrence.monthly.rawValue, relayDue: "2026-03-10")
        let meeting = try await meetings.create(input, by: admin, on: db)
        _ = try await meetings.respond(meeting.requireID(), attending: true, note: "", by: liaison, on: db)
        _ = try await meetings.reportRelay(
            meeting.requireID(), relayedOn: "2026-03-02", text: "已传达", by: liaison, on: db)
        var changed = input
        changed.place = "第一会议室"
        _ = try await meetings.update(meeting.requireID(), changed, by: admin, on: db)
        let file = AttachmentUpload(filename: "纪要.pdf", bytes: Data("%PDF-1.4\n".utf8))
        let document = try await DocumentCommands(clock: clock).create(
            DocumentInput(title: "工作要点", meetingID: meeting.id), attachments: [file],
            by: admin, on: db)
        _ = try await DocumentCommands(clock: clock).update(
            document.requireID(), DocumentInput(title: "2026年工作要点"), by: admin, on: db)
        let attachment = try await DocumentAttachment.query(on: db).filter(\.$document.$id == document.requireID())
            .first()!
        _ = try await DocumentCommands(clock: clock).deleteAttachment(attachment.requireID(), by: admin, on: db)
        try await DocumentCommands(clock: clock).delete(document.requireID(), by: admin, on: db)
        let other = try await meetings.create(MeetingInput(name: "专题会议", day: "2026-03-03"), by: admin, on: db)
        try await meetings.delete(other.requireID(), by: admin, on: db)
        let feeds = CalendarFeedCommands(clock: clock)
        _ = try await feeds.issue(by: liaison, on: db)
        _ = try await feeds.issue(by: liaison, on: db)
        try await feeds.revoke(by: liaison, on: db)
        app.clock.advance(by: 40 * 86_400)
        _ = try await MeetingScheduler(clock: clock).run(on: db)
    }

    func imports(_ admin: Actor) async throws {
        let commands = ImportCommands(clock: clock, reader: try ReportReader())
        let report = "3月1日，示范县召开领导小组全体会议。县委书记张某某出席会议并讲话。会议要求，一是要加强组织领导；二是要压实工作责任。"
        let (record, _) = try await commands.start(bytes: Array(report.utf8), filename: "walk.txt", by: admin, on: db)
        _ = try await commands.confirm(record.requireID(), draft: nil, by: admin, on: db)
        let batches = ImportBatchCommands(clock: clock)
        let batch = try await batches.begin(filenames: ["a.txt", "b.txt"], draftsOnly: false, by: admin, on: db)
        let outcome = try await commands.importReport(
            bytes: Array(("5月6日，" + report.dropFirst(5)).utf8), filename: "a.txt",
            hostUnit: nil, draftsOnly: true, by: admin, on: db)
        try await batches.record(.success(outcome), file: "a.txt", in: batch, on: db)
        try await batches.interrupt(batch, on: db)
    }

    func suggestions(_ admin: Actor, unit: OrgUnit, liaison: Actor, member: Actor) async throws {
        let commands = SuggestionCommands(clock: clock)
        let file = AttachmentUpload(filename: "附件.pdf", bytes: Data("%PDF-1.4\n".utf8))
        let draft = SuggestionDraft(title: "关于优化营商环境的建议", body: "建议简化审批流程。", category: "economy", publishConsent: true)
        let id = try await commands.create(draft, authorID: nil, attachments: [file], by: member, on: db).requireID()
        _ = try await commands.update(id, draft, by: member, on: db)
        let fileID = try await SuggestionAttachment.query(on: db).filter(\.$suggestion.$id == id).first()!.requireID()
        _ = try await commands.detach(fileID, by: member, on: db)
        _ = try await commands.submit(id, cosigners: [], by: member, on: db)
        _ = try await commands.accept(id, isKey: true, by: admin, on: db)
        let leader = try await app.makeUser("walk-leader", role: .leader, unit: try await app.officeUnit()).actor
        _ = try await commands.instruct(id, text: "请认真研究", by: leader, on: db)
        _ = try await commands.route(id, lead: unit.requireID(), coUnits: [], due: "2026-06-30", by: admin, on: db)
        _ = try await commands.answer(id, text: "已采纳", answerClass: "A", by: liaison, on: db)
        _ = try await commands.review(id, send: true, comment: "", by: admin, on: db)
        _ = try await commands.rate(id, "satisfied", comment: "", by: member, on: db)
        _ = try await commands.adopt(id, adopted: true, by: leader, on: db)
        _ = try await commands.publish(id, true, by: admin, on: db)
        _ = try await commands.consent(id, false, by: member, on: db)
        let meeting = try await MeetingCommands(clock: clock).create(
            MeetingInput(
                kind: "consultation", name: "季度协商座谈会",
                day: "2026-06-01"), by: admin, on: db)
        _ = try await commands.addTopic(id, meetingID: meeting.requireID(), by: admin, on: db)
        _ = try await commands.removeTopic(id, meetingID: meeting.requireID(), by: admin, on: db)
        let second = try await commands.create(draft, authorID: nil, by: member, on: db).requireID()
        _ = try await commands.submit(second, cosigners: [], by: member, on: db)
        _ = try await commands.decline(second, reason: "不属于受理范围", by: admin, on: db)
        _ = try await commands.expireCosigners(on: db)
    }

    func jobs(unit: OrgUnit, liaison: Actor) async throws {
        let notification = Notification(
            kind: .reportDue, title: "请报送进展", body: "本月进展待报送",
            subject: Notification.Subject(type: "unit", id: try unit.requireID()))
        _ = try await Notifier(clock: clock).sendOnce(key: "walk", notification, toUnit: unit.requireID(), on: db)
        _ = try await ReminderJob(clock: clock).run(on: db)
        let message = try await InboxMessage.query(on: db).filter(\.$user.$id == liaison.userID!).first()!
        _ = try await InboxCommands(clock: clock).markRead(message.requireID(), by: liaison, on: db)
        try await InboxCommands(clock: clock).markAllRead(by: liaison, on: db)
    }
}
