import Domain
import Foundation

/// 会议日历: a month of meetings as a grid (Monday first) with the same meetings as a table
/// under it, and the user's subscription address for phone calendars.
enum CalendarView {
    struct Model: Sendable {
        struct Item: Sendable {
            var id: UUID
            var day: String
            var time: String
            var name: String
            var place: String
            var kind: String
            var isFuture: Bool
        }

        /// The first day of the month shown.
        var month: CalendarDay
        var today: CalendarDay
        var items: [Item]
        /// Whether the viewer's subscription is on.
        var feedActive: Bool
    }

    static let weekdays = ["一", "二", "三", "四", "五", "六", "日"]

    static func page(_ model: Model) -> PageModel {
        let (year, month, _) = model.month.components
        let title = "\(year)年\(month)月"
        let previous = model.month.adding(months: -1)
        let next = model.month.adding(months: 1)
        func link(_ day: CalendarDay, _ label: String) -> HTMLNode {
            let (y, m, _) = day.components
            return tag(
                "a", ["href": Path.meetingCalendar.with(query: [("month", String(format: "%04d-%02d", y, m))])],
                text: label)
        }
        return PageModel(
            title: "会议日历", crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb("会议日历")],
            content: [
                tag(
                    "nav", ["class": "month-nav", "aria-label": "切换月份"],
                    [link(previous, "‹ 上个月"), tag("h2", text: title), link(next, "下个月 ›")]),
                grid(model, title: title),
                tag("h2", text: "\(title)的会议"),
                Components.table(
                    caption: "\(title)的会议",
                    columns: [
                        .init(title: "日期", nowrap: true), .init(title: "时间", nowrap: true), .init(title: "会议"),
                        .init(title: "类型"), .init(title: "地点"),
                    ],
                    rows: model.items.map { item in
                        [
                            txt(item.day), txt(item.time.isEmpty ? "—" : item.time),
                            Components.link(item.name, .meeting(item.id)), txt(item.kind), txt(item.place),
                        ]
                    }, empty: "这个月没有会议。"),
                subscription(model.feedActive),
            ])
    }

    /// The month as a table of weeks; each day lists its meetings.
    private static func grid(_ model: Model, title: String) -> HTMLNode {
        let first = model.month
        let lead = (first.ordinal + 3) % 7  // 1970-01-01 was a Thursday; Monday is 0.
        let count = first.endOfMonth().components.day
        let byDay = Dictionary(grouping: model.items, by: \.day)
        var cells: [HTMLNode] = Array(repeating: tag("td", ["class": "blank"], []), count: lead)
        for offset in 0..<count {
            let day = first.adding(days: offset)
            let meetings = byDay[day.description] ?? []
            cells.append(
                tag(
                    "td", ["class": day == model.today ? "today" : meetings.isEmpty ? "quiet" : nil],
                    [
                        tag("span", ["class": "day-number"], text: String(offset + 1)),
                        tag(
                            "ul", [:],
                            meetings.map { item in
                                tag(
                                    "li", ["class": item.isFuture ? "scheduled" : nil],
                                    [
                                        Components.link(
                                            (item.time.isEmpty ? "" : item.time + " ") + item.name, .meeting(item.id))
                                    ])
                            }),
                    ]))
        }
        while cells.count % 7 != 0 { cells.append(tag("td", ["class": "blank"], [])) }
        let weeks = stride(from: 0, to: cells.count, by: 7).map { tag("tr", [:], Array(cells[$0..<$0 + 7])) }
        return tag(
            "table", ["class": "calendar"],
            [
                tag("caption", ["class": "visually-hidden"], text: title),
                tag("thead", [:], [tag("tr", [:], weekdays.map { tag("th", ["scope": "col"], text: "周" + $0) })]),
                tag("tbody", [:], weeks),
            ])
    }

    private static func subscription(_ active: Bool) -> HTMLNode {
        tag(
            "section", ["aria-labelledby": "calendar-feed", "class": "no-print"],
            [
                tag("h2", ["id": "calendar-feed"], text: "订阅到手机日历"),
                tag(
                    "p", ["class": "help"],
                    text: active
                        ? "订阅已开启。地址只在生成时显示一次；遗失或泄露时请重新生成（旧地址随即失效），不再需要时停用。"
                        : "生成一个私人订阅地址，添加到手机或电脑日历（iPhone“日历”、安卓日历、Outlook 等），本单位的会议会自动出现在日历中。"),
                tag(
                    "div", ["class": "actions"],
                    [
                        Layout.postButton(
                            .calendarFeed, label: active ? "重新生成订阅地址" : "生成订阅地址", fields: [:], ariaLabel: nil,
                            style: "button"),
                        active
                            ? Layout.postButton(
                                .revokeCalendarFeed, label: "停用订阅", fields: [:], ariaLabel: nil, style: "button")
                            : .group([]),
                    ]),
            ])
    }
}
