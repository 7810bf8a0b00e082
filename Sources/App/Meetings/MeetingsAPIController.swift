import Domain
import Fluent
import Vapor

/// `/api/v1` for meetings and their relay reports: the same commands and checks as the pages.
struct MeetingsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.meetings), use: meetings)
        routes.post(.api(.meetings), use: createMeeting)
        routes.get(.api(.meeting(nil)), use: meeting)
        routes.put(.api(.meeting(nil)), use: updateMeeting)
        routes.delete(.api(.meeting(nil)), use: deleteMeeting)
        routes.post(.api(.meetingAttendance(nil)), use: respond)
        routes.post(.api(.meetingRelay(nil)), use: relay)
        routes.get(.api(.relays), use: relays)
    }

    @Sendable func meetings(req: Request) async throws -> ListDTO<MeetingDTO> {
        let query = try req.query.decode(SearchQuery.self)
        let page = try await Meeting.list(
            words: query.q, kind: query.kind.flatMap(MeetingKind.init(rawValue:)), for: req.actor(),
            page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(
            items: page.items.map(MeetingDTO.init), total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func createMeeting(req: Request) async throws -> Response {
        let meeting = try await req.tongxin.meetings.create(
            req.content.decode(MeetingBody.self).input, by: req.actor(), on: req.db)
        return try await MeetingDTO(
            MeetingDetail.load(meeting.requireID(), for: req.actor(), on: req.db), today: req.tongxin.today
        )
        .encodeResponse(status: .created, for: req)
    }

    @Sendable func meeting(req: Request) async throws -> MeetingDTO {
        MeetingDTO(
            try await MeetingDetail.load(req.idParameter(), for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    @Sendable func updateMeeting(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        _ = try await req.tongxin.meetings.update(
            id, req.content.decode(MeetingBody.self).input, by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    @Sendable func deleteMeeting(req: Request) async throws -> HTTPStatus {
        try await req.tongxin.meetings.delete(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    /// The caller's unit confirms attendance or sends apologies.
    @Sendable func respond(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(AttendanceBody.self)
        _ = try await req.tongxin.meetings.respond(
            id, attending: body.attending, note: body.note ?? "", by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    /// The caller's unit reports how it relayed the meeting (传达落实).
    @Sendable func relay(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(RelayBody.self)
        _ = try await req.tongxin.meetings.reportRelay(
            id, relayedOn: body.relayedOn, text: body.text, by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    /// Relay reports of the meetings that ask for them; `overdue=true` for the missing ones past due.
    @Sendable func relays(req: Request) async throws -> [RelayDTO] {
        let query = try req.query.decode(RelayQuery.self)
        let today = req.tongxin.today
        let ledger = try await RelayLedger.load(
            for: req.actor(), overdueOnly: query.overdue ?? false, today: today, on: req.db)
        return ledger.rows.map { RelayDTO($0, today: today) }
    }
}
