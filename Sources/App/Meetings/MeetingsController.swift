import Domain
import Fluent
import Vapor

/// Meeting pages: the list, the meeting with its participants, documents and plans, and
/// the office's form.
struct MeetingsController {

    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .meetings, new: .newMeeting, record: .meeting(nil), edit: .editMeeting(nil),
            .init(index: index, new: new, create: create, show: show, edit: edit, update: update))
        routes.post(.deleteMeeting(nil), use: delete)
        routes.post(.meetingAttendance(nil), use: respond)
        routes.post(.meetingRelay(nil), use: relay)
        routes.get(.relays, use: relays)
    }

    /// A liaison reports how their unit relayed the meeting (传达落实).
    @Sendable func relay(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(RelayForm.self)
        return try await req.runForm(back: { .meeting(id) }) {
            _ = try await req.tongxin.meetings.reportRelay(
                id, relayedOn: form.relayedOn ?? "", text: form.text ?? "",
                by: req.actor(), on: req.db)
            return (.meeting(id), "已报送传达落实情况")
        }
    }

    /// The relay reports due, unit by unit; `overdue=1` for the missing ones past due.
    @Sendable func relays(req: Request) async throws -> Response {
        let query = try req.query.decode(RelayQuery.self)
        let today = req.tongxin.today
        let ledger = try await RelayLedger.load(
            for: req.actor(), overdueOnly: query.overdue == "1", today: today, on: req.db)
        return req.render(RelayViews.index(ledger.rows.map(RelayViews.Line.init), overdueOnly: query.overdue == "1"))
    }

    /// A liaison answers for their unit: 参会 or 请假.
    @Sendable func respond(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(AttendanceForm.self)
        return try await req.runForm(back: { .meeting(id) }) {
            let invitation = try await req.tongxin.meetings.respond(
                id, attending: form.attending == "1", note: form.note ?? "",
                by: req.actor(), on: req.db)
            return (.meeting(id), "已回复：\(invitation.attendance.label)")
        }
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        let query = try req.query.decode(SearchQuery.self)
        let page = try await Meeting.list(
            words: query.q, kind: query.kind.flatMap(MeetingKind.init(rawValue:)), for: actor,
            page: PageRequest(page: query.page, defaultPer: 25), on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        let meetings = page.map { MeetingSummary($0, hostUnitName: $0.$hostUnit.id.flatMap { names[$0] } ?? "") }
        return req.render(
            MeetingViews.index(
                meetings, query: query,
                canManage: MeetingPermissions.can(.manage, actor: actor),
                canImport: ImportPermissions.can(.importReports, actor: actor)))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try MeetingPermissions.require(.manage, actor: req.actor())
        return try await form(req, MeetingForm(), editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try MeetingPermissions.require(.manage, actor: req.actor())
        let values = try req.content.decode(MeetingForm.self)
        return try await req.saveForm {
            let meeting = try await req.tongxin.meetings.create(values.input, by: req.actor(), on: req.db)
            return (.meeting(meeting.id), "已记录会议“\(meeting.name)”")
        } reshow: { errors, status in
            try await form(req, values, editing: nil, errors: errors, status: status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        req.render(
            MeetingViews.show(
                try await .query(req.idParameter(), for: req.actor(), today: req.tongxin.today, on: req.db)))
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.actor()
        try MeetingPermissions.require(.manage, actor: actor)
        let detail = try await MeetingDetail.load(req.idParameter(), for: actor, on: req.db)
        return try await form(req, MeetingForm(detail), editing: detail.meeting.id, errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        try MeetingPermissions.require(.manage, actor: req.actor())
        let id = try req.idParameter()
        let values = try req.content.decode(MeetingForm.self)
        return try await req.saveForm {
            _ = try await req.tongxin.meetings.update(id, values.input, by: req.actor(), on: req.db)
            return (.meeting(id), "已保存")
        } reshow: { errors, status in
            try await form(req, values, editing: id, errors: errors, status: status)
        }
    }

    /// Without `confirm=1`, shows the confirmation page; with it, deletes.
    @Sendable func delete(req: Request) async throws -> Response {
        try MeetingPermissions.require(.manage, actor: req.actor())
        let id = try req.idParameter()
        guard req.deletionConfirmed else {
            return req.render(
                MeetingViews.confirmDelete(MeetingSummary(try await Meeting.require(id, on: req.db), hostUnitName: "")))
        }
        // Refused (a task cites it): back to the meeting with the reason.
        return try await req.runForm(back: { .meeting(id) }) {
            try await req.tongxin.meetings.delete(id, by: req.actor(), on: req.db)
            return (.meetings, "会议已删除")
        }
    }

    private func form(
        _ req: Request, _ values: MeetingForm, editing: UUID?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let units = try await OrgUnit.tree(on: req.db)
        return req.render(MeetingViews.form(values, editing: editing, units: units, errors: errors), status: status)
    }
}
