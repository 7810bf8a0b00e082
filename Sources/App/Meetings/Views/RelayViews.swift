import Domain
import Foundation

/// Relay reports (传达落实): the section of a meeting's page and the list of what is due.
enum RelayViews {
    /// One unit's relay report on the list of what is due.
    struct Line: Sendable {
        var meetingID: UUID
        var meetingName: String
        var meetingDay: String
        var unitName: String
        var relayDue: String
        var state: RelayState
        var relayedOn: String
    }

    /// The invited units' relay reports on the meeting page, with the liaison's form.
    static func section(_ detail: MeetingViews.ShowModel) -> HTMLNode {
        guard let due = detail.relayDue else { return .group([]) }
        let rows = detail.invitations.map { row -> [HTMLNode] in
            [
                txt(row.unitName), pill(row.relayState ?? .pending), txt(row.relayedOn ?? ""),
                txt(row.relayText ?? ""),
            ]
        }
        return .group([
            tag("h2", text: "传达落实"),
            tag("p", ["class": "count"], text: "报送时限：\(WorkComponents.longDay(due))"),
            Components.table(
                caption: "传达落实情况",
                columns: [
                    .init(title: "单位"), .init(title: "状态"), .init(title: "传达日期"),
                    .init(title: "传达落实情况"),
                ],
                rows: rows, empty: "没有邀请参会单位，无需报送。"),
            form(detail),
        ])
    }

    /// For a liaison whose unit is invited: report (or correct) how the unit relayed the meeting.
    private static func form(_ detail: MeetingViews.ShowModel) -> HTMLNode {
        guard let invitation = detail.ownInvitation else { return .group([]) }
        let (fields, today) = (FormFields(), detail.today)
        return tag(
            "form", ["method": "post", "action": Path.meetingRelay(detail.id).string, "class": "stacked"],
            [
                Placeholder.csrfField,
                tag("h3", text: invitation.relayedOn == nil ? "报送本单位传达落实情况" : "修改本单位传达落实情况"),
                fields.text(
                    "relayedOn", label: "传达日期", value: invitation.relayedOn ?? today.description, required: true,
                    type: "date"),
                fields.textarea(
                    "text", label: "传达落实情况", value: invitation.relayText ?? "", required: true,
                    help: "如何传达学习会议精神（会议、范围、人数），落实了哪些措施", maxLength: MeetingCommands.maxRelayLength, rows: 5),
                tag("div", ["class": "actions"], [tag("button", ["type": "submit", "class": "primary"], text: "报送")]),
            ])
    }

    /// Every relay report due, unit by unit, overdue ones first to chase.
    static func index(_ lines: [Line], overdueOnly: Bool) -> PageModel {
        let rows = lines.map { row -> [HTMLNode] in
            [
                Components.link(row.meetingName, .meeting(row.meetingID)), txt(row.meetingDay), txt(row.unitName),
                txt(row.relayDue),
                pill(row.state), txt(row.relayedOn),
            ]
        }
        let overdue = lines.filter(\.state.isOverdue).count
        return PageModel(
            title: "传达落实", crumbs: [Crumb("工作台", .home), Crumb("会议", .meetings), Crumb("传达落实")],
            content: [
                tag(
                    "p", ["class": "count"],
                    text: overdueOnly ? "逾期未报 \(overdue) 项" : "共 \(lines.count) 项，其中逾期未报 \(overdue) 项"),
                tag(
                    "p", ["class": "exports"],
                    [
                        overdueOnly
                            ? Components.link("全部", .relays)
                            : tag("a", ["href": Path.relays.with(query: [("overdue", "1")])], text: "只看逾期未报")
                    ]),
                Components.table(
                    caption: "传达落实报送情况",
                    columns: [
                        .init(title: "会议"), .init(title: "会议日期"), .init(title: "单位"),
                        .init(title: "报送时限"), .init(title: "状态"), .init(title: "传达日期"),
                    ],
                    rows: rows, empty: overdueOnly ? "没有逾期未报的传达落实情况。" : "近一年没有要求报送传达落实情况的会议。"),
            ])
    }

    /// Green once reported, amber while due, red when overdue — like task reports.
    static func pill(_ state: RelayState) -> HTMLNode {
        switch state {
        case .reported: Components.pill(state.label, tone: "green")
        case .pending: Components.pill(state.label, tone: "amber")
        case .overdue: Components.pill(state.label, tone: "red")
        }
    }
}
