import Domain
import Vapor

/// 会议日历: the month view, the user's subscription address (issue and revoke, with API
/// twins) and the subscription file itself, which calendars fetch without a session.
struct CalendarController {
    /// Days before today and after it that a subscription file covers.
    static let feedDaysBack = 92
    static let feedDaysAhead = 366

    func register(protected: any RoutesBuilder, open: any RoutesBuilder) {
        protected.get(.meetingCalendar, use: month)
        protected.post(.calendarFeed, use: issue)
        protected.post(.revokeCalendarFeed, use: revoke)
        protected.post(.api(.calendarFeed), use: issueAPI)
        protected.delete(.api(.calendarFeed), use: revokeAPI)
        open.get(.calendarFeedFile(nil), use: file)
    }

    @Sendable func month(req: Request) async throws -> Response {
        let actor = try req.actor()
        let today = req.tongxin.today
        let first = try Self.month(req.query[String.self, at: "month"], today: today)
        let meetings = try await MeetingCalendar.meetings(from: first, to: first.endOfMonth(), for: actor, on: req.db)
        var feedActive = false
        if let userID = actor.userID { feedActive = try await CalendarFeed.exists(for: userID, on: req.db) }
        let model = CalendarView.Model(
            month: first, today: today,
            items: meetings.map { meeting in
                .init(
                    id: meeting.id!, day: meeting.day, time: meeting.time, name: meeting.name, place: meeting.place,
                    kind: meeting.kind.label, isFuture: meeting.day > today.description)
            },
            feedActive: feedActive)
        return req.render(CalendarView.page(model))
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let secret = try await CalendarFeedCommands(clock: req.tongxin.clock).issue(by: req.actor(), on: req.db)
        return req.redirect(to: .meetingCalendar, flash: "订阅地址（只显示这一次，请复制到日历中）：\(Self.address(secret, req))")
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        try await CalendarFeedCommands(clock: req.tongxin.clock).revoke(by: req.actor(), on: req.db)
        return req.redirect(to: .meetingCalendar, flash: "已停用日历订阅，原地址不再可用")
    }

    @Sendable func issueAPI(req: Request) async throws -> Response {
        let secret = try await CalendarFeedCommands(clock: req.tongxin.clock).issue(by: req.actor(), on: req.db)
        return try await CalendarFeedDTO(url: Self.address(secret, req)).encodeResponse(status: .created, for: req)
    }

    @Sendable func revokeAPI(req: Request) async throws -> HTTPStatus {
        try await CalendarFeedCommands(clock: req.tongxin.clock).revoke(by: req.actor(), on: req.db)
        return .noContent
    }

    /// The subscription file: 404 for an unknown, revoked or malformed address, alike.
    @Sendable func file(req: Request) async throws -> Response {
        let name = req.parameters.get("secret") ?? ""
        guard name.hasSuffix(".ics"), let user = try await CalendarFeed.owner(of: String(name.dropLast(4)), on: req.db)
        else { throw PublicError(.notFound, "找不到这个日历订阅") }
        let today = req.tongxin.today
        let meetings = try await MeetingCalendar.meetings(
            from: today.adding(days: -Self.feedDaysBack), to: today.adding(days: Self.feedDaysAhead), for: user.actor,
            on: req.db)
        let base = Self.base(req)
        let events = meetings.map { meeting in
            ICalendar.Event(
                id: meeting.id!, name: meeting.name, day: meeting.day, time: meeting.time, place: meeting.place,
                kind: meeting.kind.label, url: base + Path.meeting(meeting.id!).string)
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=900")
        let body = ICalendar.document(events, name: "同心·会议（\(user.displayName)）", stamp: req.tongxin.clock.now)
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    /// The first day of `text` (`YYYY-MM`), or of this month; a malformed month is refused.
    static func month(_ text: String?, today: CalendarDay) throws -> CalendarDay {
        guard let text, !text.isEmpty else { return today.adding(days: 1 - today.components.day) }
        guard let day = CalendarDay(iso: text + "-01"), (2000...2100).contains(day.components.year) else {
            throw DomainError.invalid("month", "月份应写作 2026-03 的形式")
        }
        return day
    }

    /// Where this server is reached: the configured public address, else the request's host.
    static func base(_ req: Request) -> String {
        if let url = req.tongxin.config.publicURL { return url.absoluteString.trimmingSuffix("/") }
        return "http://" + (req.headers.first(name: .host) ?? "127.0.0.1")
    }

    static func address(_ secret: String, _ req: Request) -> String {
        base(req) + Path.calendarFeedFile(secret).string
    }
}

/// `POST /api/v1/calendar-feed`: the new subscription address, shown once.
struct CalendarFeedDTO: Content {
    let url: String
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
